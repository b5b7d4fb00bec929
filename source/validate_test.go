package source_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

// badCSV has a swapped period on line 3, a line that cannot be read on
// line 4 and a missing end date on line 6.
const badCSV = "CPR;Konto;Beløb;Startdato;Slutdato\r\n" +
	"230191-9998;5.38.50.1 4.7;24.850,00;01-01-2025;31-01-2025\r\n" +
	"230191-9998;5.38.50.1 4.7;24.850,00;28-02-2025;01-02-2025\r\n" +
	"230191-9998;5.38.50.1 4.7;12a;01-01-2025;31-01-2025\r\n" +
	"\r\n" +
	"1234569998;5.38.42.1 4.0;3.100,00;02-03-2025;\r\n"

var today = siu.ValidateOptions{Today: civil.MustParse("2026-03-02"), SkipEnvelope: true}

func open(t *testing.T, data, name string) *source.Source {
	t.Helper()
	src, err := source.Open(strings.NewReader(data), name, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// Validate places each finding in the file and keeps the lines that
// cannot be read beside the findings.
func TestValidate(t *testing.T) {
	r := source.Validate(open(t, badCSV, "bad.csv"), header, today)
	if r.Name != "bad.csv" || r.Format != source.CSV || r.Unit != "line" || r.Lines != 3 {
		t.Errorf("Result %q %v %q, %d lines", r.Name, r.Format, r.Unit, r.Lines)
	}
	if len(r.ReadErrors) != 1 || r.ReadErrors[0].Line != 4 || r.ReadErrors[0].Column != 3 {
		t.Fatalf("read errors %+v, want one at line 4, column 3", r.ReadErrors)
	}
	type at struct {
		Code string
		Pos  int
	}
	var errs []at
	for _, f := range r.Findings {
		if f.Severity == siu.Error {
			errs = append(errs, at{f.Code, r.Pos(f.Line)})
		}
	}
	want := []at{{"SIU-PER-003", 3}, {"SIU-PER-001", 6}}
	if diff := cmp.Diff(want, errs); diff != "" {
		t.Errorf("error findings at (-want +got):\n%s", diff)
	}
	if r.Pos(0) != 0 || r.Pos(99) != 0 {
		t.Error("Pos of the header or a line not read is not 0")
	}
	if r.Deliverable() || !r.Tally().HasErrors() {
		t.Error("a file with errors is deliverable")
	}
}

// A fatal read error leaves whether the delivery is empty unknown: no
// SIU-LEV-001.
func TestValidateStoppedEarly(t *testing.T) {
	in := "CPR;Konto;Beløb;Startdato;Slutdato\n\"" + strings.Repeat("x", 2<<20)
	r := source.Validate(open(t, in, "x.csv"), header, today)
	if len(r.ReadErrors) != 1 || !r.ReadErrors[0].Fatal {
		t.Fatalf("read errors %+v, want one fatal", r.ReadErrors)
	}
	for _, f := range r.Findings {
		if f.Code == "SIU-LEV-001" {
			t.Errorf("SIU-LEV-001 after a fatal read error")
		}
	}
	// A file that is read to its end and has no lines gets it.
	r = source.Validate(open(t, "CPR;Konto;Beløb;Startdato;Slutdato\n", "x.csv"), header, today)
	var found bool
	for _, f := range r.Findings {
		found = found || f.Code == "SIU-LEV-001"
	}
	if !found {
		t.Error("no SIU-LEV-001 for an empty delivery")
	}
}

// The Tracker gives another consumer of records, such as
// delivery.WriteFile, the positions Validate keeps.
func TestTracker(t *testing.T) {
	tr := source.Track(open(t, badCSV, "bad.csv"))
	v := siu.NewValidator(header, today)
	n := 0
	for rec, err := range tr.Records() {
		if err == nil {
			v.AddRecord(rec)
			n++
		}
	}
	r := tr.Result(header, v.Findings())
	want := source.Validate(open(t, badCSV, "bad.csv"), header, today)
	if diff := cmp.Diff(want, r, cmpopts.IgnoreFields(source.Error{}, "Err")); diff != "" {
		t.Errorf("Tracker's Result differs from Validate's (-want +got):\n%s", diff)
	}
	if n != 3 {
		t.Errorf("%d records, want 3", n)
	}
}

func TestReadLines(t *testing.T) {
	in := "CPR;Konto;Beløb;Startdato;Slutdato\n" +
		"230191-9998;5.38.50.1 4.7;24.850,00;01-01-2025;31-01-2025\n" +
		"230191-9998;5.38.50.1 4.7;24.850,00;01-01-2025;\n" +
		"230191-9998;5.38.50.1 4.7;1x;01-01-2025;31-01-2025\n"
	lines, errs := source.ReadLines(open(t, in, "x.csv"))
	if len(lines) != 1 || len(errs) != 2 {
		t.Fatalf("%d lines, %d errors %+v; want 1 and 2", len(lines), len(errs), errs)
	}
	if errs[0].Line != 3 || !strings.Contains(errs[0].Message, "line 3: SLUTDATO") {
		t.Errorf("error %+v, want line 3 naming SLUTDATO", errs[0])
	}
	if errs[1].Line != 4 {
		t.Errorf("error %+v, want line 4", errs[1])
	}
	for _, e := range errs {
		if strings.Contains(e.Message, "2301919998") || strings.Contains(e.Message, "230191-9998") {
			t.Errorf("message holds a CPR number: %q", e.Message)
		}
	}
}
