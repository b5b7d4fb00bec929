package main

import (
	"fmt"

	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/siu"
)

func runSummary(c *cmdFlags, files []string) int {
	e, v := c.e, &c.v
	var acc []siu.AccountTotal
	var err error
	if v.totals != "" {
		if acc, err = e.readAccounts(v.totals); err != nil {
			return e.failOrUsage("summary", err)
		}
	}
	f, code := c.open(files[0])
	if f == nil {
		return code
	}
	defer c.closeFile(f)
	if f.Source == nil {
		return e.fail("summary", fmt.Errorf("%s: %v", f.Name, f.Fatal))
	}
	y := v.year
	if h, ok := f.Source.Header(); ok {
		if y != 0 && y != h.Year {
			return e.usage("summary", e.errorT("summary.year", y, h.Year))
		}
		y = h.Year
	}
	if v.inYear && y == 0 {
		return e.usage("summary", e.errorT("summary.inyear"))
	}
	share := 0
	if v.inYear {
		share = y
	}
	sum := report.SumLines(f.Source, share)
	if sum.ReadErrorCount > 0 {
		report.WriteReadErrors(e.stderr, e.language(), f.Name, sum.ReadErrorCount, sum.ReadErrors)
		return e.fail("summary", e.errorT("summary.nothing"))
	}
	if c.v.format == "csv" {
		if err := csvformat.WriteTotals(e.stdout, sum.Totals()); err != nil {
			return e.fail("summary", err)
		}
		return exitOK
	}
	var chart *kontoplan.Chart
	if y != 0 {
		chart, _ = kontoplan.ChartFor(y) // nil: no names
	}
	topts := report.TotalsOptions{File: f.Name, Year: y, ShareYear: share, Chart: chart, Accounts: v.totals, Tolerance: v.tol}
	rec, err := sum.Reconcile(acc, v.tol)
	if err != nil {
		return e.usage("summary", err)
	}
	if v.totals == "" {
		report.WriteTotals(e.stdout, rec, sum.Lines(), topts)
		return exitOK
	}
	report.WriteReconciliation(e.stdout, rec, sum.Lines(), topts)
	return exitIf(!rec.Agrees())
}
