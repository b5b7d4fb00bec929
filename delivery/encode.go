package delivery

import (
	"bytes"
	"context"
	"errors"
	"io"
	"iter"

	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
	"github.com/siukit/siukit/xmlformat/xsd"
)

// Encode is WriteFile without a file system: it returns the SIU file of
// header h and records as bytes in memory, for a program that has no file
// system to write to (a browser running GOOS=js GOARCH=wasm) or that sends
// the file on itself. The rules are WriteFile's, in the same code: the file
// is returned only when the delivery is deliverable (no error finding, no
// read error, no record that cannot be parsed, at least one line unless
// opts.AllowEmpty) and the file passes the schema, and its bytes are those
// WriteFile writes for the same arguments.
//
// Result.Written reports that xml is the file; otherwise xml is nil,
// and the result's counts (and the findings) say why, as for WriteFile.
// The error is the context's, a *SchemaError, or a problem of the schema.
//
// The file is held in memory whole, so Encode suits deliveries that fit in
// memory (a municipality's year is a few megabytes); WriteFile streams to
// disk.
func Encode(ctx context.Context, h siu.Header, records iter.Seq2[siu.Record, error], opts Options) (xml []byte, res Result, err error) {
	p, schema, err := opts.profileAndSchema()
	if err != nil {
		return nil, res, err
	}
	if err := ctx.Err(); err != nil {
		return nil, res, err
	}
	var b bytes.Buffer
	ok, err := deliver(ctx, &b, "the file", p, h, records, opts, &res)
	if err != nil || !ok {
		return nil, res, err
	}
	if err := checkSchema(schema, bytes.NewReader(b.Bytes())); err != nil {
		return nil, res, err
	}
	if err := ctx.Err(); err != nil {
		return nil, res, err
	}
	res.Written = true
	return b.Bytes(), res, nil
}

// profileAndSchema returns the profile and schema opts name, or their
// defaults.
func (opts Options) profileAndSchema() (xmlformat.Profile, *xsd.Schema, error) {
	p := xmlformat.DefaultProfile()
	if opts.Profile != nil {
		p = *opts.Profile
	}
	schema := opts.Schema
	if schema == nil {
		var err error
		if schema, err = xsd.Default(); err != nil {
			return p, nil, wrap("", err)
		}
	}
	return p, schema, nil
}

// deliver is the one pass of WriteFile and Encode: it validates each
// record and encodes the lines into w in profile p, as long as the
// delivery stays deliverable, and fills in res. It reports true when the
// delivery is deliverable as far as the records go and w holds the whole
// file; name names the file in an encoding error. The error is the
// context's or the encoder's.
func deliver(ctx context.Context, w io.Writer, name string, p xmlformat.Profile, h siu.Header, records iter.Seq2[siu.Record, error], opts Options, res *Result) (bool, error) {
	enc := xmlformat.NewEncoder(w, p)
	encErr := enc.WriteHeader(h)

	vopts := opts.Validate
	vopts.Report = collect(opts.Validate.Report, &res.Tally, &res.Findings)
	v := siu.NewValidator(h, vopts)
	for rec, err := range records {
		if ctx.Err() != nil {
			break
		}
		if err != nil {
			res.ReadErrors++
			if opts.ReadError != nil {
				opts.ReadError(err)
			}
			continue
		}
		v.AddRecord(rec)
		line, problems := siu.ParseRecord(rec)
		if len(problems) > 0 {
			res.Unparsed++
			continue
		}
		if encErr == nil && !res.Tally.HasErrors() && res.ReadErrors == 0 && res.Unparsed == 0 {
			encErr = enc.WriteLine(line)
		}
	}
	res.Lines = v.Len()
	if err := ctx.Err(); err != nil {
		siu.SortFindings(res.Findings)
		return false, err
	}
	v.Findings()
	siu.SortFindings(res.Findings)
	res.EmptyRefused = res.Lines == 0 && !opts.AllowEmpty
	if res.Tally.HasErrors() || res.ReadErrors > 0 || res.Unparsed > 0 || res.EmptyRefused {
		return false, nil
	}

	// Deliverable as far as the records go: finish the file.
	if encErr == nil {
		encErr = enc.Close()
	}
	if encErr != nil {
		return false, wrap("encoding "+name, encErr)
	}
	return true, nil
}

// checkSchema checks the file read from r against schema: a *SchemaError
// when it does not pass.
func checkSchema(schema *xsd.Schema, r io.Reader) error {
	if err := schema.Validate(r); err != nil {
		var xe *xsd.Error
		if errors.As(err, &xe) {
			return &SchemaError{Problems: xe.Problems, Omitted: xe.Omitted}
		}
		return wrap("checking the schema", err)
	}
	return nil
}

// collect returns the Report function that counts each finding in t and
// hands it to report, or, when report is nil, keeps it in kept.
func collect(report func(siu.Finding), t *siu.Tally, kept *[]siu.Finding) func(siu.Finding) {
	return func(f siu.Finding) {
		t.Add(f)
		if report != nil {
			report(f)
		} else {
			*kept = append(*kept, f)
		}
	}
}
