package main

import (
	"context"
	"fmt"
	"io"

	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

func runAggregate(e *env, args []string) int {
	c := e.newFlags("aggregate", "[flags] FILE")
	c.outFlag()
	maxGap := c.Int("max-gap", 0, "")
	mergeFictive := c.Bool("merge-fictive", false, "")
	c.sourceFlags()
	files, code, ok := c.parse(args, 1)
	if !ok {
		return code
	}
	if *maxGap < 0 {
		return e.usage("aggregate", e.errorT("err.maxgap"))
	}
	f, code := c.open(files[0])
	if f == nil {
		return code
	}
	defer c.closeFile(f)
	if f.Format != source.CSV && f.Format != source.XLSX {
		return e.usage("aggregate", e.errorT("aggregate.notcsv", f.Name, f.Format))
	}
	if f.Source == nil {
		e.writeReadErrors(f.Name, 1, []*source.Error{f.Fatal})
		e.errorf("aggregate", "%s", e.t("aggregate.nothing"))
		return exitFail
	}
	// The postings are sorted in the aggregator's memory budget and in
	// private temporary files beyond it; Close removes them, also on
	// SIGINT and SIGTERM.
	agg, err := source.Aggregate(e.context(), f.Source,
		siu.AggregateOptions{MaxGapDays: *maxGap, MergeFictive: *mergeFictive}, report.MaxReadErrors)
	if agg != nil {
		defer agg.Close()
		defer context.AfterFunc(e.context(), func() { agg.Close() })()
	}
	if err != nil {
		return e.interrupted("aggregate", err)
	}
	if agg.ReadErrorCount > 0 {
		e.writeReadErrors(f.Name, agg.ReadErrorCount, agg.ReadErrors)
		e.errorf("aggregate", "%s", e.t("aggregate.nothing"))
		return exitFail
	}
	lines := 0
	err = writeOutput(e, c.v.out, func(w io.Writer) error {
		cw := csvformat.NewWriter(w) // for people: Excel keeps CPR numbers and accounts as text
		for l, err := range agg.Lines() {
			if err != nil {
				return err
			}
			if err := cw.WriteLine(l); err != nil {
				return err
			}
			lines++
		}
		cw.Flush()
		return cw.Error()
	})
	if err != nil {
		return e.interrupted("aggregate", err)
	}
	msg := e.stdout
	if toStdout(c.v.out) {
		msg = e.stderr
	}
	fmt.Fprint(msg, e.t("aggregate.done", agg.Postings, e.tn("n.posting", agg.Postings), lines, e.tn("n.line", lines)))
	if !toStdout(c.v.out) {
		fmt.Fprint(msg, e.t("aggregate.written", c.v.out))
	}
	fmt.Fprintln(msg)
	return exitOK
}

// writeReadErrors lists the first read errors of a file on stderr, each
// with its line and column, and how many there are.
func (e *env) writeReadErrors(file string, n int, errs []*source.Error) {
	fmt.Fprintln(e.stderr, e.t("readerrors", file, n, e.tn("n.readerror", n)))
	for _, err := range errs {
		fmt.Fprintf(e.stderr, "  %s\n", err.Message)
	}
	if n > len(errs) {
		fmt.Fprintf(e.stderr, "  %s\n", e.t("more", n-len(errs), ""))
	}
}
