package csvformat

import (
	"strings"

	"github.com/shopspring/decimal"
)

// FormatKroner writes an amount of kroner the Danish way, for people to
// read: '.' between thousands, a decimal comma and two decimals, such as
// "-1.234.567,89" or "0,00". A third decimal is rounded half away from zero
// (decimal.StringFixed); the amounts of a delivery have two. ParseAmount
// reads the result back.
func FormatKroner(d decimal.Decimal) string {
	s := d.StringFixed(2)
	neg := strings.HasPrefix(s, "-")
	intPart, frac, _ := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	var b strings.Builder
	b.Grow(len(s) + len(s)/3)
	if neg {
		b.WriteByte('-')
	}
	for i := 0; i < len(intPart); i++ {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteByte(intPart[i])
	}
	b.WriteByte(',')
	b.WriteString(frac)
	return b.String()
}
