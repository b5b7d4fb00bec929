package xmlformat

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// An amount is written as BELOEB: kroner, signed, exactly two decimals,
// '.' as separator, no thousands separator, no plus sign. Nothing is ever
// rounded: an amount with more than two decimals is an error. The file
// holds amounts below 10^16 kroner in magnitude (16 integer digits), so
// that the amount in øre always fits an int64.
const maxAmountCents = 1_000_000_000_000_000_000 // 10^18 øre = 10^16 kroner

var pow10 = [...]int64{
	1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
	1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000,
	10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
	10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000,
}

// amountCents returns d in øre. It allocates nothing when d's coefficient
// has at most 18 digits, which is every amount built from a string or an
// int64 of a sane size.
func amountCents(d decimal.Decimal) (int64, error) {
	exp := d.Exponent()
	if d.NumDigits() > 18 {
		// Rare: a huge coefficient, e.g. 1.00000000000000000000. Take
		// the slow way, exactly.
		r := d.Round(2)
		if !r.Equal(d) {
			return 0, ErrDecimals
		}
		r = r.Truncate(2) // exponent -2: the coefficient is the øre
		if r.Exponent() != -2 || r.NumDigits() > 18 {
			return 0, ErrRange
		}
		return r.CoefficientInt64(), nil
	}
	c := d.CoefficientInt64() // |c| < 10^18
	switch shift := int64(exp) + 2; {
	case c == 0:
		return 0, nil
	case shift >= 0:
		if shift >= int64(len(pow10)) || int64(d.NumDigits())+shift > 18 {
			return 0, ErrRange
		}
		return c * pow10[shift], nil
	default:
		k := -shift
		if k >= int64(len(pow10)) || c%pow10[k] != 0 {
			return 0, ErrDecimals
		}
		return c / pow10[k], nil
	}
}

// appendAmount appends d as BELOEB text.
func appendAmount(b []byte, d decimal.Decimal) ([]byte, error) {
	cents, err := amountCents(d)
	if err != nil {
		return b, err
	}
	return appendCents(b, cents), nil
}

// appendCents appends an amount in øre as kroner with two decimals.
func appendCents(b []byte, cents int64) []byte {
	u := uint64(cents)
	if cents < 0 {
		b = append(b, '-')
		u = uint64(-cents)
	}
	var tmp [24]byte
	i := len(tmp)
	for n := 0; n < 2; n++ {
		i--
		tmp[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	tmp[i] = '.'
	for {
		i--
		tmp[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return append(b, tmp[i:]...)
}

// parseAmount reads BELOEB text: an optional '-', 1 to 16 digits, '.',
// two digits. It never quotes its input in an error.
func parseAmount(s []byte) (decimal.Decimal, error) {
	i := 0
	neg := false
	if len(s) > 0 && s[0] == '-' {
		neg, i = true, 1
	}
	start := i
	var cents int64
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		cents = cents*10 + int64(s[i]-'0')
		i++
		if i-start > 16 {
			return decimal.Decimal{}, fmt.Errorf("%w: more than 16 integer digits", ErrRange)
		}
	}
	if len(s) == 0 {
		return decimal.Decimal{}, ErrMissing
	}
	if i == start || len(s)-i != 3 || s[i] != '.' ||
		s[i+1] < '0' || s[i+1] > '9' || s[i+2] < '0' || s[i+2] > '9' {
		return decimal.Decimal{}, fmt.Errorf("%w: want kroner with exactly two decimals, '.' as separator, e.g. -1250.50 (%d characters)", ErrMalformed, len(s))
	}
	cents = cents*100 + int64(s[i+1]-'0')*10 + int64(s[i+2]-'0')
	if neg {
		cents = -cents
	}
	return decimal.New(cents, -2), nil
}
