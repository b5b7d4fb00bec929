package csvformat

import (
	"github.com/shopspring/decimal"
)

// ParseAmount reads one amount written the way Danish spreadsheets write it
// (doc.go): "1.234,56", "1234,56", "1234.56", "1.234.567", "-1.250,50",
// "1.250,50-". It is the Reader's rule for a single value whose file gives
// no decimal mark to lean on, so "1.250" (1250 or 1,25?) is an
// ErrAmbiguousAmount; every other error matches ErrAmount. Nothing is
// rounded. An empty s is an ErrAmount too. The error never quotes s.
func ParseAmount(s string) (decimal.Decimal, error) {
	var mark byte // unknown
	var buf [64]byte
	plain, err := appendAmount(buf[:0], s, &mark)
	if err != nil {
		return decimal.Decimal{}, err
	}
	if len(plain) == 0 {
		return decimal.Decimal{}, detail(ErrAmount, "empty")
	}
	d, err := decimal.NewFromString(string(plain))
	if err != nil {
		return decimal.Decimal{}, detail(ErrAmount, "not a number")
	}
	return d, nil
}
