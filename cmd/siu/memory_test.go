package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// memLimitKB is the command's memory target: under 100 MB (10^8 bytes)
// of peak resident set, whatever the size of the input.
const memLimitKB = 100_000_000 / 1024

// TestMemory (item 1) runs each command that reads a whole input on
// SIU_CMD_MEM_POSTINGS generated postings (300,000 by default; BENCHMARKS.md
// gives the figures for 2,000,000) in a process of its own, and holds its
// peak resident set under 100 MB: the child's VmHWM, read from /proc while
// it runs, and its ru_maxrss whenever this process's own peak, which Linux
// may fold into it at the exec, is under the limit (not under -race):
// validate (table, table listing every finding, JSON), aggregate, summary,
// encode, check (table and JSON), and diff and report --previous on two
// generated full loads of that size. Findings on most lines (SIU-PSR-004 on
// the generated fictive numbers) must all be reported.
func TestMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and reads a large input")
	}
	n := os.Getenv("SIU_CMD_MEM_POSTINGS")
	if n == "" {
		n = "300000"
	}
	in := generated(t, n)
	other := generatedSeed(t, n, "2") // another full load, for diff and report --previous
	dir := t.TempDir()
	xml, lines := filepath.Join(dir, "siu.xml"), filepath.Join(dir, "lines.csv")
	hdr := []string{"--municipality", "461", "--year", "2025"}
	for _, step := range []struct {
		name string
		args []string
	}{
		{"validate", args([]string{"validate"}, hdr, []string{in})},
		{"validate --max 0", args([]string{"validate", "--max", "0"}, hdr, []string{in})},
		{"validate --format json", args([]string{"validate", "--format", "json"}, hdr, []string{in})},
		{"aggregate", []string{"aggregate", "-o", lines, in}},
		{"summary", []string{"summary", "--year", "2025", in}},
		{"encode", args([]string{"encode", "--email", "siu@kommune.example", "-o", xml}, hdr, []string{in})},
		{"check", []string{"check", xml}},
		{"check --format json", []string{"check", "--format", "json", xml}},
		{"diff", []string{"diff", in, other}},
		{"report --previous", args([]string{"report", "-o", filepath.Join(dir, "r.html"), "--previous", other}, hdr, []string{in})},
	} {
		cmd := exec.Command(siuBinary(t), step.args...)
		cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
		cmd.Env = append(os.Environ(), "TMPDIR="+dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// The child's own high-water mark, read while it runs (VmHWM only
		// grows, so the last reading is the peak but for its last moments).
		hwm, done := 0, make(chan struct{})
		go func() {
			defer close(done)
			status := filepath.Join("/proc", itoa(cmd.Process.Pid), "status")
			for {
				kb, err := statusKB(status, "VmHWM:")
				if err != nil {
					return
				}
				hwm = max(hwm, kb)
				time.Sleep(5 * time.Millisecond)
			}
		}()
		if err := cmd.Wait(); err != nil {
			if _, ok := err.(*exec.ExitError); !ok {
				t.Fatal(err)
			}
		}
		<-done
		ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		own, _ := statusKB("/proc/self/status", "VmHWM:")
		t.Logf("%s, %s postings: peak RSS %.1f MiB (VmHWM), ru_maxrss %.1f MiB, exit %d", step.name, n,
			float64(hwm)/1024, float64(ru.Maxrss)/1024, cmd.ProcessState.ExitCode())
		if hwm >= memLimitKB || (own < memLimitKB && ru != nil && ru.Maxrss >= memLimitKB) {
			t.Errorf("%s: peak RSS %d KiB (ru_maxrss %d KiB), want under %d KiB (100 MB)", step.name, hwm, ru.Maxrss, memLimitKB)
		}
		if step.name == "encode" && !fileExists(xml) {
			t.Fatalf("encode wrote no file")
		}
	}
}

// statusKB reads a field in kB, such as "VmHWM:", of a /proc status file.
func statusKB(path, field string) (int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, field); ok {
			return strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
		}
	}
	return 0, os.ErrNotExist
}
