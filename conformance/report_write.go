package conformance

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// WriteResults writes one line per check, in the suite's order: its status
// and case/kind, e.g. "pass psr-001-missing/validate". It is the verbose
// list of 'siu conformance run -v'; WriteSummary says why a check failed.
func (r Report) WriteResults(w io.Writer) error {
	var b strings.Builder
	for _, res := range r.Results {
		fmt.Fprintf(&b, "%-4s %s/%s\n", res.Status, res.Case, res.Kind)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON writes the whole report as indented JSON, the form of 'siu
// conformance run --json'.
func (r Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
