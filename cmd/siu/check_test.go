package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/siukit/siukit/report"
)

// encoded writes cleanCSV's XML file and returns its path.
func encoded(t *testing.T) string {
	t.Helper()
	in := writeFile(t, "lines.csv", cleanCSV)
	out := in + ".xml"
	runSIU(t, "", args([]string{"encode", "-o", out}, hdrFlags, envelopeFlags, []string{in})...).wantCode(t, exitOK)
	return out
}

func TestCheck(t *testing.T) {
	p := encoded(t)
	r := runSIU(t, "", "check", p)
	r.wantCode(t, exitOK)
	r.wantOut(t, "3 lines checked", "Schema: valid", "Findings: 0 errors, 2 warnings")

	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	r = runSIU(t, string(data), "check", "--format", "json", "-")
	r.wantCode(t, exitOK)
	var rep report.Validation
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.SchemaValid == nil || !*rep.SchemaValid || !rep.Deliverable || rep.Lines != 3 {
		t.Errorf("report %+v", rep)
	}
}

// A file the schema refuses: check names its line, and still applies the
// rules to the lines it can read.
func TestCheckSchemaProblem(t *testing.T) {
	data, err := os.ReadFile(encoded(t))
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(string(data), "<BELOEB>3100.00</BELOEB>", "<BELOEB>3100.005</BELOEB>", 1)
	if bad == string(data) {
		t.Fatal("the amount to spoil is not in the file")
	}
	line := 1 + strings.Count(bad[:strings.Index(bad, "3100.005")], "\n")
	r := runSIU(t, "", "check", writeFile(t, "bad.xml", bad))
	r.wantCode(t, exitFail)
	r.wantOut(t, "the schema check found 1 problem", "line "+itoa(line)+":", "Schema: NOT valid", "SIU-BEL-002")
}
