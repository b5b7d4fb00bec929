package main

import (
	"fmt"
	"io"

	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/sample"
	"github.com/siukit/siukit/siu"
)

func runGenerate(e *env, args []string) int {
	c := e.newFlags("generate", "[flags]")
	n := c.Int("n", 1000, "")
	seed := c.Uint64("seed", 1, "")
	year := c.Int("year", sample.DefaultYear, "")
	municipality := c.Int("municipality", sample.DefaultMunicipality, "")
	c.StringVar(&c.v.area, "area", "SAMLET", "")
	c.outFlag()
	if _, code, ok := c.parse(args, 0); !ok {
		return code
	}
	if *n < 0 {
		return e.usage("generate", e.errorT("err.n"))
	}
	a, _ := parseArea(e, c.v.area)
	g, err := sample.New(sample.Config{Seed: *seed, Lines: *n, Year: *year, Municipality: *municipality, Area: a})
	if err != nil {
		return e.usage("generate", err)
	}
	err = writeOutput(e, c.v.out, func(w io.Writer) error {
		cw := csvformat.NewWriter(w)
		p := e.newProgress("generate", e.tn("n.posting", 2))
		defer p.done()
		for post := range g.Postings() {
			if err := e.context().Err(); err != nil {
				return err
			}
			if err := cw.WriteLine(siu.Line{PsrID: post.PsrID, Account: post.Account, Amount: post.Amount, Start: post.Start, End: post.End}); err != nil {
				return err
			}
			p.tick()
		}
		cw.Flush()
		return cw.Error()
	})
	if err != nil {
		return e.interrupted("generate", err)
	}
	if !toStdout(c.v.out) {
		cfg := g.Config()
		fmt.Fprintln(e.stdout, e.t("generate.wrote", *n, e.tn("n.posting", *n), c.v.out, *seed, cfg.Year, cfg.Municipality, cfg.Area))
	}
	return exitOK
}
