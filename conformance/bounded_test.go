package conformance

import (
	"context"
	"fmt"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"
)

// allocated returns the bytes allocated while f runs.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// runOne runs one check of lev-001-empty/validate with program argv.
func runOne(t *testing.T, argv []string, opts ...Option) Result {
	t.Helper()
	opts = append(opts, Select("lev-001-empty"), OnlyKinds(KindValidate))
	rep, err := RunCommand(context.Background(), argv, opts...)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Results) != 1 {
		t.Fatalf("%d results, want 1", len(rep.Results))
	}
	return rep.Results[0]
}

func shell(t *testing.T) string {
	t.Helper()
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	return sh
}

// TestRunCommandEndlessOutput: a program that never stops writing (yes)
// is stopped at the output limit; the check fails saying so, quickly,
// and the runner holds no more than the limit.
func TestRunCommandEndlessOutput(t *testing.T) {
	skipIfUpdating(t)
	sh := shell(t)
	const limit = 1 << 20
	var r Result
	start := time.Now()
	n := allocated(func() {
		r = runOne(t, []string{sh, "-c", `cat >/dev/null; yes '[]'`, "sh"}, OutputLimit(limit), Timeout(20*time.Second))
	})
	if r.Status != StatusFail || r.Detail != fmt.Sprintf("stopped: more than %d bytes on stdout", limit) {
		t.Errorf("endless output: %+v", r)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("stopping the program took %v", d)
	}
	if n > 8*limit {
		t.Errorf("the runner allocated %d bytes for a limit of %d", n, limit)
	}
}

// TestRunCommandSpacesBeforeArray: 600 MB of spaces before [] is not a
// valid answer: the program is stopped at the default limit (64 MiB), and
// memory stays near the limit.
func TestRunCommandSpacesBeforeArray(t *testing.T) {
	skipIfUpdating(t)
	if testing.Short() {
		t.Skip("writes 64 MiB through a pipe")
	}
	sh := shell(t)
	var r Result
	n := allocated(func() {
		r = runOne(t, []string{sh, "-c", `cat >/dev/null; head -c 600000000 /dev/zero | tr '\0' ' '; echo '[]'`, "sh"}, Timeout(60*time.Second))
	})
	if r.Status != StatusFail || !strings.Contains(r.Detail, fmt.Sprintf("more than %d bytes on stdout", DefaultOutputLimit)) {
		t.Errorf("600 MB of spaces: %+v", r)
	}
	if n > DefaultOutputLimit+DefaultOutputLimit/2 {
		t.Errorf("the runner allocated %d bytes for a limit of %d", n, DefaultOutputLimit)
	}
}

// TestRunCommandOutputAtLimit: output of exactly the limit is read whole.
func TestRunCommandOutputAtLimit(t *testing.T) {
	skipIfUpdating(t)
	sh := shell(t)
	answer := `[{"code":"SIU-LEV-001","severity":"warning","line":0,"field":""}]`
	for _, tc := range []struct {
		limit int64
		want  Status
	}{
		{int64(len(answer)), StatusPass},
		{int64(len(answer)) - 1, StatusFail},
	} {
		r := runOne(t, []string{sh, "-c", `cat >/dev/null; printf '%s' '` + answer + `'`, "sh"}, OutputLimit(tc.limit))
		if r.Status != tc.want {
			t.Errorf("limit %d: %+v, want %s", tc.limit, r, tc.want)
		}
	}
}

// TestRunCommandStderrBounded: a program that floods stderr and fails is
// reported with the start of its stderr, in bounded memory.
func TestRunCommandStderrBounded(t *testing.T) {
	skipIfUpdating(t)
	sh := shell(t)
	var r Result
	n := allocated(func() {
		r = runOne(t, []string{sh, "-c", `cat >/dev/null; echo "first line" >&2; head -c 50000000 /dev/zero >&2; exit 3`, "sh"})
	})
	if r.Status != StatusFail || !strings.HasPrefix(r.Detail, "exit status 3: first line") {
		t.Errorf("stderr flood: %+v", r)
	}
	if n > 8<<20 {
		t.Errorf("the runner allocated %d bytes for 50 MB of stderr", n)
	}
}
