package csvformat

import (
	"strconv"
	"unicode/utf8"

	"github.com/siukit/siukit/internal/errtext"
)

// appendAmount appends the amount s, written as Danish spreadsheets and
// finance systems write it, to dst as a plain decimal: an optional '-',
// digits, and '.' before the decimals, keeping every decimal s has. An empty
// s appends nothing.
//
// *mark is the decimal mark of the file: ',' or '.', or 0 while unknown. A
// value that shows the mark sets it; a value that contradicts it is an
// error; a value that could be read either way while the mark is unknown
// ("1.250") is an ErrAmbiguousAmount. The rules are in doc.go.
func appendAmount(dst []byte, s string, mark *byte) ([]byte, error) {
	s = trimSpace(s)
	if s == "" {
		return dst, nil
	}
	orig := s
	neg := false
	switch {
	case s[0] == '-' || s[0] == '+':
		neg = s[0] == '-'
		s = s[1:]
	case len(s) >= len("−") && s[:len("−")] == "−": // U+2212 MINUS SIGN
		neg = true
		s = s[len("−"):]
	}
	if n := len(s); n > 0 && s[n-1] == '-' {
		if neg || s[0] == '+' {
			return dst, detail(ErrAmount, "two signs")
		}
		neg = true
		s = s[:n-1]
	}
	s = trimSpace(s)

	// Scan once: where are the marks, is there anything else?
	var (
		dots, commas     int
		lastDot, lastCom = -1, -1
		spaces           bool
		digits           int
	)
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
			i++
			continue
		case c == '.':
			dots++
			lastDot = i
		case c == ',':
			commas++
			lastCom = i
		case c == ' ':
			spaces = true
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == '\u00a0' || r == '\u202f' { // no-break spaces
				spaces = true
				i += size
				continue
			}
			return dst, detail(ErrAmount, "%s holds %s; want digits, an optional sign, a decimal mark and thousands separators", quoteValue(orig), describeRune(r))
		}
		i++
	}
	if digits == 0 {
		return dst, detail(ErrAmount, "%s holds no digits", quoteValue(orig))
	}

	// Decide which mark is decimal (dec) and which groups thousands (grp).
	var dec, grp byte
	switch {
	case dots > 0 && commas > 0:
		if lastCom > lastDot {
			dec, grp = ',', '.'
		} else {
			dec, grp = '.', ','
		}
		if (dec == ',' && commas > 1) || (dec == '.' && dots > 1) {
			return dst, detail(ErrAmount, "%s has two decimal marks", quoteValue(orig))
		}
	case dots > 1 || commas > 1:
		// "1.250.000": the repeated mark groups thousands.
		if dots > 1 {
			grp = '.'
		} else {
			grp = ','
		}
	case dots == 1 || commas == 1:
		c, at := byte('.'), lastDot
		if commas == 1 {
			c, at = ',', lastCom
		}
		after := len(s) - at - 1
		before := at
		switch {
		case spaces:
			dec = c // spaces group the thousands, so c is decimal
		case after == 3 && before >= 1 && before <= 3 && s[0] != '0':
			// "1.250" or "1,250": thousands or decimals?
			switch *mark {
			case 0:
				return dst, detail(ErrAmbiguousAmount, "%s could be read with %q as decimal mark or as thousands separator, and no earlier amount shows the file's decimal mark", quoteValue(orig), c)
			case c:
				dec = c
			default:
				grp = c
			}
		default:
			dec = c
		}
	}
	if spaces && grp != 0 {
		return dst, detail(ErrAmount, "%s groups thousands with both spaces and %q", quoteValue(orig), grp)
	}
	if spaces {
		grp = ' '
	}

	// The decimal mark must agree with the rest of the file.
	fileMark := dec
	if fileMark == 0 && grp != 0 && grp != ' ' {
		fileMark = other(grp)
	}
	if fileMark != 0 && *mark != 0 && *mark != fileMark {
		return dst, detail(ErrAmount, "%s uses %q as decimal mark, but the file uses %q", quoteValue(orig), fileMark, *mark)
	}

	intPart, frac := s, ""
	if dec != 0 {
		at := lastDot
		if dec == ',' {
			at = lastCom
		}
		intPart, frac = s[:at], s[at+1:]
		if frac == "" {
			return dst, detail(ErrAmount, "%s has no digits after the decimal mark", quoteValue(orig))
		}
		for i := 0; i < len(frac); i++ {
			if frac[i] < '0' || frac[i] > '9' {
				return dst, detail(ErrAmount, "%s has a separator among its decimals", quoteValue(orig))
			}
		}
	}
	if grp != 0 && !grouped(intPart, grp) {
		return dst, detail(ErrAmount, "%s has thousands separators in the wrong places (want groups of three digits)", quoteValue(orig))
	}

	if fileMark != 0 {
		*mark = fileMark // the amount is good: it sets the file's mark
	}

	// Write sign, integer digits without leading zeros, and decimals.
	start := len(dst)
	if neg {
		dst = append(dst, '-')
	}
	intStart := len(dst)
	for i := 0; i < len(intPart); i++ {
		c := intPart[i]
		if c < '0' || c > '9' {
			continue
		}
		if c == '0' && len(dst) == intStart {
			continue
		}
		dst = append(dst, c)
	}
	if len(dst) == intStart {
		dst = append(dst, '0')
	}
	if frac != "" {
		dst = append(dst, '.')
		dst = append(dst, frac...)
	}
	if neg && isZero(dst[intStart:]) {
		copy(dst[start:], dst[start+1:])
		dst = dst[:len(dst)-1]
	}
	return dst, nil
}

// other returns the mark that is not m.
func other(m byte) byte {
	if m == '.' {
		return ','
	}
	return '.'
}

// grouped reports whether the integer part s is correctly grouped by sep
// (a space also stands for the no-break spaces): a first group of one to
// three digits, then groups of exactly three.
func grouped(s string, sep byte) bool {
	group, groups := 0, 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= '0' && c <= '9' {
			group++
			i++
			continue
		}
		size := 1
		if sep == ' ' && c != ' ' {
			_, size = utf8.DecodeRuneInString(s[i:])
		} else if c != sep {
			return false
		}
		if group == 0 || group > 3 || (groups > 0 && group != 3) {
			return false
		}
		groups++
		group = 0
		i += size
	}
	return groups == 0 || group == 3
}

func isZero(b []byte) bool {
	for _, c := range b {
		if c != '0' && c != '.' {
			return false
		}
	}
	return true
}

// describeRune names a character for an error message without quoting a
// digit run.
func describeRune(r rune) *errtext.Message {
	if r == utf8.RuneError {
		return phrase("a byte that is not text")
	}
	return phrase("the character %s", strconv.QuoteRune(r))
}

// trimSpace trims ASCII white space and no-break spaces at both ends.
func trimSpace(s string) string {
	if n := len(s); n > 0 && s[0] > ' ' && s[0] < utf8.RuneSelf && s[n-1] > ' ' && s[n-1] < utf8.RuneSelf {
		return s // the common case: nothing to trim
	}
	for len(s) > 0 {
		if c := s[0]; c == ' ' || c == '\t' {
			s = s[1:]
			continue
		}
		if r, size := utf8.DecodeRuneInString(s); r == '\u00a0' || r == '\u202f' {
			s = s[size:]
			continue
		}
		break
	}
	for len(s) > 0 {
		if c := s[len(s)-1]; c == ' ' || c == '\t' {
			s = s[:len(s)-1]
			continue
		}
		if r, size := utf8.DecodeLastRuneInString(s); r == '\u00a0' || r == '\u202f' {
			s = s[:len(s)-size]
			continue
		}
		break
	}
	return s
}

// appendNumber appends a number cell's stored value (the XML form, such as
// "1250.5" or "1.25E+6") as a plain decimal. Excel keeps 15 significant
// digits and stores binary doubles, which it sometimes writes with 17
// ("1250.0999999999999"); such a value, and one with an exponent, is
// rounded to 15 significant digits as Excel shows it, and written without
// trailing zeros ("1250.1"). Any other value is kept as it is written.
func appendNumber(dst []byte, s string) ([]byte, error) {
	if !isXMLNumber(s) {
		return dst, detail(ErrAmount, "number cell holds %s", quoteValue(s))
	}
	sig, exp := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == 'e' || c == 'E':
			exp = true
		case c >= '0' && c <= '9' && !exp:
			if sig > 0 || c != '0' {
				sig++
			}
		}
	}
	if !exp && sig <= 15 {
		var mark byte = '.'
		return appendAmount(dst, s, &mark)
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return dst, detail(ErrAmount, "number cell holds %s", quoteValue(s))
	}
	f, _ = strconv.ParseFloat(strconv.FormatFloat(f, 'g', 15, 64), 64)
	return strconv.AppendFloat(dst, f, 'f', -1, 64), nil
}

// isXMLNumber reports whether s has the form of an xs:double without
// special values: optional sign, digits with an optional fraction, and an
// optional exponent.
func isXMLNumber(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		i++
	}
	digits := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			digits++
		}
	}
	if digits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		expDigits := 0
		for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			expDigits++
		}
		if expDigits == 0 {
			return false
		}
	}
	return i == len(s)
}
