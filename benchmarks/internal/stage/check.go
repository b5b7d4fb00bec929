package stage

import (
	"iter"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/siu"
)

// Options are the validation options of every stage: the chart of the
// header's year, and a fixed "today" so that results do not depend on
// the date of the run.
func Options() siu.ValidateOptions {
	return siu.ValidateOptions{Today: civil.MustNew(2026, 3, 2)}
}

// Tally counts the findings of a validation.
type Tally struct {
	Findings int // all findings
	Errors   int // the findings of severity Error
}

// Validate streams lines through a siu.Validator for h and counts its
// findings. The findings go to Options.Report and are not kept, so the
// Validator's memory grows with the (citizen, account) pairs alone, as a
// batch job that writes findings out as they come would see it.
func Validate(h siu.Header, lines iter.Seq[siu.Line]) Tally {
	var t Tally
	opts := Options()
	opts.Report = func(f siu.Finding) {
		t.Findings++
		if f.Severity == siu.Error {
			t.Errors++
		}
	}
	v := siu.NewValidator(h, opts)
	for l := range lines {
		v.Add(l)
	}
	v.Findings()
	return t
}

// MergedOptions are the aggregation options of the benchmarks. Every
// number the generator (package sample) makes is fictive (DDMMYY9999),
// and each stands for one generated citizen, so they are merged
// (MergeFictive), as sample's own tests aggregate them: with the default
// options no generated posting would merge.
func MergedOptions() siu.AggregateOptions { return siu.AggregateOptions{MergeFictive: true} }

// Aggregate streams postings through a siu.Aggregator with opts and
// returns the number of lines it made. The lines are counted, not kept.
func Aggregate(postings iter.Seq[siu.Posting], opts siu.AggregateOptions) (int, error) {
	a, err := siu.NewAggregator(opts)
	if err != nil {
		return 0, err
	}
	defer a.Close()
	for p := range postings {
		if err := a.Add(p); err != nil {
			return 0, err
		}
	}
	n := 0
	for _, err := range a.Lines() {
		if err != nil {
			return n, err
		}
		n++
	}
	return n, a.Close()
}

// Errors counts the findings of severity Error.
func Errors(fs []siu.Finding) int {
	n := 0
	for _, f := range fs {
		if f.Severity == siu.Error {
			n++
		}
	}
	return n
}
