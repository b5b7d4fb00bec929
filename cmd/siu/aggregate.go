package main

import (
	"context"
	"fmt"
	"io"

	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

func runAggregate(c *cmdFlags, files []string) int {
	e := c.e
	f, code := c.open(files[0])
	if f == nil {
		return code
	}
	defer c.closeFile(f)
	if f.Format != source.CSV && f.Format != source.XLSX {
		return e.usage("aggregate", e.errorT("aggregate.notcsv", f.Name, f.Format))
	}
	if f.Source == nil {
		report.WriteReadErrors(e.stderr, e.language(), f.Name, 1, []*source.Error{f.Fatal})
		return e.fail("aggregate", e.errorT("aggregate.nothing"))
	}
	// The postings are sorted in the aggregator's memory budget and in
	// private temporary files beyond it; Close removes them, also on
	// SIGINT and SIGTERM.
	agg, err := source.Aggregate(e.context(), f.Source,
		siu.AggregateOptions{MaxGapDays: c.v.maxGap, MergeFictive: c.v.mergeFictive}, report.MaxReadErrors)
	if agg != nil {
		defer agg.Close()
		defer context.AfterFunc(e.context(), func() { agg.Close() })()
	}
	if err != nil {
		return e.interrupted("aggregate", err)
	}
	if agg.ReadErrorCount > 0 {
		report.WriteReadErrors(e.stderr, e.language(), f.Name, agg.ReadErrorCount, agg.ReadErrors)
		return e.fail("aggregate", e.errorT("aggregate.nothing"))
	}
	lines := 0
	err = writeOutput(e, c.v.out, func(w io.Writer) (err error) {
		lines, err = agg.WriteCSV(w)
		return err
	})
	if err != nil {
		return e.interrupted("aggregate", err)
	}
	msg := e.messages(c.v.out)
	fmt.Fprint(msg, e.t("aggregate.done", agg.Postings, e.tn("n.posting", agg.Postings), lines, e.tn("n.line", lines)))
	if !toStdout(c.v.out) {
		fmt.Fprint(msg, e.t("aggregate.written", c.v.out))
	}
	fmt.Fprintln(msg)
	return exitOK
}
