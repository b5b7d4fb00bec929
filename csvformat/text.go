package csvformat

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// decodeText returns s as UTF-8. Text that is valid UTF-8 is UTF-8; other
// text is Windows-1252 (what Danish Excel writes for "CSV (semikolonsepareret)"),
// unless the file started with a UTF-8 byte order mark, which promises UTF-8.
func decodeText(s string, bom bool) (string, error) {
	if utf8.ValidString(s) {
		return s, nil
	}
	if bom {
		return "", detail(ErrEncoding, "the file starts with a UTF-8 byte order mark, but this field is not UTF-8")
	}
	out, err := charmap.Windows1252.NewDecoder().String(s)
	if err != nil {
		return "", detail(ErrEncoding, "the field is neither UTF-8 nor Windows-1252")
	}
	return out, nil
}

// unwrapFormula returns the text inside an Excel text formula ="...", the
// form some exports use so that Excel keeps leading zeros; any other s is
// returned unchanged.
func unwrapFormula(s string) string {
	if len(s) >= 3 && s[0] == '=' && s[1] == '"' && s[len(s)-1] == '"' {
		return s[2 : len(s)-1]
	}
	return s
}

// cleanField decodes, unwraps and trims one field.
func cleanField(s string, bom bool) (string, error) {
	s, err := decodeText(s, bom)
	if err != nil {
		return "", err
	}
	return trimSpace(unwrapFormula(trimSpace(s))), nil
}

// isExponentNumber reports whether s is a number in exponent form, such as
// 5.38501E+15 or 5,38501E+15: what a spreadsheet shows for a long number.
func isExponentNumber(s string) bool {
	e := strings.IndexByte(s, 'E')
	if e < 0 {
		e = strings.IndexByte(s, 'e')
	}
	if e < 1 || e == len(s)-1 {
		return false
	}
	mant, exp := s[:e], s[e+1:]
	if exp[0] == '+' || exp[0] == '-' {
		exp = exp[1:]
	}
	intPart, frac, _ := strings.Cut(strings.Replace(mant, ",", ".", 1), ".")
	return intPart != "" && allDigits(intPart) && allDigits(frac) && exp != "" && allDigits(exp)
}
