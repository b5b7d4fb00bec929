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

// memprobes holds the two builds of memprobe: with cgo (for the stages
// that need libxml2) and without.
var memprobes [2]struct {
	once sync.Once
	path string
	err  error
}

// cgoStages are the memprobe stages that need libxml2.
var cgoStages = map[string]bool{"xsd": true, "pipeline": true, "pipeline-unmerged": true}

// memprobePath builds benchmarks/internal/memprobe once per process (with
// the go command on PATH, without -race even when GOFLAGS asks for it)
// and returns the binary's path. Each stage is measured in the smallest
// program that runs it: the stages that need libxml2 in a build with cgo,
// the others in a build with CGO_ENABLED=0, as a vendor's program that
// only models and writes the data is built; loading libxml2 and its
// libraries alone adds about 5 MiB of resident memory.
func memprobePath(tb testing.TB, cgo bool) string {
	tb.Helper()
	i, name, env := 0, "memprobe-pure", "CGO_ENABLED=0"
	if cgo {
		i, name, env = 1, "memprobe", ""
	}
	m := &memprobes[i]
	m.once.Do(func() {
		goCmd := "go"
		if root := os.Getenv("GOROOT"); root != "" {
			if _, err := os.Stat(filepath.Join(root, "bin", "go")); err == nil {
				goCmd = filepath.Join(root, "bin", "go")
			}
		}
		path := filepath.Join(workDir, name)
		cmd := exec.Command(goCmd, "build", "-o", path, "./internal/memprobe")
		// GOFLAGS=-race would build memprobe with the race detector,
		// which multiplies its memory: measure the program users run.
		cmd.Env = append(os.Environ(), "GOFLAGS=")
		if env != "" {
			cmd.Env = append(cmd.Env, env)
		}
		out, err := cmd.CombinedOutput()
		if err != nil {
			m.err = fmt.Errorf("go build ./internal/memprobe (%s): %v\n%s", name, err, out)
			return
		}
		m.path = path
	})
	if m.err != nil {
		tb.Fatal(m.err)
	}
	return m.path
}
