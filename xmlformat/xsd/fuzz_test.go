//go:build cgo

package xsd

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/siukit/siukit/cpr"
)

// FuzzBatchEqualsWhole holds batch validation to whole-document
// validation on arbitrary documents: the same verdict, and the same
// messages for a well-formed document (refusals aside, which libxml2
// never sees).
func FuzzBatchEqualsWhole(f *testing.F) {
	valid, err := readFile("testdata/valid.xml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(valid)
	for _, tc := range invalidCases {
		f.Add([]byte(tc.edit(string(valid))))
	}
	f.Add(delivery(3, func(i int, r *record) {
		if i == 1 {
			r.Beloeb = "<![CDATA[1.00]]><!-- </IndividUdgiftStruktur> -->"
		}
	}))
	f.Add(delivery(150, func(i int, r *record) { // several batches
		if i%40 == 1 {
			r.Konto = "1"
		}
	}))
	s, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		t0 := time.Now()
		err := s.Validate(bytes.NewReader(doc))
		if d := time.Since(t0); d > 2*time.Second {
			t.Fatalf("Validate took %v", d)
		}
		var xerr *Error
		if errors.As(err, &xerr) && xerr.Problems[0].Kind == KindRefused {
			return
		}
		if errors.As(err, &xerr) && strings.HasPrefix(xerr.Problems[0].Message, "Document is not UTF-8") {
			return
		}
		out := check(s.lib.xs, doc)
		switch {
		case out.syntax == nil && len(out.msgs) == 0:
			if err != nil {
				t.Fatalf("whole document valid, batches: %v", err)
			}
		case out.syntax != nil:
			if xerr == nil || !hasKind(xerr, KindSyntax) {
				t.Fatalf("whole document not well-formed (%s), batches: %v", out.syntax.msg, err)
			}
		default:
			if xerr == nil || hasKind(xerr, KindSyntax) {
				t.Fatalf("whole document invalid (%q), batches: %v", out.msgs, err)
			}
			if len(out.msgs) < 32 && xerr.Omitted == 0 {
				var got, want []string
				for _, p := range xerr.Problems {
					got = append(got, p.Message)
				}
				for _, m := range out.msgs {
					want = append(want, cpr.Redact(m))
				}
				if strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Fatalf("messages differ\nbatches: %q\nwhole:   %q", got, want)
				}
			}
		}
	})
}

func readFile(name string) ([]byte, error) { return os.ReadFile(name) }
