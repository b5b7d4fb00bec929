package delivery

import (
	"context"
	"errors"
	"io"
	"os"

	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
	"github.com/siukit/siukit/xmlformat/xsd"
)

// DefaultMaxSize is the largest input Check copies when CheckOptions.MaxSize
// is zero: 4 GiB.
const DefaultMaxSize = 4 << 30

// CheckOptions configures Check. The zero CheckOptions checks against the
// default profile and schema.
type CheckOptions struct {
	// Profile is the profile the file is read with. Nil means
	// xmlformat.DefaultProfile().
	Profile *xmlformat.Profile
	// Schema is the schema the file is checked against. Nil means
	// xsd.Default(), the schema of the default profile.
	Schema *xsd.Schema
	// Validate configures the validation of the records. Its Report, when
	// set, receives each finding as soon as it is found.
	Validate siu.ValidateOptions
	// ReportAt, when set, receives each finding as soon as it is found,
	// with where its record starts in the file: the zero Pos for the
	// header's and the delivery's findings, and a Pos with only Record set
	// for a finding about another record than the one being read. It is
	// called after Validate.Report, when that is set too. When both are
	// nil, CheckResult.Findings keeps the findings.
	ReportAt func(siu.Finding, Pos)
	// ReadError, when set, receives the error that stopped the reading of
	// the records: a *xmlformat.SyntaxError for a file that is not one of
	// the profile (not XML, not well-formed, other elements, a DOCTYPE, a
	// limit of the decoder).
	ReadError func(error)
	// MaxSize is the most bytes Check copies from a reader that is not a
	// regular file; beyond it, Check returns a *SizeError. Zero means
	// DefaultMaxSize.
	MaxSize int64
}

// Pos is where a record starts in an XML file.
type Pos struct {
	Record int // the 1-based number of the record: the Line of its findings
	Line   int // the 1-based line of its start tag
	Col    int // the 1-based column, in bytes, of its start tag
}

// CheckResult is the outcome of Check.
type CheckResult struct {
	// SchemaValid reports that the file passed the schema.
	SchemaValid bool
	// SchemaProblems are the schema's problems, at most xsd.MaxProblems,
	// in file order, with any digits that could form a CPR number masked.
	SchemaProblems []xsd.Problem
	// SchemaOmitted counts the schema's problems beyond SchemaProblems.
	SchemaOmitted int
	// Header is the file's header; the zero Header when it could not be
	// read.
	Header siu.Header
	// Lines counts the records read and validated.
	Lines int
	// Tally counts the findings by severity, the header's and the
	// delivery's included.
	Tally siu.Tally
	// Findings holds every finding, sorted as siu.SortFindings sorts them,
	// when neither CheckOptions.Validate.Report nor ReportAt is set.
	Findings []siu.Finding
	// ReadErrors is 1 when reading stopped at an error (see
	// CheckOptions.ReadError) before the end of the file, and 0 when the
	// whole file was read. The records before it are validated; the
	// delivery's findings (such as an empty delivery) are not made.
	ReadErrors int
}

// Valid reports whether the file passed the schema, was read to its end
// and has no error finding.
func (r CheckResult) Valid() bool {
	return r.SchemaValid && r.ReadErrors == 0 && !r.Tally.HasErrors()
}

// Check checks the SIU XML file read from r against the schema, then
// checks every record against siu's rules, reading r once.
//
// When r is an *os.File on a regular file, Check reads it from its current
// offset to its end twice through the same file descriptor, seeking back
// in between: renaming another file over its path meanwhile does not
// change what is checked (writing into the file itself does). Any other r
// is copied once, up to opts.MaxSize bytes, into a private temporary file
// (see the package documentation), which is removed before Check returns.
//
// The schema's verdict is in SchemaValid and SchemaProblems; the rules'
// in Tally and the findings. A file that is not XML, or not of the
// profile, is not an error: the schema problems say what is wrong, and the
// decoder's error counts in ReadErrors. The error is for input that cannot
// be read, a *SizeError, the context's error when ctx is cancelled, or a
// schema that cannot be used.
func Check(ctx context.Context, r io.Reader, opts CheckOptions) (res CheckResult, err error) {
	p := xmlformat.DefaultProfile()
	if opts.Profile != nil {
		p = *opts.Profile
	}
	schema := opts.Schema
	if schema == nil {
		if schema, err = xsd.Default(); err != nil {
			return res, wrap("", err)
		}
	}

	f, start, done, err := seekable(ctx, r, opts.MaxSize)
	if err != nil {
		return res, err
	}
	defer done()
	rewind := func() (io.Reader, error) {
		if _, err := f.Seek(start, io.SeekStart); err != nil {
			return nil, wrap("", err)
		}
		return &ctxReader{ctx, f}, nil
	}

	// 1. The schema.
	in, err := rewind()
	if err != nil {
		return res, err
	}
	if err := schema.Validate(in); err != nil {
		var xe *xsd.Error
		if !errors.As(err, &xe) {
			if ctx.Err() != nil {
				return res, ctx.Err()
			}
			return res, wrap("checking the schema", err)
		}
		res.SchemaProblems, res.SchemaOmitted = xe.Problems, xe.Omitted
	} else {
		res.SchemaValid = true
	}

	// 2. The rules.
	if in, err = rewind(); err != nil {
		return res, err
	}
	d := xmlformat.NewDecoder(in, p)
	stop := func(err error) (CheckResult, error) {
		if ctx.Err() != nil {
			return res, ctx.Err()
		}
		var se *xmlformat.SyntaxError
		if !errors.As(err, &se) {
			return res, wrap("", err) // the input could not be read
		}
		res.ReadErrors++
		if opts.ReadError != nil {
			opts.ReadError(err)
		}
		siu.SortFindings(res.Findings)
		return res, nil
	}
	h, err := d.Header()
	if err != nil {
		return stop(err)
	}
	res.Header = h

	var at Pos // the record being validated
	vopts := opts.Validate
	report := opts.Validate.Report
	if opts.ReportAt != nil {
		report = func(f siu.Finding) {
			if opts.Validate.Report != nil {
				opts.Validate.Report(f)
			}
			pos := Pos{Record: f.Line}
			if f.Line == at.Record {
				pos = at
			}
			opts.ReportAt(f, pos)
		}
	}
	vopts.Report = collect(report, &res.Tally, &res.Findings)
	v := siu.NewValidator(h, vopts)
	for {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		rec, err := d.NextRecord()
		if err == io.EOF {
			break
		}
		if err != nil {
			return stop(err)
		}
		at.Record, at.Line, at.Col = d.RecordPos()
		v.AddRecord(rec)
		res.Lines++
	}
	v.Findings()
	siu.SortFindings(res.Findings)
	return res, nil
}

// seekable returns a file holding r's bytes from offset start on, and a
// function that releases it: r itself when it is a regular *os.File,
// otherwise a private temporary file with a copy of r, of at most max
// bytes (0: DefaultMaxSize).
func seekable(ctx context.Context, r io.Reader, max int64) (f *os.File, start int64, done func(), err error) {
	if f, ok := r.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			if start, err := f.Seek(0, io.SeekCurrent); err == nil {
				return f, start, func() {}, nil
			}
		}
	}
	if max <= 0 {
		max = DefaultMaxSize
	}
	tmp, err := os.CreateTemp("", "siukit-check-*.tmp")
	if err != nil {
		return nil, 0, nil, wrap("", err)
	}
	// Unlink at once where the system allows it: the open file stays
	// readable, and nothing is left behind even if the process is killed.
	unlinked := os.Remove(tmp.Name()) == nil
	done = func() {
		tmp.Close()
		if !unlinked {
			os.Remove(tmp.Name())
		}
	}
	n, err := io.Copy(tmp, io.LimitReader(&ctxReader{ctx, r}, max+1))
	switch {
	case ctx.Err() != nil:
		err = ctx.Err()
	case err != nil:
		err = wrap("reading the input", err)
	case n > max:
		err = &SizeError{Limit: max}
	}
	if err != nil {
		done()
		return nil, 0, nil, err
	}
	return tmp, 0, done, nil
}

// ctxReader is a reader that stops with the context's error once the
// context is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *ctxReader) Read(b []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(b)
}
