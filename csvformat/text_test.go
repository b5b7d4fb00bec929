package csvformat

import (
	"errors"
	"testing"
)

func TestCleanField(t *testing.T) {
	tests := []struct {
		in   string
		bom  bool
		want string
		err  error
	}{
		{in: "  Beløb ", want: "Beløb"},
		{in: "Bel\xf8b", want: "Beløb"},
		{in: "Bel\xf8b", bom: true, err: ErrEncoding},
		{in: "=\"0107809998\"", want: "0107809998"},
		{in: " =\" 0107809998 \" ", want: "0107809998"},
		{in: "=SUM(A1)", want: "=SUM(A1)"},
		{in: "\u00a01.250,00\u00a0", want: "1.250,00"},
	}
	for _, tt := range tests {
		got, err := cleanField(tt.in, tt.bom)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("cleanField(%q, %v) error = %v, want %v", tt.in, tt.bom, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("cleanField(%q, %v) = %q, %v; want %q", tt.in, tt.bom, got, err, tt.want)
		}
	}
}

func TestIsExponentNumber(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"5.38501E+15", true},
		{"5,38501E+15", true},
		{"1e5", true},
		{"5385010000000040", false},
		{"538501-72", false},
		{"E5", false},
		{"12E", false},
		{"1.2.3E4", false},
		{"Ejer", false},
	}
	for _, tt := range tests {
		if got := isExponentNumber(tt.in); got != tt.want {
			t.Errorf("isExponentNumber(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
