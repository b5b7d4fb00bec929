package delivery

import (
	"context"
	"errors"
	"io"
	"iter"
	"os"
	"path/filepath"

	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
	"github.com/siukit/siukit/xmlformat/xsd"
)

// Options configures WriteFile. The zero Options writes with the default
// profile and schema and refuses an empty delivery.
type Options struct {
	// Profile is the profile the file is written in. Nil means
	// xmlformat.DefaultProfile().
	Profile *xmlformat.Profile
	// Validate configures the validation of the records. Its Report, when
	// set, receives each finding as soon as it is found; when it is nil,
	// Result.Findings keeps them.
	Validate siu.ValidateOptions
	// Schema is the schema the file is checked against before it is
	// renamed into place. Nil means xsd.Default(), the schema of the
	// default profile: a vendor writing with its own Profile sets its own
	// Schema.
	Schema *xsd.Schema
	// ReadError, when set, receives each error the records' iterator
	// yields. Such a record is counted in Result.ReadErrors and the file
	// is not written; reading goes on with the next record.
	ReadError func(error)
	// AllowEmpty lets WriteFile write a delivery without lines. DST takes
	// every delivery as a full load, so an empty one erases the area's data
	// for the budget year: by default it is refused (Result.EmptyRefused).
	AllowEmpty bool
}

// Result says what WriteFile read and whether it wrote the file.
type Result struct {
	// Lines counts the records read and validated (those the iterator
	// yielded without an error).
	Lines int
	// Unparsed counts the records among Lines whose fields could not be
	// parsed into a siu.Line. They are not encoded; each has an error
	// finding.
	Unparsed int
	// Tally counts the findings by severity, the header's and the
	// delivery's included.
	Tally siu.Tally
	// Findings holds every finding, sorted as siu.SortFindings sorts them,
	// when Options.Validate.Report is nil; otherwise it is nil and the
	// findings went to Report.
	Findings []siu.Finding
	// ReadErrors counts the errors the records' iterator yielded.
	ReadErrors int
	// Written reports that the file at the path is the new delivery.
	Written bool
	// EmptyRefused reports that the delivery had no lines and
	// Options.AllowEmpty was false.
	EmptyRefused bool
}

// WriteFile writes the SIU file of header h and records to path, reading
// records once, and only if the delivery is deliverable: no error finding,
// no read error, no record that cannot be parsed, at least one line
// (unless opts.AllowEmpty), and the file passes the schema.
//
// Each record is validated (siu.NewValidator and AddRecord) and encoded
// into a private temporary file in path's directory (see the package
// documentation). When everything has been read and the delivery is
// deliverable, the temporary file is flushed to disk (fsync), checked
// against the schema and renamed to path, replacing any file there in one
// atomic step. Otherwise the temporary file is removed and any file at
// path is left as it was.
//
// A delivery that is not deliverable because of its records is not an
// error: WriteFile returns a Result with Written false, whose counts (and
// the findings) say why, and a nil error. The error is for everything
// else: the context's error when ctx is cancelled (checked before each
// record and before the rename), a *SchemaError when the file does not
// pass the schema, or a problem of the file system or the schema. On every
// error, nothing is written and nothing is left behind.
//
// Once an error finding, a read error or a record that cannot be parsed is
// seen, the records that follow are still validated, for their findings,
// but no longer encoded: no more personal data goes to disk than needed.
func WriteFile(ctx context.Context, path string, h siu.Header, records iter.Seq2[siu.Record, error], opts Options) (res Result, err error) {
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
	if err := ctx.Err(); err != nil {
		return res, err
	}

	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return res, wrap("", err)
	}
	renamed := false
	defer func() {
		if !renamed {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()

	enc := xmlformat.NewEncoder(tmp, p)
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
		return res, err
	}
	v.Findings()
	siu.SortFindings(res.Findings)
	res.EmptyRefused = res.Lines == 0 && !opts.AllowEmpty
	if res.Tally.HasErrors() || res.ReadErrors > 0 || res.Unparsed > 0 || res.EmptyRefused {
		return res, nil
	}

	// Deliverable as far as the records go: finish the file.
	if encErr == nil {
		encErr = enc.Close()
	}
	if encErr != nil {
		return res, wrap("encoding "+base, encErr)
	}
	if err := tmp.Sync(); err != nil {
		return res, wrap("", err)
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return res, wrap("", err)
	}
	if err := schema.Validate(tmp); err != nil {
		var xe *xsd.Error
		if errors.As(err, &xe) {
			return res, &SchemaError{Problems: xe.Problems, Omitted: xe.Omitted}
		}
		return res, wrap("checking the schema", err)
	}
	if err := tmp.Close(); err != nil {
		return res, wrap("", err)
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return res, wrap("", err)
	}
	renamed = true
	syncDir(dir)
	res.Written = true
	return res, nil
}

// syncDir flushes the directory entry of a renamed file to disk, so that
// the rename survives a crash. It is best effort: the file is in place
// either way, and not every system can sync a directory.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
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
