package main

import (
	"fmt"
	"io"

	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/sample"
	"github.com/siukit/siukit/siu"
)

func runGenerate(c *cmdFlags, _ []string) int {
	e, v := c.e, &c.v
	a, _ := siu.ParseAreaName(v.area)
	g, err := sample.New(sample.Config{Seed: v.seed, Lines: v.n, Year: v.year, Municipality: v.municipality, Area: a})
	if err != nil {
		return e.usage("generate", err)
	}
	err = writeOutput(e, c.v.out, func(w io.Writer) error {
		cw := csvformat.NewWriter(w)
		p := e.newProgress("generate", e.tn("n.posting", 2))
		defer p.Done()
		for post := range g.Postings() {
			if err := e.context().Err(); err != nil {
				return err
			}
			if err := cw.WriteLine(siu.Line{PsrID: post.PsrID, Account: post.Account, Amount: post.Amount, Start: post.Start, End: post.End}); err != nil {
				return err
			}
			p.Tick()
		}
		cw.Flush()
		return cw.Error()
	})
	if err != nil {
		return e.interrupted("generate", err)
	}
	if !toStdout(c.v.out) {
		cfg := g.Config()
		fmt.Fprintln(e.stdout, e.t("generate.wrote", v.n, e.tn("n.posting", v.n), c.v.out, v.seed, cfg.Year, cfg.Municipality, cfg.Area))
	}
	return exitOK
}
