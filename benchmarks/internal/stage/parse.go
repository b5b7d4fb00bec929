package stage

import (
	"iter"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
)

// ParseCPR parses every string as a CPR number and returns how many
// parsed and the first error.
func ParseCPR(ss iter.Seq[string]) (int, error) {
	n := 0
	for s := range ss {
		if _, err := cpr.Parse(s); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// ParseAccount parses every string as an account (KONTOSTRENG or a
// printed form) and returns how many parsed and the first error.
func ParseAccount(ss iter.Seq[string]) (int, error) {
	n := 0
	for s := range ss {
		if _, err := kontoplan.Parse(s); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
