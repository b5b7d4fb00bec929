package csvformat_test

import (
	"fmt"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/csvformat"
)

func TestFormatKroner(t *testing.T) {
	tests := []struct{ in, want string }{
		{"0", "0,00"},
		{"12.5", "12,50"},
		{"999", "999,00"},
		{"1234", "1.234,00"},
		{"-1234567.891", "-1.234.567,89"},
		{"100000", "100.000,00"},
		{"-0.5", "-0,50"},
		{"-0.001", "0,00"},
		{"9999999999999999.99", "9.999.999.999.999.999,99"},
	}
	for _, tt := range tests {
		if got := csvformat.FormatKroner(decimal.RequireFromString(tt.in)); got != tt.want {
			t.Errorf("FormatKroner(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// ParseAmount reads back what FormatKroner writes.
func TestFormatKronerRoundTrip(t *testing.T) {
	for _, s := range []string{"0.00", "1.25", "-1250.50", "1250.00", "1234567.89", "-100000.00", "1000.00"} {
		d := decimal.RequireFromString(s)
		got, err := csvformat.ParseAmount(csvformat.FormatKroner(d))
		if err != nil || !got.Equal(d) {
			t.Errorf("ParseAmount(FormatKroner(%s)) = %s, %v", s, got, err)
		}
	}
}

func ExampleFormatKroner() {
	fmt.Println(csvformat.FormatKroner(decimal.RequireFromString("-1234567.891")))
	fmt.Println(csvformat.FormatKroner(decimal.RequireFromString("12.5")))
	// Output:
	// -1.234.567,89
	// 12,50
}
