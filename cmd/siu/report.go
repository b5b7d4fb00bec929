package main

import (
	"flag"

	"github.com/siukit/siukit/diff"
	"github.com/siukit/siukit/report"
)

func runReport(e *env, args []string) int {
	c := e.newFlags("report", "[flags] FILE")
	c.outFlag()
	max := c.Int("max", report.DefaultMaxPerRule, "")
	c.Var(&c.v.ignore, "ignore", "")
	totals := c.String("totals", "", "")
	tolerance := c.String("tolerance", "0", "")
	inYear := c.Bool("in-year", false, "")
	previous := c.String("previous", "", "")
	allow := c.Bool("allow-different", false, "")
	c.headerFlags(false)
	c.sourceFlags()
	c.ruleFlags()
	c.answerFlags()
	files, code, ok := c.parse(args, 1)
	if !ok {
		return code
	}
	if *previous != "" && files[0] == "-" {
		return e.usage("report", e.errorT("report.previous.stdin"))
	}
	// The page is Danish, as DST's report, unless --lang says otherwise.
	opts := report.Options{Lang: "da", MaxPerRule: *max, InYear: *inYear, PreviousName: *previous, Generated: e.timeNow()}
	c.Visit(func(f *flag.Flag) {
		if f.Name == "lang" {
			opts.Lang = c.lang
		}
	})
	if *max == 0 {
		opts.MaxPerRule = -1
	}
	opts.Validate, opts.Ignore, opts.Answers = c.v.vopts, c.v.ignorer, c.v.answersA
	var err error
	if opts.Tolerance, err = e.parseTolerance(*tolerance); err != nil {
		return e.usage("report", err)
	}
	if *totals != "" {
		if opts.Accounts, err = e.readAccounts(*totals); err != nil {
			return e.failOrUsage("report", err)
		}
		opts.AccountsName = *totals
	}
	if *previous != "" {
		if opts.Previous, code = c.compareFiles([]string{*previous, files[0]}, *allow, diff.Options{}); opts.Previous == nil {
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
		e.errorf("report", "%s", f.Fatal.Message)
		return exitFail
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
	if !page.Deliverable() || (page.Reconciled && !page.Totals.Agrees()) || (c.v.requireAnswers && open > 0) {
		return exitFail
	}
	return exitOK
}
