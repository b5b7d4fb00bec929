package main

import (
	"fmt"
	"io"

	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/sample"
	"github.com/siukit/siukit/siu"
)

const generateAbout = `Generate writes synthetic invoice postings, for testing a pipeline at any
size: a fictional municipality's year over both areas (or one), with
stays of days to years, egenbetaling (negative, art 7.2), credit notes,
periods into the next year and DST's insurance case. The same flags give
the same file on every machine.

Every citizen has one of SIU's fictive numbers (no real persons), so the
validator warns SIU-PSR-004 (fictive number outside § 109) on most lines;
that is expected for this data. The output is CSV in csvformat's Danish
form, ready for 'siu aggregate', 'siu validate' and 'siu encode'. Memory
stays constant whatever -n is.`

const generateExamples = `  siu generate -n 100000 --seed 7 -o postings.csv
  siu generate -n 5000 --area BOERN --municipality 101 --year 2026 > boern.csv`

func runGenerate(e *env, args []string) int {
	fs := newFlags("generate", "[flags]", generateAbout, generateExamples)
	n := fs.Int("n", 1000, "the number of postings")
	seed := fs.Uint64("seed", 1, "the seed: another seed gives other postings")
	year := fs.Int("year", sample.DefaultYear, "the budget year (its chart of accounts must be known)")
	municipality := fs.Int("municipality", sample.DefaultMunicipality, "the municipality code (the data is fictional whatever the code)")
	area := fs.String("area", "SAMLET", "VOKSEN, BOERN or SAMLET (both)")
	out := fs.String("o", "", "write to this `file` (default standard output)")
	rest, code, ok := fs.parse(e, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		return e.usageError("generate", "unexpected argument %q", truncate(rest[0], 40))
	}
	if *n < 0 {
		return e.usageError("generate", "-n: want 0 or more")
	}
	a, err := parseAreaFlag(*area)
	if err != nil {
		return e.usageError("generate", "%v", err)
	}
	g, err := sample.New(sample.Config{Seed: *seed, Lines: *n, Year: *year, Municipality: *municipality, Area: a})
	if err != nil {
		return e.usageError("generate", "%v", err)
	}
	err = writeOutput(e, *out, func(w io.Writer) error {
		cw := csvformat.NewWriter(w)
		p := e.newProgress("generate", "posting")
		defer p.done()
		for post := range g.Postings() {
			if err := cw.WriteLine(siu.Line{PsrID: post.PsrID, Account: post.Account, Amount: post.Amount, Start: post.Start, End: post.End}); err != nil {
				return err
			}
			p.tick()
		}
		cw.Flush()
		return cw.Error()
	})
	if err != nil {
		e.errorf("generate", "%v", err)
		return exitFail
	}
	if !toStdout(*out) {
		fmt.Fprintf(e.stdout, "Wrote %d %s to %s (seed %d, budget year %d, municipality %d, area %s).\n",
			*n, plural(*n, "posting", "postings"), *out, *seed, g.Config().Year, g.Config().Municipality, g.Config().Area)
	}
	return exitOK
}
