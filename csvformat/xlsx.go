package csvformat

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/siukit/siukit/internal/errtext"
)

// Limits on XLSX input. A workbook is a ZIP archive of XML parts; the
// Reader reads the archive whole, then only the parts it needs (the
// workbook's list of sheets, the shared strings, one sheet), each as a
// stream, and checks every part against these limits before it parses it.
// They bound the memory and time a workbook takes, whatever its parts
// unpack to. XLSXLimits sets them per Reader.
const (
	// MaxXLSXSize is the largest XLSX file, in bytes.
	MaxXLSXSize = 256 << 20
	// MaxXLSXUnzipped is the largest total size of the workbook's parts,
	// unpacked, in bytes.
	MaxXLSXUnzipped = 1 << 30
	// MaxXLSXSheetSize is the largest sheet part, unpacked, in bytes
	// (a full sheet of 1,048,576 rows of six cells takes about 350 MB).
	MaxXLSXSheetSize = 512 << 20
	// MaxXLSXSharedStringsSize is the largest shared-strings part, unpacked,
	// in bytes. The Reader holds the strings in memory.
	MaxXLSXSharedStringsSize = 64 << 20
	// MaxXLSXPartSize is the largest of any other part, unpacked, in bytes
	// (styles.xml, images, ...).
	MaxXLSXPartSize = 64 << 20
	// MaxXLSXSharedStrings is the most shared strings (distinct texts).
	MaxXLSXSharedStrings = 2_000_000
	// MaxXLSXCells is the most cells in the sheet (Excel's 1,048,576 rows of
	// 16 columns take 16,777,216).
	MaxXLSXCells = 20_000_000
	// MaxXLSXMergedRanges is the most ranges of merged cells in the sheet.
	MaxXLSXMergedRanges = 100_000
	// MaxXLSXParts is the most parts (files) in the archive.
	MaxXLSXParts = 10_000
)

// XLSXLimits bound what OpenXLSXWith reads. A zero field means the constant
// of the same name: Size is MaxXLSXSize, and so on.
type XLSXLimits struct {
	Size              int64 // the file, in bytes
	Unzipped          int64 // all parts unpacked, in bytes
	SheetSize         int64 // the sheet part unpacked, in bytes
	SharedStringsSize int64 // the shared-strings part unpacked, in bytes
	PartSize          int64 // any other part unpacked, in bytes
	SharedStrings     int64 // shared strings
	Cells             int64 // cells in the sheet
	MergedRanges      int64 // ranges of merged cells in the sheet
}

func (l XLSXLimits) withDefaults() XLSXLimits {
	def := func(v *int64, d int64) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&l.Size, MaxXLSXSize)
	def(&l.Unzipped, MaxXLSXUnzipped)
	def(&l.SheetSize, MaxXLSXSheetSize)
	def(&l.SharedStringsSize, MaxXLSXSharedStringsSize)
	def(&l.PartSize, MaxXLSXPartSize)
	def(&l.SharedStrings, MaxXLSXSharedStrings)
	def(&l.Cells, MaxXLSXCells)
	def(&l.MergedRanges, MaxXLSXMergedRanges)
	return l
}

// XLSXOptions are the options of OpenXLSXWith.
type XLSXOptions struct {
	// Sheet is the name of the sheet to read; "" reads the first.
	Sheet string
	// Flags names the options in hints, as Reader.Flags does; the
	// returned Reader has them.
	Flags Flags
	// Limits bound what the workbook may hold.
	Limits XLSXLimits
}

// OpenXLSX returns a Reader for one sheet of the XLSX workbook read from r:
// the sheet of that name, or the first sheet when sheet is "". It is
// OpenXLSXWith with only XLSXOptions.Sheet set.
func OpenXLSX(r io.Reader, sheet string) (*Reader, error) {
	return OpenXLSXWith(r, XLSXOptions{Sheet: sheet})
}

// OpenXLSXWith returns a Reader for one sheet of the XLSX workbook read from
// r. The sheet's header is found as in CSV (Reader.HeaderRow names it).
//
// Cells may hold text or numbers. A number cell in the amount column is
// read as the number Excel stored; a number cell in a date column is a date
// (Excel stores dates as day numbers). Text cells follow the CSV rules.
// Errors name the row and the cell, such as "C7".
//
// OpenXLSXWith reads all of r, and checks the workbook against
// opts.Limits; a workbook beyond them is a fatal *ParseError whose cause is
// a *LimitError. It writes no temporary files. Call Close when done with
// the Reader.
func OpenXLSXWith(r io.Reader, opts XLSXOptions) (rd *Reader, err error) {
	lim := opts.Limits.withDefaults()
	defer func() {
		if p := recover(); p != nil { // a damaged file must not crash the caller
			rd, err = nil, &ParseError{Fatal: true, Err: detail(ErrXLSX, "the workbook is damaged")}
		}
	}()
	data, err := io.ReadAll(io.LimitReader(r, lim.Size+1))
	if err != nil {
		return nil, &ParseError{Fatal: true, Err: err}
	}
	if int64(len(data)) > lim.Size {
		return nil, &ParseError{Fatal: true, Err: &LimitError{What: "bytes", Limit: lim.Size}, Hint: HintSaveCSV}
	}
	if !bytes.HasPrefix(data, magicZIP) {
		return nil, &ParseError{Fatal: true, Err: detail(ErrXLSX, "the file is not an XLSX workbook (a ZIP archive)")}
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, &ParseError{Fatal: true, Err: detail(ErrXLSX, "the workbook is damaged (%v)", err)}
	}
	wb := &workbook{lim: lim, parts: map[string]*zip.File{}}
	if err := wb.index(zr); err != nil {
		return nil, wb.fail(err)
	}
	if err := wb.readWorkbook(); err != nil {
		return nil, wb.fail(err)
	}
	sheet, err := wb.sheet(opts.Sheet, opts.Flags)
	if err != nil {
		return nil, err
	}
	s := &xlsxSource{wb: wb, sheet: sheet.name, sheets: wb.sheets}
	if err := s.scanSheet(sheet.part); err != nil {
		return nil, wb.fail(err)
	}
	if err := wb.readSharedStrings(); err != nil {
		return nil, wb.fail(err)
	}
	if err := s.open(sheet.part); err != nil {
		return nil, wb.fail(err)
	}
	return &Reader{src: s, Flags: opts.Flags}, nil
}

// workbook is an XLSX archive, read whole.
type workbook struct {
	lim      XLSXLimits
	parts    map[string]*zip.File // by lower-case name
	sheets   []sheetRef
	d1904    bool
	sstPart  string
	strings  []byte   // the shared strings, one after another
	stringAt []uint32 // where shared string i ends in strings
}

type sheetRef struct {
	name string
	part string // the sheet's part; "" when it is not a worksheet
}

// fail makes err a fatal *ParseError.
func (wb *workbook) fail(err error) error {
	var pe *ParseError
	if errors.As(err, &pe) {
		return pe
	}
	var le *LimitError
	if errors.As(err, &le) {
		return &ParseError{Fatal: true, Err: le, Hint: HintSaveCSV}
	}
	return &ParseError{Fatal: true, Err: detail(ErrXLSX, "the workbook is damaged (%v)", err)}
}

// index lists the parts and checks the size each declares.
func (wb *workbook) index(zr *zip.Reader) error {
	if len(zr.File) > MaxXLSXParts {
		return &LimitError{What: "parts", Limit: MaxXLSXParts}
	}
	var total uint64
	for _, f := range zr.File {
		name := strings.ToLower(strings.ReplaceAll(f.Name, "\\", "/"))
		wb.parts[name] = f
		total += f.UncompressedSize64
		if total > uint64(wb.lim.Unzipped) {
			return &LimitError{What: "bytes unpacked in all", Limit: wb.lim.Unzipped}
		}
		if limit := wb.partLimit(name); f.UncompressedSize64 > uint64(limit) {
			return &LimitError{Part: f.Name, What: "bytes unpacked", Limit: limit}
		}
	}
	return nil
}

// partLimit is the largest size of the part of that (lower-case) name.
func (wb *workbook) partLimit(name string) int64 {
	switch {
	case strings.HasPrefix(name, "xl/worksheets/") && strings.HasSuffix(name, ".xml"):
		return wb.lim.SheetSize
	case strings.HasSuffix(name, "sharedstrings.xml"):
		return wb.lim.SharedStringsSize
	}
	return wb.lim.PartSize
}

// open returns the part of that name unpacked, read through a limit on
// its actual size (the size the archive declares may lie).
func (wb *workbook) open(name string) (io.ReadCloser, *zip.File, error) {
	f := wb.parts[strings.ToLower(name)]
	if f == nil {
		return nil, nil, fmt.Errorf("no part %s", name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, nil, err
	}
	limit := wb.partLimit(strings.ToLower(name))
	return &sizeLimit{rc: rc, part: f.Name, left: limit, max: limit}, f, nil
}

// sizeLimit fails a part that unpacks to more than its limit.
type sizeLimit struct {
	rc   io.ReadCloser
	part string
	left int64
	max  int64
}

func (s *sizeLimit) Read(p []byte) (int, error) {
	if s.left < 0 {
		return 0, &LimitError{Part: s.part, What: "bytes unpacked", Limit: s.max}
	}
	if int64(len(p)) > s.left+1 {
		p = p[:s.left+1]
	}
	n, err := s.rc.Read(p)
	s.left -= int64(n)
	if s.left < 0 {
		return 0, &LimitError{Part: s.part, What: "bytes unpacked", Limit: s.max}
	}
	return n, err
}

func (s *sizeLimit) Close() error { return s.rc.Close() }

// parse scans the part against the limits, then walks its elements with
// encoding/xml, calling fn for each start element and each text.
func (wb *workbook) parse(name string, scan *xmlScan, fn func(tok xml.Token) error) error {
	rc, f, err := wb.open(name)
	if err != nil {
		return err
	}
	if scan == nil {
		scan = &xmlScan{}
	}
	scan.part = f.Name
	err = scan.run(rc)
	rc.Close()
	if err != nil {
		return err
	}
	rc, _, err = wb.open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := fn(tok); err != nil {
			return err
		}
	}
}

// attr returns the value of the attribute of that local name.
func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// maxSheets is the most sheets the Reader lists.
const maxSheets = 4096

// readWorkbook reads the list of sheets, the date system and where the
// shared strings are.
func (wb *workbook) readWorkbook() error {
	wbPart := "xl/workbook.xml"
	if wb.parts["_rels/.rels"] != nil {
		err := wb.parse("_rels/.rels", nil, func(tok xml.Token) error {
			if e, ok := tok.(xml.StartElement); ok && e.Name.Local == "Relationship" &&
				strings.HasSuffix(attr(e, "Type"), "/officeDocument") {
				wbPart = resolve("", attr(e, "Target"))
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	if wb.parts[strings.ToLower(wbPart)] == nil {
		return errors.New("no workbook part")
	}
	dir := path.Dir(wbPart)
	targets := map[string]string{}
	rels := path.Join(dir, "_rels", path.Base(wbPart)+".rels")
	if wb.parts[strings.ToLower(rels)] != nil {
		err := wb.parse(rels, nil, func(tok xml.Token) error {
			e, ok := tok.(xml.StartElement)
			if !ok || e.Name.Local != "Relationship" || len(targets) > maxSheets {
				return nil
			}
			typ, target := attr(e, "Type"), resolve(dir, attr(e, "Target"))
			switch {
			case strings.HasSuffix(typ, "/worksheet"):
				targets[attr(e, "Id")] = target
			case strings.HasSuffix(typ, "/sharedStrings"):
				wb.sstPart = target
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	if wb.sstPart == "" && wb.parts[path.Join(dir, "sharedstrings.xml")] != nil {
		wb.sstPart = path.Join(dir, "sharedStrings.xml")
	}
	return wb.parse(wbPart, nil, func(tok xml.Token) error {
		e, ok := tok.(xml.StartElement)
		if !ok {
			return nil
		}
		switch e.Name.Local {
		case "sheet":
			if len(wb.sheets) < maxSheets {
				wb.sheets = append(wb.sheets, sheetRef{name: attr(e, "name"), part: targets[attr(e, "id")]})
			}
		case "workbookPr":
			v := attr(e, "date1904")
			wb.d1904 = v == "1" || v == "true"
		}
		return nil
	})
}

// resolve returns the part a relationship's target names, relative to dir.
func resolve(dir, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Join(dir, target), "/")
}

// sheet returns the sheet of that name, or the first.
func (wb *workbook) sheet(name string, flags Flags) (sheetRef, error) {
	if len(wb.sheets) == 0 {
		return sheetRef{}, &ParseError{Fatal: true, Err: detail(ErrSheet, "the workbook has no sheet")}
	}
	i := 0
	if name != "" {
		i = -1
		for j, s := range wb.sheets {
			if s.name == name {
				i = j
				break
			}
		}
		if i < 0 {
			pe := &ParseError{Fatal: true, Err: detail(ErrSheet, "no sheet named %s", quoteValue(name))}
			pe.setHint(phrase("name one of the workbook's sheets with %s: %s", flags.sheet(), sheetList(wb.sheets)))
			return sheetRef{}, pe
		}
	}
	s := wb.sheets[i]
	if s.part == "" || wb.parts[strings.ToLower(s.part)] == nil {
		pe := &ParseError{Fatal: true, Err: detail(ErrSheet, "sheet %s is not a worksheet (a chart?) or is missing", quoteValue(s.name))}
		pe.setHint(phrase("name another sheet with %s: %s", flags.sheet(), sheetList(wb.sheets)))
		return sheetRef{}, pe
	}
	return s, nil
}

// sheetList names the sheets for a hint, at most ten of them.
func sheetList(sheets []sheetRef) *errtext.Message {
	var b strings.Builder
	for i, s := range sheets {
		if i == 10 {
			return phrase("%s and %d more", b.String(), len(sheets)-i)
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(quoteValue(s.name))
	}
	return phrase("%s", b.String())
}

// readSharedStrings reads the shared strings into memory: their text, one
// after another, and where each ends.
func (wb *workbook) readSharedStrings() error {
	if wb.sstPart == "" || wb.parts[strings.ToLower(wb.sstPart)] == nil {
		return nil
	}
	scan := &xmlScan{count: "si", max: wb.lim.SharedStrings, what: "shared strings"}
	var (
		inSI, inT bool
		skip      int // depth inside <rPh> or <phoneticPr>, whose text is not the value
		start     int
	)
	err := wb.parse(wb.sstPart, scan, func(tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case skip > 0:
				skip++
			case t.Name.Local == "si":
				inSI, start = true, len(wb.strings)
			case t.Name.Local == "rPh" || t.Name.Local == "phoneticPr":
				skip = 1
			case t.Name.Local == "t":
				inT = inSI
			}
		case xml.EndElement:
			switch {
			case skip > 0:
				skip--
			case t.Name.Local == "t":
				inT = false
			case t.Name.Local == "si" && inSI:
				inSI = false
				wb.strings = append(wb.strings[:start], unescapeOOXML(wb.strings[start:])...)
				wb.stringAt = append(wb.stringAt, uint32(len(wb.strings)))
			}
		case xml.CharData:
			if inT && skip == 0 {
				wb.strings = append(wb.strings, t...)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	wb.strings = bytes.Clone(wb.strings) // drop the spare capacity
	return nil
}

// sharedString returns shared string i.
func (wb *workbook) sharedString(i int) (string, bool) {
	if i < 0 || i >= len(wb.stringAt) {
		return "", false
	}
	start := uint32(0)
	if i > 0 {
		start = wb.stringAt[i-1]
	}
	return string(wb.strings[start:wb.stringAt[i]]), true
}

// unescapeOOXML decodes the escapes _xHHHH_ with which Excel writes
// characters XML cannot hold, such as _x000D_ for CR.
func unescapeOOXML(b []byte) []byte {
	if !bytes.Contains(b, []byte("_x")) {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		if i+7 <= len(b) && b[i] == '_' && b[i+1] == 'x' && b[i+6] == '_' {
			if v, err := strconv.ParseUint(string(b[i+2:i+6]), 16, 16); err == nil {
				out = utf8.AppendRune(out, rune(v))
				i += 7
				continue
			}
		}
		out = append(out, b[i])
		i++
	}
	return out
}

// cellRange is a range of merged cells: columns c0 to c1 (from 0) of rows
// r0 to r1 (from 1).
type cellRange struct{ c0, r0, c1, r1 int }

func (c cellRange) String() string {
	return cellName(c.c0, c.r0) + ":" + cellName(c.c1, c.r1)
}

// Excel's largest sheet.
const (
	maxColumns = 16384
	maxRows    = 1 << 20
)

// xlsxSource reads the rows of one sheet as a stream.
type xlsxSource struct {
	wb     *workbook
	sheet  string
	sheets []sheetRef
	rc     io.ReadCloser
	dec    *xml.Decoder
	row    int // number of the row read last
	fields []string
	nums   []bool // which fields are number cells
	done   bool

	merged   []cellRange
	topLeft  map[[2]int]int // (column, row) of a range's top-left cell: its index
	values   map[int]mergedValue
	byColumn map[int][]int // ranges of each of the five columns, by first row
}

// mergedValue is the value of a merged range's top-left cell.
type mergedValue struct {
	s      string
	number bool
	long   bool // too long to keep
}

// maxMergedValue is the longest top-left value the Reader keeps to apply
// to the rest of its range.
const maxMergedValue = 256

func (s *xlsxSource) sheetList() *errtext.Message { return sheetList(s.sheets) }

// scanSheet checks the sheet against the limits and reads its merged
// ranges.
func (s *xlsxSource) scanSheet(part string) error {
	rc, f, err := s.wb.open(part)
	if err != nil {
		return err
	}
	defer rc.Close()
	scan := &xmlScan{part: f.Name, count: "c", max: s.wb.lim.Cells, what: "cells", keep: "mergeCell"}
	scan.onKeep = func(tag []byte) error {
		if int64(len(s.merged)) >= s.wb.lim.MergedRanges {
			return &LimitError{Part: f.Name, What: "ranges of merged cells", Limit: s.wb.lim.MergedRanges}
		}
		var e struct {
			Ref string `xml:"ref,attr"`
		}
		if !bytes.HasSuffix(tag, []byte("/>")) {
			tag = append(tag[:len(tag):len(tag)], "</mergeCell>"...)
		}
		if err := xml.Unmarshal(tag, &e); err != nil {
			return nil // a cut or odd tag: not a range the Reader applies
		}
		c, ok := parseRange(e.Ref)
		if !ok {
			return nil
		}
		if c.c0 != c.c1 || c.r0 != c.r1 {
			s.merged = append(s.merged, c)
		}
		return nil
	}
	if err := scan.run(rc); err != nil {
		return err
	}
	if len(s.merged) > 0 {
		s.topLeft = make(map[[2]int]int, len(s.merged))
		s.values = map[int]mergedValue{}
		for i, c := range s.merged {
			s.topLeft[[2]int{c.c0, c.r0}] = i
		}
	}
	return nil
}

// parseRange reads a range such as "A1:B3".
func parseRange(ref string) (cellRange, bool) {
	a, b, ok := strings.Cut(ref, ":")
	if !ok {
		b = a
	}
	c0, r0, ok0 := parseCell(a)
	c1, r1, ok1 := parseCell(b)
	if !ok0 || !ok1 || r0 == 0 || r1 == 0 || c1 < c0 || r1 < r0 {
		return cellRange{}, false
	}
	return cellRange{c0, r0, c1, r1}, true
}

// parseCell reads a cell reference such as "C7" into column 2 and row 7.
// A reference without a row ("C") gives row 0.
func parseCell(ref string) (col, row int, ok bool) {
	i := 0
	for ; i < len(ref); i++ {
		c := ref[i] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a') + 1
		if col > maxColumns {
			return 0, 0, false
		}
	}
	if i == 0 {
		return 0, 0, false
	}
	if i < len(ref) {
		n, err := strconv.Atoi(ref[i:])
		if err != nil || n < 1 || n > maxRows {
			return 0, 0, false
		}
		row = n
	}
	return col - 1, row, true
}

// cellName names a cell: column 2 of row 7 is "C7".
func cellName(col, row int) string {
	var b [8]byte
	i := len(b)
	for col++; col > 0; col = (col - 1) / 26 {
		i--
		b[i] = byte('A' + (col-1)%26)
	}
	return string(b[i:]) + strconv.Itoa(row)
}

// open starts reading the sheet's rows.
func (s *xlsxSource) open(part string) error {
	rc, _, err := s.wb.open(part)
	if err != nil {
		return err
	}
	s.rc = rc
	s.dec = xml.NewDecoder(rc)
	return nil
}

func (s *xlsxSource) candidate(r *Reader) (rawRow, error) { return s.next(r) }

func (s *xlsxSource) accept(r *Reader, row rawRow) error { return nil }

// damaged is the fatal error for a sheet that cannot be read further.
func (s *xlsxSource) damaged(err error) error {
	var le *LimitError
	if errors.As(err, &le) {
		return &ParseError{Line: s.row, Fatal: true, Err: le, Hint: HintSaveCSV}
	}
	return &ParseError{Line: s.row, Fatal: true, Err: detail(ErrXLSX, "the sheet is damaged (%v)", err)}
}

// next returns the next row that is not blank.
func (s *xlsxSource) next(r *Reader) (rawRow, error) {
	for {
		if s.done {
			return rawRow{}, io.EOF
		}
		ok, err := s.readRow()
		if err != nil {
			s.done = true
			return rawRow{}, s.damaged(err)
		}
		if !ok {
			s.done = true
			return rawRow{}, io.EOF
		}
		if s.topLeft != nil {
			s.keepMerged()
		}
		if isBlankRecord(s.fields) {
			continue
		}
		row := rawRow{line: s.row, fields: s.fields}
		for i, c := range s.fields {
			if len(c) > r.MaxFieldSize {
				return rawRow{}, &ParseError{Line: s.row, Column: i + 1, Name: r.columnName(i), Cell: s.cell(row, i),
					Err: detail(ErrFieldTooLong, "%d bytes; the limit is %d", len(c), r.MaxFieldSize)}
			}
		}
		if r.hasCols && s.merged != nil {
			if err := s.applyMerged(r, &row); err != nil {
				return rawRow{}, err
			}
		}
		return row, nil
	}
}

// readRow reads the next <row> element into s.fields and s.nums. It
// reports false at the end of the sheet's data.
func (s *xlsxSource) readRow() (bool, error) {
	var (
		inRow, inCell, inValue, inIS bool
		skip                         int // depth in an element whose text is not the value (<rPh>)
		col                          = -1
		typ                          string
		value                        []byte
	)
	s.fields, s.nums = s.fields[:0], s.nums[:0]
	for {
		tok, err := s.dec.RawToken()
		if err == io.EOF {
			if inRow {
				return false, io.ErrUnexpectedEOF
			}
			return false, nil
		}
		if err != nil {
			return false, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 {
				skip++
				continue
			}
			switch t.Name.Local {
			case "row":
				if inRow {
					return false, errors.New("a row inside a row")
				}
				inRow = true
				s.row++
				if v := attr(t, "r"); v != "" {
					n, err := strconv.Atoi(v)
					if err != nil || n < 1 || n > maxRows {
						return false, fmt.Errorf("row number %s", quoteValue(v))
					}
					s.row = n
				}
				col = -1
			case "c":
				if !inRow {
					return false, errors.New("a cell outside a row")
				}
				inCell, typ, value = true, attr(t, "t"), value[:0]
				col++
				if ref := attr(t, "r"); ref != "" {
					c, _, ok := parseCell(ref)
					if !ok {
						return false, fmt.Errorf("cell reference %s", quoteValue(ref))
					}
					col = c
				}
				if col >= maxColumns {
					return false, errors.New("a cell right of column XFD")
				}
			case "v":
				inValue = inCell
			case "is":
				inIS = inCell
			case "t":
				inValue = inIS
			case "rPh", "phoneticPr":
				skip = 1
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			switch t.Name.Local {
			case "v", "t":
				inValue = false
			case "is":
				inIS = false
			case "c":
				if inCell {
					if err := s.setCell(col, typ, value); err != nil {
						return false, err
					}
				}
				inCell = false
			case "row":
				return true, nil
			case "sheetData":
				return false, nil
			}
		case xml.CharData:
			if inValue && skip == 0 {
				value = append(value, t...)
			}
		}
	}
}

// setCell stores the value of a cell of type typ.
func (s *xlsxSource) setCell(col int, typ string, value []byte) error {
	for len(s.fields) <= col {
		s.fields = append(s.fields, "")
		s.nums = append(s.nums, false)
	}
	switch typ {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(string(value)))
		if len(value) == 0 {
			return nil
		}
		str, ok := s.wb.sharedString(i)
		if err != nil || !ok {
			return fmt.Errorf("cell %s refers to a shared string the workbook does not have", cellName(col, s.row))
		}
		s.fields[col] = str
	case "inlineStr":
		s.fields[col] = string(unescapeOOXML(value))
	case "", "n":
		s.fields[col] = string(value)
		s.nums[col] = len(value) > 0
	default: // "str" (a formula's text), "b", "e", "d"
		s.fields[col] = string(value)
	}
	return nil
}

// keepMerged keeps the values of the row's cells that are the top-left
// cell of a merged range.
func (s *xlsxSource) keepMerged() {
	for col, v := range s.fields {
		i, ok := s.topLeft[[2]int{col, s.row}]
		if !ok {
			continue
		}
		if len(v) > maxMergedValue {
			s.values[i] = mergedValue{long: true}
		} else {
			s.values[i] = mergedValue{s: v, number: s.nums[col]}
		}
	}
}

// applyMerged fills the cells of row's five columns that lie in a merged
// range, below or right of its top-left cell: with the top-left value, for
// a range within one column other than the amount's; else it is an error.
func (s *xlsxSource) applyMerged(r *Reader, row *rawRow) error {
	if s.byColumn == nil {
		s.byColumn = map[int][]int{}
		for _, col := range r.cols {
			var list []int
			for i, c := range s.merged {
				if c.c0 <= col && col <= c.c1 {
					list = append(list, i)
				}
			}
			sort.Slice(list, func(a, b int) bool { return s.merged[list[a]].r0 < s.merged[list[b]].r0 })
			s.byColumn[col] = list
		}
	}
	for f, col := range r.cols {
		list := s.byColumn[col]
		k := sort.Search(len(list), func(k int) bool { return s.merged[list[k]].r0 > row.line }) - 1
		if k < 0 {
			continue
		}
		i := list[k]
		c := s.merged[i]
		if row.line > c.r1 || (row.line == c.r0 && col == c.c0) {
			continue
		}
		var why *errtext.Message
		v, kept := s.values[i]
		switch {
		case c.c0 != c.c1:
			why = phrase("are merged across columns; unmerge them")
		case field(f) == fieldAmount:
			why = phrase("are merged: the amount in %s cannot count for every row; unmerge the cells and give each row its amount", cellName(c.c0, c.r0))
		case v.long:
			why = phrase("are merged, and the value in %s is too long to apply to every row; unmerge them", cellName(c.c0, c.r0))
		}
		if why != nil {
			return &ParseError{Line: row.line, Column: col + 1, Name: r.columnName(col), Cell: cellName(col, row.line),
				Err: detail(ErrMergedCell, "cells %s %s", c, why)}
		}
		for len(s.fields) <= col {
			s.fields = append(s.fields, "")
			s.nums = append(s.nums, false)
		}
		if kept {
			s.fields[col], s.nums[col] = v.s, v.number
		}
		row.fields = s.fields
	}
	return nil
}

// number reports whether the cell holds a number: a number cell, or a text
// cell holding only a number other than of the form "1.250" (one to three
// digits, a point, three digits), which in a text cell is a Danish amount.
func (s *xlsxSource) number(row rawRow, col int) bool {
	v := row.fields[col]
	if !isXMLNumber(v) {
		return false
	}
	if !looksGrouped(v) {
		return true
	}
	return col < len(s.nums) && s.nums[col]
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

func (s *xlsxSource) cell(row rawRow, col int) string { return cellName(col, row.line) }

func (s *xlsxSource) date1904() bool { return s.wb.d1904 }

func (s *xlsxSource) sheetName() string { return s.sheet }

func (s *xlsxSource) close() error {
	s.done = true
	s.wb.strings, s.wb.stringAt = nil, nil
	if s.rc == nil {
		return nil
	}
	err := s.rc.Close()
	s.rc = nil
	return err
}

// columnName returns the header name of column col, or "".
func (r *Reader) columnName(col int) string {
	if col < len(r.header.Names) {
		return r.header.Names[col]
	}
	return ""
}
