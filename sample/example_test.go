package sample_test

import (
	"bytes"
	"fmt"

	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/sample"
	"github.com/siukit/siukit/siu"
)

// Generate a few lines of a children's delivery. The same seed gives the
// same lines everywhere.
func ExampleNew() {
	g, err := sample.New(sample.Config{Seed: 1, Lines: 4, Area: siu.AreaBoern})
	if err != nil {
		fmt.Println(err)
		return
	}
	h := g.Header()
	fmt.Println(h.Municipality, h.Year, h.Area, h.Test)
	for l := range g.Lines() {
		// A cpr.Number prints masked, even a fictive one.
		fmt.Println(l.PsrID, l.Account.Dotted(), l.Amount.StringFixed(2), l.Start, l.End)
	}
	// Output:
	// 461 2025 BOERN true
	// 220716-**** 5.28.20.1 4.0 65254.94 2025-01-01 2025-01-31
	// 220716-**** 5.28.20.1 4.0 65254.94 2025-02-01 2025-02-28
	// 220716-**** 5.28.20.1 4.0 65254.94 2025-03-01 2025-03-31
	// 220716-**** 5.28.20.1 4.0 65254.94 2025-04-01 2025-04-30
}

// Stream a large delivery through a pipeline: the lines are generated as
// they are consumed, so memory stays constant.
func ExampleGenerator_Lines() {
	g, err := sample.New(sample.Config{Seed: 7, Lines: 20_000})
	if err != nil {
		fmt.Println(err)
		return
	}
	v := siu.NewValidator(g.Header(), siu.ValidateOptions{})
	for l := range g.Lines() {
		v.Add(l)
	}
	errs := 0
	for _, f := range v.Findings() {
		if f.Severity == siu.Error {
			errs++
		}
	}
	fmt.Println(v.Len(), "lines,", errs, "errors")
	// Output: 20000 lines, 0 errors
}

// Read the sample municipality's postings as a user's own export would be
// read, and list the deliberate mistakes.
func ExamplePostingsCSV() {
	r := csvformat.NewReader(bytes.NewReader(sample.PostingsCSV()))
	n := 0
	for _, err := range r.Records() {
		if err != nil {
			fmt.Println(err)
			return
		}
		n++
	}
	fmt.Println(n, "postings")
	for _, m := range sample.Mistakes()[:3] {
		fmt.Println(m.Code)
	}
	// Output:
	// 3010 postings
	// SIU-PER-001
	// SIU-BEL-002
	// SIU-KTO-005
}
