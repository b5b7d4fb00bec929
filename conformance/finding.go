package conformance

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/siukit/siukit/siu"
)

// Finding is a validator's finding as the suite compares it: the rule's
// code, its severity, the line and the field. Messages are never compared.
type Finding struct {
	// Code is the rule's code, e.g. "SIU-PER-003" (see siu.Rules).
	Code string `json:"code"`
	// Severity is "info", "warning" or "error".
	Severity string `json:"severity"`
	// Line is the 1-based line, or 0 for the header or the whole delivery.
	Line int `json:"line"`
	// Field is "PsrID", "KONTOSTRENG", "BELOEB", "STARTDATO", "SLUTDATO",
	// a header field ("Municipality", "Year", "Area"), or "" for the
	// delivery as a whole.
	Field string `json:"field"`
}

// String returns e.g. "SIU-PER-003 error line 2 SLUTDATO".
func (f Finding) String() string {
	s := fmt.Sprintf("%s %s line %d", f.Code, f.Severity, f.Line)
	if f.Field != "" {
		s += " " + f.Field
	}
	return s
}

// FindingsOf converts the siu package's findings, sorted as SortFindings
// sorts them. It never returns nil, so that no findings marshal as [].
func FindingsOf(fs []siu.Finding) []Finding {
	out := make([]Finding, 0, len(fs))
	for _, f := range fs {
		out = append(out, Finding{Code: f.Code, Severity: f.Severity.String(), Line: f.Line, Field: f.Field})
	}
	SortFindings(out)
	return out
}

// SortFindings sorts findings by line, code, field and severity: the order
// of findings.json.
func SortFindings(fs []Finding) {
	slices.SortStableFunc(fs, compareFindings)
}

func compareFindings(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Code, b.Code),
		cmp.Compare(a.Field, b.Field),
		cmp.Compare(a.Severity, b.Severity),
	)
}
