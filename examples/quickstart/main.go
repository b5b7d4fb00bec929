package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	// 1. The delivery: a header and its lines. An anonymous woman (no birth
	// date: fictive number 1234569998) at a kvindekrisecenter (5.38.42,
	// SEL § 109) for two weeks in March, and her own payment (egenbetaling,
	// art 7.2, negative).
	woman := cpr.Fictive(civil.Date{}, cpr.Female)
	d := siu.Delivery{
		Header: siu.Header{
			Municipality: 461,
			Year:         2025,
			Area:         siu.AreaVoksen,
			Test:         true,
			Created:      time.Date(2026, time.March, 2, 9, 15, 0, 0, time.FixedZone("CET", 3600)),
			Description:  "Quickstart",
			System:       siu.System{Name: "quickstart", Version: "1"},
			Contact:      siu.Contact{Identifier: "Økonomi", Email: "siu@kommune.example"},
		},
		Lines: []siu.Line{
			{
				PsrID:   woman,
				Account: kontoplan.MustParse("5.38.42.1 4.0"),
				Amount:  decimal.RequireFromString("14000.00"),
				Start:   civil.MustParse("2025-03-02"),
				End:     civil.MustParse("2025-03-15"),
			},
			{
				PsrID:   woman,
				Account: kontoplan.MustParse("5.38.42.1 7.2"),
				Amount:  decimal.RequireFromString("-700.00"),
				Start:   civil.MustParse("2025-03-02"),
				End:     civil.MustParse("2025-03-15"),
			},
		},
	}

	// 2. Validate: every finding at once. This delivery has none.
	findings := siu.Validate(d, siu.ValidateOptions{Today: civil.MustParse("2026-03-02")})
	fmt.Fprintf(w, "%d findings\n", len(findings))
	for _, f := range findings {
		fmt.Fprintln(w, f)
	}

	// 3. Encode the XML file (siukit's profile; DST's schema is not public).
	fmt.Fprintf(w, "The PsrID is printed masked in logs: %v\n", woman)
	return xmlformat.Encode(w, xmlformat.DefaultProfile(), d)
}
