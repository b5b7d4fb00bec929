package report

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/delivery"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
	"github.com/siukit/siukit/xmlformat"
)

// CheckXML checks the SIU XML file r, named name, as delivery.Check does
// (the schema, then every record against the rules, reading r once), with
// its findings and the error that stopped the reading, if any, in a new
// Stream whose positions are the lines of the XML file. The Stream's
// Header and Lines are the file's. problems are the schema's problems as
// text, CPR-like digits masked, with a last line counting those left out.
// copts.ReportAt and ReadError are replaced; the answers of opts are not
// matched (they need each line: use ValidateStream on the file). The
// caller closes the Stream.
func CheckXML(ctx context.Context, r io.Reader, name string, copts delivery.CheckOptions, opts StreamOptions) (s *Stream, res delivery.CheckResult, problems []string, err error) {
	s = NewStream(name, source.XML, siu.Header{}, opts)
	copts.ReportAt = func(f siu.Finding, at delivery.Pos) { s.Add(f, at.Line) }
	copts.ReadError = func(err error) {
		se := &source.Error{Fatal: true, Message: cpr.Redact(err.Error()), Err: err}
		var xe *xmlformat.SyntaxError
		if errors.As(err, &xe) {
			se.Line, se.Column = xe.Line, xe.Col
		}
		s.ReadError(se)
	}
	res, err = delivery.Check(ctx, r, copts)
	s.Header, s.Lines = res.Header, res.Lines
	problems = make([]string, 0, len(res.SchemaProblems)+1)
	for _, p := range res.SchemaProblems {
		problems = append(problems, cpr.Redact(p.String()))
	}
	if res.SchemaOmitted > 0 {
		problems = append(problems, fmt.Sprintf("... and %d more problems", res.SchemaOmitted))
	}
	if err == nil {
		err = s.Finish()
	}
	return s, res, problems, err
}

// WriteDelivery writes the delivery file at path from the records of src
// under header h, as delivery.WriteFile does (validated, encoded, checked
// against the schema and renamed into place only when deliverable), with
// the findings and read errors in a new Stream, placed in the file. A JSON
// source's Today is used when dopts.Validate.Today is zero;
// dopts.Validate.Report is replaced. The caller closes the Stream.
func WriteDelivery(ctx context.Context, path string, h siu.Header, src *source.Source, dopts delivery.Options, opts StreamOptions) (*Stream, delivery.Result, error) {
	s := NewStream(src.Name(), src.Format(), h, opts)
	if today := src.Today(); today.IsValid() && !dopts.Validate.Today.IsValid() {
		dopts.Validate.Today = today
	}
	dopts.Validate.Report = s.Report
	res, err := delivery.WriteFile(ctx, path, h, s.Records(src), dopts)
	if err == nil {
		err = s.Finish()
	}
	return s, res, err
}

// WriteDeliveryTo is WriteDelivery for a writer, such as standard output
// or a network response: the file is written to a private temporary
// directory first (removed on every path) and copied to w only when it is
// the whole, valid delivery, so that w receives nothing otherwise.
func WriteDeliveryTo(ctx context.Context, w io.Writer, h siu.Header, src *source.Source, dopts delivery.Options, opts StreamOptions) (*Stream, delivery.Result, error) {
	dir, err := os.MkdirTemp(opts.TempDir, "siukit-delivery-")
	if err != nil {
		return NewStream(src.Name(), src.Format(), h, opts), delivery.Result{}, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "siu.xml")
	s, res, err := WriteDelivery(ctx, path, h, src, dopts, opts)
	if err == nil && res.Written {
		var f *os.File
		if f, err = os.Open(path); err == nil {
			_, err = io.Copy(w, f)
			f.Close()
		}
	}
	return s, res, err
}
