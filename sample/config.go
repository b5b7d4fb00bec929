package sample

import (
	"fmt"

	"github.com/siukit/siukit/siu"
)

// Config says what to generate. The zero Config is usable: it generates
// nothing (Lines 0) for budget year 2025, municipality 461 and both areas.
type Config struct {
	// Seed selects the data: the same Config gives the same postings on
	// every machine and Go version; another seed gives other postings.
	Seed uint64
	// Lines is the number of postings (and lines) to generate. It must not
	// be negative.
	Lines int
	// Year is the budget year; 0 means 2025. The year's chart of accounts
	// must be known to kontoplan.ChartFor.
	Year int
	// Municipality is the municipality code written in the header; 0
	// means 461. The data is fictional whatever the code.
	Municipality int
	// Area is the area to generate: AreaVoksen (functions 5.38.xx),
	// AreaBoern (5.28.xx) or AreaSamlet (both); the zero Area means
	// AreaSamlet.
	Area siu.Area
}

// Defaults filled in for the zero fields of a Config.
const (
	DefaultYear         = 2025
	DefaultMunicipality = 461
)

// withDefaults returns c with its zero fields filled in, or an error naming
// the field that is wrong.
func (c Config) withDefaults() (Config, error) {
	if c.Lines < 0 {
		return c, fmt.Errorf("sample: Config.Lines is %d; it must not be negative", c.Lines)
	}
	if c.Year == 0 {
		c.Year = DefaultYear
	}
	if c.Municipality == 0 {
		c.Municipality = DefaultMunicipality
	}
	if c.Area == 0 {
		c.Area = siu.AreaSamlet
	}
	if !c.Area.IsValid() {
		return c, fmt.Errorf("sample: Config.Area %d is not an area", uint8(c.Area))
	}
	if c.Municipality < 0 || c.Municipality > 999 {
		return c, fmt.Errorf("sample: Config.Municipality %d is not a three-digit code", c.Municipality)
	}
	return c, nil
}
