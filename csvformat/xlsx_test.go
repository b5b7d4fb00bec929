package csvformat

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// makeWorkbook builds an XLSX file with the given rows on sheet "Ark1" (and a
// second sheet "Poster" with one posting). A value of type time.Time
// becomes a date cell, a float64 or int a number cell, a string a text cell.
func makeWorkbook(t *testing.T, date1904 bool, rows [][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "Ark1"); err != nil {
		t.Fatal(err)
	}
	if date1904 {
		yes := true
		if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
			t.Fatal(err)
		}
	}
	for i, row := range rows {
		for j, v := range row {
			if v == nil {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if err := f.SetCellValue("Ark1", cell, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := f.NewSheet("Poster"); err != nil {
		t.Fatal(err)
	}
	for j, v := range []any{"PsrID", "Account", "Amount", "Start", "End", "0107809999", "5385010000000072", -500.5, "2025-03-01", "2025-03-31"} {
		cell, _ := excelize.CoordinatesToCellName(j%5+1, j/5+1)
		if err := f.SetCellValue("Poster", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestReadXLSX(t *testing.T) {
	for _, date1904 := range []bool{false, true} {
		data := makeWorkbook(t, date1904, [][]any{
			{"CPR", "Kontostreng", "Beløb", "Startdato", "Slutdato", "Navn"},
			{"0107809998", "5385010000000040", 24850, day(2025, 7, 1), day(2026, 6, 30), "A"},
			{"0107809998", "5385010000000040", 1250.1, "01-07-2025", "2025-07-31", "B"},
			{},
			{"1234569998", "538501-40", "-1.250,50", day(2025, 1, 1), day(2025, 1, 31)},
			{"1234569998", "538501-40", 1.255, day(2025, 1, 1), day(2025, 1, 31)},
			{"1234569998", "538501-40", "1.255", day(2025, 1, 1), nil},
			{"1234569998", "538501-40", "1,00", "31-02-2025", day(2025, 1, 31)},
			{"1234569998", "538501-40", "1,00", day(2025, 1, 1), day(2025, 1, 31), nil, nil, "right of the header"},
			{107809998, 53850172, "1,00", day(2025, 1, 1), day(2025, 1, 31)},
			{1234569998, "5.38501E+15", "1,00", day(2025, 1, 1), day(2025, 1, 31)},
		})
		r, err := OpenXLSX(bytes.NewReader(data), "")
		if err != nil {
			t.Fatal(err)
		}
		got := readAll(t, r)
		if err := r.Close(); err != nil {
			t.Error(err)
		}
		want := []result{
			{Line: 2, Record: rec("0107809998", "5385010000000040", "24850.00", "2025-07-01", "2026-06-30")},
			{Line: 3, Record: rec("0107809998", "5385010000000040", "1250.10", "2025-07-01", "2025-07-31")},
			{Line: 5, Record: rec("1234569998", "5385010000000040", "-1250.50", "2025-01-01", "2025-01-31")},
			{Line: 6, Record: rec("1234569998", "5385010000000040", "1.255", "2025-01-01", "2025-01-31")},
			{Line: 7, Record: rec("1234569998", "5385010000000040", "1255.00", "2025-01-01", "")},
			{Line: 8, Err: "row 8, cell D8 (Startdato): invalid date: \"31-02-2025\": no such day: February 2025 has 28 days"},
			{Line: 9, Record: rec("1234569998", "5385010000000040", "1.00", "2025-01-01", "2025-01-31")},
			{Line: 10, Record: rec("107809998", "5385010000000072", "1.00", "2025-01-01", "2025-01-31")},
			{Line: 11, Err: "row 11, cell B11 (Kontostreng): number in exponent form, digits lost: the spreadsheet stored the Konto column as numbers; store it as text"},
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("date1904 %v: (-want +got):\n%s", date1904, diff)
		}
	}
}

func TestReadXLSXNamedSheet(t *testing.T) {
	data := makeWorkbook(t, false, [][]any{{"x"}})
	r, err := OpenXLSX(bytes.NewReader(data), "Poster")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	got := readAll(t, r)
	want := []result{{Line: 2, Record: rec("0107809999", "5385010000000072", "-500.50", "2025-03-01", "2025-03-31")}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestReadXLSXErrors(t *testing.T) {
	var notXLSX bytes.Buffer
	zw := zip.NewWriter(&notXLSX)
	w, _ := zw.Create("hello.txt")
	_, _ = w.Write([]byte("hello"))
	_ = zw.Close()
	good := makeWorkbook(t, false, [][]any{{"CPR", "Konto", "Beløb", "Start", "Slut"}, {"0107809998", "5385010000000040", 1, day(2025, 1, 1), day(2025, 1, 31)}})

	tests := []struct {
		name  string
		data  []byte
		sheet string
		err   error
	}{
		{"CSV text", []byte(hdr), "", ErrXLSX},
		{"empty", nil, "", ErrXLSX},
		{"a ZIP that is not a workbook", notXLSX.Bytes(), "", ErrXLSX},
		{"truncated", good[:len(good)/2], "", ErrXLSX},
		{"no such sheet", good, "Findes ikke", ErrSheet},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := OpenXLSX(bytes.NewReader(tt.data), tt.sheet)
			if err == nil {
				_, err = r.Read()
				r.Close()
			}
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, tt.err) || !pe.Fatal {
				t.Errorf("error = %v, want a fatal %v", err, tt.err)
			}
		})
	}
}

func TestReadXLSXHeaderErrors(t *testing.T) {
	tests := []struct {
		name string
		rows [][]any
		err  error
		want string
	}{
		{"empty sheet", nil, ErrEmpty, "no header line"},
		{"missing column", [][]any{{}, {"CPR", "Konto", "Start", "Slut"}}, ErrMissingColumn, "row 2"},
		{"duplicate column", [][]any{{"CPR", "Konto", "Beløb", "Start", "Slut", "Fra"}}, ErrDuplicateColumn, "row 1, cell F1 (Fra)"},
		{"CPR numbers as header", [][]any{{"0107809998", "5385010000000040", 1, 2, 3}}, ErrMissingColumn, "row 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := OpenXLSX(bytes.NewReader(makeWorkbook(t, false, tt.rows)), "")
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			_, err = r.Read()
			if !errors.Is(err, tt.err) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Read = %v, want %v with %q", err, tt.err, tt.want)
			}
			checkNoCPR(t, err.Error())
		})
	}
}

func TestReadXLSXFieldTooLong(t *testing.T) {
	data := makeWorkbook(t, false, [][]any{
		{"CPR", "Konto", "Beløb", "Start", "Slut", "Tekst"},
		{"0107809998", "5385010000000040", 1, day(2025, 1, 1), day(2025, 1, 31), strings.Repeat("x", 200)},
		{"0107809998", "5385010000000040", 2, day(2025, 1, 1), day(2025, 1, 31), "kort"},
	})
	r, err := OpenXLSX(bytes.NewReader(data), "")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	r.MaxFieldSize = 100
	_, err = r.Read()
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrFieldTooLong) || pe.Cell != "F2" || pe.Fatal {
		t.Fatalf("Read = %v, want a non-fatal ErrFieldTooLong in F2", err)
	}
	if got, err := r.Read(); err != nil || got.Amount != "2.00" {
		t.Errorf("next Read = %+v, %v; want the line of row 3", got, err)
	}
}

// TestReadXLSXDamaged flips bytes all over a workbook: every damage must
// give an error or a reading, never a panic.
func TestReadXLSXDamaged(t *testing.T) {
	data := makeWorkbook(t, false, [][]any{
		{"CPR", "Konto", "Beløb", "Start", "Slut"},
		{"0107809998", "5385010000000040", 1.5, day(2025, 1, 1), day(2025, 1, 31)},
	})
	for i := 0; i < len(data); i += 97 {
		bad := bytes.Clone(data)
		bad[i] ^= 0x5A
		r, err := OpenXLSX(bytes.NewReader(bad), "")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("byte %d: error %v (%T) is not a *ParseError", i, err, err)
			}
			continue
		}
		_ = readAll(t, r)
		r.Close()
	}
}

// TestReadXLSXMergedCells reads merged ranges as Excel shows them: a CPR
// number, account or date merged down over several rows applies to each
// of them; an amount merged down, or a range across columns, is an error
// naming the cells.
func TestReadXLSXMergedCells(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{
		{"CPR", "Konto", "Beløb", "Startdato", "Slutdato"},
		{"0107809998", "5385010000000040", 100, day(2025, 1, 1), day(2025, 1, 31)},
		{nil, "5385010000000072", 200, nil, day(2025, 2, 28)},
		{nil, "5385010000000040", 300, nil, day(2025, 3, 31)},
		{"1234569998", "5385010000000040", 400, day(2025, 1, 1), day(2025, 1, 31)},
		{"1234569998", "5385010000000040", nil, day(2025, 1, 1), day(2025, 1, 31)},
		{"Børn og unge"},
		{"1234569998", "5385010000000040", 500, day(2025, 1, 1), day(2025, 1, 31)},
	}
	for i, row := range rows {
		for j, v := range row {
			if v != nil {
				cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
				_ = f.SetCellValue("Sheet1", cell, v)
			}
		}
	}
	for _, m := range [][2]string{{"A2", "A4"}, {"D2", "D4"}, {"C5", "C6"}, {"A7", "E7"}} {
		if err := f.MergeCell("Sheet1", m[0], m[1]); err != nil {
			t.Fatal(err)
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	r, err := OpenXLSX(buf, "")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	got := readAll(t, r)
	want := []result{
		{Line: 2, Record: rec("0107809998", "5385010000000040", "100.00", "2025-01-01", "2025-01-31")},
		{Line: 3, Record: rec("0107809998", "5385010000000072", "200.00", "2025-01-01", "2025-02-28")},
		{Line: 4, Record: rec("0107809998", "5385010000000040", "300.00", "2025-01-01", "2025-03-31")},
		{Line: 5, Record: rec("1234569998", "5385010000000040", "400.00", "2025-01-01", "2025-01-31")},
		{Line: 6, Err: "row 6, cell C6 (Beløb): merged cells: cells C5:C6 are merged: the amount in C5 cannot count for every row; unmerge the cells and give each row its amount"},
		{Line: 7, Err: "row 7, cell B7 (Konto): merged cells: cells A7:E7 are merged across columns; unmerge them"},
		{Line: 8, Record: rec("1234569998", "5385010000000040", "500.00", "2025-01-01", "2025-01-31")},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
