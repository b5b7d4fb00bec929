package cpr

import "strconv"

// Sex is the sex a CPR number records in its last digit: odd for a man, even
// for a woman. The zero Sex is "unknown"; it is what the zero Number reports.
type Sex uint8

// The two sexes a CPR number records.
const (
	Female Sex = 1 // last digit even
	Male   Sex = 2 // last digit odd
)

// String returns "female", "male", "unknown" for the zero Sex, or "Sex(n)"
// for any other value.
func (s Sex) String() string {
	switch s {
	case Female:
		return "female"
	case Male:
		return "male"
	case 0:
		return "unknown"
	}
	return "Sex(" + strconv.Itoa(int(s)) + ")"
}
