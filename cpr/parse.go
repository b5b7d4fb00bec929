package cpr

import (
	"time"
	"unicode/utf8"

	"github.com/siukit/siukit/civil"
)

// Parse reads a CPR number written DDMMYYSSSS or DDMMYY-SSSS, with any ASCII
// spaces and tabs around it, and rejects everything else with an *Error
// that says which part is wrong:
//
//   - PartLength: not ten digits, with or without one hyphen after DDMMYY;
//   - PartCharacter: a character that is not a digit;
//   - PartReplacement: a replacement number (day + 60, or letters in
//     positions 8–9), see IsReplacement;
//   - PartMonth, PartDay: a month or day that does not exist;
//   - PartCentury: 29 February of a year that is not a leap year in the
//     century the 7th digit gives.
//
// Parse accepts SIU's fictive numbers (see Fictive), 1234569998 and
// 1234569999 included, though 123456 is not a date. It does not check
// modulus 11 (see PassesModulus11). It does not allocate when it succeeds.
func Parse(s string) (Number, error) {
	s = trimSpace(s)
	if len(s) != 10 && (len(s) != 11 || s[6] != '-') {
		return Number{}, shapeError(s)
	}
	// DDMMYY is s[:6] and SSSS the last four bytes, in both forms.
	var v uint64
	for i := 0; i < 6; i++ {
		c := s[i] - '0'
		if c > 9 {
			return Number{}, shapeError(s)
		}
		v = v*10 + uint64(c)
	}
	for i := len(s) - 4; i < len(s); i++ {
		c := s[i] - '0'
		if c > 9 {
			return Number{}, shapeError(s)
		}
		v = v*10 + uint64(c)
	}
	if err := check(v); err != nil {
		return Number{}, err
	}
	return fromValue(v), nil
}

// MustParse is Parse for numbers known to be valid, such as constants in
// tests. It panics when s is not a CPR number; the panic value is the
// *Error, which does not contain s.
func MustParse(s string) Number {
	n, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return n
}

// check checks the fields of the ten digits v (read as an integer) and
// returns nil when they make a CPR number or a fictive number.
func check(v uint64) *Error {
	if isFictiveValue(v) && v/1e4 == datelessFictive {
		return nil
	}
	dd, mm := int(v/1e8), int(v/1e6%100)
	if isReplacementDay(dd) {
		return &Error{Part: PartReplacement}
	}
	if mm < 1 || mm > 12 {
		return &Error{Part: PartMonth}
	}
	if dd < 1 || dd > 31 {
		return &Error{Part: PartDay}
	}
	if dd > 28 {
		yy, d7 := int(v/1e4%100), int(v/1e3%10)
		if dd > civil.DaysIn(birthYear(yy, d7), time.Month(mm)) {
			if mm == 2 && dd == 29 {
				return &Error{Part: PartCentury}
			}
			return &Error{Part: PartDay, detail: true}
		}
	}
	return nil
}

// shapeError explains why s (trimmed) is not ten digits in one of the two
// forms: a wrong length, a wrong character or a replacement number with
// letters. It is the slow path, taken only for failures.
func shapeError(s string) *Error {
	n := utf8.RuneCountInString(s)
	if n != 10 && n != 11 {
		return &Error{Part: PartLength, Len: n}
	}
	var r [11]rune
	i := 0
	for _, c := range s {
		r[i] = c
		i++
	}
	var ten [10]rune
	if n == 11 {
		if isDigit(r[6]) {
			return &Error{Part: PartLength, Len: n}
		}
		if r[6] != '-' {
			return &Error{Part: PartCharacter, Char: r[6]} // the separator
		}
		copy(ten[:6], r[:6])
		copy(ten[6:], r[7:])
	} else {
		copy(ten[:], r[:10])
	}
	if hasReplacementLetters(ten) {
		return &Error{Part: PartReplacement, detail: true}
	}
	for i, c := range ten {
		if !isDigit(c) {
			return &Error{Part: PartCharacter, Pos: i + 1, Char: c}
		}
	}
	return &Error{Part: PartLength, Len: n} // unreachable: Parse saw a non-digit
}

// trimSpace removes ASCII spaces and tabs from both ends of s.
func trimSpace(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }
