package conformance

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/siukit/siukit/cpr"
)

// output is what an implementation returned for one check.
type output struct {
	findings []Finding
	xml      []byte
	lines    []Line
	verdict  Verdict
}

// runner runs one check of an implementation: a Go Implementation or a
// program behind the stdin/stdout contract.
type runner interface {
	// supports reports whether the implementation runs checks of kind k.
	supports(k Kind) bool
	// run runs case c in kind k.
	run(c *Case, k Kind) (output, error)
}

// implRunner runs a Go Implementation.
type implRunner struct{ impl Implementation }

func (r implRunner) supports(k Kind) bool { return supports(r.impl, k) }

func (r implRunner) run(c *Case, k Kind) (out output, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	// Each call gets its own copy of the lines, so that an implementation
	// that changes its input cannot change the case for the next check.
	switch k {
	case KindValidate, KindEncode:
		in := *c.Input
		in.Lines = slices.Clone(in.Lines)
		if k == KindValidate {
			out.findings, err = r.impl.Validate(in)
		} else {
			out.xml, err = r.impl.Encode(in)
		}
	case KindAggregate:
		a, _ := r.impl.(Aggregator)
		in := *c.Postings
		in.Postings = slices.Clone(in.Postings)
		out.lines, err = a.Aggregate(in)
	case KindRead:
		rd, _ := r.impl.(XMLReader)
		out.verdict, err = rd.ReadXML(slices.Clone(c.InputXML))
	}
	return out, err
}

// judge runs one check and judges its output.
func judge(r runner, ch check, cfg *config) Result {
	res := Result{Case: ch.c.ID, Kind: ch.kind, Skipped: ch.skipped}
	if !r.supports(ch.kind) {
		res.Status = StatusSkip
		res.Detail = "kind " + string(ch.kind) + " not supported by the implementation"
		return res
	}
	out, err := r.run(ch.c, ch.kind)
	if err != nil {
		res.Detail = oneLine(cpr.Redact(err.Error()))
	} else {
		switch ch.kind {
		case KindValidate:
			res.Mismatches = CompareFindings(ch.c.Findings, out.findings)
		case KindEncode:
			if cfg.exactXML {
				res.Mismatches = compareBytes(ch.c.XML, out.xml)
			} else {
				res.Mismatches = CompareXML(ch.c.XML, out.xml)
			}
		case KindAggregate:
			res.Mismatches = CompareLines(ch.c.Lines, out.lines)
		case KindRead:
			res.Mismatches = CompareVerdict(*ch.c.Verdict, out.verdict)
		}
	}
	passed := err == nil && len(res.Mismatches) == 0
	switch {
	case passed && ch.skipped:
		res.Status = StatusFail
		res.Detail = "in the skip list but passes: remove it from the skip list"
	case passed:
		res.Status = StatusPass
	case ch.skipped:
		res.Status = StatusSkip
	default:
		res.Status = StatusFail
	}
	return res
}

// oneLine shortens s to its first line of at most 300 bytes.
func oneLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 300 {
		s = s[:300] + "..."
	}
	return s
}

// Evaluate runs the suite against impl without a *testing.T and returns
// the report. The error is for a suite that cannot be loaded or options
// that select nothing; failed checks are in the report.
func Evaluate(impl Implementation, opts ...Option) (Report, error) {
	cfg, checks, err := plan(opts, false)
	if err != nil {
		return Report{}, err
	}
	rep := Report{Suite: Version}
	r := implRunner{impl}
	for _, ch := range checks {
		rep.add(judge(r, ch, cfg))
	}
	return rep, nil
}

// Run runs the suite against impl as subtests of t: one subtest per case
// (t.Run(case id)), and in it one per kind (validate, encode, aggregate,
// read).
// A check that fails reports every mismatch with t.Error; a skipped case
// (see Skip) that fails is skipped, and one that passes fails. Kinds impl
// does not support (see Supporter, Aggregator, XMLReader) are skipped. A vendor calls
// it from a test:
//
//	func TestSIUConformance(t *testing.T) {
//		conformance.Run(t, myImplementation{}, conformance.Skip("bel-002-*"))
//	}
func Run(t *testing.T, impl Implementation, opts ...Option) {
	t.Helper()
	cfg, checks, err := plan(opts, false)
	if err != nil {
		t.Fatal(err)
	}
	r := implRunner{impl}
	for i := 0; i < len(checks); {
		j := i
		for j < len(checks) && checks[j].c == checks[i].c {
			j++
		}
		group := checks[i:j]
		t.Run(group[0].c.ID, func(t *testing.T) {
			for _, ch := range group {
				t.Run(string(ch.kind), func(t *testing.T) {
					res := judge(r, ch, cfg)
					switch res.Status {
					case StatusFail:
						if res.Detail != "" {
							t.Error(res.Detail)
						}
						for _, m := range res.Mismatches {
							t.Error(m.String())
						}
					case StatusSkip:
						if res.Detail != "" {
							t.Skip(res.Detail)
						}
						t.Skipf("in the skip list; %d mismatches", len(res.Mismatches))
					}
				})
			}
		})
		i = j
	}
}
