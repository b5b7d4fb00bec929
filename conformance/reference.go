package conformance

import (
	"bytes"

	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
)

// Reference returns this project's own implementation: siu.Validator for
// validate, xmlformat.Encode with xmlformat.DefaultProfile for encode,
// siu.Aggregate for aggregate and xmlformat's Decoder for read. It passes the whole suite, expected.xml
// byte for byte; the suite's expected files are written from it. It is
// safe for concurrent use.
func Reference() Implementation { return reference{} }

type reference struct{}

// Validate validates in with siu.NewValidator and AddRecord, so malformed
// values are reported as findings.
func (reference) Validate(in Input) ([]Finding, error) {
	today, err := in.TodayDate()
	if err != nil {
		return nil, err
	}
	h, err := in.Header.SIUHeader()
	if err != nil {
		return nil, err
	}
	v := siu.NewValidator(h, siu.ValidateOptions{Today: today})
	for _, l := range in.Lines {
		v.AddRecord(l.Record())
	}
	return FindingsOf(v.Findings()), nil
}

// Encode writes in with the default profile.
func (reference) Encode(in Input) ([]byte, error) {
	d, err := in.Delivery()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := xmlformat.Encode(&b, xmlformat.DefaultProfile(), d); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Aggregate aggregates with siu.Aggregate.
func (reference) Aggregate(in AggregateInput) ([]Line, error) {
	opts, err := in.Options.SIUOptions()
	if err != nil {
		return nil, err
	}
	ps, err := in.SIUPostings()
	if err != nil {
		return nil, err
	}
	lines, err := siu.Aggregate(ps, opts)
	if err != nil {
		return nil, err
	}
	out := make([]Line, 0, len(lines))
	for _, l := range lines {
		out = append(out, LineOf(l))
	}
	return out, nil
}
