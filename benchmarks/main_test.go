package benchmarks

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
)

// workDir is a temporary directory for the whole test process: the
// benchmark files and the memprobe binary. TestMain removes it.
var workDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "siukit-benchmarks-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	workDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// envInt returns the positive integer in the environment variable name,
// or def when it is not set.
func envInt(tb testing.TB, name string, def int) int {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		tb.Fatalf("%s=%q: want a positive number of lines", name, s)
	}
	return n
}

var memprobe struct {
	once sync.Once
	path string
	err  error
}

// memprobePath builds benchmarks/internal/memprobe once per process (with
// the go command on PATH, without -race even when GOFLAGS asks for it)
// and returns the binary's path.
func memprobePath(tb testing.TB) string {
	tb.Helper()
	memprobe.once.Do(func() {
		goCmd := "go"
		if root := os.Getenv("GOROOT"); root != "" {
			if _, err := os.Stat(filepath.Join(root, "bin", "go")); err == nil {
				goCmd = filepath.Join(root, "bin", "go")
			}
		}
		path := filepath.Join(workDir, "memprobe")
		cmd := exec.Command(goCmd, "build", "-o", path, "./internal/memprobe")
		// GOFLAGS=-race would build memprobe with the race detector,
		// which multiplies its memory: measure the program users run.
		cmd.Env = append(os.Environ(), "GOFLAGS=")
		out, err := cmd.CombinedOutput()
		if err != nil {
			memprobe.err = fmt.Errorf("go build ./internal/memprobe: %v\n%s", err, out)
			return
		}
		memprobe.path = path
	})
	if memprobe.err != nil {
		tb.Fatal(memprobe.err)
	}
	return memprobe.path
}
