package main

import (
	"strings"
	"testing"

	"github.com/siukit/siukit/kontoplan"
)

// A line of 100,000 kr. for one day is extreme only below the threshold
// --extreme sets.
func TestRuleFlagsExtreme(t *testing.T) {
	in := writeFile(t, "x.csv", "CPR;Konto;Beløb;Startdato;Slutdato\n1234569998;5.38.42.1 4.0;100.000,00;01-03-2025;01-03-2025\n")
	base := args([]string{"validate", "--format", "json"}, hdrFlags)
	for _, tt := range []struct {
		extreme string
		want    bool
	}{
		{"", true}, // 36.5 million a year: above the default 5 million
		{"50.000.000", false},
	} {
		a := append([]string{}, base...)
		if tt.extreme != "" {
			a = append(a, "--extreme", tt.extreme)
		}
		r := runSIU(t, "", append(a, in)...)
		r.wantCode(t, exitOK)
		if got := strings.Contains(r.stdout, "SIU-BEL-005"); got != tt.want {
			t.Errorf("--extreme %q: SIU-BEL-005 reported %v, want %v", tt.extreme, got, tt.want)
		}
	}
	runSIU(t, "", args([]string{"validate", "--extreme", "-1"}, hdrFlags, []string{in})...).wantCode(t, exitUsage)
}

// --chart replaces the built-in chart: an account the user's chart lacks
// is an error.
func TestRuleFlagsChart(t *testing.T) {
	in := writeFile(t, "x.csv", "CPR;Konto;Beløb;Startdato;Slutdato\n1234569998;5.38.42.1 4.0;100,00;01-03-2025;01-03-2025\n")
	chart := "year,2025\nnote,test chart\ndranst,1,Drift,siu\nart,4.0,Køb af tjenesteydelser,expense\nfunction,5.38.50,Botilbud til længerevarende ophold,mandatory,SEL § 108\n"
	if _, err := kontoplan.ParseChart(strings.NewReader(chart), "test"); err != nil {
		t.Fatalf("the test chart does not parse: %v", err)
	}
	r := runSIU(t, "", args([]string{"validate", "--chart", writeFile(t, "chart.csv", chart)}, hdrFlags, []string{in})...)
	r.wantCode(t, exitFail)
	r.wantOut(t, "SIU-KTO-003")
	runSIU(t, "", args([]string{"validate", "--chart", in + ".gone"}, hdrFlags, []string{in})...).wantCode(t, exitUsage)
	r = runSIU(t, "", args([]string{"validate", "--chart", writeFile(t, "bad.csv", "nonsense\n")}, hdrFlags, []string{in})...)
	r.wantCode(t, exitUsage)
	r.wantOut(t, "--chart")
}
