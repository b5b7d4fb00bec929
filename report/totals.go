package report

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// TotalsOptions say what WriteTotals and WriteReconciliation write beside
// the rows.
type TotalsOptions struct {
	// File names the input, such as its path.
	File string
	// Year is the input's budget year, or 0 when not known.
	Year int
	// ShareYear, when not 0, says that each line counts with its share in
	// that year (siu.ReconcileOptions.Year).
	ShareYear int
	// Chart names the functions and arts; nil shows no names.
	Chart *kontoplan.Chart
	// Accounts names the accounts' totals file, and Tolerance is the
	// tolerance of the reconciliation (WriteReconciliation).
	Accounts  string
	Tolerance decimal.Decimal
}

// WriteTotals writes the totals per function and art of rec (a
// reconciliation of lines lines with no accounts) as a table in kroner,
// with the chart's names: the form of 'siu summary'.
func WriteTotals(w io.Writer, rec siu.Reconciliation, lines int, opts TotalsOptions) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d %s", opts.File, lines, plural(lines, "line", "lines"))
	if opts.Year != 0 {
		fmt.Fprintf(&b, ", budget year %d", opts.Year)
	}
	if opts.ShareYear != 0 {
		fmt.Fprintf(&b, " (each line's share in %d)", opts.ShareYear)
	}
	b.WriteString("\n\n")
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "FUNCTION\tNAME\tART\tNAME\t%6s\t%16s\n", "LINES", "AMOUNT (KR.)")
	for _, r := range rec.Rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%6d\t%16s\n", functionText(r.Function), functionName(opts.Chart, r.Function, maxName),
			artText(r.Art), artName(opts.Chart, r.Art, maxName), r.Lines, csvformat.FormatKroner(r.Ours))
	}
	fmt.Fprintf(tw, "TOTAL\t\t\t\t%6d\t%16s\n", lines, csvformat.FormatKroner(rec.Ours))
	tw.Flush()
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteReconciliation writes the rows of a reconciliation of lines lines
// with the accounts' totals (opts.Accounts) and its verdict: the form of
// 'siu summary --totals'.
func WriteReconciliation(w io.Writer, rec siu.Reconciliation, lines int, opts TotalsOptions) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%d %s) reconciled with %s, tolerance %s kr.\n\n", opts.File, lines, plural(lines, "line", "lines"), opts.Accounts, csvformat.FormatKroner(opts.Tolerance))
	var table strings.Builder
	tw := tabwriter.NewWriter(&table, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "FUNCTION\tNAME\tART\t%6s\t%16s\t%16s\t%14s\t\n", "LINES", "SIU LINES", "ACCOUNTS", "DIFFERENCE")
	for _, r := range rec.Rows {
		status := "ok"
		if !r.Within {
			status = "DIFFERS"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%6d\t%16s\t%16s\t%14s\t%s\n", functionText(r.Function), functionName(opts.Chart, r.Function, maxName), artText(r.Art),
			r.Lines, csvformat.FormatKroner(r.Ours), csvformat.FormatKroner(r.Theirs), csvformat.FormatKroner(r.Difference), status)
	}
	fmt.Fprintf(tw, "TOTAL\t\t\t%6d\t%16s\t%16s\t%14s\n", lines, csvformat.FormatKroner(rec.Ours), csvformat.FormatKroner(rec.Theirs), csvformat.FormatKroner(rec.Difference))
	tw.Flush()
	writeTrimmed(&b, table.String())
	b.WriteString("\n")
	if d := rec.Differences(); len(d) > 0 {
		fmt.Fprintf(&b, "Result: %d %s above the tolerance: find the postings behind them before delivering.\n", len(d), plural(len(d), "difference", "differences"))
	} else {
		fmt.Fprintf(&b, "Result: the lines agree with the accounts for every function and art.\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
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

// maxName is the longest name a text table shows.
const maxName = 38

// notInChart is the name of a function or art the chart does not have.
const notInChart = "(not in the chart)"

// functionName returns f's name in chart c, cut to n characters; "" without
// a chart.
func functionName(c *kontoplan.Chart, f kontoplan.Function, n int) string {
	if c == nil || !f.IsValid() {
		return ""
	}
	fi, ok := c.Function(f)
	if !ok {
		return notInChart
	}
	return shorten(fi.Name, n)
}

// artName returns a's name in chart c, cut to n characters; "" without a
// chart.
func artName(c *kontoplan.Chart, a kontoplan.Art, n int) string {
	if c == nil || !a.IsValid() {
		return ""
	}
	ai, ok := c.Art(a)
	if !ok {
		return notInChart
	}
	return shorten(ai.Name, n)
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
func writeTrimmed(b *strings.Builder, s string) {
	for _, line := range strings.SplitAfter(s, "\n") {
		nl := strings.HasSuffix(line, "\n")
		b.WriteString(strings.TrimRight(line, " \n"))
		if nl {
			b.WriteByte('\n')
		}
	}
}
