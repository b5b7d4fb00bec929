package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/siu"
)

// Three January invoices for one citizen and a February one, with a
// credit note, on one account; another account kept apart.
const postingsCSV = "Bilag;CPR;Konto;Tekst;Beløb;Startdato;Slutdato\r\n" +
	"1;010180-9999;5.38.50.1 4.7;jan 1;10.000,00;01-01-2025;10-01-2025\r\n" +
	"2;010180-9999;5.38.50.1 4.7;jan 2;12.000,00;11-01-2025;31-01-2025\r\n" +
	"3;010180-9999;5.38.50.1 4.7;feb;20.000,00;01-02-2025;28-02-2025\r\n" +
	"4;010180-9999;5.38.50.1 4.7;kreditnota;-2.000,00;01-02-2025;28-02-2025\r\n" +
	"5;010180-9999;5.38.50.1 7.2;egenbetaling;-1.500,00;01-01-2025;28-02-2025\r\n" +
	"6;010180-9999;5.38.50.1 4.7;april;9.000,00;05-04-2025;30-04-2025\r\n"

func readLinesCSV(t *testing.T, data []byte) []siu.Record {
	t.Helper()
	r := csvformat.NewReader(bytes.NewReader(data))
	var out []siu.Record
	for rec, err := range r.Records() {
		if err != nil {
			t.Fatalf("reading the output: %v", err)
		}
		out = append(out, rec)
	}
	return out
}

func TestAggregate(t *testing.T) {
	in := writeFile(t, "postings.csv", postingsCSV)
	tests := []struct {
		name string
		args []string
		want []siu.Record
	}{
		{"fictive numbers kept apart by default", nil, nil},
		{"merge fictive", []string{"--merge-fictive"}, []siu.Record{
			{PsrID: "0101809999", Account: "5385010000000047", Amount: "40000.00", Start: "2025-01-01", End: "2025-02-28"},
			{PsrID: "0101809999", Account: "5385010000000047", Amount: "9000.00", Start: "2025-04-05", End: "2025-04-30"},
			{PsrID: "0101809999", Account: "5385010000000072", Amount: "-1500.00", Start: "2025-01-01", End: "2025-02-28"},
		}},
		{"merge fictive with a gap of 35 days", []string{"--merge-fictive", "--max-gap", "35"}, []siu.Record{
			{PsrID: "0101809999", Account: "5385010000000047", Amount: "49000.00", Start: "2025-01-01", End: "2025-04-30"},
			{PsrID: "0101809999", Account: "5385010000000072", Amount: "-1500.00", Start: "2025-01-01", End: "2025-02-28"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runSIU(t, "", append(append([]string{"aggregate"}, tt.args...), in)...)
			r.wantCode(t, exitOK)
			got := readLinesCSV(t, []byte(r.stdout))
			if tt.want == nil {
				if len(got) != 6 {
					t.Errorf("%d lines, want the 6 postings unmerged", len(got))
				}
				r.wantOut(t, "6 postings in, 6 lines out")
				return
			}
			if len(got) != len(tt.want) {
				t.Fatalf("lines %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("line %d = %+v, want %+v", i+1, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestAggregateToFile(t *testing.T) {
	in := writeFile(t, "postings.csv", postingsCSV)
	out := in + ".out.csv"
	r := runSIU(t, "", "aggregate", "--merge-fictive", "-o", out, in)
	r.wantCode(t, exitOK)
	r.wantOut(t, "6 postings in, 3 lines out, written to "+out)
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if got := readLinesCSV(t, data); len(got) != 3 {
		t.Errorf("%d lines in the file, want 3", len(got))
	}
	if r.stdout == "" || bytes.Contains([]byte(r.stdout), []byte(";")) {
		t.Errorf("stdout should hold the summary only:\n%s", r.stdout)
	}
}

func TestAggregateUsage(t *testing.T) {
	in := writeFile(t, "postings.csv", postingsCSV)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"negative gap", []string{"aggregate", "--max-gap", "-1", in}, "--max-gap"},
		{"no file", []string{"aggregate"}, "want one FILE"},
		{"xml input", []string{"aggregate", writeFile(t, "x.xml", "<x/>")}, "postings are read from CSV or XLSX"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runSIU(t, "", tt.args...)
			r.wantCode(t, exitUsage)
			r.wantOut(t, tt.want)
		})
	}
}

// A posting that does not parse stops aggregate, naming line and column;
// nothing is written.
func TestAggregateReadErrors(t *testing.T) {
	in := postingsCSV + "7;0101809;5.38.50.1 4.7;x;1,00;01-01-2025;02-01-2025\r\n" +
		"8;010180-9999;5.38.50.1 4.7;x;1,00;01-01-2025;\r\n"
	out := writeFile(t, "unused", "") + ".csv"
	r := runSIU(t, "", "aggregate", "-o", out, writeFile(t, "p.csv", in))
	r.wantCode(t, exitFail)
	r.wantOut(t, "2 read errors", "line 8, column 2 (CPR)", "line 9, column 7 (Slutdato)", "nothing written")
	if fileExists(out) {
		t.Error("aggregate wrote a file")
	}
}
