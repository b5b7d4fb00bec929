package report

import (
	"context"

	"github.com/siukit/siukit/delivery"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

// EncodeDelivery is WriteDelivery in memory: it returns the delivery file
// of the records of src under header h as delivery.Encode does (validated,
// encoded and checked against the schema, returned only when deliverable),
// with the findings and read errors in a new Stream, placed in the file,
// for a program without a file system (the browser checker, package web).
// For the same input and options, its bytes are those WriteDelivery
// writes. A JSON source's Today is used when dopts.Validate.Today is zero;
// dopts.Validate.Report is replaced. The caller closes the Stream.
func EncodeDelivery(ctx context.Context, h siu.Header, src *source.Source, dopts delivery.Options, opts StreamOptions) (*Stream, []byte, delivery.Result, error) {
	s := NewStream(src.Name(), src.Format(), h, opts)
	if today := src.Today(); today.IsValid() && !dopts.Validate.Today.IsValid() {
		dopts.Validate.Today = today
	}
	dopts.Validate.Report = s.Report
	xml, res, err := delivery.Encode(ctx, h, s.Records(src), dopts)
	if err == nil {
		err = s.Finish()
	}
	return s, xml, res, err
}
