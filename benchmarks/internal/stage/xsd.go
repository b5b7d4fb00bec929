//go:build cgo

package stage

import (
	"fmt"
	"io"
	"slices"

	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat/xsd"
)

// CheckXSD validates the file at path against the default profile's
// schema with package xsd (libxml2, streaming).
func CheckXSD(path string) error {
	s, err := xsd.Default()
	if err != nil {
		return err
	}
	return s.ValidateFile(path)
}

// PipelineResult is what one run of Pipeline did.
type PipelineResult struct {
	Postings int // postings read from the CSV file
	Lines    int // lines after aggregation, validated, encoded and checked
	Findings int // the validator's findings
	Errors   int // the findings of severity Error
}

// Pipeline is the whole way from a finance system's export to a checked
// file: it reads postings from CSV (csvformat), aggregates them
// (siu.Aggregator), validates the lines (siu.Validator), encodes them
// (xmlformat.Encoder) and checks the encoded file against the XSD (package
// xsd). The encoder writes into a pipe that the schema validator reads at
// the same time, so the file is never held whole; when out is not nil, the
// file is also written there.
func Pipeline(csv io.Reader, h siu.Header, out io.Writer) (PipelineResult, error) {
	var res PipelineResult
	agg, err := siu.NewAggregator(siu.AggregateOptions{})
	if err != nil {
		return res, err
	}
	r := csvformat.NewReader(csv)
	for {
		p, err := r.ReadPosting()
		if err == io.EOF {
			break
		}
		if err != nil {
			return res, fmt.Errorf("reading CSV: %w", err)
		}
		if err := agg.Add(p); err != nil {
			return res, err
		}
		res.Postings++
	}
	var lines []siu.Line
	for l, err := range agg.Lines() {
		if err != nil {
			return res, err
		}
		lines = append(lines, l)
	}
	res.Lines = len(lines)
	t := Validate(h, slices.Values(lines))
	res.Findings, res.Errors = t.Findings, t.Errors

	s, err := xsd.Default()
	if err != nil {
		return res, err
	}
	pr, pw := io.Pipe()
	encErr := make(chan error, 1)
	go func() {
		var w io.Writer = pw
		if out != nil {
			w = io.MultiWriter(pw, out)
		}
		_, err := Encode(w, h, slices.Values(lines))
		pw.CloseWithError(err)
		encErr <- err
	}()
	xsdErr := s.Validate(pr)
	pr.Close() // unblocks the encoder if the validator stopped early
	encodeErr := <-encErr
	if xsdErr != nil {
		return res, fmt.Errorf("XSD check: %w", xsdErr)
	}
	if encodeErr != nil {
		return res, fmt.Errorf("encoding: %w", encodeErr)
	}
	return res, nil
}
