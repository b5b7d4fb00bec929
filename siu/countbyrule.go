package siu

import (
	"cmp"
	"slices"
)

// RuleCount is the number of findings of one rule.
type RuleCount struct {
	Code     string
	Severity Severity
	N        int
}

// CountByRule counts the findings of fs per rule code, for a report's
// table by rule: errors first, then warnings, then info, each group by
// code.
func CountByRule(fs []Finding) []RuleCount {
	idx := map[string]int{}
	var out []RuleCount
	for _, f := range fs {
		i, ok := idx[f.Code]
		if !ok {
			i = len(out)
			idx[f.Code] = i
			out = append(out, RuleCount{Code: f.Code, Severity: f.Severity})
		}
		out[i].N++
	}
	slices.SortFunc(out, func(a, b RuleCount) int {
		if c := cmp.Compare(b.Severity, a.Severity); c != 0 {
			return c
		}
		return cmp.Compare(a.Code, b.Code)
	})
	return out
}
