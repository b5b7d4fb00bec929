package siu_test

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// A batch job that writes findings out as they come sets ValidateOptions.Report:
// the Validator then keeps no findings, and its memory grows with the
// (citizen, account) pairs alone, however large the file.
func ExampleValidateOptions_report() {
	counts := map[siu.Severity]int{}
	opts := siu.ValidateOptions{
		Today: civil.MustParse("2026-03-02"),
		Report: func(f siu.Finding) {
			counts[f.Severity]++
			if f.Severity == siu.Error {
				fmt.Println(f.Line, f.Code, f.Field)
			}
		},
	}
	h := siu.Header{
		Municipality: 461, Year: 2025, Area: siu.AreaVoksen,
		Created: time.Date(2026, time.March, 2, 8, 0, 0, 0, time.UTC),
		Contact: siu.Contact{Email: "siu@odense.example"},
	}
	v := siu.NewValidator(h, opts)
	v.Add(siu.Line{
		PsrID:   cpr.Fictive(civil.MustParse("1990-04-17"), cpr.Female),
		Account: kontoplan.MustParse("5.38.42.1 4.0"),
		Amount:  decimal.RequireFromString("18250.00"),
		Start:   civil.MustParse("2025-03-01"),
		End:     civil.MustParse("2025-03-31"),
	})
	v.Add(siu.Line{
		PsrID:   cpr.Fictive(civil.Date{}, cpr.Female),
		Account: kontoplan.MustParse("5.38.42.1 4.0"),
		Amount:  decimal.RequireFromString("9100.00"),
		Start:   civil.MustParse("2025-06-01"),
		// no end date
	})
	fmt.Println(v.Findings() == nil, counts[siu.Error], "error(s)")
	// Output:
	// 2 SIU-PER-001 SLUTDATO
	// true 1 error(s)
}
