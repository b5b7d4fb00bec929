package report_test

import (
	"strings"
	"testing"

	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

func TestWriteText(t *testing.T) {
	r := source.Validate(open(t, badCSV, "bad.csv"), header, today)
	ig, _ := siu.NewIgnore("SIU-PSR-004")
	r.Ignore(ig)
	var b strings.Builder
	if err := report.WriteText(&b, r, report.TextOptions{Max: 1, MoreHint: "--max 0 lists all", IgnoredBy: "--ignore"}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"bad.csv (CSV): 3 lines checked; municipality 461, budget year 2025, area VOKSEN\n",
		"Findings: 2 errors",
		"; 1 read error\n",
		"Not reported (--ignore): ",
		"Read errors (1): these lines could not be read",
		"  line 4, column 3 (Beløb)",
		"By rule:",
		"SIU-PER-003",
		"Errors (2; the first 1, --max 0 lists all):",
		"  3     SLUTDATO", // the file line of the swapped period
		"Result: NOT deliverable: 2 errors and 1 read error.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "2301919998") || strings.Contains(out, "230191-9998") {
		t.Errorf("report holds a CPR number:\n%s", out)
	}

	// In Danish, with a schema verdict, no hint and no limit: the
	// headings and the verdict are Danish too.
	b.Reset()
	report.WriteText(&b, r, report.TextOptions{Lang: "da", Schema: []string{"line 1:1: bad"}})
	for _, want := range []string{"Skema: IKKE gyldigt", "Fejl (2):", "Slutdato mangler", "3 linjer kontrolleret",
		"kommune 461, budgetår 2025", "LINJE  FELT", "Resultat: kan IKKE afleveres: 2 fejl og 1 læsefejl."} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}

	// A clean file.
	b.Reset()
	r = source.Validate(open(t, cleanCSV, "clean.csv"), header, today)
	r.Ignore(ig)
	report.WriteText(&b, r, report.TextOptions{Schema: []string{}})
	for _, want := range []string{"Schema: valid", "Not reported (ignored): 2 × SIU-PSR-004", "Result: no errors, no warnings."} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}

func TestDescribeHeader(t *testing.T) {
	if got := report.DescribeHeader(siu.Header{}); got != "no header read" {
		t.Errorf("zero header: %q", got)
	}
	h := siu.Header{Municipality: 101, Year: 2026, Area: siu.AreaBoern, Test: true}
	if got, want := report.DescribeHeader(h), "municipality 101, budget year 2026, area BOERN, test delivery"; got != want {
		t.Errorf("DescribeHeader = %q, want %q", got, want)
	}
}
