package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
)

// memLimitKB is the command's memory target: under 100 MB (10^8 bytes)
// of peak resident set, whatever the size of the input.
const memLimitKB = 100_000_000 / 1024

// TestMemory (item 1) runs each command that reads a whole input on
// SIU_CMD_MEM_POSTINGS generated postings (300,000 by default; BENCHMARKS.md
// gives the figures for 2,000,000) in a process of its own, and holds its
// peak resident set under 100 MB: the child's ru_maxrss, an upper bound,
// since on Linux it may also hold this process's own peak at the exec:
// validate (table, table listing every finding, JSON), aggregate, summary,
// encode and check (table and JSON). Findings on most lines (SIU-PSR-004 on
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
	} {
		cmd := exec.Command(siuBinary(t), step.args...)
		cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
		cmd.Env = append(os.Environ(), "TMPDIR="+dir)
		if err := cmd.Run(); err != nil {
			if _, ok := err.(*exec.ExitError); !ok {
				t.Fatal(err)
			}
		}
		ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		if !ok {
			t.Skip("no rusage on this system")
		}
		t.Logf("%s, %s postings: peak RSS %.1f MiB, exit %d", step.name, n, float64(ru.Maxrss)/1024, cmd.ProcessState.ExitCode())
		if ru.Maxrss >= memLimitKB {
			t.Errorf("%s: peak RSS %d KiB, want under %d KiB (100 MB)", step.name, ru.Maxrss, memLimitKB)
		}
		if step.name == "encode" && !fileExists(xml) {
			t.Fatalf("encode wrote no file")
		}
	}
}
