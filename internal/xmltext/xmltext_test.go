package xmltext

import (
	"testing"
	"unicode/utf8"
)

func TestValid(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"", true},
		{"SIU 2025 – børn & unge <fuld>", true},
		{"tab\tLF\nCR\r", true},
		{"\U0001F600 \uFFFD \uFDD0", true},
		{"nul\x00", false},
		{"bell\x07", false},
		{"esc\x1b", false},
		{"\uFFFE", false},
		{"\uFFFF", false},
		{"bad \xff byte", false},
		{"cut \xc3", false},
		{"surrogate \xed\xa0\x80", false},
	} {
		if got := Valid(tc.s); got != tc.want {
			t.Errorf("Valid(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestValidAgreesWithIsChar holds the ASCII fast path of Valid to IsChar.
func TestValidAgreesWithIsChar(t *testing.T) {
	for r := rune(0); r < 0x11000; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue // not encodable in UTF-8
		}
		s := string(r)
		if !utf8.ValidString(s) {
			continue
		}
		if Valid(s) != IsChar(r) {
			t.Fatalf("U+%04X: Valid %v, IsChar %v", r, Valid(s), IsChar(r))
		}
	}
}
