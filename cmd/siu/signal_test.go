package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// generated returns a file of n generated postings, made once per n in
// the directory of the built command (removed by TestMain).
func generated(t *testing.T, n string) string { return generatedSeed(t, n, "1") }

// generatedSeed is generated with another seed: another full load of the
// same municipality, year and area.
func generatedSeed(t *testing.T, n, seed string) string {
	t.Helper()
	bin := siuBinary(t)
	p := filepath.Join(filepath.Dir(bin), "postings-"+n+"-seed"+seed+".csv")
	if fileExists(p) {
		return p
	}
	tmp := p + ".part"
	if out, err := exec.Command(bin, "generate", "-n", n, "--seed", seed, "-o", tmp).CombinedOutput(); err != nil {
		t.Fatalf("generate: %v\n%s", err, out)
	}
	if err := os.Rename(tmp, p); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestInterruptRemovesTemporaryFiles (item 3): SIGINT while a command
// works on a large input, after it made its temporary files, stops it
// with exit status 130 and leaves no file behind: not the aggregator's
// sorted runs, not the report's spilled findings (both in TMPDIR; their
// names are removed at once on Linux, so the test finds them among the
// process's open files), not the delivery file encode writes beside its
// target, nor the target.
func TestInterruptRemovesTemporaryFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 700,000 postings")
	}
	if _, err := os.Stat("/proc/self/fd"); err != nil {
		t.Skip("needs /proc to see a process's open files")
	}
	big := generated(t, "700000")
	for _, tt := range []struct {
		name string
		args func(out string) []string
		// made reports whether the process made its temporary file.
		made func(pid int, tmp, out string) bool
	}{
		{"aggregate", func(out string) []string {
			return []string{"aggregate", "--merge-fictive", "-o", filepath.Join(out, "lines.csv"), big}
		}, func(pid int, tmp, _ string) bool { return openFileIn(pid, tmp, "siukit-aggregate-") }},
		{"validate", func(string) []string {
			return []string{"validate", "--municipality", "461", "--year", "2025", "--format", "json", big}
		}, func(pid int, tmp, _ string) bool { return openFileIn(pid, tmp, "siukit-report-") }},
		{"encode", func(out string) []string {
			return args([]string{"encode", "-o", filepath.Join(out, "siu.xml")}, hdrFlags[:4], envelopeFlags, []string{big})
		}, func(_ int, _, out string) bool {
			m, _ := filepath.Glob(filepath.Join(out, ".siu.xml.*.tmp"))
			return len(m) > 0
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tmp, out := t.TempDir(), t.TempDir()
			cmd := exec.Command(siuBinary(t), tt.args(out)...)
			cmd.Env = append(os.Environ(), "TMPDIR="+tmp, "LANG=C")
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(60 * time.Second)
			for !tt.made(cmd.Process.Pid, tmp, out) {
				if time.Now().After(deadline) {
					cmd.Process.Kill()
					t.Fatal("the command made no temporary file within a minute")
				}
				time.Sleep(2 * time.Millisecond)
			}
			cmd.Process.Signal(syscall.SIGINT)
			err := cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != exitInterrupted {
				t.Fatalf("exit %v, want %d; stderr:\n%s", err, exitInterrupted, stderr.String())
			}
			if !strings.Contains(stderr.String(), "interrupted") {
				t.Errorf("stderr does not say it was interrupted:\n%s", stderr.String())
			}
			for _, dir := range []string{tmp, out} {
				if left, _ := os.ReadDir(dir); len(left) > 0 {
					t.Errorf("left behind in %s: %v", dir, left)
				}
			}
		})
	}
}

// openFileIn reports whether process pid has a file open in dir whose
// name starts with prefix (removed or not).
func openFileIn(pid int, dir, prefix string) bool {
	fds, _ := os.ReadDir(filepath.Join("/proc", itoa(pid), "fd"))
	for _, fd := range fds {
		target, err := os.Readlink(filepath.Join("/proc", itoa(pid), "fd", fd.Name()))
		if err == nil && strings.HasPrefix(target, filepath.Join(dir, prefix)) {
			return true
		}
	}
	return false
}
