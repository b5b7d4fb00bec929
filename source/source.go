package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"iter"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/conformance"
	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
)

// DefaultMaxJSONSize is the largest JSON input Open reads when
// Options.MaxJSONSize is zero, in bytes. A JSON file is read whole.
const DefaultMaxJSONSize = 256 << 20

// Options say how to read an input besides the input itself. The zero
// Options detect the format and use every default.
type Options struct {
	// Format is the input's format; zero detects it (Detect).
	Format Format
	// Sheet is the XLSX sheet to read; "" reads the first.
	Sheet string
	// Decimal is the decimal mark of CSV and XLSX amounts, ',' or '.';
	// zero learns it from the file (csvformat.Reader.Decimal).
	Decimal rune
	// HeaderRow is the line (CSV) or row (XLSX) of the header, from 1;
	// zero finds it (csvformat.Reader.HeaderRow).
	HeaderRow int
	// Profile is the XML profile; nil means xmlformat.DefaultProfile.
	Profile *xmlformat.Profile
	// XMLLimits bound the XML decoder; zero fields mean xmlformat's
	// defaults.
	XMLLimits xmlformat.Limits
	// MaxJSONSize is the largest JSON input in bytes; zero means
	// DefaultMaxJSONSize.
	MaxJSONSize int64
	// Progress, when not nil, is called after each record read with the
	// number read so far: for a progress report on a long input.
	Progress func(records int)
}

// Record is a record of the input and where it is in the file.
type Record struct {
	siu.Record
	// Pos is the record's line in the file (the CSV header is line 1; for
	// XML the line of the record's start tag; for JSON its index in the
	// lines, from 1), or its row for XLSX.
	Pos int
}

// Posting is an invoice posting of the input and where it is in the file.
type Posting struct {
	siu.Posting
	// Pos is the posting's line (row for XLSX), as Record.Pos.
	Pos int
}

// Source yields the records of one input file. It is not safe for
// concurrent use.
type Source struct {
	name   string
	format Format
	opts   Options
	header siu.Header
	hasHdr bool
	today  civil.Date
	n      int  // records read
	done   bool // io.EOF or a fatal error was returned

	csv   *csvformat.Reader
	hdErr error // the CSV header's error, returned by the first Next
	xml   *xmlformat.Decoder
	json  []conformance.Line
}

// Open returns a Source for the input r, whose name (a path, or "stdin")
// serves to detect its format and in messages. It reads what it needs to
// know the input's form: the CSV header line, the whole XLSX workbook or
// JSON file, the XML header. The error is a fatal *Error: the input cannot
// be read at all (not a workbook, JSON that does not parse, an XML header
// that is wrong). Call Close when done.
func Open(r io.Reader, name string, opts Options) (*Source, error) {
	s := &Source{name: name, format: opts.Format, opts: opts}
	br := bufio.NewReaderSize(r, 64<<10)
	if s.format == 0 {
		head, _ := br.Peek(512)
		s.format = Detect(name, head)
	}
	switch s.format {
	case CSV:
		s.csv = csvformat.NewReader(br)
		s.csv.Decimal, s.csv.HeaderRow = opts.Decimal, opts.HeaderRow
		_, s.hdErr = s.csv.Header()
	case XLSX:
		rd, err := csvformat.OpenXLSX(br, opts.Sheet)
		if err != nil {
			return nil, errorOf(err, 0)
		}
		rd.Decimal, rd.HeaderRow = opts.Decimal, opts.HeaderRow
		s.csv = rd
		_, s.hdErr = s.csv.Header()
	case JSON:
		if err := s.openJSON(br); err != nil {
			return nil, err
		}
	case XML:
		p := xmlformat.DefaultProfile()
		if opts.Profile != nil {
			p = *opts.Profile
		}
		s.xml = xmlformat.NewDecoder(br, p)
		s.xml.Limits = opts.XMLLimits
		h, err := s.xml.Header()
		if err != nil {
			return nil, errorOf(err, 0)
		}
		s.header, s.hasHdr = h, true
	default:
		return nil, fatalf(nil, "unknown input format %d", s.format)
	}
	return s, nil
}

func (s *Source) openJSON(r io.Reader) error {
	limit := s.opts.MaxJSONSize
	if limit <= 0 {
		limit = DefaultMaxJSONSize
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return fatalf(err, "%v", err)
	}
	if int64(len(data)) > limit {
		return fatalf(nil, "the JSON input is larger than %d bytes", limit)
	}
	var in conformance.Input
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		return jsonError(data, err)
	}
	h, err := in.Header.SIUHeader()
	if err != nil {
		return fatalf(err, "header: %v", err)
	}
	today, err := in.TodayDate()
	if err != nil {
		return fatalf(err, "%v", err)
	}
	s.header, s.hasHdr, s.today, s.json = h, true, today, in.Lines
	return nil
}

// Name returns the name given to Open.
func (s *Source) Name() string { return s.name }

// Format returns the input's format, as given or detected.
func (s *Source) Format() Format { return s.format }

// Unit returns what a position counts: "row" for XLSX, "line" otherwise.
func (s *Source) Unit() string {
	if s.format == XLSX {
		return "row"
	}
	return "line"
}

// Header returns the header a JSON or XML file carries, and true; for CSV
// and XLSX, which carry none, it returns false.
func (s *Source) Header() (siu.Header, bool) { return s.header, s.hasHdr }

// Today returns the date a JSON input fixes as today (conformance.Input's
// Today), or the zero Date.
func (s *Source) Today() civil.Date { return s.today }

// Next returns the next record and its position, io.EOF after the last, or
// an *Error for a record that cannot be read. After an *Error that is not
// Fatal, Next reads on; after a Fatal one it returns io.EOF.
func (s *Source) Next() (Record, error) {
	if s.done {
		return Record{}, io.EOF
	}
	rec, err := s.next()
	if err == io.EOF {
		s.done = true
		return Record{}, io.EOF
	}
	if err != nil {
		se := err.(*Error)
		s.done = se.Fatal
		return Record{}, se
	}
	s.n++
	if s.opts.Progress != nil {
		s.opts.Progress(s.n)
	}
	return rec, nil
}

func (s *Source) next() (Record, error) {
	switch {
	case s.csv != nil:
		if s.hdErr != nil {
			err := errorOf(s.hdErr, 1)
			err.Fatal = true
			return Record{}, err
		}
		rec, err := s.csv.Read()
		if err == io.EOF {
			return Record{}, io.EOF
		}
		if err != nil {
			return Record{}, errorOf(err, s.csv.Line())
		}
		return Record{Record: rec, Pos: s.csv.Line()}, nil
	case s.xml != nil:
		rec, err := s.xml.NextRecord()
		_, line, _ := s.xml.RecordPos()
		if err == io.EOF {
			return Record{}, io.EOF
		}
		if err != nil {
			return Record{}, errorOf(err, line)
		}
		return Record{Record: rec, Pos: line}, nil
	default:
		if s.n == len(s.json) {
			return Record{}, io.EOF
		}
		return Record{Record: s.json[s.n].Record(), Pos: s.n + 1}, nil
	}
}

// Records returns an iterator over the records and errors Next returns,
// ending at io.EOF (which it does not yield).
func (s *Source) Records() iter.Seq2[Record, error] {
	return func(yield func(Record, error) bool) {
		for {
			rec, err := s.Next()
			if err == io.EOF || !yield(rec, err) {
				return
			}
		}
	}
}

// ErrNoPostings is the cause of the fatal *Error that Postings yields for
// an input that is not CSV or XLSX: postings come from a finance system's
// export.
var ErrNoPostings = errors.New("postings are read from CSV or XLSX only")

// Postings returns an iterator over the input's records parsed as invoice
// postings (csvformat.Reader.ReadPosting: every field required), with
// their positions, and an *Error for each that cannot be read. Only CSV and
// XLSX inputs hold postings.
func (s *Source) Postings() iter.Seq2[Posting, error] {
	return func(yield func(Posting, error) bool) {
		if s.csv == nil {
			if !s.done {
				s.done = true
				yield(Posting{}, fatalf(ErrNoPostings, "%s: postings are read from CSV or XLSX, not %s", s.name, s.format))
			}
			return
		}
		for !s.done {
			var p Posting
			var err error
			if s.hdErr != nil {
				err = s.hdErr
				s.hdErr = nil
			} else {
				p.Posting, err = s.csv.ReadPosting()
			}
			if err == io.EOF {
				s.done = true
				return
			}
			if err != nil {
				se := errorOf(err, s.csv.Line())
				s.done = se.Fatal
				if !yield(Posting{}, se) {
					return
				}
				continue
			}
			p.Pos = s.csv.Line()
			s.n++
			if s.opts.Progress != nil {
				s.opts.Progress(s.n)
			}
			if !yield(p, nil) {
				return
			}
		}
	}
}

// Close releases what the Source holds (an XLSX workbook). It does not
// close the io.Reader given to Open.
func (s *Source) Close() error {
	if s.csv != nil {
		return s.csv.Close()
	}
	return nil
}
