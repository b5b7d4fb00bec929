package sample

import (
	"testing"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/siu"
)

// TestNumbers checks the number pools: every number is SIU's fictive
// number of the right sex, its birth date reads back in the age group, and
// the first citizens of a pool all get distinct numbers.
func TestNumbers(t *testing.T) {
	const year = 2025
	ns, err := newNumbers(year, 99)
	if err != nil {
		t.Fatal(err)
	}
	for _, area := range []siu.Area{siu.AreaVoksen, siu.AreaBoern} {
		from, to := ageGroup(area, year)
		for _, sex := range []cpr.Sex{cpr.Female, cpr.Male} {
			seen := map[cpr.Number]bool{}
			var first cpr.Number
			capacity := 0
			for i := 0; ; i++ {
				n := ns.next(area, sex, false)
				if i == 0 {
					first = n
				}
				if seen[n] {
					if n != first {
						t.Errorf("%v %v: number %d repeats an earlier one other than the first", area, sex, i)
					}
					capacity = i
					break
				}
				seen[n] = true
				if !n.IsFictive() || n.Sex() != sex {
					t.Fatalf("%v %v: %v is not a fictive number of that sex", area, sex, n)
				}
				b := n.BirthDate()
				if b.Before(from) || b.After(to) || b.Year() < firstFictiveYear {
					t.Fatalf("%v %v: birth date %v outside %v..%v", area, sex, b, from, to)
				}
			}
			want := 6000
			if area == siu.AreaVoksen {
				want = 25000
			}
			if capacity < want {
				t.Errorf("%v %v: only %d distinct numbers, want at least %d", area, sex, capacity, want)
			}
		}
	}
	for _, sex := range []cpr.Sex{cpr.Female, cpr.Male} {
		if n := ns.next(siu.AreaVoksen, sex, true); n.BirthDate().IsValid() || !n.IsFictive() {
			t.Errorf("dateless %v: %v", sex, n)
		}
	}
}
