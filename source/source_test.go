package source_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/siukit/siukit/conformance"
	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
	"github.com/siukit/siukit/xmlformat"
)

// Lines of a small delivery for adults in 2025, as a Danish spreadsheet
// exports them; the blank line 3 is skipped, so the lines are 2, 4 and 5.
const cleanCSV = "CPR;Konto;Beløb;Startdato;Slutdato\r\n" +
	"230191-9998;5.38.50.1 4.7;24.850,00;01-01-2025;31-01-2025\r\n" +
	"\r\n" +
	"230191-9998;5.38.50.1 7.2;-1.250,50;01-01-2025;31-01-2025\r\n" +
	"1234569998;5.38.42.1 4.0;3.100,00;02-03-2025;15-03-2025\r\n"

var header = siu.Header{Municipality: 461, Year: 2025, Area: siu.AreaVoksen}

// canonical returns the records of cleanCSV in the record grammar, as
// csvformat's Reader gives them (and every other format).
func canonical(t *testing.T) []siu.Record {
	t.Helper()
	return []siu.Record{
		{PsrID: "2301919998", Account: "5385010000000047", Amount: "24850.00", Start: "2025-01-01", End: "2025-01-31"},
		{PsrID: "2301919998", Account: "5385010000000072", Amount: "-1250.50", Start: "2025-01-01", End: "2025-01-31"},
		{PsrID: "1234569998", Account: "5384210000000040", Amount: "3100.00", Start: "2025-03-02", End: "2025-03-15"},
	}
}

func xmlOf(t *testing.T, recs []siu.Record) []byte {
	t.Helper()
	d := siu.Delivery{Header: header}
	d.Header.Created = time.Date(2026, 3, 2, 9, 15, 0, 0, time.FixedZone("CET", 3600))
	d.Header.Contact.Email = "siu@kommune.example"
	d.Header.Description = "SIU 2025 VOKSEN"
	d.Header.System = siu.System{Name: "test", Version: "1"}
	for _, r := range recs {
		l, fs := siu.ParseRecord(r)
		if len(fs) > 0 {
			t.Fatalf("ParseRecord(%+v): %v", r, fs)
		}
		d.Lines = append(d.Lines, l)
	}
	var b bytes.Buffer
	if err := xmlformat.Encode(&b, xmlformat.DefaultProfile(), d); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func jsonOf(t *testing.T, recs []siu.Record) []byte {
	t.Helper()
	in := conformance.Input{Today: "2026-03-02", Header: conformance.Header{Municipality: "461", Year: "2025", Area: "VOKSEN"}}
	for _, r := range recs {
		in.Lines = append(in.Lines, conformance.Line{PsrID: r.PsrID, Account: r.Account, Amount: r.Amount, Start: r.Start, End: r.End})
	}
	data, err := json.MarshalIndent(in, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func xlsxOf(t *testing.T, rows [][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		head string
		want source.Format
	}{
		{"x.csv", "", source.CSV},
		{"X.TXT", "<xml", source.CSV}, // the extension wins
		{"x.tsv", "", source.CSV},
		{"x.xlsx", "", source.XLSX},
		{"x.XLSM", "", source.XLSX},
		{"x.json", "", source.JSON},
		{"x.xml", "", source.XML},
		{"stdin", "PK\x03\x04rest", source.XLSX},
		{"stdin", "\ufeff  \n<?xml", source.XML},
		{"data", "\r\n\t{\"header\":", source.JSON},
		{"data", "CPR;Konto", source.CSV},
		{"", "", source.CSV},
		{"x.ods", "\x00\x01", source.CSV}, // the CSV reader says it is not text
	}
	for _, tt := range tests {
		if got := source.Detect(tt.name, []byte(tt.head)); got != tt.want {
			t.Errorf("Detect(%q, %q) = %v, want %v", tt.name, tt.head, got, tt.want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range []source.Format{source.CSV, source.XLSX, source.JSON, source.XML} {
		got, err := source.ParseFormat(strings.ToUpper(f.String()))
		if err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %v, %v", strings.ToUpper(f.String()), got, err)
		}
		text, _ := f.MarshalText()
		var back source.Format
		if err := back.UnmarshalText(text); err != nil || back != f {
			t.Errorf("text round trip of %v: %v, %v", f, back, err)
		}
	}
	if f, err := source.ParseFormat(""); err != nil || f != 0 {
		t.Errorf("ParseFormat(\"\") = %v, %v; want 0 (detect)", f, err)
	}
	if _, err := source.ParseFormat("ods"); err == nil || !strings.Contains(err.Error(), "unknown input format") {
		t.Errorf("ParseFormat(ods) error %v", err)
	}
	if source.Format(0).String() != "" || source.Format(99).String() != "" {
		t.Error("String of an invalid Format is not empty")
	}
	if !source.JSON.HasHeader() || !source.XML.HasHeader() || source.CSV.HasHeader() || source.XLSX.HasHeader() {
		t.Error("HasHeader wrong")
	}
}

// Every format yields the same records, each with its position in the
// file, and the header when the file has one.
func TestOpenFormats(t *testing.T) {
	recs := canonical(t)
	xlsx := xlsxOf(t, [][]any{
		{"CPR", "Konto", "Beløb", "Startdato", "Slutdato"},
		{"230191-9998", "5.38.50.1 4.7", 24850, "01-01-2025", "31-01-2025"},
		{},
		{"230191-9998", "5.38.50.1 7.2", -1250.5, "01-01-2025", "31-01-2025"},
		{"1234569998", "5.38.42.1 4.0", 3100, "02-03-2025", "15-03-2025"},
	})
	tests := []struct {
		name    string
		data    []byte
		format  source.Format
		unit    string
		pos     []int
		hasHead bool
	}{
		{"lines.csv", []byte(cleanCSV), source.CSV, "line", []int{2, 4, 5}, false},
		{"lines.xlsx", xlsx, source.XLSX, "row", []int{2, 4, 5}, false},
		{"input.json", jsonOf(t, recs), source.JSON, "line", []int{1, 2, 3}, true},
		{"siu.xml", xmlOf(t, recs), source.XML, "line", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := source.Open(bytes.NewReader(tt.data), "stdin", source.Options{}) // detected from the content
			if err != nil {
				t.Fatal(err)
			}
			defer src.Close()
			if src.Format() != tt.format || src.Unit() != tt.unit || src.Name() != "stdin" {
				t.Errorf("Format, Unit, Name = %v, %q, %q; want %v, %q", src.Format(), src.Unit(), src.Name(), tt.format, tt.unit)
			}
			h, ok := src.Header()
			if ok != tt.hasHead || (ok && (h.Municipality != 461 || h.Year != 2025 || h.Area != siu.AreaVoksen)) {
				t.Errorf("Header() = %+v, %v", h, ok)
			}
			var got []siu.Record
			var pos []int
			for rec, err := range src.Records() {
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, rec.Record)
				pos = append(pos, rec.Pos)
			}
			if diff := cmp.Diff(recs, got); diff != "" {
				t.Errorf("records (-want +got):\n%s", diff)
			}
			if tt.pos != nil {
				if diff := cmp.Diff(tt.pos, pos); diff != "" {
					t.Errorf("positions (-want +got):\n%s", diff)
				}
			} else if len(pos) != 3 || pos[0] < 10 || pos[1] <= pos[0] || pos[2] <= pos[1] {
				t.Errorf("XML positions %v: want the increasing lines of the records", pos)
			}
			if _, err := src.Next(); err != io.EOF {
				t.Errorf("Next after the end: %v, want io.EOF", err)
			}
		})
	}
}

func TestOpenJSONToday(t *testing.T) {
	src, err := source.Open(bytes.NewReader(jsonOf(t, canonical(t))), "input.json", source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := src.Today().String(); got != "2026-03-02" {
		t.Errorf("Today() = %s", got)
	}
}

// A record that cannot be read is an *Error naming its line and column;
// reading goes on with the next.
func TestRecordErrors(t *testing.T) {
	in := "CPR;Konto;Beløb;Startdato;Slutdato\n" +
		"230191-9998;5.38.50.1 4.7;24.850,00;01-01-2025;31-01-2025\n" +
		"230191-9998;5.38.50.1 4.7;12a;01-01-2025;31-01-2025\n" +
		"230191-9998;5.38.50.1 4.7;1,00;01-01-2025\n" +
		"230191-9998;5.38.50.1 4.7;2,00;01-01-2025;31-01-2025\n"
	src, err := source.Open(strings.NewReader(in), "x.csv", source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var pos []int
	var errs []*source.Error
	for rec, err := range src.Records() {
		if err != nil {
			var se *source.Error
			if !errors.As(err, &se) {
				t.Fatalf("error %T %v, want a *source.Error", err, err)
			}
			errs = append(errs, se)
			continue
		}
		pos = append(pos, rec.Pos)
	}
	if diff := cmp.Diff([]int{2, 5}, pos); diff != "" {
		t.Errorf("positions (-want +got):\n%s", diff)
	}
	if len(errs) != 2 || errs[0].Line != 3 || errs[0].Column != 3 || errs[0].Fatal || errs[1].Line != 4 {
		t.Fatalf("errors %+v", errs)
	}
	if !errors.Is(errs[0], csvformat.ErrAmount) || !strings.Contains(errs[0].Message, "line 3, column 3 (Beløb)") {
		t.Errorf("error %q does not match csvformat.ErrAmount or name its place", errs[0].Message)
	}
}

// An input that cannot be read at all is a fatal *Error from Open (or, for
// CSV, from the first Next), and no message holds a CPR number.
func TestFatalErrors(t *testing.T) {
	tests := []struct {
		name, data string
		line       int
		want       string
	}{
		{"x.json", `{"header": {"Municipality": "461"}, "lines": [{"PsrID": 2301919998}]}`, 1, "line 1, column"},
		{"x.json", `{"header": {}, "lines": [], "extra": "2301919998"}`, 0, "unknown field"},
		{"x.json", ``, 0, "the JSON input is empty"},
		{"x.json", `{"today": "2026-13-01", "header": {"Municipality": "461", "Year": "2025", "Area": "VOKSEN"}}`, 0, "today"},
		{"x.xml", "<x>2301919998</x>", 1, "the root element is <x>"},
		{"x.xlsx", "PK\x03\x04 not a workbook", 0, "XLSX"},
		{"x.csv", "", 1, "empty"},
		{"x.csv", "CPR;Konto;Beløb\n230191-9998;1;2\n", 1, "missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" "+tt.want, func(t *testing.T) {
			src, err := source.Open(strings.NewReader(tt.data), tt.name, source.Options{})
			if err == nil {
				_, err = src.Next()
				if _, again := src.Next(); again != io.EOF {
					t.Errorf("Next after a fatal error: %v, want io.EOF", again)
				}
			}
			var se *source.Error
			if !errors.As(err, &se) || !se.Fatal {
				t.Fatalf("error %v, want a fatal *source.Error", err)
			}
			if se.Line != tt.line || !strings.Contains(se.Message, tt.want) {
				t.Errorf("error at line %d %q, want line %d and %q", se.Line, se.Message, tt.line, tt.want)
			}
			if strings.Contains(se.Message, "2301919998") {
				t.Errorf("message holds a CPR number: %q", se.Message)
			}
		})
	}
}

// A JSON input is read whole, so it has a limit; the CSV and XML readers
// stream within their packages' limits.
func TestLimits(t *testing.T) {
	data := jsonOf(t, canonical(t))
	if _, err := source.Open(bytes.NewReader(data), "x.json", source.Options{MaxJSONSize: int64(len(data))}); err != nil {
		t.Fatalf("at the limit: %v", err)
	}
	_, err := source.Open(bytes.NewReader(data), "x.json", source.Options{MaxJSONSize: int64(len(data)) - 1})
	var se *source.Error
	if !errors.As(err, &se) || !se.Fatal || !strings.Contains(se.Message, "larger than") {
		t.Errorf("over the limit: %v", err)
	}
	if source.DefaultMaxJSONSize <= 0 {
		t.Error("no default JSON limit")
	}

	// XML: a value longer than the decoder's limit is fatal.
	x := xmlOf(t, canonical(t))
	long := bytes.Replace(x, []byte("<BELOEB>24850.00</BELOEB>"), []byte("<BELOEB>"+strings.Repeat("1", 200)+"</BELOEB>"), 1)
	src, err := source.Open(bytes.NewReader(long), "x.xml", source.Options{XMLLimits: xmlformat.Limits{MaxTextSize: 100}})
	if err != nil {
		t.Fatal(err)
	}
	var fatal bool
	for _, err := range src.Records() {
		if errors.As(err, &se) && se.Fatal {
			fatal = true
		}
	}
	if !fatal {
		t.Error("XML text over MaxTextSize: no fatal error")
	}

	// CSV: a quote never closed stops at csvformat's record limit.
	endless := "CPR;Konto;Beløb;Startdato;Slutdato\n\"" + strings.Repeat("x", csvformat.DefaultMaxRecordSize+10)
	src, err = source.Open(strings.NewReader(endless), "x.csv", source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := src.Next(); !errors.Is(err, csvformat.ErrRecordTooLong) {
		t.Errorf("endless CSV record: %v, want ErrRecordTooLong", err)
	}
}

func TestOptions(t *testing.T) {
	// Format forces the reader whatever the name says.
	src, err := source.Open(strings.NewReader(cleanCSV), "x.xml", source.Options{Format: source.CSV})
	if err != nil || src.Format() != source.CSV {
		t.Fatalf("forced CSV: %v, %v", src, err)
	}
	// Decimal: "1.250" is 1250 in a file whose decimal mark is ','.
	in := "CPR;Konto;Beløb;Startdato;Slutdato\n230191-9998;5.38.50.1 4.7;1.250;01-01-2025;31-01-2025\n"
	src, _ = source.Open(strings.NewReader(in), "x.csv", source.Options{Decimal: ','})
	rec, err := src.Next()
	if err != nil || rec.Amount != "1250.00" {
		t.Errorf("Decimal ',': %+v, %v", rec, err)
	}
	// Progress counts the records.
	var n int
	src, _ = source.Open(strings.NewReader(cleanCSV), "x.csv", source.Options{Progress: func(k int) { n = k }})
	for range src.Records() {
	}
	if n != 3 {
		t.Errorf("Progress saw %d records, want 3", n)
	}
	// Sheet names the XLSX sheet.
	_, err = source.Open(bytes.NewReader(xlsxOf(t, [][]any{{"CPR"}})), "x.xlsx", source.Options{Sheet: "Nope"})
	if !errors.Is(err, csvformat.ErrSheet) {
		t.Errorf("Sheet Nope: %v, want ErrSheet", err)
	}
}

func TestPostings(t *testing.T) {
	in := "CPR;Konto;Beløb;Startdato;Slutdato\n" +
		"230191-9998;5.38.50.1 4.7;24.850,00;01-01-2025;31-01-2025\n" +
		"230191-9998;5.38.50.1 4.7;24.850,00;01-01-2025;\n" +
		"230191-9998;5.38.50.1 7.2;-1.250,50;01-01-2025;31-01-2025\n"
	src, _ := source.Open(strings.NewReader(in), "x.csv", source.Options{})
	var pos []int
	var errs []error
	for p, err := range src.Postings() {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		pos = append(pos, p.Pos)
	}
	if diff := cmp.Diff([]int{2, 4}, pos); diff != "" {
		t.Errorf("positions (-want +got):\n%s", diff)
	}
	if len(errs) != 1 || errs[0].(*source.Error).Line != 3 {
		t.Errorf("errors %v, want one on line 3", errs)
	}

	src, _ = source.Open(bytes.NewReader(jsonOf(t, canonical(t))), "x.json", source.Options{})
	for _, err := range src.Postings() {
		if !errors.Is(err, source.ErrNoPostings) {
			t.Errorf("postings of JSON: %v, want ErrNoPostings", err)
		}
	}
}
