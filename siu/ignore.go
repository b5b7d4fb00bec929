package siu

import (
	"fmt"
	"strings"
)

// Ignore is a set of warning and info rules whose findings a report leaves
// out, for a rule that is known to fire on data where it does not apply
// (such as SIU-PSR-004 on synthetic data). Error rules cannot be ignored:
// DST rejects a delivery with an error, whatever a report shows.
//
// A nil *Ignore ignores nothing.
type Ignore struct {
	codes map[string]bool
}

// IgnoreError is NewIgnore's error for a code it refuses: one that names
// no rule of the catalogue (Severity 0), or an error rule.
type IgnoreError struct {
	Code     string
	Severity Severity // the rule's severity; 0 when there is no such rule
}

// Error says why the code cannot be ignored.
func (e *IgnoreError) Error() string {
	code := e.Code
	if len(code) > 20 {
		code = code[:20] + "..."
	}
	if e.Severity == 0 {
		return fmt.Sprintf("no rule %s", code)
	}
	return fmt.Sprintf("%s is an error rule (DST rejects such a delivery); it cannot be ignored", code)
}

// NewIgnore returns the set of the rules codes names, in any case and with
// spaces trimmed. A code that names no rule of the catalogue, or names an
// error rule, is an *IgnoreError.
func NewIgnore(codes ...string) (*Ignore, error) {
	ig := &Ignore{codes: make(map[string]bool, len(codes))}
	for _, c := range codes {
		c = strings.ToUpper(strings.TrimSpace(c))
		r, ok := LookupRule(c)
		if !ok {
			return nil, &IgnoreError{Code: c}
		}
		if r.Severity == Error {
			return nil, &IgnoreError{Code: c, Severity: Error}
		}
		ig.codes[c] = true
	}
	return ig, nil
}

// Ignores reports whether f is a finding of an ignored rule. It never
// ignores an error finding.
func (ig *Ignore) Ignores(f Finding) bool {
	return ig != nil && f.Severity != Error && ig.codes[f.Code]
}

// Filter returns the findings of fs that ig does not ignore, in order,
// and counts by code those it left out. It does not modify fs.
func (ig *Ignore) Filter(fs []Finding) (kept []Finding, hidden map[string]int) {
	kept = make([]Finding, 0, len(fs))
	for _, f := range fs {
		if ig.Ignores(f) {
			if hidden == nil {
				hidden = make(map[string]int)
			}
			hidden[f.Code]++
			continue
		}
		kept = append(kept, f)
	}
	return kept, hidden
}
