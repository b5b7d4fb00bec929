package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
)

// TestSummaryAndValidateAgreeOnAmounts checks that summary reads an XML
// file's amounts with the record grammar, as validate does: "1e2", ".5",
// "+5" and "1e400" are not BELOEB values, so summary refuses to add them up
// (it used to read them as numbers) and validate reports them.
func TestSummaryAndValidateAgreeOnAmounts(t *testing.T) {
	h := siu.Header{
		Municipality: 101, Year: 2025, Area: siu.AreaVoksen, Test: true,
		Created: time.Date(2026, 3, 2, 9, 15, 0, 0, time.UTC),
		System:  siu.System{Name: "test", Version: "1"},
		Contact: siu.Contact{Email: "siu@kommune.example"},
	}
	line := siu.Line{
		PsrID:   cpr.MustParse("0101801234"),
		Account: kontoplan.MustParse("5385010000000040"),
		Amount:  decimal.RequireFromString("100.00"),
		Start:   civil.MustParse("2025-01-01"),
		End:     civil.MustParse("2025-01-31"),
	}
	bad := []string{"1e2", ".5", "+5", "1e400"}
	d := siu.Delivery{Header: h}
	for range bad {
		d.Lines = append(d.Lines, line)
	}
	var buf bytes.Buffer
	if err := xmlformat.Encode(&buf, xmlformat.DefaultProfile(), d); err != nil {
		t.Fatal(err)
	}
	doc := buf.String()
	for _, b := range bad {
		doc = strings.Replace(doc, "<BELOEB>100.00</BELOEB>", "<BELOEB>"+b+"</BELOEB>", 1)
	}
	path := writeFile(t, "delivery.xml", doc)

	r := runSIU(t, "", "summary", path)
	r.wantCode(t, exitFail)
	if n := strings.Count(r.stdout+r.stderr, "BELOEB"); n < len(bad) {
		t.Errorf("summary names BELOEB %d times, want one read error for each of the %d lines:\n%s%s", n, len(bad), r.stdout, r.stderr)
	}
	if strings.Contains(r.stdout, "TOTAL") {
		t.Errorf("summary added up amounts the file does not admit:\n%s", r.stdout)
	}

	r = runSIU(t, "", "validate", "--format", "json", path)
	r.wantCode(t, exitFail)
}

// TestReadErrorsInDanish checks that --lang da shows read errors in
// Danish: the causes csvformat gives, not only the command's own words.
func TestReadErrorsInDanish(t *testing.T) {
	in := writeFile(t, "lines.csv", "CPR;Konto;Beløb;Startdato;Slutdato\n0101801234;5.38.50.1 4.0;100,00;31-02-2025;28-02-2025\n")
	r := runSIU(t, "", "summary", "--lang", "da", "--year", "2025", in)
	r.wantCode(t, exitFail)
	if all := r.stdout + r.stderr; !strings.Contains(all, "linje 2") || strings.Contains(all, "line 2, column") {
		t.Errorf("summary --lang da:\n%s%s\nwant the read error in Danish", r.stdout, r.stderr)
	}
	r = runSIU(t, "", "validate", "--lang", "da", "--municipality", "461", "--year", "2025", in)
	if all := r.stdout + r.stderr; !strings.Contains(all, "linje 2") {
		t.Errorf("validate --lang da:\n%s%s\nwant the read error in Danish", r.stdout, r.stderr)
	}
}
