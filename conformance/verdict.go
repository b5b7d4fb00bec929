package conformance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
)

// The verdicts of a read case.
const (
	// Accept: the file is a delivery of the profile, every value in its
	// form; Verdict.Delivery holds what was read.
	Accept = "accept"
	// Refuse: the file is not; Verdict.Line is where its first problem is.
	Refuse = "refuse"
)

// Verdict is a reader's verdict on a file (verdict.json, and a program's
// answer to a read case).
type Verdict struct {
	// Verdict is Accept or Refuse.
	Verdict string `json:"verdict"`
	// Line is, for Refuse, the 1-based line of the input on which the
	// first problem lies (see SPEC.md, "Reading a file"); 0 for Accept.
	Line int `json:"line,omitempty"`
	// Delivery is, for Accept, the header and the lines read.
	Delivery *ReadDelivery `json:"delivery,omitempty"`
}

// ReadDelivery is a delivery as a reader returns it, in the neutral form
// of input.json (without today).
type ReadDelivery struct {
	Header Header `json:"header"`
	Lines  []Line `json:"lines"`
}

// check reports whether v is well formed as an expected verdict.
func (v *Verdict) check() error {
	switch v.Verdict {
	case Accept:
		if v.Line != 0 || v.Delivery == nil || v.Delivery.Lines == nil {
			return errors.New("an accept verdict has a delivery (with a lines array) and no line")
		}
	case Refuse:
		if v.Line < 1 || v.Delivery != nil {
			return errors.New("a refuse verdict has a line (1 or more) and no delivery")
		}
	default:
		return fmt.Errorf("verdict %q: want %q or %q", v.Verdict, Accept, Refuse)
	}
	return nil
}

// decodeVerdict reads a program's verdict: one JSON object; unknown keys
// (such as a message) are ignored.
func decodeVerdict(b []byte) (Verdict, error) {
	var v Verdict
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&v); err != nil {
		return Verdict{}, err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return Verdict{}, errors.New("data after the object")
	}
	if v.Verdict != Accept && v.Verdict != Refuse {
		return Verdict{}, fmt.Errorf("want \"verdict\": %q or %q", Accept, Refuse)
	}
	return v, nil
}

// CompareVerdict compares a reader's verdict with the expected one: the
// verdict itself; for Refuse, the line; for Accept, every header value
// and every line in order (amounts as numbers, Created as an instant of
// time, the rest as text). Each difference is one Mismatch.
func CompareVerdict(want, got Verdict) []Mismatch {
	if want.Verdict != got.Verdict {
		return []Mismatch{newMismatch("verdict", strconv.Quote(want.Verdict), strconv.Quote(got.Verdict))}
	}
	if want.Verdict == Refuse {
		if want.Line != got.Line {
			return []Mismatch{newMismatch("line", strconv.Itoa(want.Line), strconv.Itoa(got.Line))}
		}
		return nil
	}
	if got.Delivery == nil {
		return []Mismatch{newMismatch("delivery", "the delivery read", "(missing)")}
	}
	var ms []Mismatch
	w, g := want.Delivery.Header, got.Delivery.Header
	for _, f := range []struct{ name, want, got string }{
		{"Municipality", w.Municipality, g.Municipality},
		{"Year", w.Year, g.Year},
		{"Area", w.Area, g.Area},
		{"Test", w.Test, g.Test},
		{"Description", w.Description, g.Description},
		{"SystemName", w.SystemName, g.SystemName},
		{"SystemVersion", w.SystemVersion, g.SystemVersion},
		{"ContactIdentifier", w.ContactIdentifier, g.ContactIdentifier},
		{"ContactEmail", w.ContactEmail, g.ContactEmail},
	} {
		if f.want != f.got {
			ms = append(ms, newMismatch("delivery.header."+f.name, strconv.Quote(f.want), strconv.Quote(f.got)))
		}
	}
	if !sameInstant(w.Created, g.Created) {
		ms = append(ms, newMismatch("delivery.header.Created", strconv.Quote(w.Created), strconv.Quote(g.Created)))
	}
	wl, gl := want.Delivery.Lines, got.Delivery.Lines
	for i := range max(len(wl), len(gl)) {
		p := fmt.Sprintf("delivery.lines[%d]", i+1)
		switch {
		case i >= len(gl):
			ms = append(ms, newMismatch(p, lineText(wl[i]), "(missing)"))
			continue
		case i >= len(wl):
			ms = append(ms, newMismatch(p, "(nothing)", lineText(gl[i])))
			continue
		}
		a, b := wl[i], gl[i]
		for _, f := range []struct{ name, want, got string }{
			{"PsrID", a.PsrID, b.PsrID},
			{"KONTOSTRENG", a.Account, b.Account},
			{"STARTDATO", a.Start, b.Start},
			{"SLUTDATO", a.End, b.End},
		} {
			if f.want != f.got {
				ms = append(ms, newMismatch(p+"."+f.name, strconv.Quote(f.want), strconv.Quote(f.got)))
			}
		}
		if n := normalizeLines([]Line{a, b}); n[0].Amount != n[1].Amount {
			ms = append(ms, newMismatch(p+".BELOEB", strconv.Quote(a.Amount), strconv.Quote(b.Amount)))
		}
	}
	return truncate(ms)
}

// sameInstant reports whether two RFC 3339 times are the same instant, or
// the same text when either does not parse.
func sameInstant(a, b string) bool {
	ta, err1 := time.Parse(time.RFC3339, a)
	tb, err2 := time.Parse(time.RFC3339, b)
	if err1 != nil || err2 != nil {
		return a == b
	}
	return ta.Equal(tb)
}

// ReadXML is the reference reader: xmlformat's Decoder with the default
// profile reads the header and every line with Next. The first error,
// a *xmlformat.SyntaxError or a *xmlformat.FieldError, gives Refuse with
// its line; a file read to its end gives Accept with the delivery.
func (reference) ReadXML(file []byte) (Verdict, error) {
	dec := xmlformat.NewDecoder(bytes.NewReader(file), xmlformat.DefaultProfile())
	h, err := dec.Header()
	if err != nil {
		return refusal(err)
	}
	out := ReadDelivery{Header: HeaderOf(h), Lines: []Line{}}
	for {
		l, err := dec.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return refusal(err)
		}
		out.Lines = append(out.Lines, LineOf(l))
	}
	return Verdict{Verdict: Accept, Delivery: &out}, nil
}

// refusal turns the decoder's first error into a Refuse verdict.
func refusal(err error) (Verdict, error) {
	var se *xmlformat.SyntaxError
	var fe *xmlformat.FieldError
	switch {
	case errors.As(err, &se):
		return Verdict{Verdict: Refuse, Line: max(se.Line, 1)}, nil
	case errors.As(err, &fe):
		return Verdict{Verdict: Refuse, Line: max(fe.Line, 1)}, nil
	}
	return Verdict{}, err
}

// HeaderOf returns h in the neutral form of input.json: numbers in
// decimal, Area as its code, Test "true" or "false", Created in RFC 3339
// with its offset (and its fraction of a second, if any).
func HeaderOf(h siu.Header) Header {
	out := Header{
		Area:              h.Area.String(),
		Test:              strconv.FormatBool(h.Test),
		Description:       h.Description,
		SystemName:        h.System.Name,
		SystemVersion:     h.System.Version,
		ContactIdentifier: h.Contact.Identifier,
		ContactEmail:      h.Contact.Email,
	}
	if h.Municipality != 0 {
		out.Municipality = strconv.Itoa(h.Municipality)
	}
	if h.Year != 0 {
		out.Year = strconv.Itoa(h.Year)
	}
	if !h.Created.IsZero() {
		out.Created = h.Created.Format(time.RFC3339Nano)
	}
	return out
}
