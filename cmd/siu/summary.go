package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/kontoplan"
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
	tol, err := csvformat.ParseAmount(*tolerance)
	if err != nil || tol.IsNegative() {
		return e.usageError("summary", "--tolerance: want an amount of 0 kroner or more, e.g. 1 or 0,50")
	}
	var accounts []siu.AccountTotal
	if *totalsPath != "" {
		f, err := os.Open(*totalsPath)
		if err != nil {
			e.errorf("summary", "%v", cleanPathError(err))
			return exitUsage
		}
		accounts, err = csvformat.ReadTotals(f, csvformat.TotalsOptions{})
		f.Close()
		if err != nil {
			e.errorf("summary", "%s: %v", *totalsPath, err)
			return exitFail
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
	if *totalsPath == "" {
		writeTotals(e.stdout, in.name, y, lines, opts, chart)
		return exitOK
	}
	rec, err := siu.Reconcile(lines, accounts, opts)
	if err != nil {
		return e.usageError("summary", "%v", err)
	}
	writeReconciliation(e.stdout, in.name, *totalsPath, len(lines), rec, tol, chart)
	if !rec.Agrees() {
		return exitFail
	}
	return exitOK
}

// writeTotals writes the totals per function and art as a table.
func writeTotals(w io.Writer, file string, year int, lines []siu.Line, opts siu.ReconcileOptions, chart *kontoplan.Chart) {
	rows, _ := siu.Reconcile(lines, nil, opts)
	fmt.Fprintf(w, "%s: %d %s", file, len(lines), plural(len(lines), "line", "lines"))
	if year != 0 {
		fmt.Fprintf(w, ", budget year %d", year)
	}
	if opts.Year != 0 {
		fmt.Fprintf(w, " (each line's share in %d)", opts.Year)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "FUNCTION\tNAME\tART\tNAME\t%6s\t%16s\n", "LINES", "AMOUNT (KR.)")
	for _, r := range rows.Rows {
		fn, art := functionText(r.Function), artText(r.Art)
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%6d\t%16s\n", fn, functionName(chart, r.Function), art, artName(chart, r.Art), r.Lines, csvformat.FormatKroner(r.Ours))
	}
	fmt.Fprintf(tw, "TOTAL\t\t\t\t%6d\t%16s\n", len(lines), csvformat.FormatKroner(rows.Ours))
	tw.Flush()
}

// writeReconciliation writes the rows of a reconciliation and its verdict.
func writeReconciliation(w io.Writer, file, totals string, n int, rec siu.Reconciliation, tol decimal.Decimal, chart *kontoplan.Chart) {
	fmt.Fprintf(w, "%s (%d %s) reconciled with %s, tolerance %s kr.\n\n", file, n, plural(n, "line", "lines"), totals, csvformat.FormatKroner(tol))
	var table strings.Builder
	tw := tabwriter.NewWriter(&table, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "FUNCTION\tNAME\tART\t%6s\t%16s\t%16s\t%14s\t\n", "LINES", "SIU LINES", "ACCOUNTS", "DIFFERENCE")
	for _, r := range rec.Rows {
		status := "ok"
		if !r.Within {
			status = "DIFFERS"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%6d\t%16s\t%16s\t%14s\t%s\n", functionText(r.Function), functionName(chart, r.Function), artText(r.Art),
			r.Lines, csvformat.FormatKroner(r.Ours), csvformat.FormatKroner(r.Theirs), csvformat.FormatKroner(r.Difference), status)
	}
	fmt.Fprintf(tw, "TOTAL\t\t\t%6d\t%16s\t%16s\t%14s\n", n, csvformat.FormatKroner(rec.Ours), csvformat.FormatKroner(rec.Theirs), csvformat.FormatKroner(rec.Difference))
	tw.Flush()
	writeTrimmed(w, table.String())
	fmt.Fprintln(w)
	if d := rec.Differences(); len(d) > 0 {
		fmt.Fprintf(w, "Result: %d %s above the tolerance: find the postings behind them before delivering.\n", len(d), plural(len(d), "difference", "differences"))
	} else {
		fmt.Fprintf(w, "Result: the lines agree with the accounts for every function and art.\n")
	}
}

func functionText(f kontoplan.Function) string {
	if !f.IsValid() {
		return "-"
	}
	return f.String()
}

func artText(a kontoplan.Art) string {
	if !a.IsValid() {
		return "-"
	}
	return a.String()
}

// maxName is the longest name a table shows.
const maxName = 38

func functionName(c *kontoplan.Chart, f kontoplan.Function) string {
	if c == nil || !f.IsValid() {
		return ""
	}
	fi, ok := c.Function(f)
	if !ok {
		return "(not in the chart)"
	}
	return shorten(fi.Name, maxName)
}

func artName(c *kontoplan.Chart, a kontoplan.Art) string {
	if c == nil || !a.IsValid() {
		return ""
	}
	ai, ok := c.Art(a)
	if !ok {
		return "(not in the chart)"
	}
	return shorten(ai.Name, maxName)
}

// shorten cuts s to n characters, ending with "…" when cut.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// writeTrimmed writes s without the spaces tabwriter leaves at the ends of
// lines.
func writeTrimmed(w io.Writer, s string) {
	var b strings.Builder
	for _, line := range strings.SplitAfter(s, "\n") {
		nl := strings.HasSuffix(line, "\n")
		b.WriteString(strings.TrimRight(line, " \n"))
		if nl {
			b.WriteByte('\n')
		}
	}
	io.WriteString(w, b.String())
}
