package sample

import (
	"fmt"
	"time"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/siu"
)

// Every citizen the generator makes gets one of SIU's fictive numbers
// (cpr.Fictive): a birth date followed by 9998 for a woman or 9999 for a
// man, or 1234569998/1234569999 when the birth date is "unknown". DST
// prescribes these numbers for anonymous citizens (SOURCES.md: dst-qa-2025) and knows
// them as fictive, so the generated data claims nothing about a real
// person. The other way to make numbers, inventing serials after a real
// birth date, would give numbers that CPR may well have issued.
//
// Within an age group (adults, children) and a sex, the n-th citizen's
// birth date is the n-th element of a fixed permutation of the group's
// days, so the first citizens all have distinct numbers: about 25,500
// adults and 6,200 children of each sex. Past that the permutation starts
// again and numbers repeat, which merges distinct synthetic citizens. That
// is harmless for test data and only happens far above a real
// municipality's size.

// numberPool hands out the birth dates of one age group and sex.
type numberPool struct {
	first civil.Date // the earliest birth date
	days  uint64     // the number of birth dates
	step  uint64     // coprime with days, so k*step mod days is a permutation
	start uint64     // where the permutation starts, from the seed
	next  uint64     // the next citizen's index
	sex   cpr.Sex
}

// Birth years a fictive number can carry: its 7th digit is 9, so by CPR's
// century table YY 00–36 reads as 20xx and 37–99 as 19xx.
const (
	firstFictiveYear = 1937
	lastFictiveYear  = 2036
)

// newPool returns the pool of birth dates from..to (inclusive) for sex,
// clipped to the years a fictive number can carry.
func newPool(from, to civil.Date, sex cpr.Sex, seed uint64) (numberPool, error) {
	lo := civil.MustNew(firstFictiveYear, time.January, 1)
	hi := civil.MustNew(lastFictiveYear, time.December, 31)
	if from.Before(lo) {
		from = lo
	}
	if to.After(hi) {
		to = hi
	}
	if to.Before(from) {
		return numberPool{}, fmt.Errorf("sample: no birth dates between %v and %v fit a fictive number (years %d–%d)", from, to, firstFictiveYear, lastFictiveYear)
	}
	days := uint64(from.DaysUntil(to) + 1)
	step := uint64(7919) // a prime; the loop only runs when it divides days
	for gcd(step, days) != 1 {
		step++
	}
	return numberPool{first: from, days: days, step: step % days, start: seed % days, sex: sex}, nil
}

// number returns the next citizen's fictive number.
func (p *numberPool) number() cpr.Number {
	k := (p.start + p.next*p.step) % p.days
	p.next++
	return cpr.Fictive(p.first.AddDays(int(k)), p.sex)
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// ageGroup returns the birth dates of the citizens of area in budget year
// year: adults are 18 or older all year and at most 90 (newPool clips the
// oldest to 1937, the earliest year a fictive number can carry), children
// are born in the 17 years before year and so under 18 all year.
func ageGroup(area siu.Area, year int) (from, to civil.Date) {
	if area == siu.AreaBoern {
		return civil.MustNew(year-17, time.January, 1), civil.MustNew(year-1, time.December, 31)
	}
	return civil.MustNew(year-90, time.January, 1), civil.MustNew(year-19, time.December, 31)
}

// numbers holds the four pools: adults and children, women and men.
type numbers struct {
	pools [2][2]numberPool // [child][male]
}

func newNumbers(year int, seed uint64) (numbers, error) {
	var ns numbers
	for c, area := range []siu.Area{siu.AreaVoksen, siu.AreaBoern} {
		from, to := ageGroup(area, year)
		for m, sex := range []cpr.Sex{cpr.Female, cpr.Male} {
			p, err := newPool(from, to, sex, mix(seed, uint64(2*c+m)))
			if err != nil {
				return numbers{}, err
			}
			ns.pools[c][m] = p
		}
	}
	return ns, nil
}

// next returns the next fictive number for a citizen of area and sex.
// dateless gives SIU's number without a birth date (1234569998/9).
func (ns *numbers) next(area siu.Area, sex cpr.Sex, dateless bool) cpr.Number {
	if dateless {
		return cpr.Fictive(civil.Date{}, sex)
	}
	c, m := 0, 0
	if area == siu.AreaBoern {
		c = 1
	}
	if sex == cpr.Male {
		m = 1
	}
	return ns.pools[c][m].number()
}

// mix returns a well-spread 64-bit value of seed and i (SplitMix64's
// finaliser), so that every pool starts elsewhere even for small seeds.
func mix(seed, i uint64) uint64 {
	z := seed + (i+1)*0x9E3779B97F4A7C15
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}
