package diff

import (
	"fmt"

	"github.com/siukit/siukit/siu"
)

// MismatchError is CheckHeaders' error: the two loads are not of the same
// municipality, budget year or area.
type MismatchError struct {
	// Field is "Municipality", "Year" or "Area".
	Field string
	// Old and New are the field's values in each load.
	Old, New string
}

// Error says which field differs.
func (e *MismatchError) Error() string {
	what := map[string]string{"Municipality": "municipality", "Year": "budget year", "Area": "area"}[e.Field]
	return fmt.Sprintf("the loads are of different %ss: %s in the old, %s in the new", what, e.Old, e.New)
}

// CheckHeaders reports whether two loads may be compared: a full load
// replaces the one of the same municipality, budget year and area, so
// comparing two others is most likely a mistake. A field not set on one side
// (a CSV file carries no header) is not compared. The error is a
// *MismatchError for the first field that differs.
func CheckHeaders(old, new siu.Header) error {
	switch {
	case old.Municipality != 0 && new.Municipality != 0 && old.Municipality != new.Municipality:
		return &MismatchError{"Municipality", fmt.Sprint(old.Municipality), fmt.Sprint(new.Municipality)}
	case old.Year != 0 && new.Year != 0 && old.Year != new.Year:
		return &MismatchError{"Year", fmt.Sprint(old.Year), fmt.Sprint(new.Year)}
	case old.Area.IsValid() && new.Area.IsValid() && old.Area != new.Area:
		return &MismatchError{"Area", old.Area.String(), new.Area.String()}
	}
	return nil
}
