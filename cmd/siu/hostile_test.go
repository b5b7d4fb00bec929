package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// hostileInputs are broken files as the commands meet them. Each must give
// a clear error naming its line, never a panic, and exit status 1.
var hostileInputs = []struct {
	name, content string
	want          []string // in the output
}{
	{"unbalanced quote",
		"CPR;Konto;Beløb;Startdato;Slutdato\n" +
			"230191-9998;5.38.50.1 4.7;24.850,00;01-01-2025;31-01-2025\n" +
			"230191-9998;\"5.38.50.1 4.7;100,00;01-02-2025;28-02-2025\n" +
			"230191-9998;5.38.50.1 4.7;100,00;01-03-2025;31-03-2025\n",
		[]string{"line 3"}},
	{"wrong column count",
		"CPR;Konto;Beløb;Startdato;Slutdato\n" +
			"230191-9998;5.38.50.1 4.7;24.850,00;01-01-2025;31-01-2025\n" +
			"230191-9998;5.38.50.1 4.7;24.850,00;01-01-2025\n",
		[]string{"line 3", "wrong number of fields"}},
	{"blank lines and a bad amount",
		"\n\nCPR;Konto;Beløb;Startdato;Slutdato\n\n;;;;\n" +
			"230191-9998;5.38.50.1 4.7;24.850,00;01-01-2025;31-01-2025\n\n" +
			"230191-9998;5.38.50.1 4.7;12,34,56;01-02-2025;28-02-2025\n",
		[]string{"line 8, column 3 (Beløb)", "invalid amount"}},
	{"1 MB field",
		"CPR;Konto;Beløb;Startdato;Slutdato\n" +
			"230191-9998;5.38.50.1 4.7;24.850,00;01-01-2025;31-01-2025\n" +
			"230191-9998;" + strings.Repeat("x", 1<<20) + ";1,00;01-01-2025;31-01-2025\n",
		[]string{"line 3"}},
	{"binary file", "\x00\x01\x02\xff\xfe\x00PNG\x00\x00" + strings.Repeat("\x00", 100), []string{"not a text file"}},
	{"empty file", "", []string{"empty"}},
	{"only blank lines", "\n\r\n  \n", []string{"empty"}},
	{"header only the wrong columns", "Navn;Adresse\nPeter;Vej 1\n", []string{"line 1", "required column missing"}},
	{"zip that is not a workbook", "PK\x03\x04garbage", []string{"XLSX"}},
}

func TestHostileValidate(t *testing.T) {
	for _, tt := range hostileInputs {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, "input.csv", tt.content)
			if strings.HasPrefix(tt.content, "PK") {
				p = writeFile(t, "input.xlsx", tt.content)
			}
			r := runSIU(t, "", args([]string{"validate"}, hdrFlags, []string{p})...)
			r.wantCode(t, exitFail)
			r.wantOut(t, tt.want...)
			r.wantOut(t, "Read errors", "NOT deliverable")
			if len(r.stdout) > 20000 {
				t.Errorf("the report is %d bytes: it repeats the input", len(r.stdout))
			}

			rep := jsonValidate(t, "", exitFail, args(hdrFlags, []string{p})...)
			if len(rep.ReadErrors) == 0 {
				t.Fatalf("no read error in the JSON report")
			}
			for _, e := range rep.ReadErrors {
				if e.Message == "" {
					t.Errorf("read error without a message: %+v", e)
				}
			}
		})
	}
}

// The valid lines around a broken one are still checked.
func TestHostileOtherLinesChecked(t *testing.T) {
	in := "CPR;Konto;Beløb;Startdato;Slutdato\n" +
		"230191-9998;5.38.50.1 4.7;24.850,00;01-01-2025;31-01-2025\n" +
		"230191-9998;5.38.50.1 4.7;24.850,00;01-01-2025\n" +
		"230191-9998;5.38.50.1 4.7;100,00;31-03-2025;01-03-2025\n"
	rep := jsonValidate(t, "", exitFail, args(hdrFlags, []string{"--ignore", "SIU-PSR-004", writeFile(t, "x.csv", in)})...)
	if len(rep.ReadErrors) != 1 || rep.ReadErrors[0].Line != 3 {
		t.Errorf("read errors %+v, want one on line 3", rep.ReadErrors)
	}
	if rep.Lines != 2 || len(rep.Findings) != 1 || rep.Findings[0].FileLine != 4 || rep.Findings[0].Code != "SIU-PER-003" {
		b, _ := json.Marshal(rep.Findings)
		t.Errorf("%d lines checked, findings %s; want 2 lines and SIU-PER-003 on line 4", rep.Lines, b)
	}
}

func TestHostileAggregate(t *testing.T) {
	for _, tt := range hostileInputs {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, "input.csv", tt.content)
			out := p + ".lines.csv"
			r := runSIU(t, "", "aggregate", "-o", out, p)
			r.wantCode(t, exitFail)
			r.wantOut(t, tt.want...)
			r.wantOut(t, "nothing written")
			if fileExists(out) {
				t.Errorf("aggregate wrote %s for a broken input", out)
			}
		})
	}
}

func TestHostileEncode(t *testing.T) {
	for _, tt := range hostileInputs {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, "input.csv", tt.content)
			out := p + ".xml"
			r := runSIU(t, "", args([]string{"encode", "--email", "a@b.dk", "-o", out}, hdrFlags, []string{p})...)
			r.wantCode(t, exitFail)
			r.wantOut(t, tt.want...)
			if fileExists(out) {
				t.Errorf("encode wrote %s for a broken input", out)
			}
		})
	}
}

func TestHostileXML(t *testing.T) {
	tests := []struct{ name, content, want string }{
		{"truncated", `<?xml version="1.0" encoding="UTF-8"?>` + "\n<IndividUdgiftLeveranceStruktur xmlns=\"http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/\">\n", "line"},
		{"not xml", "<<<>>>", "line 1"},
		{"doctype", `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>`, "line 1"},
		{"binary", "<\x00\x00\x00", "line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, "in.xml", tt.content)
			r := runSIU(t, "", "check", p)
			r.wantCode(t, exitFail)
			r.wantOut(t, tt.want)
			r = runSIU(t, "", "validate", p)
			r.wantCode(t, exitFail)
			r.wantOut(t, "Read errors", tt.want)
		})
	}
}

func TestHostileJSON(t *testing.T) {
	tests := []struct{ name, content, want string }{
		{"syntax", "{\n  \"header\": {\n    \"Year\": 2025,,\n", "line 3"},
		{"type", "{\n\"header\": {\"Year\": 2025}}", "line 2"},
		{"unknown field", `{"headr": {}}`, "unknown field"},
		{"empty object then junk", "{}\n{}", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, "in.json", tt.content)
			r := runSIU(t, "", "validate", p)
			if tt.want == "" {
				if r.code == exitUsage {
					t.Errorf("exit %d", r.code)
				}
				return
			}
			r.wantCode(t, exitFail)
			r.wantOut(t, tt.want)
		})
	}
}

// In a workbook, a read error names the row and the cell.
func TestHostileXLSXCell(t *testing.T) {
	f := excelize.NewFile()
	rows := [][]any{
		{"CPR", "Konto", "Beløb", "Startdato", "Slutdato"},
		{"230191-9998", "5.38.50.1 4.7", 24850.0, "01-01-2025", "31-01-2025"},
		{"230191-9998", "5.38.50.1 4.7", "12,3,4", "01-02-2025", "28-02-2025"},
	}
	for i, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	p := writeFile(t, "bad.xlsx", "")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	r := runSIU(t, "", args([]string{"validate"}, hdrFlags, []string{p})...)
	r.wantCode(t, exitFail)
	r.wantOut(t, "row 3, cell C3 (Beløb): invalid amount", "1 row checked")
}
