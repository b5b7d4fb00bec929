package main

import (
	"strings"
	"testing"
)

// encode and check read their input once, so standard input from a pipe
// works as well as a file, without being read whole first.
func TestExecEncodeCheckFromPipe(t *testing.T) {
	enc := execSIU(t, cleanCSV, args([]string{"encode"}, hdrFlags, envelopeFlags, []string{"-"})...)
	enc.wantCode(t, exitOK)
	if !strings.HasPrefix(enc.stdout, "<?xml") || !strings.Contains(enc.stderr, "Wrote standard output: 3 lines") {
		t.Fatalf("encode from a pipe:\nstdout:\n%s\nstderr:\n%s", enc.stdout, enc.stderr)
	}
	out := t.TempDir() + "/siu.xml"
	toFile := execSIU(t, cleanCSV, args([]string{"encode", "-o", out}, hdrFlags, envelopeFlags, []string{"-"})...)
	toFile.wantCode(t, exitOK)
	toFile.wantOut(t, "Wrote "+out+": 3 lines", "Schema: valid")

	chk := execSIU(t, enc.stdout, "check", "--ignore", "SIU-PSR-004", "-")
	chk.wantCode(t, exitOK)
	chk.wantOut(t, "stdin (XML): 3 lines checked", "Schema: valid", "Result: no errors")

	// A file that fails the schema and the rules, from a pipe.
	bad := strings.Replace(enc.stdout, "<BELOEB>24850.00</BELOEB>", "<BELOEB>24850</BELOEB>", 1)
	chk = execSIU(t, bad, "check", "-")
	chk.wantCode(t, exitFail)
	chk.wantOut(t, "the schema check found", "Schema: NOT valid")
}

// Encode refuses lines with errors from a pipe too, and writes nothing.
func TestEncodeStdinRefusesErrors(t *testing.T) {
	out := t.TempDir() + "/siu.xml"
	r := runSIU(t, badCSV, args([]string{"encode", "-o", out}, hdrFlags, envelopeFlags, []string{"-"})...)
	r.wantCode(t, exitFail)
	r.wantOut(t, "nothing written", "SIU-PER-003")
	if fileExists(out) {
		t.Error("encode wrote a file for lines with errors")
	}
	r = runSIU(t, badCSV, args([]string{"encode"}, hdrFlags, envelopeFlags, []string{"-"})...)
	r.wantCode(t, exitFail)
	if r.stdout != "" {
		t.Errorf("encode to standard output printed XML for lines with errors:\n%s", r.stdout)
	}
}
