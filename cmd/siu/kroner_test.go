package main

import (
	"testing"

	"github.com/shopspring/decimal"
)

func TestFormatKroner(t *testing.T) {
	tests := []struct{ in, want string }{
		{"0", "0,00"},
		{"12.5", "12,50"},
		{"1234", "1.234,00"},
		{"-1234567.891", "-1.234.567,89"},
		{"100000", "100.000,00"},
		{"-0.5", "-0,50"},
	}
	for _, tt := range tests {
		if got := formatKroner(decimal.RequireFromString(tt.in)); got != tt.want {
			t.Errorf("formatKroner(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
