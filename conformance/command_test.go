package conformance

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// The test programs of testdata, built once per test binary.
var (
	buildOnce sync.Once
	buildDir  string
	buildErr  error
)

// program builds testdata/<name> and returns the path of the binary.
func program(t *testing.T, name string) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool to build the test programs")
	}
	buildOnce.Do(func() {
		buildDir, buildErr = os.MkdirTemp("", "conformance-test-")
		if buildErr != nil {
			return
		}
		cmd := exec.Command(goTool, "build", "-o", buildDir+string(filepath.Separator), "./testdata/refimpl", "./testdata/wrongimpl")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = &buildError{"testdata programs", string(out)}
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return filepath.Join(buildDir, name)
}

type buildError struct{ name, out string }

func (e *buildError) Error() string { return "building " + e.name + ": " + e.out }

func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// TestRunCommandReference: the reference behind the stdin/stdout contract
// passes the whole suite, expected.xml byte for byte.
func TestRunCommandReference(t *testing.T) {
	skipIfUpdating(t)
	ref := program(t, "refimpl")
	rep, err := RunCommand(context.Background(), []string{ref}, ExactXML(), Jobs(4))
	if err != nil {
		t.Fatal(err)
	}
	cases, _ := Cases()
	checks := 0
	for _, c := range cases {
		checks += len(c.Kinds)
	}
	if !rep.OK() || rep.Passed != checks || len(rep.Results) != checks {
		var b bytes.Buffer
		rep.WriteSummary(&b)
		t.Fatalf("reference program: %d of %d checks passed:\n%s", rep.Passed, checks, b.String())
	}
}

// TestRunCommandWrong: a deliberately wrong program fails where it is
// wrong, passes where its differences are allowed, and the report names
// the case, the path and both values without a whole CPR number.
func TestRunCommandWrong(t *testing.T) {
	skipIfUpdating(t)
	wrong := program(t, "wrongimpl")
	rep, err := RunCommand(context.Background(), []string{wrong},
		Select("lev-002-duplicate", "bel-003-ok-one-oere", "example-insurance-cross-year", "psr-002-ok-feb-29-2000", "aggregate-empty", "example-summed-invoices"),
		Skip("example-summed-invoices"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id     string
		kind   Kind
		status Status
		detail string
		want   []Mismatch
	}{
		{id: "lev-002-duplicate", kind: KindValidate, status: StatusFail,
			want: []Mismatch{{Path: "findings", Want: "SIU-LEV-002 warning line 2", Got: "(missing)"}}},
		{id: "bel-003-ok-one-oere", kind: KindEncode, status: StatusPass}, // prefixes, indentation, timestamp are free
		{id: "example-insurance-cross-year", kind: KindEncode, status: StatusFail,
			want: []Mismatch{{Path: "/IndividUdgiftLeveranceStruktur/IndividUdgiftStrukturSamling/IndividUdgiftStruktur/BELOEB", Want: `"3650.00"`, Got: `"3650"`}}},
		{id: "psr-002-ok-feb-29-2000", kind: KindEncode, status: StatusFail,
			want: []Mismatch{
				{Path: "/IndividUdgiftLeveranceStruktur/IndividUdgiftStrukturSamling/IndividUdgiftStruktur/PsrID", Want: `"290200-****"`, Got: `"290200-****" (differs in the masked digits)`},
				{Path: "/IndividUdgiftLeveranceStruktur/IndividUdgiftStrukturSamling/IndividUdgiftStruktur/BELOEB", Want: `"24850.00"`, Got: `"24850"`},
			}},
		{id: "aggregate-empty", kind: KindAggregate, status: StatusFail, detail: `exit status 1: wrongimpl: kind "aggregate" not supported`},
		{id: "example-summed-invoices", kind: KindAggregate, status: StatusSkip, detail: `exit status 1: wrongimpl: kind "aggregate" not supported`},
	}
	for _, tt := range tests {
		r := resultOf(t, rep, tt.id, tt.kind)
		if r.Status != tt.status || r.Detail != tt.detail || !slices.Equal(r.Mismatches, tt.want) {
			t.Errorf("%s/%s:\n got %s %q %v\nwant %s %q %v", tt.id, tt.kind, r.Status, r.Detail, r.Mismatches, tt.status, tt.detail, tt.want)
		}
	}

	var b bytes.Buffer
	if err := rep.WriteSummary(&b); err != nil {
		t.Fatal(err)
	}
	sum := b.String()
	for _, want := range []string{
		"FAIL example-insurance-cross-year/encode\n    /IndividUdgiftLeveranceStruktur/IndividUdgiftStrukturSamling/IndividUdgiftStruktur/BELOEB: want \"3650.00\", got \"3650\"\n",
		"FAIL lev-002-duplicate/validate\n    findings: want SIU-LEV-002 warning line 2, got (missing)\n",
		"suite " + Version + ": 10 checks, 4 passed, 5 failed, 1 skipped\n",
	} {
		if !strings.Contains(sum, want) {
			t.Errorf("summary lacks %q:\n%s", want, sum)
		}
	}
	js, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	whole := regexp.MustCompile(`(^|[^0-9])[0-9]{10}([^0-9]|$)`)
	if m := whole.FindString(sum + string(js)); m != "" {
		t.Errorf("report holds a whole CPR-like number %q", m)
	}
}

func TestRunCommandErrors(t *testing.T) {
	skipIfUpdating(t)
	if _, err := RunCommand(context.Background(), nil); err == nil {
		t.Error("no program is not an error")
	}
	if _, err := RunCommand(context.Background(), []string{filepath.Join(t.TempDir(), "missing")}); err == nil {
		t.Error("a missing program is not an error")
	}
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	rep, err := RunCommand(context.Background(), []string{sh, "-c", `sleep 5`, "sh"},
		Select("lev-001-empty"), OnlyKinds(KindValidate), Timeout(100*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	if r := rep.Results[0]; r.Status != StatusFail || r.Detail != "timed out after 100ms" {
		t.Errorf("slow program: %+v", r)
	}
	rep, err = RunCommand(context.Background(), []string{sh, "-c", `cat >/dev/null; echo null`, "sh"},
		Select("lev-001-empty"), OnlyKinds(KindValidate))
	if err != nil {
		t.Fatal(err)
	}
	if r := rep.Results[0]; r.Status != StatusFail || !strings.HasPrefix(r.Detail, "stdout is not a JSON array of findings") {
		t.Errorf("null on stdout: %+v", r)
	}
	// The program sees the case in its environment and last argument.
	rep, err = RunCommand(context.Background(), []string{sh, "-c",
		`cat >/dev/null; test "$1" = validate && test "$` + EnvCase + `" = lev-001-empty && test "$` + EnvSuite + `" = ` + Version +
			` && echo '[{"code":"SIU-LEV-001","severity":"warning","line":0,"message":"tom"}]'`, "sh"},
		Select("lev-001-empty"), OnlyKinds(KindValidate))
	if err != nil {
		t.Fatal(err)
	}
	if r := rep.Results[0]; r.Status != StatusPass {
		t.Errorf("shell implementation of lev-001-empty: %+v", r)
	}
}

// TestExport: an exported suite loads and runs like the embedded one.
func TestExport(t *testing.T) {
	skipIfUpdating(t)
	dir := t.TempDir()
	if err := Export(dir); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"README.md", "SPEC.md", "RULES.md", "rules.json", "profile.json", "suite.json", "schema/siu.xsd",
		"data/functions.csv", "data/arts.csv", "data/dranst.csv", "data/municipalities.csv",
		"cases/delivery-voksen/expected.xml", "cases/read-refuse-utf16/input.xml"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
	}
	exported, err := LoadCases(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	embedded, _ := Cases()
	if len(exported) != len(embedded) {
		t.Fatalf("%d cases exported, %d embedded", len(exported), len(embedded))
	}
	for i := range exported {
		if exported[i].ID != embedded[i].ID || !bytes.Equal(exported[i].XML, embedded[i].XML) {
			t.Errorf("case %d: exported %s differs from embedded %s", i, exported[i].ID, embedded[i].ID)
		}
	}
	rep, err := Evaluate(Reference(), FromFS(os.DirFS(dir)), ExactXML())
	if err != nil || !rep.OK() {
		t.Errorf("reference on the exported suite: %v, %+v", err, rep.Failed)
	}
	// A case added to the directory but not to suite.json is refused.
	if err := os.Mkdir(filepath.Join(dir, "cases", "stray"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadCases(os.DirFS(dir)); err == nil {
		t.Error("a stray case directory is not an error")
	}
}
