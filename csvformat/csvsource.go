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
	cr      *csv.Reader
	lim     *limitReader
	offset  int // lines before the header line (blank lines)
	width   int // fields in the header
	endLine int // line where the last record read ends
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

// header finds the encoding, the first line that is not blank, and the
// separator; then it reads the header record.
func (s *csvSource) header(r *Reader) (rawRow, error) {
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
		return rawRow{}, notText("it looks like an XLSX (ZIP) file; read it with OpenXLSX")
	case bytes.HasPrefix(head, magicOLE):
		return rawRow{}, notText("it looks like an old Excel (.xls) file; save it as CSV or XLSX")
	}

	// Text never holds control characters other than tab, CR, LF and FF:
	// look at the start of the input, as http.DetectContentType does.
	if start, _ := br.Peek(512); bytes.ContainsFunc(start, isBinaryRune) {
		return rawRow{}, &ParseError{Line: 1, Fatal: true, Err: detail(ErrNotText, "it holds control characters")}
	}

	// The header line: the first line that is not blank.
	var line []byte
	for {
		var err error
		line, err = readLine(br, r.MaxRecordSize)
		if errors.Is(err, errLimit) {
			return rawRow{}, fatalAt(s.offset+1, detail(ErrRecordTooLong, "the header line is longer than %d bytes", r.MaxRecordSize))
		}
		if err != nil && err != io.EOF {
			return rawRow{}, fatalAt(s.offset+1, err)
		}
		if !isBlankLine(line) {
			break
		}
		if err == io.EOF {
			return rawRow{}, &ParseError{Fatal: true, Err: ErrEmpty}
		}
		s.offset++
	}
	for _, c := range line {
		if isBinaryRune(rune(c)) {
			return rawRow{}, &ParseError{Line: s.offset + 1, Fatal: true, Err: detail(ErrNotText, "the first line holds control characters")}
		}
	}

	comma := r.Comma
	if comma == 0 {
		comma = detectComma(line)
	}
	if comma == '"' || comma == '\r' || comma == '\n' || comma == 0xFFFD || comma < 0 {
		return rawRow{}, &ParseError{Fatal: true, Err: fmt.Errorf("csvformat: Reader.Comma %q cannot separate fields", comma)}
	}
	r.header.Comma = comma

	s.lim = &limitReader{r: io.MultiReader(bytes.NewReader(line), br), max: int64(r.MaxRecordSize)}
	s.cr = csv.NewReader(s.lim)
	s.cr.Comma = comma
	s.cr.FieldsPerRecord = -1 // counted here, to name the line and the counts
	s.cr.ReuseRecord = true
	row, err := s.read(r)
	if err == io.EOF {
		return rawRow{}, &ParseError{Fatal: true, Err: ErrEmpty}
	}
	if err != nil {
		if pe, ok := err.(*ParseError); ok {
			pe.Fatal = true
		}
		return rawRow{}, err
	}
	s.width = len(row.fields)
	// ReuseRecord: the next Read overwrites the slice, so keep a copy.
	row.fields = append([]string(nil), row.fields...)
	return row, nil
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
		return rawRow{}, s.readError(r, err)
	}
	start, _ := s.cr.FieldPos(0)
	end, _ := s.cr.FieldPos(len(fields) - 1)
	s.endLine = end + s.offset
	return rawRow{line: start + s.offset, fields: fields}, nil
}

// readError turns an error of encoding/csv into a *ParseError (or io.EOF).
func (s *csvSource) readError(r *Reader, err error) error {
	if err == io.EOF {
		return io.EOF
	}
	var ce *csv.ParseError
	switch {
	case errors.As(err, &ce):
		s.endLine = ce.Line + s.offset
		cause := ce.Err
		if errors.Is(ce.Err, csv.ErrBareQuote) {
			cause = fmt.Errorf("%w (a field with a quote in it must be quoted and the quote doubled, as in \"=\"\"...\"\"\")", ce.Err)
		}
		if ce.Line != ce.StartLine {
			cause = fmt.Errorf("%w (the record runs on to line %d)", cause, ce.Line+s.offset)
		}
		return &ParseError{Line: ce.StartLine + s.offset, Err: cause}
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
