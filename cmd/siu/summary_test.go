package main

import (
	"strings"
	"testing"
)

func TestSummaryTotals(t *testing.T) {
	in := writeFile(t, "lines.csv", cleanCSV)
	r := runSIU(t, "", "summary", "--year", "2025", in)
	r.wantCode(t, exitOK)
	r.wantOut(t, "3 lines, budget year 2025")
	wantRows := [][]string{
		{"5.38.42", "4.0", "1", "3.100,00"},
		{"5.38.50", "4.7", "1", "24.850,00"},
		{"5.38.50", "7.2", "1", "-1.250,50"},
		{"TOTAL", "3", "26.699,50"},
	}
	for _, want := range wantRows {
		if !hasRow(r.stdout, want) {
			t.Errorf("no row %v in\n%s", want, r.stdout)
		}
	}
}

// hasRow reports whether a line of s holds the fields of want in order.
func hasRow(s string, want []string) bool {
	for _, line := range strings.Split(s, "\n") {
		fields := strings.Fields(line)
		i := 0
		for _, f := range fields {
			if i < len(want) && f == want[i] {
				i++
			}
		}
		if i == len(want) && len(fields) > 0 && fields[0] == want[0] {
			return true
		}
	}
	return false
}

func TestSummaryCSVRoundTrip(t *testing.T) {
	in := writeFile(t, "lines.csv", cleanCSV)
	r := runSIU(t, "", "summary", "--format", "csv", in)
	r.wantCode(t, exitOK)
	want := "funktion;art;beløb\r\n5.38.42;4.0;3.100,00\r\n5.38.50;4.7;24.850,00\r\n5.38.50;7.2;-1.250,50\r\n"
	if r.stdout != want {
		t.Errorf("csv:\n%q\nwant\n%q", r.stdout, want)
	}
	// The CSV is what --totals reads: the lines agree with their own totals.
	r = runSIU(t, "", "summary", "--totals", writeFile(t, "totals.csv", r.stdout), in)
	r.wantCode(t, exitOK)
	r.wantOut(t, "agree with the accounts")
}

func TestSummaryReconcile(t *testing.T) {
	in := writeFile(t, "lines.csv", cleanCSV)
	accounts := "Funktion;Art;Beløb;Note\n5.38.42;4.0;3.100,00;x\n5.38.50;4.7;20.000,00;a\n5.38.50;4.7;4.849,00;b\n5.38.50;7.2;-1.250,50;\n5.38.52;4.0;500,00;not in SIU\n"
	p := writeFile(t, "accounts.csv", accounts)
	tests := []struct {
		name      string
		tolerance string
		code      int
		want      []string
	}{
		{"exact", "0", exitFail, []string{"2 differences above the tolerance", "DIFFERS"}},
		{"one krone", "1", exitFail, []string{"1 difference above the tolerance"}},
		{"500 kroner", "500", exitOK, []string{"agree with the accounts"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runSIU(t, "", "summary", "--totals", p, "--tolerance", tt.tolerance, in)
			r.wantCode(t, tt.code)
			r.wantOut(t, tt.want...)
			for _, line := range strings.Split(r.stdout, "\n") {
				if strings.HasSuffix(line, " ") {
					t.Errorf("line ends in spaces: %q", line)
				}
			}
			if !hasRow(r.stdout, []string{"5.38.52", "4.0", "0", "0,00", "500,00", "-500,00"}) {
				t.Errorf("no row for the function only the accounts have:\n%s", r.stdout)
			}
		})
	}
}

func TestSummaryTotalsErrors(t *testing.T) {
	in := writeFile(t, "lines.csv", cleanCSV)
	tests := []struct{ name, totals, want string }{
		{"empty", "", "empty"},
		{"no art column", "funktion;beløb\n5.38.50;1,00\n", "no art column"},
		{"bad function", "funktion;art;beløb\n5.38.50;4.7;1,00\n5.3x.50;4.7;1,00\n", "line 3, column 1 (funktion)"},
		{"bad art", "funktion;art;beløb\n5.38.50;47x;1,00\n", "line 2, column 2 (art)"},
		{"bad amount", "funktion;art;beløb\n5.38.50;4.7;1,00\n\n5.38.50;4.7;12a\n", "line 4, column 3 (beløb)"},
		{"ambiguous amount", "funktion;art;beløb\n5.38.50;4.7;1.250\n", "line 2, column 3 (beløb): ambiguous"},
		{"unbalanced quote", "funktion;art;beløb\n5.38.50;\"4.7;1,00\n", "line 2"},
		{"wrong field count", "funktion;art;beløb\n5.38.50;4.7\n", "line 2: wrong number of fields"},
		{"binary", "\x00\x01\x02", "not text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runSIU(t, "", "summary", "--totals", writeFile(t, "t.csv", tt.totals), in)
			r.wantCode(t, exitFail)
			r.wantOut(t, tt.want)
		})
	}
}

func TestSummaryUsage(t *testing.T) {
	in := writeFile(t, "lines.csv", cleanCSV)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"negative tolerance", []string{"--tolerance", "-1"}, "--tolerance"},
		{"in-year without year", []string{"--in-year"}, "--in-year needs the budget year"},
		{"missing totals file", []string{"--totals", in + ".gone"}, "no such file"},
		{"bad format", []string{"--format", "xml"}, "--format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runSIU(t, "", append(append([]string{"summary"}, tt.args...), in)...)
			r.wantCode(t, exitUsage)
			r.wantOut(t, tt.want)
		})
	}
}

// --in-year counts only the budget year's share of a period that runs
// into the next year: DST's insurance case.
func TestSummaryInYear(t *testing.T) {
	in := writeFile(t, "ins.csv", "CPR;Konto;Beløb;Startdato;Slutdato\n010180-9999;5.38.50.1 4.0;3.650,00;01-07-2025;30-06-2026\n")
	r := runSIU(t, "", "summary", "--year", "2025", "--in-year", in)
	r.wantCode(t, exitOK)
	if !hasRow(r.stdout, []string{"TOTAL", "1", "1.840,00"}) { // 184 of 365 days
		t.Errorf("want the 2025 share 1.840,00:\n%s", r.stdout)
	}
}
