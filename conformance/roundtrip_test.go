package conformance

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/xmlformat"
)

// TestExpectedXMLDecodes: every expected.xml reads back, with xmlformat's
// decoder, as the delivery of its input.json.
func TestExpectedXMLDecodes(t *testing.T) {
	cases := loadSuite(t)
	for _, c := range cases {
		if !c.Has(KindEncode) {
			continue
		}
		want, err := c.Input.Delivery()
		if err != nil {
			t.Errorf("%s: %v", c.ID, err)
			continue
		}
		dec := xmlformat.NewDecoder(bytes.NewReader(c.XML), xmlformat.DefaultProfile())
		h, err := dec.Header()
		if err != nil {
			t.Errorf("%s: header: %v", c.ID, err)
			continue
		}
		wh := want.Header
		if h.Municipality != wh.Municipality || h.Year != wh.Year || h.Area != wh.Area || h.Test != wh.Test ||
			!h.Created.Equal(wh.Created) || h.Description != wh.Description || h.System != wh.System || h.Contact != wh.Contact {
			t.Errorf("%s: header reads back as %+v, want %+v", c.ID, h, wh)
		}
		n := 0
		for {
			l, err := dec.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Errorf("%s: line %d: %v", c.ID, n+1, err)
				break
			}
			if n >= len(want.Lines) {
				t.Errorf("%s: more lines than the input", c.ID)
				break
			}
			w := want.Lines[n]
			if l.PsrID != w.PsrID || l.Account != w.Account || !l.Amount.Equal(w.Amount) || l.Start != w.Start || l.End != w.End {
				t.Errorf("%s: line %d reads back as %s, want %s", c.ID, n+1, cpr.Redact(lineText(LineOf(l))), cpr.Redact(lineText(LineOf(w))))
			}
			n++
		}
		if n != len(want.Lines) {
			t.Errorf("%s: %d lines read back, want %d", c.ID, n, len(want.Lines))
		}
	}
}
