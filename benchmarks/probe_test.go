package benchmarks

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

// probeResult is what one memprobe run printed, plus the child's rusage.
type probeResult struct {
	Stage     string  `json:"stage"`
	Lines     int     `json:"lines"`
	Seconds   float64 `json:"seconds"`
	PeakRSSKB int     `json:"peak_rss_kb"` // the child's own VmHWM
	// MaxRSSKB is the child's ru_maxrss from wait4. On Linux it is the
	// larger of the child's peak and the peak of the process that started
	// it (Go starts children with CLONE_VM, and exec keeps that
	// address space's high-water mark), so it is an upper bound only.
	MaxRSSKB int64 `json:"-"`
}

// runProbe runs memprobe with args in a fresh process, with the garbage
// collector at its defaults (GOGC and GOMEMLIMIT removed from the
// environment), and returns its result. The build with cgo runs the
// stages in cgoStages, the build without the others.
func runProbe(tb testing.TB, args ...string) probeResult {
	tb.Helper()
	cgo := false
	for i := 0; i+1 < len(args); i++ {
		if args[i] == "-stage" {
			cgo = cgoStages[args[i+1]]
		}
	}
	cmd := exec.Command(memprobePath(tb, cgo), args...)
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GOGC=") && !strings.HasPrefix(kv, "GOMEMLIMIT=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		tb.Fatalf("memprobe %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	var res probeResult
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		tb.Fatalf("memprobe %s printed %q: %v", strings.Join(args, " "), stdout.Bytes(), err)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		res.MaxRSSKB = ru.Maxrss // KiB on Linux
	}
	return res
}

// peakMiB converts KiB to MiB.
func peakMiB(kb int64) float64 { return float64(kb) / 1024 }

// procStatusKB returns a "kB" field (VmHWM, VmRSS) of /proc/self/status.
func procStatusKB(field string) (int64, error) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			var kb int64
			_, err := fmt.Sscanf(strings.TrimSpace(rest), "%d kB", &kb)
			return kb, err
		}
	}
	return 0, fmt.Errorf("no %s in /proc/self/status", field)
}
