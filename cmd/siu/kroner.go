package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/csvformat"
)

// formatKroner writes an amount the Danish way, with two decimals:
// -1.234.567,89.
func formatKroner(d decimal.Decimal) string {
	s := d.StringFixed(2)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	b.WriteByte(',')
	b.WriteString(frac)
	return b.String()
}

// parseKroner reads an amount as Danish spreadsheets write it, by
// csvformat's rule for a single value (csvformat.ParseAmount): "1.250" is
// ambiguous and refused.
func parseKroner(s string) (decimal.Decimal, error) {
	d, err := csvformat.ParseAmount(s)
	if errors.Is(err, csvformat.ErrAmbiguousAmount) {
		// csvformat's message speaks of a file's decimal mark; a flag or a
		// totals cell is read alone, so say what to write instead.
		return d, fmt.Errorf("ambiguous amount: 1.250 could be 1250 or 1,25; write 1.250,00 or 1250.00 (%w)", csvformat.ErrAmbiguousAmount)
	}
	return d, err
}
