package siu

import (
	"fmt"
	"strconv"

	"github.com/siukit/siukit/kontoplan"
)

// areaTable says which area each hovedfunktion belongs to.
//
// Modeled: the chart of accounts puts services for adults with special
// needs under 5.38 (SEL) and services for children and young people with
// special needs under 5.28 (Barnets lov since 2024) (SOURCES.md: budregn-4.5.3,
// barnets-lov); DST allows one full load per area (SOURCES.md: dst-qa-2025). No public source maps
// other functions to an area: AreaOf gives them none, and SplitByArea puts
// their lines in the adult load (areaOfOthers).
var areaTable = [...]struct {
	hovedkonto, hovedfunktion int
	area                      Area
}{
	{5, 38, AreaVoksen}, // tilbud til voksne med særlige behov
	{5, 28, AreaBoern},  // tilbud til børn og unge med særlige behov
}

// areaOfOthers is the load SplitByArea puts a line in when its function has
// no area (modeled, see areaTable): the statistic's mandatory scope is the
// adult boformer, and Validate reports such lines as out of scope.
const areaOfOthers = AreaVoksen

// AreaOf returns the area a function belongs to: AreaVoksen for 5.38.xx,
// AreaBoern for 5.28.xx, and the zero Area (no area) for every other
// function and for the zero Function. The mapping is modeled.
func AreaOf(f kontoplan.Function) Area {
	if !f.IsValid() {
		return 0
	}
	hk, hf := f.Hovedkonto(), f.Hovedfunktion()
	for _, e := range areaTable {
		if e.hovedkonto == hk && e.hovedfunktion == hf {
			return e.area
		}
	}
	return 0
}

// SplitByArea divides a delivery into two full loads, one for adults
// (VOKSEN) and one for children (BOERN), by the function of each line's
// account (AreaOf). A line whose function has no area, or whose account is
// not valid, goes to the adult load (modeled), so no line is lost.
//
// Each load gets a copy of d's header with its Area set, and its own slice
// of lines in d's order; d is not modified. A load may come out with no
// lines: sending an empty full load erases the area's data at DST, so send
// it only when that is meant.
func SplitByArea(d Delivery) (voksen, boern Delivery) {
	voksen.Header, boern.Header = d.Header, d.Header
	voksen.Header.Area, boern.Header.Area = AreaVoksen, AreaBoern
	nb := 0
	for i := range d.Lines {
		if lineArea(&d.Lines[i]) == AreaBoern {
			nb++
		}
	}
	voksen.Lines = make([]Line, 0, len(d.Lines)-nb)
	boern.Lines = make([]Line, 0, nb)
	for _, l := range d.Lines {
		if lineArea(&l) == AreaBoern {
			boern.Lines = append(boern.Lines, l)
		} else {
			voksen.Lines = append(voksen.Lines, l)
		}
	}
	return voksen, boern
}

func lineArea(l *Line) Area {
	if a := AreaOf(l.Account.Function()); a != 0 {
		return a
	}
	return areaOfOthers
}

// MergeAreas joins an adult (VOKSEN) and a children's (BOERN) full load,
// in either order, into one SAMLET delivery. The header is a copy of a's
// with Area set to AreaSamlet; the lines are a's followed by b's, in a new
// slice. Neither argument is modified.
//
// It returns a *MergeAreasError when the two loads are not one VOKSEN and
// one BOERN, or when their headers disagree on the municipality, the
// budget year or whether they are test deliveries.
func MergeAreas(a, b Delivery) (Delivery, error) {
	ha, hb := a.Header, b.Header
	switch {
	case !(ha.Area == AreaVoksen && hb.Area == AreaBoern) && !(ha.Area == AreaBoern && hb.Area == AreaVoksen):
		return Delivery{}, &MergeAreasError{Field: "Area", A: areaText(ha.Area), B: areaText(hb.Area),
			Reason: "want one VOKSEN and one BOERN load"}
	case ha.Municipality != hb.Municipality:
		return Delivery{}, &MergeAreasError{Field: "Municipality",
			A: strconv.Itoa(ha.Municipality), B: strconv.Itoa(hb.Municipality),
			Reason: "the loads are for different municipalities"}
	case ha.Year != hb.Year:
		return Delivery{}, &MergeAreasError{Field: "Year",
			A: strconv.Itoa(ha.Year), B: strconv.Itoa(hb.Year),
			Reason: "the loads are for different budget years"}
	case ha.Test != hb.Test:
		return Delivery{}, &MergeAreasError{Field: "Test",
			A: strconv.FormatBool(ha.Test), B: strconv.FormatBool(hb.Test),
			Reason: "one load is a test delivery and the other is not"}
	}
	out := Delivery{Header: ha, Lines: make([]Line, 0, len(a.Lines)+len(b.Lines))}
	out.Header.Area = AreaSamlet
	out.Lines = append(out.Lines, a.Lines...)
	out.Lines = append(out.Lines, b.Lines...)
	return out, nil
}

func areaText(a Area) string {
	if a.IsValid() {
		return a.String()
	}
	return "area " + strconv.Itoa(int(a))
}

// MergeAreasError is the error MergeAreas returns when two loads cannot be
// merged. It holds header fields only, never line data.
type MergeAreasError struct {
	// Field is the header field that is wrong: "Area", "Municipality",
	// "Year" or "Test".
	Field string
	// A and B are the field's values in the first and second load.
	A, B string
	// Reason says what is wrong, in English.
	Reason string
}

// Error implements the error interface.
func (e *MergeAreasError) Error() string {
	return fmt.Sprintf("siu: cannot merge areas: %s (%s: %s and %s)", e.Reason, e.Field, e.A, e.B)
}
