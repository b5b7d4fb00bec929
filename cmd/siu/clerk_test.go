package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/siukit/siukit/xmlformat"
	"github.com/siukit/siukit/xmlformat/xsd"
)

// The tests of this file follow the issue "The command for a finance
// clerk": each names its item.

// encodeClean encodes cleanCSV and returns the XML file's path.
func encodeClean(t *testing.T) string {
	t.Helper()
	in := writeFile(t, "lines.csv", cleanCSV)
	out := in + ".xml"
	runSIU(t, "", args([]string{"encode", "-o", out}, hdrFlags, envelopeFlags, []string{in})...).wantCode(t, exitOK)
	return out
}

// Item 2: every small input is read through a limit, and a refusal says
// which limit and how to proceed. The limits are lowered for the test;
// their values are the library's (report.DefaultMaxAnswersSize, ...).
func TestSmallInputLimits(t *testing.T) {
	old := maxSmall
	defer func() { maxSmall = old }()
	maxSmall = map[string]int64{"chart": 100, "answers": 100, "totals": 100, "profile": 100}
	big := writeFile(t, "big.csv", strings.Repeat("x", 101))
	lines := writeFile(t, "lines.csv", cleanCSV)
	xml := encodeClean(t)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{args([]string{"validate", "--chart", big}, hdrFlags, []string{lines}), "a chart of accounts (--chart): a chart has a few hundred lines"},
		{args([]string{"validate", "--answers", big}, hdrFlags, []string{lines}), "the limit for an answers file (--answers)"},
		{[]string{"check", "--answers", big, xml}, "the limit for an answers file (--answers)"},
		{[]string{"summary", "--totals", big, xml}, "the limit for a file of account totals (--totals): give one line per function and art"},
		{[]string{"check", "--profile", big, xml}, "the limit for an XML profile (--profile)"},
	} {
		r := runSIU(t, "", tt.args...)
		if r.code == exitOK {
			t.Errorf("%v: exit 0", tt.args)
		}
		r.wantOut(t, "big.csv is larger than 100 bytes", tt.want) // the path's directory may look like a CPR number, masked
	}
	// At the limit, the file is read (and here refused for its content).
	exact := writeFile(t, "exact.csv", strings.Repeat("x", 100))
	runSIU(t, "", "summary", "--totals", exact, xml).wantOut(t, "exact.csv: line 1: required column missing")
}

// Item 5: encode shows its warnings in validate's table, and refuses an
// empty full load unless --allow-empty.
func TestEncodeWarningsAndEmpty(t *testing.T) {
	warn := writeFile(t, "warn.csv", "CPR;Konto;Beløb;Startdato;Slutdato\r\n230191-9998;5.38.50.1 4.0;-100,00;01-01-2025;31-01-2025\r\n")
	out := warn + ".xml"
	r := runSIU(t, "", args([]string{"encode", "-o", out}, hdrFlags, envelopeFlags, []string{warn})...)
	r.wantCode(t, exitOK)
	v := runSIU(t, "", args([]string{"validate"}, hdrFlags, []string{warn})...)
	table := v.stdout[strings.Index(v.stdout, "By rule:"):strings.Index(v.stdout, "Result:")]
	r.wantOut(t, table, "Wrote "+out, "Validation: no errors, 2 warnings")

	empty := writeFile(t, "empty.csv", "CPR;Konto;Beløb;Startdato;Slutdato\r\n")
	out = empty + ".xml"
	r = runSIU(t, "", args([]string{"encode", "-o", out}, hdrFlags, envelopeFlags, []string{empty})...)
	r.wantCode(t, exitFail)
	r.wantOut(t, "the delivery has no lines", "erase the area's (VOKSEN) data", "--allow-empty")
	if fileExists(out) {
		t.Error("an empty delivery was written without --allow-empty")
	}
	runSIU(t, "", args([]string{"encode", "--allow-empty", "-o", out}, hdrFlags, envelopeFlags, []string{empty})...).wantCode(t, exitOK)
	if !fileExists(out) {
		t.Error("--allow-empty wrote nothing")
	}
	if h := runSIU(t, "", "encode", "--help"); !strings.Contains(h.stdout, "ERASES the area's data") {
		t.Errorf("encode --help does not say what --allow-empty does:\n%s", h.stdout)
	}
}

// Item 7: --header-row names the line of the column names below a
// report's title rows; the hints name the flags.
func TestHeaderRow(t *testing.T) {
	titled := "Udtræk fra økonomisystemet;;;;\r\nKommune 461;;;;\r\n" + cleanCSV
	p := writeFile(t, "titled.csv", titled)
	runSIU(t, "", args([]string{"validate", "--header-row", "3"}, hdrFlags, []string{p})...).wantCode(t, exitOK)
	r := runSIU(t, "", args([]string{"validate", "--header-row", "2"}, hdrFlags, []string{p})...)
	r.wantCode(t, exitFail)
	r.wantOut(t, "--header-row")
	ambiguous := writeFile(t, "amb.csv", "CPR;Konto;Beløb;Startdato;Slutdato\r\n230191-9998;5.38.50.1 4.7;1.250;01-01-2025;31-01-2025\r\n")
	runSIU(t, "", args([]string{"validate"}, hdrFlags, []string{ambiguous})...).wantOut(t, "--decimal")
	runSIU(t, "", args([]string{"validate", "--decimal", ","}, hdrFlags, []string{ambiguous})...).wantCode(t, exitOK)
}

// Item 7: aggregate -o writes for Excel: CPR numbers and accounts stay
// text (a leading zero, art 4.7), and the file reads back unchanged.
func TestAggregateForExcel(t *testing.T) {
	in := writeFile(t, "postings.csv", "CPR;Konto;Beløb;Startdato;Slutdato\r\n"+
		"010180-9998;5.38.50.1 4.7;100,00;01-01-2025;31-01-2025\r\n"+
		"010180-9998;5.38.50.1 4.7;200,00;01-02-2025;28-02-2025\r\n"+
		"0101809998;5385017123400047;300,00;01-03-2025;31-03-2025\r\n")
	dir := filepath.Dir(in)
	first, second := filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.csv")
	runSIU(t, "", "aggregate", "--merge-fictive", "-o", first, in).wantCode(t, exitOK)
	runSIU(t, "", "aggregate", "--merge-fictive", "-o", second, first).wantCode(t, exitOK)
	a, _ := os.ReadFile(first)
	b, _ := os.ReadFile(second)
	for _, want := range []string{"010180-9998;5.38.50.1 4.7;300,00;01-01-2025;28-02-2025", `;"=""5385017123400047""";300,00`} {
		if !bytes.Contains(a, []byte(want)) {
			t.Errorf("aggregate -o lacks %q:\n%s", want, a)
		}
	}
	if !bytes.Equal(a, b) {
		t.Errorf("the file does not read back unchanged:\n%s\nthen\n%s", a, b)
	}
}

// Item 8: check says what a file that is not XML is, and which command
// reads it.
func TestCheckNotXML(t *testing.T) {
	for _, tt := range []struct{ name, data, want string }{
		{"lines.xml", cleanCSV, "is a CSV (text) file, not an SIU XML file: check its lines with 'siu validate'"},
		{"book.xml", "PK\x03\x04" + strings.Repeat("\x00", 40), "is an Excel workbook (XLSX)"},
		{"input.xml", `{"header": {}}`, "is JSON (the conformance suite's form)"},
		{"empty.xml", " \n", "is empty"},
		{"blob.xml", "\x00\x01\x02\x03", "is binary data"},
	} {
		r := runSIU(t, "", "check", writeFile(t, tt.name, tt.data))
		r.wantCode(t, exitUsage)
		r.wantOut(t, tt.want)
	}
	r := runSIU(t, cleanCSV, "check", "-")
	r.wantCode(t, exitUsage)
	r.wantOut(t, "stdin is a CSV (text) file")
}

// Items 9 and 10: check takes --answers; encode, check and validate take
// --profile; check and encode say which schema checker ran.
func TestCheckAnswersProfileChecker(t *testing.T) {
	checker := xsd.PureGo().Checker()
	if s, err := xsd.Default(); err == nil {
		checker = s.Checker()
	}
	in := writeFile(t, "lines.csv", "CPR;Konto;Beløb;Startdato;Slutdato\r\n230191-9998;5.38.50.1 4.0;-100,00;01-01-2025;31-01-2025\r\n")
	var prof bytes.Buffer
	xmlformat.DefaultProfile().WriteJSON(&prof)
	profile := writeFile(t, "profile.json", prof.String())
	xml := in + ".xml"
	r := runSIU(t, "", args([]string{"encode", "--profile", profile, "-o", xml}, hdrFlags, envelopeFlags, []string{in})...)
	r.wantCode(t, exitOK)
	r.wantOut(t, "Schema: valid (checked by "+checker+")")
	answers := writeFile(t, "svar.csv", "Regel;CPR;Konto;Start;Slut;Kommentar\r\nSIU-BEL-004;230191-9998;5.38.50.1 4.0;01-01-2025;31-01-2025;Kreditnota\r\n"+
		"SIU-PSR-004;230191-9998;5.38.50.1 4.0;01-01-2025;31-01-2025;Anonym\r\n")
	r = runSIU(t, "", "check", "--profile", profile, "--answers", answers, "--require-answers", xml)
	r.wantCode(t, exitOK)
	r.wantOut(t, "Schema checked by "+checker, "answered: Kreditnota", "Answers: 2 warnings answered, 0 open")
	runSIU(t, "", "validate", "--profile", profile, xml).wantCode(t, exitOK)
	runSIU(t, "", "check", "--require-answers", xml).wantCode(t, exitFail)
	bad := writeFile(t, "bad.json", "{}")
	r = runSIU(t, "", "check", "--profile", bad, xml)
	r.wantCode(t, exitUsage)
	r.wantOut(t, "--profile: ", "bad.json")
}
