//go:build cgo

package stage

import (
	"context"
	"fmt"
	"io"

	"github.com/siukit/siukit/pipeline"
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
	Runs     int // sorted runs the aggregator spilled to temporary files
	Findings int // the validator's findings
	Errors   int // the findings of severity Error
}

// Pipeline is the whole way from a finance system's export to a checked
// file, as package pipeline's Run does it in one call: it reads postings
// from CSV (csvformat), aggregates them with agg (siu.Aggregator, in its
// memory budget), validates, encodes and checks the lines against the XSD
// (delivery.WriteFile) and writes the file to out. The findings are
// counted, not kept. A delivery that is not written is an error.
func Pipeline(csv io.Reader, h siu.Header, out string, agg siu.AggregateOptions) (PipelineResult, error) {
	var res PipelineResult
	opts := pipeline.Options{Aggregate: agg}
	opts.Delivery.Validate = Options()
	opts.Delivery.Validate.Report = func(f siu.Finding) {
		res.Findings++
		if f.Severity == siu.Error {
			res.Errors++
		}
	}
	r, err := pipeline.Run(context.Background(), csv, out, h, opts)
	res.Postings, res.Lines, res.Runs = r.Postings, r.Delivery.Lines, r.Runs
	if err != nil {
		return res, err
	}
	if !r.Written() {
		return res, fmt.Errorf("pipeline: not written: %d postings unread, %d error findings, %d lines", r.ReadErrors, r.Delivery.Tally.Errors, r.Delivery.Lines)
	}
	return res, nil
}
