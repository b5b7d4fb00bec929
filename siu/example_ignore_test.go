package siu_test

import (
	"fmt"

	"github.com/siukit/siukit/siu"
)

// A report may leave out a warning known not to apply, and say how many it
// hid; an error rule cannot be ignored.
func ExampleNewIgnore() {
	ig, err := siu.NewIgnore("SIU-PSR-004")
	if err != nil {
		panic(err)
	}
	findings := []siu.Finding{
		{Code: "SIU-PSR-004", Severity: siu.Warning, Line: 1},
		{Code: "SIU-PER-001", Severity: siu.Error, Line: 2},
		{Code: "SIU-PSR-004", Severity: siu.Warning, Line: 3},
	}
	kept, hidden := ig.Filter(findings)
	fmt.Println(len(kept), "shown;", hidden["SIU-PSR-004"], "× SIU-PSR-004 hidden")

	_, err = siu.NewIgnore("SIU-PER-001")
	fmt.Println(err)
	// Output:
	// 1 shown; 2 × SIU-PSR-004 hidden
	// SIU-PER-001 is an error rule (DST rejects such a delivery); it cannot be ignored
}

// CountByRule gives a report's table by rule: errors first.
func ExampleCountByRule() {
	fs := []siu.Finding{
		{Code: "SIU-PSR-004", Severity: siu.Warning},
		{Code: "SIU-PER-001", Severity: siu.Error},
		{Code: "SIU-PSR-004", Severity: siu.Warning},
	}
	for _, rc := range siu.CountByRule(fs) {
		fmt.Println(rc.Code, rc.Severity, rc.N)
	}
	// Output:
	// SIU-PER-001 error 1
	// SIU-PSR-004 warning 2
}
