package xmlformat

import (
	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/siu"
)

// An amount is written as BELOEB: kroner, signed, exactly two decimals,
// '.' as separator, no thousands separator, no plus sign. Nothing is ever
// rounded: an amount with more than two decimals is an error (SIU-BEL-002).
// The file holds amounts below 10^siu.MaxAmountDigits kroner in magnitude
// (SIU-BEL-006), so that the amount in øre always fits an int64: at most
// maxCentsDigits digits in øre.
const maxCentsDigits = siu.MaxAmountDigits + 2

// An int64 holds every number of 18 digits: a larger siu.MaxAmountDigits
// does not compile here.
const _ = uint(18 - maxCentsDigits)

var pow10 = [...]int64{
	1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
	1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000,
	10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
	10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000,
}

// amountCents returns d in øre. It allocates nothing when d's coefficient
// has at most maxCentsDigits digits, which is every amount built from a
// string or an int64 of a sane size.
func amountCents(d decimal.Decimal) (int64, error) {
	exp := d.Exponent()
	if d.NumDigits() > maxCentsDigits {
		// Rare: a huge coefficient, e.g. 1.00000000000000000000. Take
		// the slow way, exactly, scaling by no more digits than the
		// coefficient has (an exponent may be huge).
		n, e := int64(d.NumDigits()), int64(exp)
		if n+e > siu.MaxAmountDigits {
			return 0, ErrRange // at least 10^MaxAmountDigits kroner
		}
		if -2-e > n {
			return 0, ErrDecimals // too short to end in that many zeros
		}
		r := d.Round(2)
		if !r.Equal(d) {
			return 0, ErrDecimals
		}
		r = r.Truncate(2) // exponent -2: the coefficient is the øre
		if r.Exponent() != -2 || r.NumDigits() > maxCentsDigits {
			return 0, ErrRange
		}
		return r.CoefficientInt64(), nil
	}
	c := d.CoefficientInt64() // |c| < 10^maxCentsDigits
	switch shift := int64(exp) + 2; {
	case c == 0:
		return 0, nil
	case shift >= 0:
		if shift >= int64(len(pow10)) || int64(d.NumDigits())+shift > maxCentsDigits {
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
