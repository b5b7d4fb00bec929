package delivery

import (
	"context"
	"io"
	"iter"
	"os"
	"path/filepath"

	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
	"github.com/siukit/siukit/xmlformat/xsd"
)

// Options configures WriteFile and Encode. The zero Options writes with the default
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
	p, schema, err := opts.profileAndSchema()
	if err != nil {
		return res, err
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

	ok, err := deliver(ctx, tmp, base, p, h, records, opts, &res)
	if err != nil || !ok {
		return res, err
	}
	if err := tmp.Sync(); err != nil {
		return res, wrap("", err)
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return res, wrap("", err)
	}
	if err := checkSchema(schema, tmp); err != nil {
		return res, err
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
