package cpr

import (
	"errors"
	"testing"
)

func TestReplacement(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"6101801234", true},  // day 1 + 60
		{"9112801234", true},  // day 31 + 60
		{"771380-1234", true}, // day+60 wins over a bad month
		{"1705801AB4", true},
		{"170580-1ab4", true},
		{" 170580-1Zz4 ", true},
		{"6005801234", false}, // day 0 + 60: not a day
		{"9205801234", false},
		{"1705801A34", false}, // one letter only
		{"17058A1AB4", false}, // letters elsewhere as well
		{"1705801\u00c6B4", false},
		{"1705801234", false},
		{"1234569998", false},
	}
	for _, tt := range tests {
		if got := IsReplacement(tt.in); got != tt.want {
			t.Errorf("IsReplacement(case %q) = %v, want %v", tt.in[:6], got, tt.want)
		}
		n, err := Parse(tt.in)
		if tt.want {
			if n.IsValid() || !errors.Is(err, ErrReplacement) {
				t.Errorf("Parse(case %q): %v, want ErrReplacement", tt.in[:6], err)
			}
			var e *Error
			if !errors.As(err, &e) || e.Part != PartReplacement {
				t.Errorf("Parse(case %q): error %v, want Part replacement", tt.in[:6], err)
			}
			checkErrorText(t, err, tt.in)
		} else if errors.Is(err, ErrReplacement) {
			t.Errorf("Parse(case %q): %v, a replacement error", tt.in[:6], err)
		}
	}
}
