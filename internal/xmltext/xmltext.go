// Package xmltext says which text an XML 1.0 document can carry. It is the
// one definition the validator (package siu, SIU-HDR-009), the encoder and
// the decoder (package xmlformat) share.
package xmltext

import "unicode/utf8"

// IsChar reports whether r may appear in an XML 1.0 document (the Char
// production: tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD and
// U+10000-U+10FFFF).
func IsChar(r rune) bool {
	switch {
	case r == 0x9 || r == 0xA || r == 0xD:
		return true
	case r >= 0x20 && r <= 0xD7FF:
		return true
	case r >= 0xE000 && r <= 0xFFFD:
		return true
	case r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}

// Valid reports whether s is valid UTF-8 made of XML 1.0 characters.
func Valid(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || !IsChar(r) {
			return false
		}
		i += n
	}
	return true
}
