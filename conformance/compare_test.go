package conformance

import (
	"slices"
	"testing"

	"github.com/siukit/siukit/internal/redacttable"
)

func TestCompareFindings(t *testing.T) {
	a := Finding{Code: "SIU-PER-001", Severity: "error", Line: 2, Field: "SLUTDATO"}
	b := Finding{Code: "SIU-LEV-001", Severity: "warning", Line: 0}
	tests := []struct {
		name      string
		want, got []Finding
		mismatch  []Mismatch
	}{
		{name: "equal, other order", want: []Finding{a, b}, got: []Finding{b, a}},
		{name: "both empty", want: []Finding{}, got: nil},
		{name: "missing", want: []Finding{a, b}, got: []Finding{b},
			mismatch: []Mismatch{{Path: "findings", Want: "SIU-PER-001 error line 2 SLUTDATO", Got: "(missing)"}}},
		{name: "unexpected", want: []Finding{b}, got: []Finding{b, a},
			mismatch: []Mismatch{{Path: "findings", Want: "(nothing)", Got: "SIU-PER-001 error line 2 SLUTDATO"}}},
		{name: "twice", want: []Finding{a}, got: []Finding{a, a},
			mismatch: []Mismatch{{Path: "findings", Want: "(nothing)", Got: "SIU-PER-001 error line 2 SLUTDATO"}}},
		{name: "other severity", want: []Finding{a}, got: []Finding{{Code: a.Code, Severity: "warning", Line: 2, Field: "SLUTDATO"}},
			mismatch: []Mismatch{{Path: "findings[SIU-PER-001 line 2 SLUTDATO].severity", Want: `"error"`, Got: `"warning"`}}},
		{name: "other field", want: []Finding{a}, got: []Finding{{Code: a.Code, Severity: "error", Line: 2, Field: "STARTDATO"}},
			mismatch: []Mismatch{
				{Path: "findings", Want: "SIU-PER-001 error line 2 SLUTDATO", Got: "(missing)"},
				{Path: "findings", Want: "(nothing)", Got: "SIU-PER-001 error line 2 STARTDATO"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CompareFindings(tt.want, tt.got)
			if !slices.Equal(got, tt.mismatch) {
				t.Errorf("CompareFindings:\n got %v\nwant %v", got, tt.mismatch)
			}
		})
	}
}

func TestCompareLines(t *testing.T) {
	l1 := Line{PsrID: "0101801234", Account: "5385010000000040", Amount: "100.50", Start: "2025-01-01", End: "2025-03-31"}
	l2 := Line{PsrID: "0202802345", Account: "5385010000000072", Amount: "-10.00", Start: "2025-01-01", End: "2025-01-31"}
	with := func(l Line, f func(*Line)) Line { f(&l); return l }
	tests := []struct {
		name      string
		want, got []Line
		mismatch  []Mismatch
	}{
		{name: "equal, other order", want: []Line{l1, l2}, got: []Line{l2, l1}},
		{name: "amount as a number", want: []Line{l1}, got: []Line{with(l1, func(l *Line) { l.Amount = "100.5" })}},
		{name: "amount differs", want: []Line{l1, l2}, got: []Line{with(l1, func(l *Line) { l.Amount = "100.51" }), l2},
			mismatch: []Mismatch{{Path: "lines[1].BELOEB", Want: `"100.50"`, Got: `"100.51"`}}},
		{name: "end differs", want: []Line{l1}, got: []Line{with(l1, func(l *Line) { l.End = "2025-02-28" })},
			mismatch: []Mismatch{{Path: "lines[1].SLUTDATO", Want: `"2025-03-31"`, Got: `"2025-02-28"`}}},
		{name: "not merged", want: []Line{l1}, got: []Line{
			with(l1, func(l *Line) { l.Amount = "50.25"; l.End = "2025-01-31" }),
			with(l1, func(l *Line) { l.Amount = "50.25"; l.Start = "2025-02-01" }),
		}, mismatch: []Mismatch{
			{Path: "lines[1].BELOEB", Want: `"100.50"`, Got: `"50.25"`},
			{Path: "lines[1].SLUTDATO", Want: `"2025-03-31"`, Got: `"2025-01-31"`},
			{Path: "lines", Want: "(nothing)", Got: "PsrID=010180-**** KONTOSTRENG=5385010000000040 BELOEB=50.25 STARTDATO=2025-02-01 SLUTDATO=2025-03-31"},
		}},
		{name: "missing", want: []Line{l1, l2}, got: []Line{l1},
			mismatch: []Mismatch{{Path: "lines[2]", Want: "PsrID=020280-**** KONTOSTRENG=5385010000000072 BELOEB=-10.00 STARTDATO=2025-01-01 SLUTDATO=2025-01-31", Got: "(missing)"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CompareLines(tt.want, tt.got)
			if !slices.Equal(got, tt.mismatch) {
				t.Errorf("CompareLines:\n got %v\nwant %v", got, tt.mismatch)
			}
		})
	}
}

// TestNewMismatchRedacts checks that mismatches show values as cpr.Redact
// does, on the cases the cpr package shares with every package that
// redacts.
func TestNewMismatchRedacts(t *testing.T) {
	cases, err := redacttable.Cases()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range cases {
		m := newMismatch(tt.In, tt.In, tt.In+"x")
		if m.Path != tt.Want || m.Want != tt.Want {
			t.Errorf("%s: newMismatch(%q) = %+v, want path and value %q", tt.Name, tt.In, m, tt.Want)
		}
	}
}
