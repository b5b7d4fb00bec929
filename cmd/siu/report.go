package main

import (
	"flag"

	"github.com/siukit/siukit/diff"
	"github.com/siukit/siukit/report"
)

func runReport(c *cmdFlags, files []string) int {
	e, v := c.e, &c.v
	if v.previous != "" && files[0] == "-" {
		return e.usage("report", e.errorT("report.previous.stdin"))
	}
	// The page is Danish, as DST's report, unless --lang says otherwise.
	opts := report.Options{Lang: "da", MaxPerRule: v.max, InYear: v.inYear, PreviousName: v.previous, Generated: e.timeNow()}
	c.Visit(func(f *flag.Flag) {
		if f.Name == "lang" {
			opts.Lang = c.lang
		}
	})
	if v.max == 0 {
		opts.MaxPerRule = -1
	}
	opts.Validate, opts.Ignore, opts.Answers, opts.Tolerance = v.vopts, v.ignorer, v.answersA, v.tol
	var err error
	if v.totals != "" {
		if opts.Accounts, err = e.readAccounts(v.totals); err != nil {
			return e.failOrUsage("report", err)
		}
		opts.AccountsName = v.totals
	}
	if v.previous != "" {
		var code int
		if opts.Previous, code = c.compareFiles([]string{v.previous, files[0]}, v.allowDifferent, diff.Options{}); opts.Previous == nil {
			return code
		}
	}
	f, code := c.open(files[0])
	if f == nil {
		return code
	}
	defer c.closeFile(f)
	h, err := c.header(f, false)
	if err != nil {
		return e.usage("report", err)
	}
	if f.Source == nil {
		return e.fail("report", f.Fatal)
	}
	opts.Validate.SkipEnvelope = !f.Format.HasHeader()
	page, err := report.Build(f.Source, h, opts)
	if err == nil {
		err = writeOutput(e, c.v.out, page.WriteHTML)
	}
	if err != nil {
		return e.fail("report", err)
	}
	open := page.Open
	if !page.Answers {
		open = page.Tally.Warnings
	}
	return exitIf(!page.Deliverable() || (page.Reconciled && !page.Totals.Agrees()) || (c.v.requireAnswers && open > 0))
}
