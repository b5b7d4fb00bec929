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
		fmt.Fprintln(os.Stderr, "insurance-cross-year:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	// A resident at a herberg (5.38.42, SEL § 110). The example uses a
	// fictive number (a man born 3 March 1972), so that it holds no
	// personal data; 5.38.42 accepts fictive numbers.
	insurance := siu.Line{
		PsrID:   cpr.Fictive(civil.MustNew(1972, time.March, 3), cpr.Male),
		Account: kontoplan.MustParse("5.38.42.1 4.0"),
		Amount:  decimal.RequireFromString("3650.00"),
		Start:   civil.MustParse("2025-07-01"),
		End:     civil.MustParse("2026-06-30"),
	}
	d := siu.Delivery{
		Header: siu.Header{
			Municipality: 461, Year: 2025, Area: siu.AreaVoksen, Test: true,
			Created:     time.Date(2026, time.March, 2, 9, 15, 0, 0, time.FixedZone("CET", 3600)),
			Description: "Forsikring over årsskiftet",
			System:      siu.System{Name: "example", Version: "1"},
			Contact:     siu.Contact{Identifier: "Økonomi", Email: "siu@kommune.example"},
		},
		Lines: []siu.Line{insurance},
	}

	findings := siu.Validate(d, siu.ValidateOptions{Today: civil.MustParse("2026-03-02")})
	fmt.Fprintf(w, "findings: %d\n", len(findings))
	for _, f := range findings {
		fmt.Fprintln(w, " ", f)
	}

	p := insurance.Period()
	fmt.Fprintf(w, "period %s: %d days\n", p, p.Days())
	fmt.Fprintf(w, "share in 2025: %s (%d days)\n", p.ShareIn(2025, insurance.Amount).StringFixed(2), p.DaysIn(2025))
	fmt.Fprintf(w, "share in 2026: %s (%d days)\n", p.ShareIn(2026, insurance.Amount).StringFixed(2), p.DaysIn(2026))
	fmt.Fprintf(w, "annualised: %s\n", siu.Annualised(insurance.Amount, p).StringFixed(2))

	// The line goes into the 2025 file with its real period.
	return xmlformat.Encode(w, xmlformat.DefaultProfile(), d)
}
