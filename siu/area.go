package siu

import "fmt"

// Area is the part of the social services a full load covers. DST accepts
// one file per area, or one file for both (SOURCES.md: dst-qa-2025).
type Area uint8

// The areas. The zero Area is not an area.
const (
	AreaVoksen Area = iota + 1 // adults (voksenområdet): VOKSEN
	AreaBoern                  // children (børneområdet): BOERN
	AreaSamlet                 // both in one file: SAMLET
)

// String returns the code written in the file: VOKSEN, BOERN or SAMLET, or
// "" for the zero Area.
func (a Area) String() string {
	switch a {
	case AreaVoksen:
		return "VOKSEN"
	case AreaBoern:
		return "BOERN"
	case AreaSamlet:
		return "SAMLET"
	}
	return ""
}

// IsValid reports whether a is one of the three areas.
func (a Area) IsValid() bool { return a >= AreaVoksen && a <= AreaSamlet }

// ParseArea reads VOKSEN, BOERN or SAMLET.
func ParseArea(s string) (Area, error) {
	switch s {
	case "VOKSEN":
		return AreaVoksen, nil
	case "BOERN":
		return AreaBoern, nil
	case "SAMLET":
		return AreaSamlet, nil
	}
	if len(s) > 8 { // never echo a long value: it may be personal data in the wrong column
		return 0, fmt.Errorf("siu: unknown area (%d characters): want VOKSEN, BOERN or SAMLET", len(s))
	}
	return 0, fmt.Errorf("siu: unknown area %q: want VOKSEN, BOERN or SAMLET", s)
}

// MarshalText implements encoding.TextMarshaler.
func (a Area) MarshalText() ([]byte, error) {
	if !a.IsValid() {
		return nil, fmt.Errorf("siu: cannot marshal area %d", uint8(a))
	}
	return []byte(a.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (a *Area) UnmarshalText(text []byte) error {
	v, err := ParseArea(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}
