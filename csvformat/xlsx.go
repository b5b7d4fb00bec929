package csvformat

import (
	"bytes"
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
)

// Limits on XLSX input. A workbook is a ZIP archive and must be read whole
// before its first row; these bound the memory a hostile file can take.
const (
	// MaxXLSXSize is the largest XLSX file OpenXLSX reads, in bytes.
	MaxXLSXSize = 256 << 20
	// MaxXLSXUnzipped is the largest total size of the workbook's
	// unpacked parts, in bytes.
	MaxXLSXUnzipped = 1 << 30
)

// OpenXLSX returns a Reader for one sheet of the XLSX workbook read from r:
// the sheet of that name, or the first sheet when sheet is "". The sheet's
// first row that is not blank is the header, with the same rules as CSV.
//
// Cells may hold text or numbers. A number cell in the amount column is
// read as the number Excel stored; a number cell in a date column is a date
// (Excel stores dates as day numbers). Text cells follow the CSV rules.
// Errors name the row and the cell, such as "C7".
//
// OpenXLSX reads all of r; call Close when done with the Reader.
func OpenXLSX(r io.Reader, sheet string) (rd *Reader, err error) {
	defer func() {
		if p := recover(); p != nil { // a damaged file must not crash the caller
			rd, err = nil, &ParseError{Fatal: true, Err: detail(ErrXLSX, "the workbook is damaged")}
		}
	}()
	data, err := io.ReadAll(io.LimitReader(r, MaxXLSXSize+1))
	if err != nil {
		return nil, &ParseError{Fatal: true, Err: err}
	}
	if len(data) > MaxXLSXSize {
		return nil, &ParseError{Fatal: true, Err: detail(ErrXLSX, "the file is larger than %d bytes", MaxXLSXSize)}
	}
	if !bytes.HasPrefix(data, magicZIP) {
		return nil, &ParseError{Fatal: true, Err: detail(ErrXLSX, "the file is not an XLSX workbook (a ZIP archive)")}
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: MaxXLSXUnzipped})
	if err != nil {
		return nil, &ParseError{Fatal: true, Err: fmt.Errorf("%w: %v", ErrXLSX, err)}
	}
	if sheet == "" {
		list := f.GetSheetList()
		if len(list) == 0 {
			_ = f.Close()
			return nil, &ParseError{Fatal: true, Err: detail(ErrSheet, "the workbook has no sheet")}
		}
		sheet = list[0]
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		_ = f.Close()
		return nil, &ParseError{Fatal: true, Err: detail(ErrSheet, "no sheet named %s", quoteValue(sheet))}
	}
	s := &xlsxSource{f: f, rows: rows, sheet: sheet}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		s.d1904 = *props.Date1904
	}
	return &Reader{src: s}, nil
}

// xlsxSource reads rows of one sheet with excelize's streaming iterator.
type xlsxSource struct {
	f     *excelize.File
	rows  *excelize.Rows
	sheet string
	row   int // number of the current row
	d1904 bool
}

func (s *xlsxSource) header(r *Reader) (rawRow, error) {
	row, err := s.next(r)
	if err == io.EOF {
		return rawRow{}, &ParseError{Fatal: true, Err: ErrEmpty}
	}
	return row, err
}

func (s *xlsxSource) next(r *Reader) (row rawRow, err error) {
	defer func() {
		if p := recover(); p != nil {
			row, err = rawRow{}, &ParseError{Line: s.row, Fatal: true, Err: detail(ErrXLSX, "the sheet is damaged")}
		}
	}()
	for s.rows.Next() {
		s.row++
		cells, err := s.rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return rawRow{}, &ParseError{Line: s.row, Fatal: true, Err: fmt.Errorf("%w: %v", ErrXLSX, err)}
		}
		if isBlankRecord(cells) {
			continue
		}
		row := rawRow{line: s.row, fields: cells}
		for i, c := range cells {
			if len(c) > r.MaxFieldSize {
				return rawRow{}, &ParseError{Line: s.row, Column: i + 1, Name: r.columnName(i), Cell: s.cell(row, i),
					Err: detail(ErrFieldTooLong, "%d bytes; the limit is %d", len(c), r.MaxFieldSize)}
			}
		}
		return row, nil
	}
	if err := s.rows.Error(); err != nil {
		return rawRow{}, &ParseError{Line: s.row, Fatal: true, Err: fmt.Errorf("%w: %v", ErrXLSX, err)}
	}
	return rawRow{}, io.EOF
}

// number reports whether the cell holds a number. The stored value tells,
// except for the form "1.250" (one to three digits, a point, three digits),
// which a text cell in Danish form may also hold: for it the cell's type
// decides.
func (s *xlsxSource) number(row rawRow, col int) bool {
	v := row.fields[col]
	if !isXMLNumber(v) {
		return false
	}
	if !looksGrouped(v) {
		return true
	}
	name := s.cell(row, col)
	if name == "" {
		return false
	}
	typ, err := s.f.GetCellType(s.sheet, name)
	return err == nil && (typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset)
}

// looksGrouped reports whether v has the form d.ddd, dd.ddd or ddd.ddd,
// optionally signed.
func looksGrouped(v string) bool {
	if v != "" && (v[0] == '-' || v[0] == '+') {
		v = v[1:]
	}
	n := len(v)
	return n >= 5 && n <= 7 && v[n-4] == '.' && v[0] != '0'
}

func (s *xlsxSource) cell(row rawRow, col int) string {
	name, err := excelize.CoordinatesToCellName(col+1, row.line)
	if err != nil {
		return ""
	}
	return name
}

func (s *xlsxSource) date1904() bool { return s.d1904 }

func (s *xlsxSource) sheetName() string { return s.sheet }

func (s *xlsxSource) close() error {
	err := s.rows.Close()
	if ferr := s.f.Close(); err == nil {
		err = ferr
	}
	return err
}

// columnName returns the header name of column col, or "".
func (r *Reader) columnName(col int) string {
	if col < len(r.header.Names) {
		return r.header.Names[col]
	}
	return ""
}
