package csvformat

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"io"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// part is one file of a hand-made XLSX archive: text, or a deflated stream
// built by bomb.
type part struct {
	name string
	text string
	raw  *rawPart
}

type rawPart struct {
	data     []byte // deflated
	crc      uint32
	size     uint64 // unpacked
	declared uint64 // the size the archive declares; 0: the real one
}

// deflated returns s deflated and ended by a sync flush: a stream that does
// not refer to anything before it, so that copies of it may follow one
// another.
func deflated(t testing.TB, s string) []byte {
	var b bytes.Buffer
	w, err := flate.NewWriter(&b, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = w.Write([]byte(s))
	_ = w.Flush()
	return b.Bytes()
}

// chunks keeps the deflated chunks of bomb, which the tests share.
var chunks = map[string][]byte{}

// bomb builds a part that unpacks to head, then unit n times, then tail,
// in little space and little time: unit is deflated once in chunks, and the
// chunk's deflated form repeated.
func bomb(t testing.TB, head, unit string, n int, tail string) *rawPart {
	per := max(1, (128<<10)/len(unit)) // units per chunk
	chunk := strings.Repeat(unit, per)
	dc, ok := chunks[chunk]
	if !ok {
		dc = deflated(t, chunk)
		chunks[chunk] = dc
	}
	p := &rawPart{}
	p.data = append(p.data, deflated(t, head)...)
	p.crc = crc32.Update(0, crc32.IEEETable, []byte(head))
	for left := n; left > 0; left -= per {
		if left >= per {
			p.data = append(p.data, dc...)
			p.crc = crc32.Update(p.crc, crc32.IEEETable, []byte(chunk))
		} else {
			rest := strings.Repeat(unit, left)
			p.data = append(p.data, deflated(t, rest)...)
			p.crc = crc32.Update(p.crc, crc32.IEEETable, []byte(rest))
		}
	}
	p.data = append(p.data, deflated(t, tail)...)
	p.crc = crc32.Update(p.crc, crc32.IEEETable, []byte(tail))
	var end bytes.Buffer // the final, empty block
	w, _ := flate.NewWriter(&end, flate.BestCompression)
	_ = w.Close()
	p.data = append(p.data, end.Bytes()...)
	p.size = uint64(len(head)) + uint64(n)*uint64(len(unit)) + uint64(len(tail))
	return p
}

// archive builds an XLSX archive of the parts.
func archive(t testing.TB, parts []part) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, p := range parts {
		if p.raw == nil {
			w, err := zw.Create(p.name)
			if err != nil {
				t.Fatal(err)
			}
			_, _ = io.WriteString(w, p.text)
			continue
		}
		size := p.raw.size
		if p.raw.declared != 0 {
			size = p.raw.declared
		}
		w, err := zw.CreateRaw(&zip.FileHeader{Name: p.name, Method: zip.Deflate, CRC32: p.raw.crc,
			CompressedSize64: uint64(len(p.raw.data)), UncompressedSize64: size})
		if err != nil {
			t.Fatal(err)
		}
		_, _ = w.Write(p.raw.data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const (
	sheetHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`
	sheetTail = `</sheetData></worksheet>`
	sstHead   = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`
	// A header row and one line, with the texts in shared strings 0 to 6.
	sheetRows = `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>` +
		`<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>` +
		`<row r="2"><c r="A2" t="s"><v>5</v></c><c r="B2" t="s"><v>6</v></c><c r="C2"><v>1250.5</v></c>` +
		`<c r="D2"><v>45658</v></c><c r="E2"><v>45688</v></c></row>`
	sstItems = `<si><t>CPR</t></si><si><t>Konto</t></si><si><t>Beløb</t></si><si><t>Startdato</t></si>` +
		`<si><t>Slutdato</t></si><si><t>0107809998</t></si><si><r><t>538501000</t></r><r><rPr><b/></rPr><t>0000040</t></r><rPh><t>x</t></rPh></si>`
)

// basicParts are the parts of a workbook of one sheet, "Ark1", whose sheet
// and shared strings are given.
func basicParts(sheet, sst *part) []part {
	parts := []part{
		{name: "[Content_Types].xml", text: `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		{name: "_rels/.rels", text: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{name: "xl/workbook.xml", text: `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
			`<sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{name: "xl/_rels/workbook.xml.rels", text: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` +
			`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`},
	}
	if sheet == nil {
		sheet = &part{text: sheetHead + sheetRows + sheetTail}
	}
	if sst == nil {
		sst = &part{text: sstHead + sstItems + `</sst>`}
	}
	sheet.name, sst.name = "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"
	return append(parts, *sheet, *sst)
}

// measure runs f and returns the bytes it allocated and the time it took.
func measure(f func()) (uint64, time.Duration) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	f()
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc, took
}

// TestHandMadeWorkbook checks the hand-made archive the hostile cases
// start from: it reads, rich text and all.
func TestHandMadeWorkbook(t *testing.T) {
	r, err := OpenXLSX(bytes.NewReader(archive(t, basicParts(nil, nil))), "")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	got, err := r.Read()
	if err != nil || got != rec("0107809998", "5385010000000040", "1250.50", "2025-01-01", "2025-01-31") {
		t.Errorf("Read = %+v, %v", got, err)
	}
}

// TestXLSXLimits feeds workbooks built to take memory or time: each must
// be refused with a *LimitError that names the part and the limit, fast
// and in little memory, whatever it unpacks to.
func TestXLSXLimits(t *testing.T) {
	const emptyString = `<si><t/></si>`
	lying := bomb(t, sstHead, emptyString, 20_000_000, `</sst>`)
	lying.declared = 8 << 20 // within the limit
	nested := sheetHead + strings.Repeat("<x>", 100_000) + strings.Repeat("</x>", 100_000) + sheetTail
	tests := []struct {
		name   string
		parts  []part
		limits XLSXLimits
		part   string // the part the error names
		what   string
		err    error // when not a *LimitError
	}{
		{
			name:  "shared strings unpacking to 260 MB",
			parts: basicParts(nil, &part{raw: bomb(t, sstHead, emptyString, 20_000_000, `</sst>`)}),
			part:  "xl/sharedStrings.xml", what: "bytes unpacked",
		},
		{
			name:   "shared strings declaring 8 MB and unpacking to 260 MB",
			parts:  basicParts(nil, &part{raw: lying}),
			limits: XLSXLimits{SharedStrings: 1 << 30},
			err:    ErrXLSX,
		},
		{
			name:   "more shared strings than the limit, within the size limit",
			parts:  basicParts(nil, &part{raw: bomb(t, sstHead, emptyString, 5_000_000, `</sst>`)}),
			limits: XLSXLimits{SharedStrings: 100_000},
			part:   "xl/sharedStrings.xml", what: "shared strings",
		},
		{
			name:   "a sheet of three million cells",
			parts:  basicParts(&part{raw: bomb(t, sheetHead, `<row><c><v>1</v></c><c/><c/></row>`, 1_000_000, sheetTail)}, nil),
			limits: XLSXLimits{Cells: 100_000},
			part:   "xl/worksheets/sheet1.xml", what: "cells",
		},
		{
			name:  "a sheet unpacking to 600 MB",
			parts: basicParts(&part{raw: bomb(t, sheetHead, `<row><c><v>1</v></c></row>`, 24_000_000, sheetTail)}, nil),
			part:  "xl/worksheets/sheet1.xml", what: "bytes unpacked",
		},
		{
			name:  "elements nested 100,000 deep",
			parts: basicParts(&part{text: nested}, nil),
			part:  "xl/worksheets/sheet1.xml", what: "levels of nested elements",
		},
		{
			name:  "a cell of 2 MB",
			parts: basicParts(&part{raw: bomb(t, sheetHead+`<row><c t="inlineStr"><is><t>`, "x", 2<<20, `</t></is></c></row>`+sheetTail)}, nil),
			part:  "xl/worksheets/sheet1.xml", what: "bytes in one tag or text",
		},
		{
			name:  "a tag of 2 MB",
			parts: basicParts(&part{raw: bomb(t, sheetHead+`<row `, `a="1" `, 400_000, `/>`+sheetTail)}, nil),
			part:  "xl/worksheets/sheet1.xml", what: "bytes in one tag or text",
		},
		{
			name: "styles unpacking to 260 MB",
			parts: append(basicParts(nil, nil), part{name: "xl/styles.xml",
				raw: bomb(t, `<styleSheet><cellXfs>`, `<xf numFmtId="0"/>`, 14_000_000, `</cellXfs></styleSheet>`)}),
			part: "xl/styles.xml", what: "bytes unpacked",
		},
		{
			name:   "merged ranges over the limit",
			parts:  basicParts(&part{text: sheetHead + sheetRows + `</sheetData><mergeCells>` + strings.Repeat(`<mergeCell ref="A3:A4"/>`, 11) + `</mergeCells></worksheet>`}, nil),
			limits: XLSXLimits{MergedRanges: 10},
			part:   "xl/worksheets/sheet1.xml", what: "ranges of merged cells",
		},
		{
			name:   "all parts unpacking to more than the total",
			parts:  append(basicParts(nil, nil), part{name: "xl/media/a.bin", raw: bomb(t, "", "a", 40<<20, "")}, part{name: "xl/media/b.bin", raw: bomb(t, "", "a", 40<<20, "")}),
			limits: XLSXLimits{Unzipped: 64 << 20},
			what:   "bytes unpacked in all",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := archive(t, tt.parts)
			if len(data) > 2<<20 {
				t.Fatalf("the test's workbook takes %d bytes", len(data))
			}
			var err error
			alloc, took := measure(func() {
				var r *Reader
				r, err = OpenXLSXWith(bytes.NewReader(data), XLSXOptions{Limits: tt.limits})
				if err == nil {
					_, err = r.Read()
					r.Close()
				}
			})
			var pe *ParseError
			if !errors.As(err, &pe) || !pe.Fatal {
				t.Fatalf("error = %v, want a fatal *ParseError", err)
			}
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Errorf("error = %v, want %v", err, tt.err)
				}
			} else {
				var le *LimitError
				if !errors.As(err, &le) || le.Part != tt.part || le.What != tt.what || !errors.Is(err, ErrTooLarge) || !errors.Is(err, ErrXLSX) {
					t.Fatalf("error = %v, want a *LimitError on %s of %q", err, tt.part, tt.what)
				}
				if pe.Hint != HintSaveCSV || !strings.Contains(err.Error(), "save the sheet as CSV (semicolon separated)") {
					t.Errorf("error %q does not say how to proceed", err)
				}
			}
			// Bounded memory: the file itself, the buffers of a few
			// decompressors, and the strings under the limit.
			if alloc > 48<<20 {
				t.Errorf("allocated %d MB", alloc>>20)
			}
			if took > 20*time.Second {
				t.Errorf("took %v", took)
			}
			t.Logf("%v, %d KB allocated, %v", err, alloc>>10, took)
		})
	}
}

// TestXLSXStylesNotRead checks that a styles part within the limits but
// full of elements costs nothing: the Reader never parses it.
func TestXLSXStylesNotRead(t *testing.T) {
	styles := part{name: "xl/styles.xml", raw: bomb(t, `<styleSheet><cellXfs>`, `<xf numFmtId="0"/>`, 3_000_000, `</cellXfs></styleSheet>`)}
	data := archive(t, append(basicParts(nil, nil), styles))
	var err error
	alloc, _ := measure(func() {
		var r *Reader
		if r, err = OpenXLSX(bytes.NewReader(data), ""); err == nil {
			_, err = r.Read()
			r.Close()
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if alloc > 8<<20 {
		t.Errorf("allocated %d MB", alloc>>20)
	}
}

// TestXLSXNoTemporaryFiles checks that reading a workbook, also one with a
// large sheet, and one that is refused, leaves nothing in the temporary
// directory, and creates nothing there while it reads.
func TestXLSXNoTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir)
	if os.TempDir() != dir {
		t.Skip("os.TempDir does not follow TMPDIR here")
	}
	big := basicParts(&part{raw: bomb(t, sheetHead+sheetRows, `<row><c t="inlineStr"><is><t>x</t></is></c></row>`, 100_000, sheetTail)}, nil)
	bad := basicParts(nil, &part{raw: bomb(t, sstHead, `<si><t/></si>`, 20_000_000, `</sst>`)})
	list := func() []string {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		return names
	}
	for _, data := range [][]byte{archive(t, big), archive(t, bad), makeWorkbook(t, false, [][]any{{"CPR"}})} {
		r, err := OpenXLSX(bytes.NewReader(data), "")
		if err == nil {
			if _, err := r.Read(); err != nil && err != io.EOF {
				var pe *ParseError
				if !errors.As(err, &pe) {
					t.Fatal(err)
				}
			}
			if files := list(); len(files) > 0 {
				t.Errorf("while reading, the temporary directory holds %q", files)
			}
			r.Close()
		}
		if files := list(); len(files) > 0 {
			t.Errorf("after Close, the temporary directory holds %q", files)
		}
	}
}
