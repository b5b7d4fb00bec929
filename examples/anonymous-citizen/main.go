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
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "anonymous-citizen:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	// A woman born 15 June 1985 who gives only her birth date, and one who
	// gives nothing.
	withBirth := cpr.Fictive(civil.MustNew(1985, time.June, 15), cpr.Female)
	noBirth := cpr.Fictive(civil.Date{}, cpr.Female)
	for _, n := range []cpr.Number{withBirth, noBirth} {
		// String and every fmt verb mask the number; Digits is the only
		// whole form, for the file itself.
		fmt.Fprintf(w, "%v fictive=%v sex=%v birth=%q digits in the file: %d\n",
			n, n.IsFictive(), n.Sex(), n.BirthDate().String(), len(n.Digits()))
	}

	line := func(n cpr.Number, account string) siu.Line {
		return siu.Line{
			PsrID:   n,
			Account: kontoplan.MustParse(account),
			Amount:  decimal.RequireFromString("9800.00"),
			Start:   civil.MustParse("2025-03-02"),
			End:     civil.MustParse("2025-03-15"),
		}
	}
	h := siu.Header{Municipality: 461, Year: 2025, Area: siu.AreaVoksen, Test: true}
	// The lines are checked before the file's envelope (creation time,
	// receipt e-mail) is known.
	opts := siu.ValidateOptions{Today: civil.MustParse("2026-03-02"), SkipEnvelope: true}

	// On 5.38.42 (botilbud for personer med særlige sociale problemer,
	// which covers the kvindekrisecentre of § 109) a fictive number is
	// what DST asks for: no finding.
	d := siu.Delivery{Header: h, Lines: []siu.Line{
		line(withBirth, "5.38.42.1 4.0"),
		line(noBirth, "5.38.42.1 4.0"),
	}}
	fmt.Fprintf(w, "on 5.38.42: %d findings\n", len(siu.Validate(d, opts)))

	// On a function that does not serve § 109 the validator warns: a
	// fictive number there is more likely a mistake than an anonymous
	// stay (SIU-PSR-004, a warning DST will ask about).
	d.Lines = []siu.Line{line(withBirth, "5.38.50.1 4.7")}
	for _, f := range siu.Validate(d, opts) {
		fmt.Fprintln(w, "on 5.38.50:", f)
	}

	// One fictive number stands for every anonymous woman with that birth
	// date, so aggregation keeps their postings apart unless told
	// otherwise: two stays of two different women stay two lines.
	stays := []siu.Posting{
		{PsrID: noBirth, Account: kontoplan.MustParse("5.38.42.1 4.0"), Amount: decimal.RequireFromString("4900.00"),
			Start: civil.MustParse("2025-03-02"), End: civil.MustParse("2025-03-08")},
		{PsrID: noBirth, Account: kontoplan.MustParse("5.38.42.1 4.0"), Amount: decimal.RequireFromString("2100.00"),
			Start: civil.MustParse("2025-03-09"), End: civil.MustParse("2025-03-11")},
	}
	lines, err := siu.Aggregate(stays, siu.AggregateOptions{})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "aggregated: %d postings, %d lines\n", len(stays), len(lines))
	return nil
}
