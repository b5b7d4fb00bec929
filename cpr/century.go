package cpr

import (
	"time"

	"github.com/siukit/siukit/civil"
)

// centuries is CPR's century table (cpr.dk; the same table as python-stdnum's
// dk/cpr.py). Row: the 7th digit. Column: YY 00–36, 37–57, 58–99. Value:
// the century added to YY. Every cell is a year in 1858–2057.
var centuries = [10][3]int{
	0: {1900, 1900, 1900},
	1: {1900, 1900, 1900},
	2: {1900, 1900, 1900},
	3: {1900, 1900, 1900},
	4: {2000, 1900, 1900},
	5: {2000, 2000, 1800},
	6: {2000, 2000, 1800},
	7: {2000, 2000, 1800},
	8: {2000, 2000, 1800},
	9: {2000, 1900, 1900},
}

// birthYear returns the four-digit birth year given by the two-digit year yy
// (0–99) and the 7th digit d7 (0–9).
func birthYear(yy, d7 int) int {
	col := 2
	switch {
	case yy <= 36:
		col = 0
	case yy <= 57:
		col = 1
	}
	return centuries[d7][col] + yy
}

// dateOf returns the date DD-MM-YY in the century that d7 and yy give. The
// fields must have passed Parse's checks.
func dateOf(dd, mm, yy, d7 int) civil.Date {
	d, err := civil.New(birthYear(yy, d7), time.Month(mm), dd)
	if err != nil {
		return civil.Date{} // unreachable for a Number that Parse accepted
	}
	return d
}
