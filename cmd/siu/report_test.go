package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The numbers are fictive (SIU's DDMMYY9998 form): no real person is meant.
const reportCSV = "CPR;Konto;Beløb;Startdato;Slutdato\n" +
	"230191-9998;5.38.42.1 4.0;24.850,00;01-01-2025;31-01-2025\n" +
	"230191-9998;5.38.42.1 4.0;-1.250,00;01-02-2025;28-02-2025\n" + // SIU-BEL-004: a credit note
	"1234569998;5.38.42.1 4.0;3.100,00;02-03-2025;15-03-2025\n"

const reportAnswers = "Regel;CPR;Konto;Start;Slut;Kommentar\n" +
	"SIU-BEL-004;230191-9998;5.38.42.1 4.0;01-02-2025;28-02-2025;Kreditnota for januar\n" +
	"SIU-BEL-004;230191-9998;5.38.42.1 4.0;01-05-2025;31-05-2025;Gammelt svar\n"

var reportHeader = []string{"--municipality", "461", "--year", "2025"}

func TestReportCommand(t *testing.T) {
	in := writeFile(t, "lines.csv", reportCSV)
	out := filepath.Join(t.TempDir(), "r.html")
	runSIU(t, "", append(append([]string{"report"}, reportHeader...), "-o", out, in)...).wantCode(t, exitOK)
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`lang="da"`, `data-count="warnings" data-n="1"`, "SIU-BEL-004", "230191-****", "<svg"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("report lacks %s", want)
		}
	}
	if strings.Contains(string(page), "2301919998") || strings.Contains(string(page), "230191-9998") {
		t.Error("report holds a whole CPR number")
	}
	// Answers; --require-answers fails while a warning is open.
	ans := writeFile(t, "svar.csv", reportAnswers)
	r := runSIU(t, "", append(append([]string{"report"}, reportHeader...), "--lang", "en", "--answers", ans, "--require-answers", in)...)
	r.wantCode(t, exitOK)
	r.wantOut(t, `lang="en"`, `data-count="answered" data-n="1"`, `data-count="open" data-n="0"`, "Kreditnota for januar", "Gammelt svar")
	runSIU(t, "", append(append([]string{"report"}, reportHeader...), "--require-answers", in)...).wantCode(t, exitFail)
}

func TestValidateAnswers(t *testing.T) {
	in := writeFile(t, "lines.csv", reportCSV)
	ans := writeFile(t, "svar.csv", reportAnswers)
	r := runSIU(t, "", append(append([]string{"validate"}, reportHeader...), "--answers", ans, "--require-answers", in)...)
	r.wantCode(t, exitOK)
	r.wantOut(t, "answered: Kreditnota for januar", "Answers: 1 warning answered, 0 open", "Answers that match no warning (1)",
		"230191-**** 5384210000000040 2025-05-01..2025-05-31", "Result: no errors. 1 warning: 1 answered, 0 open.")
	runSIU(t, "", append(append([]string{"validate"}, reportHeader...), "--require-answers", in)...).wantCode(t, exitFail)
	r = runSIU(t, "", append(append([]string{"validate"}, reportHeader...), "--answers", ans, "--format", "json", in)...)
	var rep struct {
		Answered, Open int
		Unused         []struct{ Comment string } `json:"unused_answers"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil || rep.Answered != 1 || rep.Open != 0 || len(rep.Unused) != 1 {
		t.Errorf("JSON %+v, %v:\n%s", rep, err, r.stdout)
	}
	bad := writeFile(t, "bad.csv", "Regel;CPR;Konto;Start;Slut;Kommentar\nSIU-PER-003;;;;;x\n")
	runSIU(t, "", append(append([]string{"validate"}, reportHeader...), "--answers", bad, in)...).wantCode(t, exitUsage)
}

func TestDiffCommand(t *testing.T) {
	old := writeFile(t, "old.csv", reportCSV)
	newer := writeFile(t, "new.csv", strings.Replace(reportCSV, "3.100,00", "3.200,00", 1)+"0101809998;5.38.42.1 4.0;100,00;01-04-2025;30-04-2025\n")
	r := runSIU(t, "", "diff", old, newer)
	r.wantCode(t, exitFail)
	r.wantOut(t, "changed  123456-****  5384210000000040  2025-03-02..2025-03-15  3.100,00 -> 3.200,00",
		"added    010180-****", "Lines: 3 -> 4; 2 unchanged, 1 added, 0 removed, 1 changed (1 in amount, 0 in period)",
		"Citizens: 2 -> 3; 1 appear, 0 disappear", "Result: 2 differences.")
	runSIU(t, "", "diff", old, old).wantCode(t, exitOK)
	r = runSIU(t, "", "diff", "--format", "json", old, newer)
	var out struct {
		Files   []string
		Changes []struct{ Kind, Citizen string }
		Summary struct{ Added, Changed int }
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil || len(out.Changes) != 2 || out.Summary.Added != 1 || out.Changes[0].Citizen == "" {
		t.Errorf("JSON %+v, %v:\n%s", out, err, r.stdout)
	}
	// Loads of different years are refused.
	xml1 := encodeXML(t, 2025)
	xml2 := encodeXML(t, 2026)
	runSIU(t, "", "diff", xml1, xml2).wantCode(t, exitUsage)
	runSIU(t, "", "diff", "--allow-different", xml1, xml2).wantCode(t, exitOK) // the same lines
}

// encodeXML writes reportCSV as an XML file of the given budget year.
func encodeXML(t *testing.T, year int) string {
	t.Helper()
	in := writeFile(t, "lines.csv", reportCSV)
	out := filepath.Join(t.TempDir(), "siu.xml")
	runSIU(t, "", "encode", "--municipality", "461", "--year", itoa(year), "--email", "a@b.example", "--ignore", "SIU-BEL-004",
		"--created", "2026-03-02T09:00:00+01:00", "-o", out, in).wantCode(t, exitOK)
	return out
}
