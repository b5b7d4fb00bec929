package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// result is what one in-process run of siu gave.
type result struct {
	code           int
	stdout, stderr string
}

// runSIU runs the command line args in process, with stdin as standard input.
func runSIU(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{
		stdin:  strings.NewReader(stdin),
		stdout: &out,
		stderr: &errOut,
		now:    func() time.Time { return time.Date(2026, 3, 2, 9, 15, 0, 0, time.UTC) },
	}
	code := run(e, args)
	r := result{code: code, stdout: out.String(), stderr: errOut.String()}
	checkNoWholeCPR(t, r.stderr)
	if !isData(r.stdout) {
		checkNoWholeCPR(t, r.stdout)
	}
	return r
}

// wantCode fails the test unless r exited with code.
func (r result) wantCode(t *testing.T, code int) {
	t.Helper()
	if r.code != code {
		t.Fatalf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, code, r.stdout, r.stderr)
	}
}

// wantOut fails the test unless stdout and stderr together hold every
// string of want.
func (r result) wantOut(t *testing.T, want ...string) {
	t.Helper()
	all := r.stdout + r.stderr
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("output lacks %q\nstdout:\n%s\nstderr:\n%s", w, r.stdout, r.stderr)
		}
	}
}

// wholeCPR matches an unmasked CPR number: ten digits, or six, a dash and
// four, not joined to other digits or letters (temporary directories such
// as TestName3017363817 are not numbers).
var wholeCPR = regexp.MustCompile(`(^|[^0-9A-Za-z])[0-9]{6}[- ]?[0-9]{4}([^0-9A-Za-z]|$)`)

// checkNoWholeCPR fails the test if s holds something that looks like a
// whole CPR number.
func checkNoWholeCPR(t *testing.T, s string) {
	t.Helper()
	if m := wholeCPR.FindString(s); m != "" {
		t.Errorf("output holds a whole CPR number %q:\n%s", m, s)
	}
}

// writeFile writes content to name in a new temporary directory and
// returns its path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Lines of a small, clean delivery for adults in 2025: a § 108 stay, the
// citizen's egenbetaling and a stay at a kvindekrisecenter (§ 109) with a
// fictive number, as a Danish spreadsheet exports them.
const cleanCSV = "CPR;Konto;Beløb;Startdato;Slutdato\r\n" +
	"230191-9998;5.38.50.1 4.7;24.850,00;01-01-2025;31-01-2025\r\n" +
	"230191-9998;5.38.50.1 7.2;-1.250,50;01-01-2025;31-01-2025\r\n" +
	"1234569998;5.38.42.1 4.0;3.100,00;02-03-2025;15-03-2025\r\n"

// The same with two errors: a swapped period on line 3 and a missing end
// date on line 4.
const badCSV = "CPR;Konto;Beløb;Startdato;Slutdato\r\n" +
	"230191-9998;5.38.50.1 4.7;24.850,00;01-01-2025;31-01-2025\r\n" +
	"230191-9998;5.38.50.1 4.7;24.850,00;28-02-2025;01-02-2025\r\n" +
	"1234569998;5.38.42.1 4.0;3.100,00;02-03-2025;\r\n"

var hdrFlags = []string{"--municipality", "461", "--year", "2025", "--area", "VOKSEN"}

func args(a ...[]string) []string {
	var out []string
	for _, x := range a {
		out = append(out, x...)
	}
	return out
}

func writeTo(t *testing.T, p string, data []byte) {
	t.Helper()
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func itoa(n int) string { return strconv.Itoa(n) }

// isData reports whether a command's standard output is the data it was
// asked for (XML, CSV, the JSON of the stdin/stdout contract: an array, or
// a read case's verdict with the delivery read), which holds the CPR
// numbers by design, rather than a report.
func isData(s string) bool {
	return strings.HasPrefix(s, "<?xml") || strings.HasPrefix(s, "\ufeffCPR;") || strings.HasPrefix(s, "[") ||
		strings.HasPrefix(s, `{"verdict":"accept",`)
}
