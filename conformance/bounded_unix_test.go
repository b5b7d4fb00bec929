//go:build unix

package conformance

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// alive reports whether process pid still runs, waiting up to 3 s for it
// to go. A killed process whose parent is gone waits as a zombie until
// init reaps it; on Linux, /proc tells a zombie (state Z) from a process
// that runs.
func alive(pid int) bool {
	deadline := time.Now().Add(3 * time.Second)
	for time.Now().Before(deadline) {
		if err := syscall.Kill(pid, 0); errors.Is(err, syscall.ESRCH) {
			return false
		}
		if b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat"); err == nil {
			if i := strings.LastIndexByte(string(b), ')'); i > 0 && strings.HasPrefix(string(b[i:]), ") Z") {
				return false
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	return true
}

func readPID(t *testing.T, file string) int {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	return pid
}

// TestRunCommandTimeoutKillsGroup: at the time limit, the whole process
// group ends, the grandchild that holds stdout included; the check fails
// with the timeout, without waiting for the grandchild.
func TestRunCommandTimeoutKillsGroup(t *testing.T) {
	skipIfUpdating(t)
	sh := shell(t)
	pidFile := filepath.Join(t.TempDir(), "pid")
	start := time.Now()
	r := runOne(t, []string{sh, "-c", `cat >/dev/null; sleep 60 & echo $! > "$PIDFILE"; wait`, "sh"},
		Timeout(500*time.Millisecond), Env("PIDFILE="+pidFile))
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("the run took %v: the runner waited for the grandchild", d)
	}
	if r.Status != StatusFail || r.Detail != "timed out after 500ms" {
		t.Errorf("slow program: %+v", r)
	}
	if pid := readPID(t, pidFile); alive(pid) {
		syscall.Kill(pid, syscall.SIGKILL)
		t.Errorf("the grandchild %d outlived the timeout", pid)
	}
}

// TestRunCommandLeftoverChildKilled: a program that answers and exits but
// leaves a child holding stdout is judged on its answer after a short
// grace, and the child does not outlive the check.
func TestRunCommandLeftoverChildKilled(t *testing.T) {
	skipIfUpdating(t)
	sh := shell(t)
	pidFile := filepath.Join(t.TempDir(), "pid")
	start := time.Now()
	r := runOne(t, []string{sh, "-c", `cat >/dev/null; sleep 60 & echo $! > "$PIDFILE"; echo '[{"code":"SIU-LEV-001","severity":"warning","line":0,"field":""}]'`, "sh"},
		Timeout(20*time.Second), Env("PIDFILE="+pidFile))
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("the run took %v: the runner waited for the leftover child", d)
	}
	if r.Status != StatusPass {
		t.Errorf("program with a leftover child: %+v", r)
	}
	if pid := readPID(t, pidFile); alive(pid) {
		syscall.Kill(pid, syscall.SIGKILL)
		t.Errorf("the leftover child %d outlived the check", pid)
	}
}
