package csvformat

import (
	"errors"
	"io"
	"iter"

	"github.com/siukit/siukit/internal/errtext"

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
	// HeaderRow is the line (CSV) or row (XLSX) of the header, counted
	// from 1 as a spreadsheet numbers its rows; the lines above it are
	// skipped. Zero (the default) finds the header: the first of the first
	// HeaderSearchRows lines that are not blank to name all five columns.
	HeaderRow int
	// Flags names, in the hints of error messages, how the person running
	// the program sets these options. The zero value names the flags of
	// the siu command.
	Flags Flags

	in      io.Reader
	src     source
	started bool
	done    bool
	header  Header
	hdrErr  error
	cols    columnMap
	hasCols bool // the header is read and cols is set
	bom     bool
	mark    byte
	line    int
	buf     []byte
	hints   []Hint
}

// HeaderSearchRows is how many lines (rows) that are not blank the Reader
// looks at to find the header when Reader.HeaderRow is zero.
const HeaderSearchRows = 20

// Flags names the options of a program that set the Reader's fields, for
// the hints in error messages, such as "use --decimal ,". An empty field
// stands for the siu command's flag.
type Flags struct {
	// Decimal sets Reader.Decimal; "--decimal" when empty.
	Decimal string
	// HeaderRow sets Reader.HeaderRow; "--header-row" when empty.
	HeaderRow string
	// Sheet chooses the XLSX sheet (XLSXOptions.Sheet); "--sheet" when
	// empty.
	Sheet string
}

// The siu command's flags, which an empty Flags field stands for.
const (
	FlagDecimal   = "--decimal"
	FlagHeaderRow = "--header-row"
	FlagSheet     = "--sheet"
)

func (f Flags) decimal() string   { return or(f.Decimal, FlagDecimal) }
func (f Flags) headerRow() string { return or(f.HeaderRow, FlagHeaderRow) }
func (f Flags) sheet() string     { return or(f.Sheet, FlagSheet) }

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// rawRow is one row of the input as its source read it.
type rawRow struct {
	line   int      // 1-based line or row where it starts
	fields []string // as read; not yet decoded or trimmed
	err    error    // a header candidate that cannot be split into fields
}

// source is where rows come from: CSV text or an XLSX sheet.
type source interface {
	// candidate returns the next row that is not blank, as a candidate for
	// the header, or io.EOF.
	candidate(r *Reader) (rawRow, error)
	// accept makes row, the candidate returned last, the header: next
	// reads the rows below it.
	accept(r *Reader, row rawRow) error
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
	if r.HeaderRow < 0 {
		return &ParseError{Fatal: true, Err: errors.New("csvformat: Reader.HeaderRow must be 0 or more")}
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
	var (
		skipped []int
		best    error // the error of the candidate with the most columns
		most    = -1
		seen    = 0
	)
	for {
		row, err := r.src.candidate(r)
		if err == io.EOF {
			switch {
			case r.HeaderRow > 0:
				pe := &ParseError{Fatal: true, Err: detail(ErrMissingColumn, "the input has no line %d that is not blank", r.HeaderRow)}
				pe.setHint(r.headerHint())
				return pe
			case best == nil:
				return &ParseError{Fatal: true, Err: ErrEmpty}
			}
			return best
		}
		if err != nil {
			return err
		}
		r.line = row.line
		if r.HeaderRow > 0 && row.line < r.HeaderRow {
			skipped = append(skipped, row.line)
			continue
		}
		if r.HeaderRow > 0 && row.line > r.HeaderRow {
			pe := &ParseError{Line: r.HeaderRow, Fatal: true, Err: detail(ErrMissingColumn, "line %d is blank", r.HeaderRow)}
			pe.setHint(r.headerHint())
			return pe
		}
		seen++
		names, cols, ignored, found, err := r.mapRow(row)
		if err == nil {
			if err := r.src.accept(r, row); err != nil {
				return err
			}
			r.cols, r.hasCols = cols, true
			r.header.Line = row.line
			r.header.Names = names
			r.header.Ignored = ignored
			r.header.Skipped = skipped
			return nil
		}
		if found > most {
			best, most = err, found
		}
		if r.HeaderRow > 0 || found == int(numFields) || seen == HeaderSearchRows {
			// The header line was named, or names every column but one
			// twice: its error is the one to report.
			return best
		}
		skipped = append(skipped, row.line)
	}
}

// mapRow reads row as the header. Its error is fatal and says where the
// Reader looked.
func (r *Reader) mapRow(row rawRow) (names []string, cols columnMap, ignored []string, found int, err error) {
	if row.err != nil {
		return nil, cols, nil, 0, row.err
	}
	names = make([]string, len(row.fields))
	for i, f := range row.fields {
		s, err := cleanField(f, r.bom)
		if err != nil {
			return nil, cols, nil, 0, &ParseError{Line: row.line, Column: i + 1, Cell: r.src.cell(row, i), Fatal: true, Err: err}
		}
		names[i] = s
	}
	cols, ignored, found, err = mapHeader(names)
	if err != nil {
		pe := err.(*ParseError)
		pe.Line = row.line
		pe.Fatal = true
		if pe.Column > 0 {
			pe.Cell = r.src.cell(row, pe.Column-1)
		}
		if errors.Is(err, ErrMissingColumn) {
			pe.setHint(r.headerHint())
		}
		return nil, cols, nil, found, pe
	}
	return names, cols, ignored, found, nil
}

// headerHint says how to name the header's line, and for XLSX how to choose
// another sheet.
func (r *Reader) headerHint() *errtext.Message {
	var where *errtext.Message
	if r.HeaderRow > 0 {
		where = phrase("the header must be in line %d (%s %d)", r.HeaderRow, r.Flags.headerRow(), r.HeaderRow)
	} else {
		where = phrase("the header must name the columns within the first %d lines that are not blank; if it is further down, give its line number with %s", HeaderSearchRows, r.Flags.headerRow())
	}
	if r.src != nil && r.src.sheetName() != "" {
		if x, ok := r.src.(*xlsxSource); ok && len(x.sheets) > 1 {
			return phrase("%s; if the lines are on another sheet, name it with %s (%s)", where, r.Flags.sheet(), x.sheetList())
		}
		return phrase("%s; if the lines are on another sheet, name it with %s", where, r.Flags.sheet())
	}
	return where
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
				if lostZero(out[f]) {
					r.hint(row, col, HintLostZero)
				}
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
			pe := r.fieldError(row, col, err)
			if errors.Is(err, ErrAmbiguousAmount) {
				pe.setHint(r.decimalHint())
			}
			return siu.Record{}, pe
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

// decimalHint says how to name the file's decimal mark.
func (r *Reader) decimalHint() *errtext.Message {
	f := r.Flags.decimal()
	return phrase("use %s , when the file's amounts have a decimal comma (1.250,00), or %s . when they have a decimal point (1,250.00)", f, f)
}

// fieldError wraps err as the error of field col of row.
func (r *Reader) fieldError(row rawRow, col int, err error) *ParseError {
	return &ParseError{Line: row.line, Column: col + 1, Name: r.columnName(col),
		Sheet: r.src.sheetName(), Cell: r.src.cell(row, col), Err: err}
}

// Hints returns the advice the Reader has gathered so far, each Hint once,
// at the first line where it applies, in the order found. A Hint comes
// with records that Read returns without error (the validator reports
// the record), so a caller shows the hints once, after the records.
func (r *Reader) Hints() []Hint { return r.hints }

// hint notes the advice text for field col of row, once.
func (r *Reader) hint(row rawRow, col int, text string) {
	for _, h := range r.hints {
		if h.Text == text {
			return
		}
	}
	r.hints = append(r.hints, Hint{Line: row.line, Column: col + 1, Name: r.columnName(col),
		Sheet: r.src.sheetName(), Cell: r.src.cell(row, col), Text: text})
}

// lostZero reports whether a CPR field holds nine digits: a CPR number
// stored as a number, whose leading zero is gone.
func lostZero(s string) bool { return len(s) == 9 && allDigits(s) }
