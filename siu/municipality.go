package siu

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Municipality is one of the 98 Danish municipalities.
type Municipality struct {
	// Code is DST's three-digit municipality code, e.g. 101.
	Code int
	// Name is the municipality's name as DST writes it, e.g. "København".
	Name string
	// Region is DST's code of the municipality's region: 1081 Nordjylland,
	// 1082 Midtjylland, 1083 Syddanmark, 1084 Hovedstaden, 1085 Sjælland.
	Region int
}

//go:embed data/municipalities.csv
var municipalitiesCSV string

// municipalities is the embedded table, sorted by code.
var municipalities = sync.OnceValue(func() []Municipality {
	ms, err := parseMunicipalities(strings.NewReader(municipalitiesCSV))
	if err != nil {
		// The embedded file is part of the program and tested; it cannot
		// be wrong at run time unless the build is broken.
		panic("siu: embedded data/municipalities.csv: " + err.Error())
	}
	return ms
})

// LookupMunicipality returns the municipality with the given code.
func LookupMunicipality(code int) (Municipality, bool) {
	ms := municipalities()
	i, ok := slices.BinarySearchFunc(ms, code, func(m Municipality, c int) int { return m.Code - c })
	if !ok {
		return Municipality{}, false
	}
	return ms[i], true
}

// Municipalities returns the 98 municipalities sorted by code. The slice is
// a copy.
func Municipalities() []Municipality {
	return slices.Clone(municipalities())
}

// parseMunicipalities reads the table: lines starting with # are comments,
// then a header line code,name,region and one line per municipality.
func parseMunicipalities(r io.Reader) ([]Municipality, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = 3
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	if !slices.Equal(head, []string{"code", "name", "region"}) {
		return nil, fmt.Errorf("header %q: want code,name,region", head)
	}
	var ms []Municipality
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		code, err := strconv.Atoi(rec[0])
		if err != nil || code < 100 || code > 999 {
			return nil, fmt.Errorf("line %d: code %q is not three digits", line, rec[0])
		}
		region, err := strconv.Atoi(rec[2])
		if err != nil || region < 1081 || region > 1085 {
			return nil, fmt.Errorf("line %d: region %q is not 1081-1085", line, rec[2])
		}
		if rec[1] == "" {
			return nil, fmt.Errorf("line %d: empty name", line)
		}
		if n := len(ms); n > 0 && ms[n-1].Code >= code {
			return nil, fmt.Errorf("line %d: code %d is not after %d", line, code, ms[n-1].Code)
		}
		ms = append(ms, Municipality{Code: code, Name: rec[1], Region: region})
	}
	return ms, nil
}
