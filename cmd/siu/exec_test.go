package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/siukit/siukit/conformance"
	"github.com/siukit/siukit/report"
)

// The tests in this file build the siu command with go build and run it
// as a user would.

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
	binDir    string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// siuBinary returns the path of a freshly built siu.
func siuBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		binDir, buildErr = os.MkdirTemp("", "siu-bin-")
		if buildErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "siu")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = errors.New(string(out))
		}
	})
	if buildErr != nil {
		t.Fatalf("go build: %v", buildErr)
	}
	return binPath
}

// execSIU runs the built siu with stdin and returns its exit code and
// output.
func execSIU(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(siuBinary(t), args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	r := result{code: code, stdout: out.String(), stderr: errOut.String()}
	checkNoWholeCPR(t, r.stderr)
	if !isData(r.stdout) {
		checkNoWholeCPR(t, r.stdout)
	}
	return r
}

func TestExecExitCodes(t *testing.T) {
	clean := writeFile(t, "clean.csv", cleanCSV)
	bad := writeFile(t, "bad.csv", badCSV)
	execSIU(t, "", args([]string{"validate"}, hdrFlags, []string{clean})...).wantCode(t, exitOK)
	execSIU(t, "", args([]string{"validate"}, hdrFlags, []string{bad})...).wantCode(t, exitFail)
	execSIU(t, "", "validate", clean).wantCode(t, exitUsage)
	execSIU(t, "").wantCode(t, exitUsage)
	r := execSIU(t, "", "--help")
	r.wantCode(t, exitOK)
	r.wantOut(t, "Commands:")
	if r.stderr != "" {
		t.Errorf("--help wrote to stderr: %s", r.stderr)
	}
}

// Not a terminal: no progress report on stderr.
func TestExecPipeline(t *testing.T) {
	gen := execSIU(t, "", "generate", "-n", "3000", "--seed", "3")
	gen.wantCode(t, exitOK)
	agg := execSIU(t, gen.stdout, "aggregate", "--merge-fictive", "-")
	agg.wantCode(t, exitOK)
	if !strings.HasPrefix(agg.stderr, "3000 postings in, ") {
		t.Errorf("stderr %q: want only the summary line", agg.stderr)
	}
	enc := execSIU(t, agg.stdout, args([]string{"encode", "--ignore", "SIU-PSR-004"}, hdrFlags[:4], envelopeFlags, []string{"-"})...)
	enc.wantCode(t, exitOK)
	chk := execSIU(t, enc.stdout, "check", "--format", "json", "-")
	chk.wantCode(t, exitOK)
	var rep report.Validation
	if err := json.Unmarshal([]byte(chk.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if !rep.Deliverable || rep.SchemaValid == nil || !*rep.SchemaValid || rep.Lines == 0 {
		t.Errorf("check report %+v", rep)
	}
	if strings.Contains(gen.stderr+agg.stderr+enc.stderr+chk.stderr, "\r") {
		t.Error("a progress report was written to a pipe")
	}
}

func TestExecDemo(t *testing.T) {
	r := execSIU(t, "", "demo", "--out", t.TempDir())
	r.wantCode(t, exitOK)
	r.wantOut(t, "All 12 found", "Schema: valid", "agree with the accounts")
}

// siu conformance run drives a program through the stdin/stdout contract:
// here siu's own reference, which passes, and a program that answers []
// to everything, which fails.
func TestExecConformanceRun(t *testing.T) {
	bin := siuBinary(t)
	report := filepath.Join(t.TempDir(), "report.json")
	r := execSIU(t, "", "conformance", "run", "--jobs", "2", "--select", "psr-00[12]-*", "--select", "aggregate-*",
		"--json", report, "--", bin, "conformance", "reference")
	r.wantCode(t, exitOK)
	r.wantOut(t, "suite "+conformance.Version, " 0 failed")
	data, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	var rep conformance.Report
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Passed == 0 || rep.Failed != 0 || len(rep.Results) != rep.Passed+rep.Skipped {
		t.Errorf("report: %d passed, %d failed, %d results", rep.Passed, rep.Failed, len(rep.Results))
	}

	r = execSIU(t, "", "conformance", "run", "--select", "psr-001-missing", "--", "sh", "-c", "echo '[]'", "sh")
	r.wantCode(t, exitFail)
	r.wantOut(t, "FAIL psr-001-missing/validate")
}
