//go:build cgo

package xsd

import (
	"testing"

	"github.com/siukit/siukit/cpr"
)

// wholeVerdict is libxml2's verdict on a document parsed into one tree
// and validated at once (lestrrat-go/libxml2's Parse, then the schema's
// Validate): the reference that batch validation is held to. Messages are
// masked as Problem messages are.
type wholeVerdict struct {
	syntax bool     // not well-formed
	msgs   []string // schema messages, in document order
}

func (w wholeVerdict) valid() bool { return !w.syntax && len(w.msgs) == 0 }

// validateWhole validates doc as one tree. Do not use it for large files.
func validateWhole(t testing.TB, s *Schema, doc []byte) wholeVerdict {
	t.Helper()
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := check(s.lib.xs, doc)
	w := wholeVerdict{syntax: out.syntax != nil}
	for _, m := range out.msgs {
		w.msgs = append(w.msgs, cpr.Redact(m))
	}
	if len(w.msgs) >= 32 {
		t.Fatalf("the wrapper keeps at most 32 messages; the document has too many problems to compare")
	}
	return w
}
