package main

import (
	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/siu"
)

func runSummary(e *env, args []string) int {
	c := e.newFlags("summary", "[flags] FILE")
	year := c.Int("year", 0, "")
	totalsPath := c.String("totals", "", "")
	tolerance := c.String("tolerance", "0", "")
	inYear := c.Bool("in-year", false, "")
	c.formatFlag("table", "csv")
	c.sourceFlags()
	files, code, ok := c.parse(args, 1)
	if !ok {
		return code
	}
	tol, err := e.parseTolerance(*tolerance)
	if err != nil {
		return e.usage("summary", err)
	}
	var acc []siu.AccountTotal
	if *totalsPath != "" {
		if acc, err = e.readAccounts(*totalsPath); err != nil {
			return e.failOrUsage("summary", err)
		}
	}
	f, code := c.open(files[0])
	if f == nil {
		return code
	}
	defer c.closeFile(f)
	if f.Source == nil {
		e.errorf("summary", "%s: %s", f.Name, f.Fatal.Message)
		return exitFail
	}
	y := *year
	if h, ok := f.Source.Header(); ok {
		if y != 0 && y != h.Year {
			return e.usage("summary", e.errorT("summary.year", y, h.Year))
		}
		y = h.Year
	}
	if *inYear && y == 0 {
		return e.usage("summary", e.errorT("summary.inyear"))
	}
	share := 0
	if *inYear {
		share = y
	}
	sum := report.SumLines(f.Source, share)
	if sum.ReadErrorCount > 0 {
		e.writeReadErrors(f.Name, sum.ReadErrorCount, sum.ReadErrors)
		e.errorf("summary", "%s", e.t("summary.nothing"))
		return exitFail
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
	topts := report.TotalsOptions{File: f.Name, Year: y, ShareYear: share, Chart: chart, Accounts: *totalsPath, Tolerance: tol}
	if *totalsPath == "" {
		rec, _ := sum.Reconcile(nil, tol)
		report.WriteTotals(e.stdout, rec, sum.Lines(), topts)
		return exitOK
	}
	rec, err := sum.Reconcile(acc, tol)
	if err != nil {
		return e.usage("summary", err)
	}
	report.WriteReconciliation(e.stdout, rec, sum.Lines(), topts)
	if !rec.Agrees() {
		return exitFail
	}
	return exitOK
}

// parseTolerance reads --tolerance: kroner, 0 or more.
func (e *env) parseTolerance(s string) (decimal.Decimal, error) {
	tol, err := csvformat.ParseAmount(s)
	if err != nil || tol.IsNegative() {
		return decimal.Zero, e.errorT("err.tolerance")
	}
	return tol, nil
}
