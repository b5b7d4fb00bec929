package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/siukit/siukit/xmlformat"
	"github.com/siukit/siukit/xmlformat/xsd"
)

var envelopeFlags = []string{"--email", "siu@kommune.example", "--contact", "Økonomi", "--created", "2026-03-02T09:15:00+01:00"}

func TestEncode(t *testing.T) {
	in := writeFile(t, "lines.csv", cleanCSV)
	out := in + ".xml"
	r := runSIU(t, "", args([]string{"encode", "-o", out}, hdrFlags, envelopeFlags, []string{in})...)
	r.wantCode(t, exitOK)
	r.wantOut(t, "Wrote "+out+": 3 lines; municipality 461, budget year 2025, area VOKSEN", "Schema: valid", "placeholders")
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := xsd.Validate(bytes.NewReader(data)); err != nil {
		t.Errorf("the file fails the schema: %v", err)
	}
	d := xmlformat.NewDecoder(bytes.NewReader(data), xmlformat.DefaultProfile())
	h, err := d.Header()
	if err != nil {
		t.Fatal(err)
	}
	if h.Municipality != 461 || h.Year != 2025 || h.Area.String() != "VOKSEN" || h.Contact.Email != "siu@kommune.example" ||
		h.Description != "SIU 2025 VOKSEN" || h.Created.Format("2006-01-02T15:04:05-07:00") != "2026-03-02T09:15:00+01:00" {
		t.Errorf("header %+v", h)
	}
	var amounts []string
	for l, err := range d.All() {
		if err != nil {
			t.Fatal(err)
		}
		amounts = append(amounts, l.Amount.StringFixed(2))
	}
	if got := strings.Join(amounts, " "); got != "24850.00 -1250.50 3100.00" {
		t.Errorf("amounts %s", got)
	}
}

// The same lines give the same bytes whether they come from a file or
// from standard input.
func TestEncodeStdout(t *testing.T) {
	in := writeFile(t, "lines.csv", cleanCSV)
	a := runSIU(t, "", args([]string{"encode"}, hdrFlags, envelopeFlags, []string{in})...)
	a.wantCode(t, exitOK)
	b := runSIU(t, cleanCSV, args([]string{"encode"}, hdrFlags, envelopeFlags, []string{"-"})...)
	b.wantCode(t, exitOK)
	if a.stdout != b.stdout || !strings.HasPrefix(a.stdout, "<?xml") {
		t.Errorf("file and stdin differ, or no XML:\n%s\n---\n%s", a.stdout, b.stdout)
	}
	if !strings.Contains(a.stderr, "Wrote standard output: 3 lines") {
		t.Errorf("the report should go to stderr: %q", a.stderr)
	}
}

func TestEncodeRefusesErrors(t *testing.T) {
	in := writeFile(t, "bad.csv", badCSV)
	out := in + ".xml"
	r := runSIU(t, "", args([]string{"encode", "-o", out}, hdrFlags, envelopeFlags, []string{in})...)
	r.wantCode(t, exitFail)
	r.wantOut(t, "SIU-PER-003", "SIU-PER-001", "nothing written")
	if fileExists(out) {
		t.Error("encode wrote a file for lines with errors")
	}
}

func TestEncodeUsage(t *testing.T) {
	in := writeFile(t, "lines.csv", cleanCSV)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no email", args([]string{"encode"}, hdrFlags, []string{in}), "give --email"},
		{"bad created", args([]string{"encode", "--created", "yesterday"}, hdrFlags, envelopeFlags[:2], []string{in}), "--created"},
		{"xml input", args([]string{"encode"}, []string{writeFile(t, "x.xml", "<x/>")}), "use 'siu check'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runSIU(t, "", tt.args...)
			if tt.name == "xml input" {
				if r.code == exitOK {
					t.Fatalf("exit 0 for XML input")
				}
				return
			}
			r.wantCode(t, exitUsage)
			r.wantOut(t, tt.want)
		})
	}
}

func TestEncodeJSONInput(t *testing.T) {
	in := writeFile(t, "in.json", `{"header":{"Municipality":"101","Year":"2025","Area":"BOERN","Test":"true",
		"Created":"2026-03-02T09:15:00+01:00","SystemName":"x","SystemVersion":"1","ContactEmail":"a@b.dk"},
		"lines":[{"PsrID":"1234569998","KONTOSTRENG":"5282010000000040","BELOEB":"100.00","STARTDATO":"2025-01-01","SLUTDATO":"2025-01-31"}]}`)
	out := in + ".xml"
	r := runSIU(t, "", "encode", "-o", out, in)
	r.wantCode(t, exitOK)
	r.wantOut(t, "1 line; municipality 101, budget year 2025, area BOERN, test delivery")
}
