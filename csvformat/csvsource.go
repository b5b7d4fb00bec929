package csvformat

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
	magicZIP   = []byte("PK\x03\x04")
	magicOLE   = []byte{0xD0, 0xCF, 0x11, 0xE0}
)

// csvSource reads rows of CSV text with encoding/csv.
type csvSource struct {
	in      io.Reader
	br      *bufio.Reader // the text, decoded to UTF-8, with CR line ends as LF
	cr      *csv.Reader
	lim     *limitReader
	offset  int // physical lines up to and including the header
	width   int // fields in the header
	endLine int // line where the last record read ends

	opened  bool
	lines   int      // physical lines read by candidate
	pending [][]byte // lines read ahead by candidate and not used
	first   bool     // the next candidate is the first line that is not blank
	comma   rune     // the separator of the candidate returned last
	endCand int      // the last physical line of that candidate
}

func (s *csvSource) number(rawRow, int) bool { return false }
func (s *csvSource) cell(rawRow, int) string { return "" }
func (s *csvSource) date1904() bool          { return false }
func (s *csvSource) close() error            { return nil }
func (s *csvSource) sheetName() string       { return "" }

// notText returns a fatal ErrNotText.
func notText(format string, args ...any) error {
	return &ParseError{Fatal: true, Err: detail(ErrNotText, format, args...)}
}

// fatalAt returns err as a fatal error on line.
func fatalAt(line int, err error) *ParseError { return &ParseError{Line: line, Fatal: true, Err: err} }

func isBlankByte(c byte) bool     { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }
func isSeparatorByte(c byte) bool { return c == ';' || c == ',' || c == '\t' }

// open finds the encoding and checks that the input is text.
func (s *csvSource) open(r *Reader) error {
	s.opened, s.first = true, true
	br := bufio.NewReaderSize(s.in, 64<<10)
	head, _ := br.Peek(4)
	switch {
	case bytes.HasPrefix(head, bomUTF8):
		_, _ = br.Discard(len(bomUTF8))
		r.bom = true
	case bytes.HasPrefix(head, bomUTF16LE), bytes.HasPrefix(head, bomUTF16BE):
		// Excel's "Unicode text": UTF-16 with a byte order mark.
		dec := unicode.BOMOverride(unicode.UTF8.NewDecoder())
		br = bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10)
		r.bom = true
	case bytes.HasPrefix(head, magicZIP):
		return notText("it looks like an XLSX (ZIP) file; read it with OpenXLSX")
	case bytes.HasPrefix(head, magicOLE):
		return notText("it looks like an old Excel (.xls) file; save it as CSV or XLSX")
	}

	// Text never holds control characters other than tab, CR, LF and FF:
	// look at the start of the input, as http.DetectContentType does.
	if start, _ := br.Peek(512); bytes.ContainsFunc(start, isBinaryRune) {
		return &ParseError{Line: 1, Fatal: true, Err: detail(ErrNotText, "it holds control characters")}
	}
	s.br = bufio.NewReaderSize(&crReader{r: br}, 64<<10)
	if r.Comma == '"' || r.Comma == '\r' || r.Comma == '\n' || r.Comma == 0xFFFD || r.Comma < 0 {
		return &ParseError{Fatal: true, Err: fmt.Errorf("csvformat: Reader.Comma %q cannot separate fields", r.Comma)}
	}
	return nil
}

// maxJoin is how many physical lines a header candidate may take when a
// quoted name holds a line break.
const maxJoin = 4

// candidate returns the next line that is not blank, split into fields
// at its own separator. A line with an odd number of quotes is joined with
// the lines after it, up to maxJoin in all, until its quotes balance.
func (s *csvSource) candidate(r *Reader) (rawRow, error) {
	if !s.opened {
		if err := s.open(r); err != nil {
			return rawRow{}, err
		}
	}
	var line []byte
	for {
		var err error
		line, err = s.physical(r)
		if err == io.EOF && line == nil {
			return rawRow{}, io.EOF
		}
		if err != nil && err != io.EOF {
			return rawRow{}, err
		}
		if !isBlankLine(line) {
			break
		}
	}
	start := s.lines
	if s.first {
		s.first = false
		for _, c := range line {
			if isBinaryRune(rune(c)) {
				return rawRow{}, &ParseError{Line: start, Fatal: true, Err: detail(ErrNotText, "the first line holds control characters")}
			}
		}
	}
	text := line
	if bytes.Count(line, []byte{'"'})%2 == 1 {
		var more [][]byte
		joined := bytes.Clone(line)
		for len(more) < maxJoin-1 {
			next, err := s.physical(r)
			if err != nil && err != io.EOF {
				return rawRow{}, err
			}
			if next == nil {
				break
			}
			more = append(more, next)
			joined = append(joined, next...)
			if bytes.Count(joined, []byte{'"'})%2 == 0 {
				text, more = joined, nil
				break
			}
		}
		if len(more) > 0 { // not balanced: read the lines again later
			s.pending = append(more, s.pending...)
			s.lines -= len(more)
		}
	}
	s.endCand = s.lines
	s.comma = r.Comma
	if s.comma == 0 {
		s.comma = detectComma(text)
	}
	cr := csv.NewReader(bytes.NewReader(text))
	cr.Comma = s.comma
	cr.FieldsPerRecord = -1
	fields, err := cr.Read()
	if err != nil {
		return rawRow{line: start, err: s.readError(r, err, start-1)}, nil
	}
	return rawRow{line: start, fields: fields}, nil
}

// physical returns the next physical line, its line end included, from
// the lines read ahead or from the input; nil and io.EOF at the end.
func (s *csvSource) physical(r *Reader) ([]byte, error) {
	if len(s.pending) > 0 {
		line := s.pending[0]
		s.pending = s.pending[1:]
		s.lines++
		return line, nil
	}
	line, err := readLine(s.br, r.MaxRecordSize)
	if errors.Is(err, errLimit) {
		return nil, fatalAt(s.lines+1, detail(ErrRecordTooLong, "line %d is longer than %d bytes", s.lines+1, r.MaxRecordSize))
	}
	if len(line) == 0 {
		if err == nil {
			err = io.EOF
		}
		return nil, err
	}
	s.lines++
	return line, err
}

// accept reads the rest of the input as records below the header.
func (s *csvSource) accept(r *Reader, row rawRow) error {
	r.header.Comma = s.comma
	s.offset = s.endCand
	s.width = len(row.fields)
	rest := make([]io.Reader, 0, len(s.pending)+1)
	for _, p := range s.pending {
		rest = append(rest, bytes.NewReader(p))
	}
	s.pending = nil
	s.lim = &limitReader{r: io.MultiReader(append(rest, s.br)...), max: int64(r.MaxRecordSize)}
	s.cr = csv.NewReader(s.lim)
	s.cr.Comma = s.comma
	s.cr.FieldsPerRecord = -1 // counted here, to name the line and the counts
	s.cr.ReuseRecord = true
	return nil
}

// next reads the next record that is not blank and checks its size.
func (s *csvSource) next(r *Reader) (rawRow, error) {
	for {
		row, err := s.read(r)
		if err != nil {
			return rawRow{}, err
		}
		if isBlankRecord(row.fields) {
			continue
		}
		if len(row.fields) != s.width {
			return rawRow{}, &ParseError{Line: row.line, Err: detail(ErrFieldCount, "%d fields, but the header has %d", len(row.fields), s.width)}
		}
		for i, f := range row.fields {
			if len(f) > r.MaxFieldSize {
				return rawRow{}, &ParseError{Line: row.line, Column: i + 1, Name: r.columnName(i),
					Err: detail(ErrFieldTooLong, "%d bytes; the limit is %d", len(f), r.MaxFieldSize)}
			}
		}
		return row, nil
	}
}

// read returns the next record as encoding/csv reads it.
func (s *csvSource) read(r *Reader) (rawRow, error) {
	fields, err := s.cr.Read()
	s.lim.mark(s.cr.InputOffset())
	if err != nil {
		return rawRow{}, s.readError(r, err, s.offset)
	}
	start, _ := s.cr.FieldPos(0)
	end, _ := s.cr.FieldPos(len(fields) - 1)
	s.endLine = end + s.offset
	return rawRow{line: start + s.offset, fields: fields}, nil
}

// readError turns an error of encoding/csv, reading lines after offset
// lines, into a *ParseError (or io.EOF).
func (s *csvSource) readError(r *Reader, err error, offset int) error {
	if err == io.EOF {
		return io.EOF
	}
	var ce *csv.ParseError
	switch {
	case errors.As(err, &ce):
		s.endLine = ce.Line + offset
		cause := ce.Err
		if errors.Is(ce.Err, csv.ErrBareQuote) {
			cause = phrase("%v (a field with a quote in it must be quoted and the quote doubled, as in \"=\"\"...\"\"\")", ce.Err)
		}
		if ce.Line != ce.StartLine {
			cause = phrase("%v (the record runs on to line %d)", cause, ce.Line+offset)
		}
		return &ParseError{Line: ce.StartLine + offset, Err: cause}
	case errors.Is(err, errLimit):
		return fatalAt(s.endLine+1, detail(ErrRecordTooLong,
			"a record is longer than %d bytes (is a quote never closed?); reading stopped", r.MaxRecordSize))
	default:
		return fatalAt(s.endLine+1, err)
	}
}

// detectComma returns the separator of a header line: ';' when the line
// holds one outside quotes, else a tab, else ','.
func detectComma(line []byte) rune {
	var semi, tab, comma bool
	quoted := false
	for _, c := range line {
		switch {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == ';':
			semi = true
		case c == '\t':
			tab = true
		case c == ',':
			comma = true
		}
	}
	switch {
	case semi:
		return ';'
	case tab:
		return '\t'
	case comma:
		return ','
	}
	return ';'
}

// isBlankLine reports whether a physical line holds nothing but white space
// and separators (spreadsheets write ";;;;" for an empty row).
func isBlankLine(line []byte) bool {
	for _, c := range line {
		if !isBlankByte(c) && !isSeparatorByte(c) {
			return false
		}
	}
	return true
}

// isBlankRecord reports whether every field is empty or white space.
func isBlankRecord(fields []string) bool {
	for _, f := range fields {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// readLine reads one physical line, its '\n' included, of at most max
// bytes.
func readLine(br *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) > max {
			return nil, errLimit
		}
		line = append(line, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		return line, err
	}
}

// isBinaryRune reports whether r is a control character that text does not
// hold.
func isBinaryRune(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' || r == 0x7F
}

// crReader turns line ends of a lone CR (old Mac files, some exports) into
// LF, leaving CRLF and LF as they are, so that encoding/csv sees each line.
type crReader struct {
	r    io.Reader
	inCR bool // the last byte handed out was a CR turned into LF
}

func (c *crReader) Read(p []byte) (int, error) {
	for {
		n, err := c.r.Read(p)
		if c.inCR && n > 0 && p[0] == '\n' {
			// The CR before was half of a CRLF split across reads: it
			// became a line end already, so this LF goes.
			copy(p, p[1:n])
			n--
		}
		if n > 0 {
			c.inCR = false
		}
		for i := 0; i < n; i++ {
			j := bytes.IndexByte(p[i:n], '\r')
			if j < 0 {
				break
			}
			i += j
			if i+1 == n {
				p[i] = '\n' // a CR at the end of the read: a line end either way
				c.inCR = true
			} else if p[i+1] != '\n' {
				p[i] = '\n'
			}
		}
		if n > 0 || err != nil {
			return n, err
		}
	}
}
