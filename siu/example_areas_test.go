package siu_test

import (
	"fmt"
	"log"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

func exampleLine(psr, account, amount string) siu.Line {
	return siu.Line{
		PsrID:   cpr.MustParse(psr),
		Account: kontoplan.MustParse(account),
		Amount:  decimal.RequireFromString(amount),
		Start:   civil.MustParse("2025-01-01"),
		End:     civil.MustParse("2025-12-31"),
	}
}

// One delivery for both areas becomes two full loads, one per area, and
// back.
func ExampleSplitByArea() {
	d := siu.Delivery{
		Header: siu.Header{Municipality: 101, Year: 2025, Area: siu.AreaSamlet},
		Lines: []siu.Line{
			exampleLine("0101801234", "5385010000000040", "480000.00"), // 5.38.50: adults
			exampleLine("0202152345", "5282310000000040", "350000.00"), // 5.28.23: children
		},
	}
	voksen, boern := siu.SplitByArea(d)
	fmt.Println(voksen.Header.Area, len(voksen.Lines), boern.Header.Area, len(boern.Lines))

	samlet, err := siu.MergeAreas(voksen, boern)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(samlet.Header.Area, len(samlet.Lines))
	// Output:
	// VOKSEN 1 BOERN 1
	// SAMLET 2
}

func ExampleAreaOf() {
	for _, f := range []string{"5.38.42", "5.28.23", "5.32.32"} {
		area := siu.AreaOf(kontoplan.MustParseFunction(f))
		fmt.Printf("%s %q\n", f, area)
	}
	// Output:
	// 5.38.42 "VOKSEN"
	// 5.28.23 "BOERN"
	// 5.32.32 ""
}
