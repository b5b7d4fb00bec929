package csvformat

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
)

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in   string
		want string
		err  error
	}{
		{"1.234,56", "1234.56", nil},
		{"1234,56", "1234.56", nil},
		{"1234.56", "1234.56", nil},
		{"1.234.567", "1234567", nil},
		{"-1.234,50", "-1234.5", nil},
		{"1.234,50-", "-1234.5", nil},
		{"\u22121 234,50", "-1234.5", nil},
		{"0.250", "0.25", nil},
		{"12345.678", "12345.678", nil},
		{"42", "42", nil},
		{"1.250", "", ErrAmbiguousAmount},
		{"1,2,3", "", ErrAmount},
		{"12.34.5", "", ErrAmount},
		{"1.23,45", "", ErrAmount},
		{"abc", "", ErrAmount},
		{"", "", ErrAmount},
		{"1e5", "", ErrAmount},
		{",5", "0.5", nil}, // csvformat reads a bare decimal part
	}
	for _, tt := range tests {
		got, err := ParseAmount(tt.in)
		if !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("ParseAmount(%q) error %v, want %v", tt.in, err, tt.err)
			continue
		}
		if err == nil && !got.Equal(decimal.RequireFromString(tt.want)) {
			t.Errorf("ParseAmount(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
