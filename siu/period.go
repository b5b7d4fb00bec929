package siu

import (
	"math"
	"math/bits"
	"time"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
)

// AnnualisationDays is the number of days an annualised amount is scaled
// to: Annualised returns amount / days × AnnualisationDays.
//
// Modeled: DST's documentation says it compiles "an annualised expenditure
// per citizen from the period the expense covers" without giving the
// formula; this project takes amount / days × 365 in every year, leap years
// included, so that the same daily rate gives the same annualised amount
// whatever the year. It is the one place to change.
const AnnualisationDays = 365

// Period is the period an amount covers: the expense period of a line, not
// the activity period of the service (SOURCES.md: dst-qa-2025). Start and End
// are both inclusive, so a period of one day has Start == End.
//
// The zero Period is not valid. Methods that count days return 0, and
// methods that return amounts return zero, for a period that is not valid.
type Period struct {
	Start, End civil.Date
}

// Period returns the period l covers.
func (l Line) Period() Period { return Period{Start: l.Start, End: l.End} }

// IsValid reports whether both dates are set and End is not before Start.
func (p Period) IsValid() bool {
	return p.Start.IsValid() && p.End.IsValid() && !p.End.Before(p.Start)
}

// Days returns the number of days in p, both ends included: January 2025 has
// 31. It returns 0 when p is not valid.
func (p Period) Days() int {
	if !p.IsValid() {
		return 0
	}
	return p.Start.DaysUntil(p.End) + 1
}

// Overlaps reports whether p and q share at least one day. A period that is
// not valid overlaps nothing.
func (p Period) Overlaps(q Period) bool {
	return p.IsValid() && q.IsValid() && !p.Start.After(q.End) && !q.Start.After(p.End)
}

// Touches reports whether p and q are adjacent without sharing a day: q
// starts the day after p ends, or p starts the day after q ends. A period
// that is not valid touches nothing.
func (p Period) Touches(q Period) bool {
	return p.IsValid() && q.IsValid() &&
		(p.End.DaysUntil(q.Start) == 1 || q.End.DaysUntil(p.Start) == 1)
}

// Contains reports whether d is a day of p.
func (p Period) Contains(d civil.Date) bool {
	return p.IsValid() && d.IsValid() && !d.Before(p.Start) && !d.After(p.End)
}

// DaysIn returns the number of days of p that fall in the calendar year
// year: 184 for 2025-07-01..2026-06-30 and year 2025.
func (p Period) DaysIn(year int) int {
	if !p.IsValid() {
		return 0
	}
	return p.daysThrough(year) - p.daysThrough(year-1)
}

// daysThrough returns the number of days of a valid p on or before 31
// December of year.
func (p Period) daysThrough(year int) int {
	switch {
	case year < p.Start.Year():
		return 0
	case year >= p.End.Year():
		return p.Days()
	}
	return p.Start.DaysUntil(civil.MustNew(year, time.December, 31)) + 1
}

// ShareIn returns the part of amount that falls in the calendar year year,
// in proportion to the days of p in that year, in øre (two decimals).
//
// Rounding: the share is round(amount × D(year) / n) − round(amount ×
// D(year−1) / n), where n is p.Days(), D(y) the days of p up to and
// including 31 December of y, and round rounds to two decimals half away
// from zero. Each share is thus within one øre of the exact proportion, and
// the shares of all the years of p add up exactly to amount (rounded to two
// decimals, when amount has more). A year outside p gets zero, as does
// every year when p is not valid.
func (p Period) ShareIn(year int, amount decimal.Decimal) decimal.Decimal {
	if !p.IsValid() {
		return decimal.Zero
	}
	n := p.Days()
	through, before := p.daysThrough(year), p.daysThrough(year-1)
	if through == before {
		return decimal.Zero
	}
	return roundedRatio(amount, through, n).Sub(roundedRatio(amount, before, n))
}

// Years returns the first and last calendar year p touches, or 0, 0 when p
// is not valid.
func (p Period) Years() (first, last int) {
	if !p.IsValid() {
		return 0, 0
	}
	return p.Start.Year(), p.End.Year()
}

// String returns p as "2025-07-01..2026-06-30".
func (p Period) String() string {
	b := make([]byte, 0, 22)
	b = p.Start.AppendTo(b)
	b = append(b, '.', '.')
	b = p.End.AppendTo(b)
	return string(b)
}

// Annualised returns amount / p.Days() × AnnualisationDays (365, modeled),
// rounded to two decimals half away from zero: 31,000.00 kr over the 31 days
// of January gives 365,000.00. It returns zero when p is not valid.
func Annualised(amount decimal.Decimal, p Period) decimal.Decimal {
	if !p.IsValid() {
		return decimal.Zero
	}
	return roundedRatio(amount, AnnualisationDays, p.Days())
}

// AnnualisedExceeds reports whether the size of the annualised amount,
// |Annualised(amount, p)|, is above threshold. The sign of amount is
// ignored: a credit as large as an extreme expense is as extreme. It
// reports false when p is not valid.
//
// It gives the same answer as comparing Annualised with threshold, but is
// meant for validating a million lines a second: for amounts and thresholds
// with at most two decimals and below about 10^13 kr it compares integers in
// øre and does not allocate; other values take the exact decimal path.
func AnnualisedExceeds(amount decimal.Decimal, p Period, threshold decimal.Decimal) bool {
	n := p.Days()
	if n == 0 {
		return false
	}
	a, ok1 := oere(amount)
	t, ok2 := oere(threshold)
	if ok1 && ok2 && a > math.MinInt64 {
		if a < 0 {
			a = -a
		}
		if t < 0 {
			return true // every size, zero included, is above a negative threshold
		}
		// round(a × 365 / n) > t  ⇔  a × 365 / n ≥ t + ½  ⇔  2 × 365 × a ≥ (2t + 1) × n,
		// since round is half away from zero and a ≥ 0.
		// 0 ≤ t < 2^63, so 2t + 1 fits in a uint64; the products are 128-bit.
		lhsHi, lhsLo := bits.Mul64(uint64(a), 2*AnnualisationDays)
		rhsHi, rhsLo := bits.Mul64(2*uint64(t)+1, uint64(n))
		return lhsHi > rhsHi || (lhsHi == rhsHi && lhsLo >= rhsLo)
	}
	return Annualised(amount, p).Abs().GreaterThan(threshold)
}

// roundedRatio returns amount × num / den rounded to two decimals half away
// from zero, computed exactly. den must be positive.
func roundedRatio(amount decimal.Decimal, num, den int) decimal.Decimal {
	if num == den {
		return amount.Round(2)
	}
	if a, ok := oere(amount); ok {
		hi, lo := bits.Mul64(uint64(absInt64(a)), uint64(num))
		if hi == 0 && lo <= math.MaxInt64 && a > math.MinInt64 {
			q, r := lo/uint64(den), lo%uint64(den)
			if 2*r >= uint64(den) {
				q++
			}
			if a < 0 {
				return decimal.New(-int64(q), -2)
			}
			return decimal.New(int64(q), -2)
		}
	}
	return amount.Mul(decimal.NewFromInt(int64(num))).DivRound(decimal.NewFromInt(int64(den)), 2)
}

// oerePow10 holds 10^0 … 10^18.
var oerePow10 = [...]int64{
	1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
}

// oere returns d in øre (hundredths) as an int64 when d has at most two
// significant decimals and fits; ok is false otherwise. It does not
// allocate.
func oere(d decimal.Decimal) (v int64, ok bool) {
	if d.NumDigits() > 18 { // the coefficient may not fit in an int64
		return 0, false
	}
	c, e := d.CoefficientInt64(), int(d.Exponent())
	switch {
	case e == -2:
		return c, true
	case e > -2:
		s := e + 2
		if s > 18 {
			return 0, c == 0
		}
		m := oerePow10[s]
		if c > math.MaxInt64/m || c < math.MinInt64/m {
			return 0, false
		}
		return c * m, true
	default: // more than two decimals: only trailing zeros may go
		s := -2 - e
		if s > 18 {
			return 0, c == 0
		}
		m := oerePow10[s]
		if c%m != 0 {
			return 0, false
		}
		return c / m, true
	}
}

func absInt64(a int64) int64 {
	if a < 0 {
		return -a
	}
	return a
}
