package main

import (
	"encoding/json"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/siukit/siukit/conformance"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/source"
)

func TestValidateExitCodes(t *testing.T) {
	clean := writeFile(t, "clean.csv", cleanCSV)
	bad := writeFile(t, "bad.csv", badCSV)
	tests := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"clean", args([]string{"validate"}, hdrFlags, []string{clean}), exitOK,
			[]string{"3 lines checked", "Findings: 0 errors, 2 warnings, 0 info", "Result: no errors. 2 warnings"}},
		{"errors", args([]string{"validate"}, hdrFlags, []string{bad}), exitFail,
			[]string{"Findings: 2 errors", "SIU-PER-003", "SIU-PER-001", "Result: NOT deliverable"}},
		{"ignored warning", args([]string{"validate", "--ignore", "SIU-PSR-004"}, hdrFlags, []string{clean}), exitOK,
			[]string{"Findings: 0 errors, 0 warnings", "Not reported (--ignore): 2 × SIU-PSR-004", "no errors, no warnings"}},
		{"danish", args([]string{"validate", "--lang", "da"}, hdrFlags, []string{bad}), exitFail,
			[]string{"Slutdato mangler"}},
		{"no municipality", []string{"validate", "--year", "2025", clean}, exitUsage, []string{"give --municipality"}},
		{"no year", []string{"validate", "--municipality", "461", clean}, exitUsage, []string{"give --year"}},
		{"bad area", args([]string{"validate"}, hdrFlags, []string{"--area", "OLD", clean}), exitUsage, []string{"--area: want VOKSEN"}},
		{"no file", args([]string{"validate"}, hdrFlags), exitUsage, []string{"want one FILE, got 0"}},
		{"two files", args([]string{"validate"}, hdrFlags, []string{clean, bad}), exitUsage, []string{"want one FILE, got 2"}},
		{"missing file", args([]string{"validate"}, hdrFlags, []string{clean + ".gone"}), exitUsage, []string{"no such file"}},
		{"directory", args([]string{"validate"}, hdrFlags, []string{t.TempDir()}), exitUsage, []string{"is a directory"}},
		{"ignore an error rule", args([]string{"validate", "--ignore", "SIU-PER-001"}, hdrFlags, []string{bad}), exitUsage,
			[]string{"SIU-PER-001 is an error rule"}},
		{"ignore an unknown rule", args([]string{"validate", "--ignore", "SIU-XXX-001"}, hdrFlags, []string{bad}), exitUsage,
			[]string{"no rule SIU-XXX-001"}},
		{"bad format", args([]string{"validate", "--format", "yaml"}, hdrFlags, []string{bad}), exitUsage, []string{"--format"}},
		{"bad input format", args([]string{"validate", "--input-format", "ods"}, hdrFlags, []string{bad}), exitUsage, []string{"unknown input format"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runSIU(t, "", tt.args...)
			r.wantCode(t, tt.code)
			r.wantOut(t, tt.want...)
		})
	}
}

// jsonFindings runs validate with --format json and returns its report.
func jsonValidate(t *testing.T, stdin string, code int, a ...string) report.Validation {
	t.Helper()
	r := runSIU(t, stdin, append([]string{"validate", "--format", "json"}, a...)...)
	r.wantCode(t, code)
	var rep report.Validation
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("stdout is not a JSON report: %v\n%s", err, r.stdout)
	}
	return rep
}

type lineCode struct {
	fileLine int
	code     string
}

func lineCodes(rep report.Validation) []lineCode {
	var out []lineCode
	for _, f := range rep.Findings {
		out = append(out, lineCode{f.FileLine, f.Code})
	}
	return out
}

// Findings name the line of the file: the CSV header is line 1, and blank
// lines count.
func TestValidateNamesFileLines(t *testing.T) {
	withBlank := strings.Replace(badCSV, "\r\n", "\r\n\r\n", 2) // a blank line after the header and after line 2
	rep := jsonValidate(t, "", exitFail, args(hdrFlags, []string{"--ignore", "SIU-PSR-004", writeFile(t, "bad.csv", withBlank)})...)
	want := []lineCode{{5, "SIU-PER-003"}, {6, "SIU-PER-001"}}
	if got := lineCodes(rep); !slices.Equal(got, want) {
		t.Errorf("findings at %v, want %v", got, want)
	}
	if rep.Lines != 3 || rep.Errors != 2 || rep.Deliverable {
		t.Errorf("lines %d, errors %d, deliverable %v; want 3, 2, false", rep.Lines, rep.Errors, rep.Deliverable)
	}
	if rep.Ignored["SIU-PSR-004"] != 2 {
		t.Errorf("ignored %v, want 2 × SIU-PSR-004", rep.Ignored)
	}
	for _, f := range rep.Findings {
		if f.Message == "" || f.MessageEN == "" || f.Line == 0 {
			t.Errorf("finding %+v lacks a message or its delivery line", f)
		}
	}
}

func TestValidateStdin(t *testing.T) {
	rep := jsonValidate(t, badCSV, exitFail, args(hdrFlags, []string{"-"})...)
	if rep.File != "stdin" || rep.Format != source.CSV || rep.Errors != 2 {
		t.Errorf("file %q format %q errors %d; want stdin, csv, 2", rep.File, rep.Format, rep.Errors)
	}
}

// Danish Excel's "CSV (semikolonsepareret)" is Windows-1252.
func TestValidateWindows1252(t *testing.T) {
	in := strings.ReplaceAll(cleanCSV, "Beløb", "Bel\xf8b")
	rep := jsonValidate(t, "", exitOK, args(hdrFlags, []string{writeFile(t, "cp1252.csv", in)})...)
	if rep.Lines != 3 {
		t.Errorf("%d lines checked, want 3", rep.Lines)
	}
}

func TestValidateXLSX(t *testing.T) {
	f := excelize.NewFile()
	rows := [][]any{
		{"CPR", "Konto", "Beløb", "Startdato", "Slutdato"},
		{"230191-9998", "5.38.50.1 4.7", 24850.0, "01-01-2025", "31-01-2025"},
		{"230191-9998", "5.38.50.1 4.7", 100.0, "28-02-2025", "01-02-2025"},
	}
	for i, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	p := writeFile(t, "lines.xlsx", "")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	rep := jsonValidate(t, "", exitFail, args(hdrFlags, []string{"--ignore", "SIU-PSR-004", p})...)
	if rep.Format != source.XLSX {
		t.Errorf("format %q, want xlsx", rep.Format)
	}
	if got, want := lineCodes(rep), []lineCode{{3, "SIU-PER-003"}}; !slices.Equal(got, want) {
		t.Errorf("findings at %v, want %v", got, want)
	}
	// Without its extension, the workbook is known by its content.
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	rep = jsonValidate(t, "", exitFail, args(hdrFlags, []string{writeFile(t, "export", string(data))})...)
	if rep.Format != source.XLSX || rep.Lines != 2 {
		t.Errorf("no extension: format %q, %d lines; want xlsx, 2", rep.Format, rep.Lines)
	}
}

// The command reports, for every validate case of the conformance suite
// given as JSON, exactly the findings the case expects.
func TestValidateConformanceCases(t *testing.T) {
	cases, err := conformance.Cases()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	n := 0
	for _, c := range cases {
		if !c.Has(conformance.KindValidate) {
			continue
		}
		n++
		input, err := fs.ReadFile(conformance.FS(), path.Join(conformance.CasesDir, c.ID, conformance.InputFile))
		if err != nil {
			t.Fatal(err)
		}
		p := dir + "/" + c.ID + ".json"
		writeTo(t, p, input)
		code := exitOK
		for _, f := range c.Findings {
			if f.Severity == "error" {
				code = exitFail
			}
		}
		rep := jsonValidate(t, "", code, p)
		got := make([]conformance.Finding, 0, len(rep.Findings))
		for _, f := range rep.Findings {
			got = append(got, conformance.Finding{Code: f.Code, Severity: f.Severity.String(), Line: f.Line, Field: f.Field})
			if f.FileLine != f.Line {
				t.Errorf("%s: JSON input: file line %d, want the line %d", c.ID, f.FileLine, f.Line)
			}
		}
		if m := conformance.CompareFindings(c.Findings, got); len(m) > 0 {
			t.Errorf("%s: %v", c.ID, m)
		}
	}
	if n < 50 {
		t.Errorf("only %d validate cases", n)
	}
}

func TestValidateJSONRefusesHeaderFlags(t *testing.T) {
	p := writeFile(t, "in.json", `{"header":{"Municipality":"461","Year":"2025","Area":"VOKSEN"},"lines":[]}`)
	r := runSIU(t, "", "validate", "--year", "2025", p)
	r.wantCode(t, exitUsage)
	r.wantOut(t, "carries its own header; --year applies to CSV and XLSX files only")
}
