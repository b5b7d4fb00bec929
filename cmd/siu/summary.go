package main

import (
	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

const summaryAbout = `Summary totals a file of lines (CSV, XLSX, JSON or XML) per function and
art, with the chart of accounts' names, as a table in kroner (Danish
number format) or as CSV (--format csv: funktion;art;beløb).

With --totals it reconciles the totals with the municipality's accounts,
as DST does before its final approval: the file is CSV with a header line
and the columns funktion, art and beløb (e.g. 5.38.50;4.0;1.234.567,89);
several lines for one function and art are added up. Every function and
art on either side gets a row; a difference above --tolerance (kroner)
is reported and the exit status is 1.

--in-year counts each line's share in the budget year (by days) instead of
its whole amount, for a period that runs into another year.`

const summaryExamples = `  siu summary --year 2025 lines.csv
  siu summary --totals regnskab-2025.csv --tolerance 1 siu-461-2025.xml
  siu summary --format csv --year 2025 lines.csv > totals.csv`

func runSummary(e *env, args []string) int {
	fs := newFlags("summary", "[flags] FILE", summaryAbout, summaryExamples)
	year := fs.Int("year", 0, "the budget year of a CSV or XLSX file (for the chart's names and --in-year)")
	totalsPath := fs.String("totals", "", "reconcile with the account totals in this CSV `file` (funktion;art;beløb)")
	tolerance := fs.String("tolerance", "0", "the largest difference in `kroner` that still agrees")
	inYear := fs.Bool("in-year", false, "count each line's share in the budget year, not its whole amount")
	outFormat := fs.String("format", "table", "output: table or csv")
	sf := addSourceFlags(fs)
	files, code, ok := fs.parse(e, args)
	if !ok {
		return code
	}
	if len(files) != 1 {
		return e.usageError("summary", "want one FILE, got %d", len(files))
	}
	if *outFormat != "table" && *outFormat != "csv" {
		return e.usageError("summary", "--format: want table or csv")
	}
	tol, err := parseTolerance(*tolerance)
	if err != nil {
		return e.usageError("summary", "%v", err)
	}
	var accounts []siu.AccountTotal
	if *totalsPath != "" {
		if accounts, code, ok = readAccounts(e, "summary", *totalsPath); !ok {
			return code
		}
	}

	in, code := openSource(e, "summary", files[0], sf)
	if in == nil {
		return code
	}
	defer in.Close()
	if in.src == nil {
		e.errorf("summary", "%s: %s", files[0], in.fatal.Message)
		return exitFail
	}
	y := *year
	if h, ok := in.src.Header(); ok {
		if y != 0 && y != h.Year {
			return e.usageError("summary", "--year %d: the file says budget year %d", y, h.Year)
		}
		y = h.Year
	}
	if *inYear && y == 0 {
		return e.usageError("summary", "--in-year needs the budget year: give --year")
	}
	lines, readErrs := source.ReadLines(in.src)
	if len(readErrs) > 0 {
		writeReadErrors(e.stderr, in.name, readErrs)
		e.errorf("summary", "no totals: correct the lines that cannot be read and run again")
		return exitFail
	}
	opts := siu.ReconcileOptions{Tolerance: tol}
	if *inYear {
		opts.Year = y
	}
	var chart *kontoplan.Chart
	if y != 0 {
		chart, _ = kontoplan.ChartFor(y) // nil: no names
	}
	if *outFormat == "csv" {
		if err := csvformat.WriteTotals(e.stdout, siu.Totals(lines, opts)); err != nil {
			e.errorf("summary", "%v", err)
			return exitFail
		}
		return exitOK
	}
	rec, err := siu.Reconcile(lines, accounts, opts)
	if err != nil {
		return e.usageError("summary", "%v", err)
	}
	topts := report.TotalsOptions{File: in.name, Year: y, ShareYear: opts.Year, Chart: chart, Accounts: *totalsPath, Tolerance: tol}
	if *totalsPath == "" {
		report.WriteTotals(e.stdout, rec, len(lines), topts)
		return exitOK
	}
	report.WriteReconciliation(e.stdout, rec, len(lines), topts)
	if !rec.Agrees() {
		return exitFail
	}
	return exitOK
}
