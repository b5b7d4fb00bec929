package conformance

import (
	"fmt"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
)

// cprFor returns the k-th (from 0) CPR number that passes modulus 11 for a
// citizen born on birth (YYYY-MM-DD) of sex 'F' or 'M'. The 7th digit
// gives the century by cpr.dk's table: 0-3 for 1900-1999, 4 for 2000-2036.
// The numbers are made up for the suite.
func cprFor(birth string, sex byte, k int) string {
	d := civil.MustParse(birth)
	var sevenths []int
	switch y := d.Year(); {
	case y >= 1900 && y <= 1999:
		sevenths = []int{0, 1, 2, 3}
	case y >= 2000 && y <= 2036:
		sevenths = []int{4}
	default:
		panic("cprFor: birth year out of range")
	}
	prefix := fmt.Sprintf("%02d%02d%02d", d.Day(), int(d.Month()), d.Year()%100)
	for _, s7 := range sevenths {
		for s := 0; s < 1000; s++ {
			num := fmt.Sprintf("%s%d%03d", prefix, s7, s)
			if male := (num[9]-'0')%2 == 1; male != (sex == 'M') {
				continue
			}
			n, err := cpr.Parse(num)
			if err != nil || !n.PassesModulus11() || n.IsFictive() || n.BirthDate() != d {
				continue
			}
			if k == 0 {
				return num
			}
			k--
		}
	}
	panic("cprFor: no number left")
}

// failingModulus11 returns a CPR number for the citizen that fails the
// modulus 11 check: cprFor's number with the last digit moved by 2, which
// keeps the sex.
func failingModulus11(birth string, sex byte) string {
	num := []byte(cprFor(birth, sex, 0))
	if num[9] >= '8' {
		num[9] -= 2
	} else {
		num[9] += 2
	}
	n, err := cpr.Parse(string(num))
	if err != nil || n.PassesModulus11() {
		panic("failingModulus11: passes")
	}
	return string(num)
}
