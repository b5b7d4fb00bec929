package conformance

import (
	"fmt"
	"io"
	"strings"
)

// Status is the outcome of one check.
type Status string

// The outcomes of a check.
const (
	StatusPass Status = "pass" // the output matches the expected outcome
	StatusFail Status = "fail" // it does not, or the implementation failed
	// StatusSkip: the case is in the skip list and fails as expected, or
	// the implementation does not support the kind.
	StatusSkip Status = "skip"
)

// Mismatch is one difference between the expected outcome and an
// implementation's output. Values that look like CPR numbers are masked
// (DDMMYY-****).
type Mismatch struct {
	// Path says where: an element path such as
	// "/IndividUdgiftLeveranceStruktur/IndividUdgiftStrukturSamling/IndividUdgiftStruktur[2]/BELOEB",
	// "findings", or "lines[3].BELOEB".
	Path string `json:"path"`
	// Want is the expected value, Got the implementation's.
	Want string `json:"want"`
	Got  string `json:"got"`
}

// String returns e.g. `/A/B[2]/BELOEB: want "1.00", got "2.00"`.
func (m Mismatch) String() string {
	return fmt.Sprintf("%s: want %s, got %s", m.Path, m.Want, m.Got)
}

// Result is the outcome of one case in one kind.
type Result struct {
	Case   string `json:"case"`
	Kind   Kind   `json:"kind"`
	Status Status `json:"status"`
	// Skipped is set for a case in the skip list.
	Skipped bool `json:"skipped,omitempty"`
	// Detail says why a check failed or was skipped, when Mismatches do
	// not: an error of the implementation, a skipped case that passes, a
	// kind not supported.
	Detail string `json:"detail,omitempty"`
	// Mismatches are the differences found.
	Mismatches []Mismatch `json:"mismatches,omitempty"`
}

// Report is the outcome of a run of the suite. It marshals to JSON.
type Report struct {
	// Suite is the suite version run (Version).
	Suite string `json:"suite"`
	// Passed, Failed and Skipped count the results by status.
	Passed  int `json:"passed"`
	Failed  int `json:"failed"`
	Skipped int `json:"skipped"`
	// Results hold one result per case and kind, in the suite's order.
	Results []Result `json:"results"`
}

// OK reports whether no check failed.
func (r Report) OK() bool { return r.Failed == 0 }

// add appends res and counts it.
func (r *Report) add(res Result) {
	switch res.Status {
	case StatusPass:
		r.Passed++
	case StatusFail:
		r.Failed++
	case StatusSkip:
		r.Skipped++
	}
	r.Results = append(r.Results, res)
}

// maxSummaryMismatches is the number of mismatches WriteSummary prints per
// failed check.
const maxSummaryMismatches = 10

// WriteSummary writes a plain-text summary: one line per failed check
// (FAIL case/kind) with its mismatches indented below it, then the counts,
// e.g. "suite 0.1.0: 212 checks, 210 passed, 1 failed, 1 skipped".
func (r Report) WriteSummary(w io.Writer) error {
	var b strings.Builder
	for _, res := range r.Results {
		if res.Status != StatusFail {
			continue
		}
		fmt.Fprintf(&b, "FAIL %s/%s", res.Case, res.Kind)
		if res.Detail != "" {
			fmt.Fprintf(&b, ": %s", res.Detail)
		}
		b.WriteByte('\n')
		for i, m := range res.Mismatches {
			if i == maxSummaryMismatches {
				fmt.Fprintf(&b, "    ... and %d more\n", len(res.Mismatches)-i)
				break
			}
			fmt.Fprintf(&b, "    %s\n", m)
		}
	}
	fmt.Fprintf(&b, "suite %s: %d checks, %d passed, %d failed, %d skipped\n",
		r.Suite, len(r.Results), r.Passed, r.Failed, r.Skipped)
	_, err := io.WriteString(w, b.String())
	return err
}
