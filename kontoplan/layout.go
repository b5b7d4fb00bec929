package kontoplan

import (
	"strconv"

	"github.com/siukit/siukit/cpr"
)

// Layout describes how one finance system prints its account strings, so
// that Parse can read them: which character positions hold which part,
// which characters are fixed separators, and which are local dimensions to
// ignore. A Layout is made from a pattern with NewLayout; the zero Layout
// reads nothing.
//
// In a pattern each of these letters stands for one digit of a part:
//
//	K  hovedkonto       exactly 1
//	H  hovedfunktion    exactly 2
//	F  funktion         exactly 2
//	D  dranst           exactly 1
//	E  ejerforhold      0 or 1
//	O  omkostningssted  0 to 4
//	G  gruppering       0 to 3
//	A  hovedart         exactly 1
//	a  art              exactly 1
//
// 'x' matches any one character and ignores it (a local dimension), and
// '*' as the last character ignores everything after it, including
// nothing. Every other character is a literal that the input must have at
// that position. Other ASCII letters are reserved. The digits of a part
// need not be next to each other: "K.HH.FF.D-GGG A.a" is a valid pattern.
// Spaces around the input are ignored, so a pattern cannot start or end
// with a space.
type Layout struct {
	pattern string
	slots   []byte // per input position: a part letter, 'x', or a literal
	rest    bool   // the pattern ends in '*'
}

// Common layouts.
var (
	// LayoutKontostreng is the canonical KONTOSTRENG: 16 digits.
	LayoutKontostreng = MustLayout("KHHFFDEOOOOGGGAa")
	// LayoutDotted is "5.38.50.1.002 7.2" followed by anything.
	LayoutDotted = MustLayout("K.HH.FF.D.GGG A.a*")
)

// layoutPart maps a pattern letter to its part, and gives the number of
// digits the part takes (min, max).
func layoutPart(c byte) (p Part, min, max int, ok bool) {
	switch c {
	case 'K':
		return PartHovedkonto, 1, 1, true
	case 'H':
		return PartHovedfunktion, 2, 2, true
	case 'F':
		return PartFunktion, 2, 2, true
	case 'D':
		return PartDranst, 1, 1, true
	case 'E':
		return PartEjerforhold, 0, 1, true
	case 'O':
		return PartOmkostningssted, 0, omkWidth, true
	case 'G':
		return PartGruppering, 0, grpWidth, true
	case 'A':
		return PartHovedart, 1, 1, true
	case 'a':
		return PartArt, 1, 1, true
	}
	return 0, 0, 0, false
}

// LayoutError says why a pattern is not a Layout.
type LayoutError struct {
	Pattern string
	Pos     int // 1-based position in the pattern; 0 if not one place
	Reason  string
}

// Error implements error.
func (e *LayoutError) Error() string {
	s := "kontoplan: layout " + strconv.QuoteToGraphic(e.Pattern)
	if e.Pos > 0 {
		s += " at position " + strconv.Itoa(e.Pos)
	}
	return cpr.Redact(s + ": " + e.Reason)
}

// NewLayout returns the Layout a pattern describes (see Layout).
func NewLayout(pattern string) (Layout, error) {
	if pattern == "" {
		return Layout{}, &LayoutError{Pattern: pattern, Reason: "empty"}
	}
	if isSpace(pattern[0]) || isSpace(pattern[len(pattern)-1]) {
		return Layout{}, &LayoutError{Pattern: pattern, Reason: "starts or ends with a space"}
	}
	l := Layout{pattern: pattern}
	var count [PartArt + 1]int
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		switch {
		case c == '*':
			if i != len(pattern)-1 {
				return Layout{}, &LayoutError{Pattern: pattern, Pos: i + 1, Reason: "'*' must be last"}
			}
			l.rest = true
			continue
		case c == 'x':
		case c >= 0x80:
			return Layout{}, &LayoutError{Pattern: pattern, Pos: i + 1, Reason: "not an ASCII character"}
		case (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'):
			p, _, _, ok := layoutPart(c)
			if !ok {
				return Layout{}, &LayoutError{Pattern: pattern, Pos: i + 1, Reason: "unknown letter " + strconv.QuoteRune(rune(c))}
			}
			count[p]++
		}
		l.slots = append(l.slots, c)
	}
	for _, c := range []byte("KHFDEOGAa") {
		p, min, max, _ := layoutPart(c)
		if count[p] < min || count[p] > max {
			want := strconv.Itoa(min)
			if min != max {
				want += " to " + strconv.Itoa(max)
			}
			return Layout{}, &LayoutError{Pattern: pattern, Reason: p.String() + " (" + string(c) + ") has " + strconv.Itoa(count[p]) + " digits, want " + want}
		}
	}
	return l, nil
}

// MustLayout is NewLayout that panics on an error. Use it only for
// constants in code and tests.
func MustLayout(pattern string) Layout {
	l, err := NewLayout(pattern)
	if err != nil {
		panic(err)
	}
	return l
}

// String returns the pattern.
func (l Layout) String() string { return l.pattern }

// Parse reads an account printed in this layout. Spaces around s are
// ignored. It allocates nothing when it succeeds.
func (l Layout) Parse(s string) (Account, error) {
	if l.slots == nil {
		return Account{}, &ParseError{Part: PartAccount, Reason: "zero Layout"}
	}
	s = trimSpace(s)
	if len(s) < len(l.slots) || (!l.rest && len(s) > len(l.slots)) {
		reason := "too short for the layout"
		if len(s) > len(l.slots) {
			reason = "too long for the layout"
		}
		return Account{}, &ParseError{Part: PartAccount, Reason: reason + " (" + strconv.Itoa(len(s)) + " characters, want " + strconv.Itoa(len(l.slots)) + ")"}
	}
	var v [PartArt + 1]int
	dpos := 0
	for i, c := range l.slots {
		b := s[i]
		if c == 'x' {
			continue
		}
		p, _, _, ok := layoutPart(c)
		if !ok {
			if b != c {
				return Account{}, &ParseError{Part: PartAccount, Pos: i + 1, Reason: "want " + strconv.QuoteRune(rune(c))}
			}
			continue
		}
		if !isDigit(b) {
			return Account{}, &ParseError{Part: p, Pos: i + 1, Reason: "not a digit"}
		}
		if p == PartDranst {
			dpos = i + 1
		}
		v[p] = v[p]*10 + int(b-'0')
	}
	d := Dranst(v[PartDranst])
	if !d.IsValid() {
		return Account{}, &ParseError{Part: PartDranst, Pos: dpos, Reason: "not an authorised dranst (1-7)"}
	}
	return Account{
		fn:   functionFromCode(v[PartHovedkonto]*10000 + v[PartHovedfunktion]*100 + v[PartFunktion]),
		dr:   d,
		ejer: uint8(v[PartEjerforhold]),
		omk:  uint16(v[PartOmkostningssted]),
		grp:  uint16(v[PartGruppering]),
		art:  artFromCode(v[PartHovedart]*10 + v[PartArt]),
	}, nil
}
