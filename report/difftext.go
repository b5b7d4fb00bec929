package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/diff"
)

// DiffTextOptions say what WriteDiffText writes beside the result.
type DiffTextOptions struct {
	// Old and New name the two loads, such as their paths.
	Old, New string
	// Listed is the number of changes already written one by one
	// (WriteChange) before the summary, and Total their number; the
	// summary says when some were left out, with MoreHint.
	Listed   int
	MoreHint string
}

// WriteChange writes one change as a line of text, with the CPR number
// masked, e.g.
//
//	changed  010180-****  5385010000000040  2025-02-01..2025-02-28  1.000,00 -> 1.100,00
func WriteChange(w io.Writer, c diff.Change) error {
	l := c.Line()
	var what string
	switch c.Kind {
	case diff.Added:
		what = fmt.Sprintf("%s  %s", l.Period(), csvformat.FormatKroner(l.Amount))
	case diff.Removed:
		what = fmt.Sprintf("%s  %s", l.Period(), csvformat.FormatKroner(l.Amount))
	default:
		if c.PeriodChanged() {
			what = fmt.Sprintf("%s -> %s  ", c.Old.Period(), c.New.Period())
		} else {
			what = fmt.Sprintf("%s  ", c.New.Period())
		}
		what += fmt.Sprintf("%s -> %s", csvformat.FormatKroner(c.Old.Amount), csvformat.FormatKroner(c.New.Amount))
	}
	_, err := fmt.Fprintf(w, "  %-8s %s  %s  %s\n", c.Kind, l.PsrID, l.Account, what)
	return err
}

// WriteDiffText writes the summary of a comparison: the counts, the
// citizens who appear and disappear (masked), the totals per function and
// art before and after, and the verdict.
func WriteDiffText(w io.Writer, r *diff.Result, opts DiffTextOptions) error {
	var b strings.Builder
	n := r.Added + r.Removed + r.Changed
	if opts.Listed < n {
		fmt.Fprintf(&b, "  ... and %d more%s\n", n-opts.Listed, (TextOptions{MoreHint: opts.MoreHint}).hint(" (", ")"))
	}
	if opts.Listed > 0 || n > opts.Listed {
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%s -> %s\n", opts.Old, opts.New)
	fmt.Fprintf(&b, "Lines: %d -> %d; %d unchanged, %d added, %d removed, %d changed (%d in amount, %d in period)\n",
		r.Old.Lines, r.New.Lines, r.Unchanged, r.Added, r.Removed, r.Changed, r.AmountChanged, r.PeriodChanged)
	fmt.Fprintf(&b, "Citizens: %d -> %d; %d appear, %d disappear\n", r.Old.Citizens, r.New.Citizens, r.CitizensAdded, r.CitizensRemoved)
	list := func(title string, cs []string, total int) {
		if total == 0 {
			return
		}
		fmt.Fprintf(&b, "  %s: %s", title, strings.Join(cs, ", "))
		if total > len(cs) {
			fmt.Fprintf(&b, " and %d more", total-len(cs))
		}
		b.WriteString("\n")
	}
	list("appear", r.NewCitizens, r.CitizensAdded)
	list("disappear", r.GoneCitizens, r.CitizensRemoved)
	fmt.Fprintf(&b, "Total: %s -> %s kr.\n\n", csvformat.FormatKroner(r.Old.Total), csvformat.FormatKroner(r.New.Total))
	var table strings.Builder
	tw := tabwriter.NewWriter(&table, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "FUNCTION\tART\t%6s\t%6s\t%16s\t%16s\t%14s\n", "LINES BEFORE", "AFTER", "BEFORE (KR.)", "AFTER (KR.)", "DIFFERENCE")
	for _, t := range r.Totals {
		fmt.Fprintf(tw, "%s\t%s\t%6d\t%6d\t%16s\t%16s\t%14s\n", functionText(t.Function), artText(t.Art), t.OldLines, t.NewLines,
			csvformat.FormatKroner(t.Old), csvformat.FormatKroner(t.New), csvformat.FormatKroner(t.Difference))
	}
	fmt.Fprintf(tw, "TOTAL\t\t%6d\t%6d\t%16s\t%16s\t%14s\n", r.Old.Lines, r.New.Lines, csvformat.FormatKroner(r.Old.Total),
		csvformat.FormatKroner(r.New.Total), csvformat.FormatKroner(r.New.Total.Sub(r.Old.Total)))
	tw.Flush()
	writeTrimmed(&b, table.String())
	b.WriteString("\n")
	if r.Identical() {
		b.WriteString("Result: the loads hold the same lines.\n")
	} else {
		fmt.Fprintf(&b, "Result: %d %s. Delivering the new load replaces the old one at DST.\n", n, plural(n, "difference", "differences"))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// DiffWriter writes a comparison as it is made, in bounded memory: its
// OnChange (for diff.Options.OnChange) writes each change as it is found, at
// most max of them (0: all), and Finish writes the summary.
//
// Format "text" writes WriteChange lines, then WriteDiffText's summary.
// Format "json" writes one JSON object: {"files": [old, new], "changes":
// [...], "summary": diff.Result}, the changes as diff.Change marshals them
// (CPR numbers masked).
type DiffWriter struct {
	w        io.Writer
	format   string
	max, n   int
	old, new string
	err      error
}

// NewDiffWriter returns a DiffWriter of the comparison of the loads named
// old and new, in format "text" or "json".
func NewDiffWriter(w io.Writer, format string, max int, old, new string) *DiffWriter {
	d := &DiffWriter{w: w, format: format, max: max, old: old, new: new}
	if format == "json" {
		names, _ := json.Marshal([]string{old, new})
		_, d.err = fmt.Fprintf(w, "{\"files\": %s,\n\"changes\": [", names)
	}
	return d
}

// OnChange writes c, unless max changes were written already.
func (d *DiffWriter) OnChange(c diff.Change) {
	if d.err != nil || (d.max > 0 && d.n >= d.max) {
		return
	}
	d.n++
	if d.format != "json" {
		d.err = WriteChange(d.w, c)
		return
	}
	b, err := json.Marshal(c)
	if err == nil {
		sep := ","
		if d.n == 1 {
			sep = ""
		}
		_, err = fmt.Fprintf(d.w, "%s\n  %s", sep, b)
	}
	d.err = err
}

// Finish writes the summary of r, and returns the first error of writing.
func (d *DiffWriter) Finish(r *diff.Result) error {
	if d.err != nil {
		return d.err
	}
	if d.format != "json" {
		return WriteDiffText(d.w, r, DiffTextOptions{Old: d.old, New: d.new, Listed: d.n, MoreHint: "--max 0 lists all"})
	}
	s := *r
	s.Changes = nil // written above
	sum, err := json.MarshalIndent(&s, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(d.w, "\n],\n\"summary\": %s}\n", sum)
	return err
}
