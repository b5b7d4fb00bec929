package benchmarks

import (
	"bytes"
	"errors"
	"io"
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/siukit/siukit/benchmarks/internal/stage"
	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/sample"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
	"github.com/siukit/siukit/xmlformat/xsd"
)

// concurrencyLines keeps the test fast under -race.
const concurrencyLines = 2_000

// goroutines is how many goroutines use each stage at once.
const goroutines = 8

// outcome is everything one pass over the shared inputs produces.
type outcome struct {
	Findings       []siu.Finding // the generated delivery, validated
	SampleFindings []siu.Finding // sample's postings with mistakes, as records
	XML            []byte        // the generated delivery, encoded
	XSDValid       string        // the XSD check of XML ("" when valid)
	XSDInvalid     string        // the XSD check of a broken copy of XML
}

// concurrencyInputs are the inputs every goroutine shares, read-only.
type concurrencyInputs struct {
	delivery siu.Delivery
	records  []siu.Record
	broken   []byte
}

func makeConcurrencyInputs(t *testing.T) concurrencyInputs {
	t.Helper()
	g, err := stage.Generator(concurrencyLines)
	if err != nil {
		t.Fatal(err)
	}
	in := concurrencyInputs{delivery: g.Delivery()}
	r := csvformat.NewReader(bytes.NewReader(sample.PostingsCSV()))
	for rec, err := range r.Records() {
		if err != nil {
			t.Fatal(err)
		}
		in.records = append(in.records, rec)
	}
	var buf bytes.Buffer
	if _, err := stage.Encode(&buf, in.delivery.Header, slices.Values(in.delivery.Lines)); err != nil {
		t.Fatal(err)
	}
	// Two faults for the schema: an amount with three decimals and a
	// record without its end date.
	in.broken = bytes.Replace(buf.Bytes(), []byte("</BELOEB>"), []byte("5</BELOEB>"), 1)
	end := bytes.LastIndex(in.broken, []byte("<SLUTDATO>"))
	stop := bytes.Index(in.broken[end:], []byte("</SLUTDATO>")) + end + len("</SLUTDATO>")
	in.broken = append(in.broken[:end:end], in.broken[stop:]...)
	return in
}

// pass runs every stage once on the shared inputs.
func (in concurrencyInputs) pass(s *xsd.Schema) (outcome, error) {
	var out outcome
	out.Findings = siu.Validate(in.delivery, stage.Options())
	v := siu.NewValidator(sample.Header(siu.AreaSamlet), stage.Options())
	for _, rec := range in.records {
		v.AddRecord(rec)
	}
	out.SampleFindings = v.Findings()
	var buf bytes.Buffer
	if err := xmlformat.Encode(&buf, xmlformat.DefaultProfile(), in.delivery); err != nil {
		return out, err
	}
	out.XML = buf.Bytes()
	var err error
	if out.XSDValid, err = xsdOutcome(s, bytes.NewReader(out.XML)); err != nil {
		return out, err
	}
	out.XSDInvalid, err = xsdOutcome(s, bytes.NewReader(in.broken))
	return out, err
}

// xsdOutcome validates r and describes the result: "" when valid, else
// every problem with its line. It fails only if the result is not an
// *xsd.Error.
func xsdOutcome(s *xsd.Schema, r io.Reader) (string, error) {
	err := s.Validate(r)
	if err == nil {
		return "", nil
	}
	var xe *xsd.Error
	if !errors.As(err, &xe) {
		return "", err
	}
	var b bytes.Buffer
	for _, p := range xe.Problems {
		b.WriteString(p.String())
		b.WriteByte('\n')
	}
	return b.String(), nil
}

// TestConcurrentUse validates, encodes and checks against the XSD the
// same delivery from eight goroutines at once (one shared compiled
// schema), and requires every goroutine's results to equal a sequential
// run's. Run under -race, it also shows that none of these stages shares
// mutable state between calls.
func TestConcurrentUse(t *testing.T) {
	in := makeConcurrencyInputs(t)
	s, err := xsd.Default()
	if err != nil {
		t.Fatal(err)
	}
	want, err := in.pass(s)
	if err != nil {
		t.Fatal(err)
	}
	// The inputs must exercise each stage: findings of every kind, a valid
	// file, an invalid one.
	if len(want.Findings) == 0 || stage.Errors(want.SampleFindings) == 0 {
		t.Fatalf("validation found %d findings in the generated delivery and %d errors in the sample; want some of each",
			len(want.Findings), stage.Errors(want.SampleFindings))
	}
	if want.XSDValid != "" || want.XSDInvalid == "" {
		t.Fatalf("XSD: valid file %q, broken file %q; want no problems, then some", want.XSDValid, want.XSDInvalid)
	}

	got := make([]outcome, goroutines)
	errs := make([]error, goroutines)
	var start, done sync.WaitGroup
	start.Add(1)
	for i := range goroutines {
		done.Add(1)
		go func() {
			defer done.Done()
			start.Wait() // all goroutines begin together
			got[i], errs[i] = in.pass(s)
		}()
	}
	start.Done()
	done.Wait()
	for i := range goroutines {
		if errs[i] != nil {
			t.Errorf("goroutine %d: %v", i, errs[i])
			continue
		}
		// The encoded bytes are compared apart: cmp.Diff walks a []byte
		// element by element, which is slow under -race.
		if !bytes.Equal(want.XML, got[i].XML) {
			t.Errorf("goroutine %d encoded other bytes than the sequential run", i)
		}
		w, g := want, got[i]
		w.XML, g.XML = nil, nil
		if diff := cmp.Diff(w, g); diff != "" {
			t.Errorf("goroutine %d differs from the sequential run (-want +got):\n%s", i, diff)
		}
	}
}
