package csvformat

import (
	"errors"
	"io"
	"iter"

	"github.com/siukit/siukit/siu"
)

// Limits on the size of the input's parts, in bytes. Reader.MaxFieldSize and
// Reader.MaxRecordSize default to them.
const (
	DefaultMaxFieldSize  = 64 << 10
	DefaultMaxRecordSize = 1 << 20
)

// Reader reads SIU lines (or invoice postings: the same five columns) from
// a CSV file or an XLSX sheet in the form Danish spreadsheets and finance
// systems export them. It returns each line as a siu.Record with normalised
// text; the package documentation describes the accepted input and the
// normal forms.
//
// Set the exported fields before the first call of Read, Records or
// Header. A Reader is not safe for concurrent use.
type Reader struct {
	// Comma is the CSV field separator. Zero (the default) finds it in
	// the header line: ';' if the line holds one, else a tab, else ','.
	// Unused for XLSX.
	Comma rune
	// Decimal is the decimal mark of amounts written as text: ',' or '.'.
	// Zero (the default) learns it from the first amount that shows it;
	// an amount that could be read either way before then is an
	// ErrAmbiguousAmount.
	Decimal rune
	// MaxFieldSize is the largest field in bytes; zero means
	// DefaultMaxFieldSize. A longer field is an ErrFieldTooLong for its
	// line.
	MaxFieldSize int
	// MaxRecordSize is the largest CSV record (a line, or more than one
	// line when a quoted field holds line breaks) in bytes; zero means
	// DefaultMaxRecordSize. A longer record is an ErrRecordTooLong, and
	// reading stops: the rest of the input cannot be trusted.
	MaxRecordSize int

	in      io.Reader
	src     source
	started bool
	done    bool
	header  Header
	hdrErr  error
	cols    columnMap
	bom     bool
	mark    byte
	line    int
	buf     []byte
}

// rawRow is one row of the input as its source read it.
type rawRow struct {
	line   int      // 1-based line or row where it starts
	fields []string // as read; not yet decoded or trimmed
}

// source is where rows come from: CSV text or an XLSX sheet.
type source interface {
	// header returns the first row that is not blank.
	header(r *Reader) (rawRow, error)
	// next returns the next row that is not blank, or io.EOF. Other
	// errors are *ParseError values.
	next(r *Reader) (rawRow, error)
	// number reports whether field col of the row holds a number cell
	// (XLSX), whose stored value is read as a number or a date serial.
	number(row rawRow, col int) bool
	// cell names field col of the row as a spreadsheet does ("C7"), or ""
	// for CSV.
	cell(row rawRow, col int) string
	// date1904 reports whether date serials count from 1904 (XLSX).
	date1904() bool
	// sheetName is the XLSX sheet's name, or "" for CSV.
	sheetName() string
	close() error
}

// NewReader returns a Reader that reads CSV text from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{in: r}
}

// Read returns the next record, or io.EOF after the last one.
//
// Every other error is a *ParseError naming the line and, where one field
// is at fault, the column. When its Fatal field is false it concerns this
// record only, and the next call reads on; when it is true, reading has
// stopped and the next call returns io.EOF. So a loop that reports an error
// and continues always ends.
func (r *Reader) Read() (siu.Record, error) {
	if r.done {
		return siu.Record{}, io.EOF
	}
	if !r.started {
		if err := r.start(); err != nil {
			return siu.Record{}, err
		}
	}
	row, err := r.src.next(r)
	if err != nil {
		if err == io.EOF {
			r.done = true
			return siu.Record{}, io.EOF
		}
		return siu.Record{}, r.fail(err)
	}
	r.line = row.line
	rec, err := r.record(row)
	if err != nil {
		return siu.Record{}, err
	}
	return rec, nil
}

// Records returns an iterator over the records and errors Read returns,
// ending at io.EOF (which it does not yield). After an error the iteration
// goes on with the next record when there is one.
func (r *Reader) Records() iter.Seq2[siu.Record, error] {
	return func(yield func(siu.Record, error) bool) {
		for {
			rec, err := r.Read()
			if err == io.EOF || !yield(rec, err) {
				return
			}
		}
	}
}

// Header reads the header line if Read has not, and describes it.
func (r *Reader) Header() (Header, error) {
	if !r.started {
		if err := r.start(); err != nil {
			return Header{}, err
		}
	}
	return r.header, r.hdrErr
}

// Line returns the line (CSV) or row (XLSX) where the record that Read
// returned last starts, or where the error it returned last was found.
func (r *Reader) Line() int { return r.line }

// Close releases what the Reader holds: the workbook of an XLSX Reader.
// For CSV it does nothing; it does not close the io.Reader given to
// NewReader.
func (r *Reader) Close() error {
	r.done = true
	if r.src == nil {
		return nil
	}
	return r.src.close()
}

// fail records err, which must be a *ParseError, and stops reading when it
// is fatal.
func (r *Reader) fail(err error) error {
	var pe *ParseError
	if errors.As(err, &pe) {
		if r.src != nil {
			pe.Sheet = r.src.sheetName()
		}
		r.line = pe.Line
		if pe.Fatal {
			r.done = true
		}
		return pe
	}
	r.done = true
	return &ParseError{Line: r.line, Fatal: true, Err: err}
}

// start checks the settings and reads the header.
func (r *Reader) start() error {
	r.started = true
	r.hdrErr = r.readHeader()
	if r.hdrErr != nil {
		r.hdrErr = r.fail(r.hdrErr)
		r.done = true
	}
	return r.hdrErr
}

func (r *Reader) readHeader() error {
	switch r.Decimal {
	case 0, ',', '.':
		r.mark = byte(r.Decimal)
	default:
		return &ParseError{Fatal: true, Err: errors.New("csvformat: Reader.Decimal must be ',', '.' or 0")}
	}
	if r.MaxFieldSize <= 0 {
		r.MaxFieldSize = DefaultMaxFieldSize
	}
	if r.MaxRecordSize <= 0 {
		r.MaxRecordSize = DefaultMaxRecordSize
	}
	if r.src == nil {
		r.src = &csvSource{in: r.in}
	}
	row, err := r.src.header(r)
	if err != nil {
		return err
	}
	r.line = row.line
	names := make([]string, len(row.fields))
	for i, f := range row.fields {
		s, err := cleanField(f, r.bom)
		if err != nil {
			return &ParseError{Line: row.line, Column: i + 1, Cell: r.src.cell(row, i), Fatal: true, Err: err}
		}
		names[i] = s
	}
	cols, ignored, err := mapHeader(names)
	if err != nil {
		pe := err.(*ParseError)
		pe.Line = row.line
		pe.Fatal = true
		if pe.Column > 0 {
			pe.Cell = r.src.cell(row, pe.Column-1)
		}
		return pe
	}
	r.cols = cols
	r.header.Names = names
	r.header.Ignored = ignored
	return nil
}

// record normalises the five fields of row.
func (r *Reader) record(row rawRow) (siu.Record, error) {
	var out [numFields]string
	var span [numFields][2]int // where a normalised value sits in r.buf
	pending := false
	r.buf = r.buf[:0]
	for f := range numFields {
		col := r.cols[f]
		raw := ""
		if col < len(row.fields) {
			raw = row.fields[col]
		}
		s, err := cleanField(raw, r.bom)
		if err != nil {
			return siu.Record{}, r.fieldError(row, col, err)
		}
		if f == fieldPsrID || f == fieldAccount {
			if isExponentNumber(s) {
				return siu.Record{}, r.fieldError(row, col, detail(ErrNumberCell,
					"the spreadsheet stored the %s column as numbers; store it as text", columnNames[f]))
			}
			if f == fieldPsrID {
				out[f] = normalPsrID(s)
			} else {
				out[f] = normalAccount(s)
			}
			continue
		}
		at := len(r.buf)
		number := s != "" && r.src.number(row, col)
		switch {
		case f == fieldAmount && number:
			r.buf, err = appendNumber(r.buf, s)
			if err == nil && len(r.buf) > at {
				r.buf = twoDecimals(r.buf, at)
			}
		case f == fieldAmount:
			r.buf, err = appendAmount(r.buf, s, &r.mark)
			if err == nil && len(r.buf) > at {
				r.buf = twoDecimals(r.buf, at)
			}
		case number:
			r.buf, err = appendSerialDate(r.buf, s, r.src.date1904())
		default:
			r.buf, err = appendDate(r.buf, s)
		}
		if err != nil {
			return siu.Record{}, r.fieldError(row, col, err)
		}
		if string(r.buf[at:]) == s {
			out[f] = s // already in normal form: no copy
			r.buf = r.buf[:at]
			continue
		}
		span[f] = [2]int{at, len(r.buf)}
		pending = true
	}
	if pending {
		all := string(r.buf)
		for f, sp := range span {
			if sp[1] > sp[0] {
				out[f] = all[sp[0]:sp[1]]
			}
		}
	}
	return siu.Record{
		PsrID:   out[fieldPsrID],
		Account: out[fieldAccount],
		Amount:  out[fieldAmount],
		Start:   out[fieldStart],
		End:     out[fieldEnd],
	}, nil
}

// fieldError wraps err as the error of field col of row.
func (r *Reader) fieldError(row rawRow, col int, err error) error {
	return &ParseError{Line: row.line, Column: col + 1, Name: r.columnName(col),
		Sheet: r.src.sheetName(), Cell: r.src.cell(row, col), Err: err}
}
