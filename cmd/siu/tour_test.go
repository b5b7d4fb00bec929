package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestREADMETour (item 4) runs the README's five-minute tour as a user
// would: the built siu first on the PATH, in a copy of examples/tour, every
// "$ siu ...", "$ cat ..." and "$ echo $?" of its text blocks in order.
// Each line of output the README shows must be a line of the real output,
// in the same order; "[...]" marks a cut.
func TestREADMETour(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole tour")
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(readme)
	start, end := strings.Index(text, "## A five-minute tour"), strings.Index(text, "## The command")
	if start < 0 || end < start {
		t.Fatal("README has no tour section")
	}
	dir := t.TempDir()
	files, _ := filepath.Glob("../../examples/tour/*")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		writeTo(t, filepath.Join(dir, filepath.Base(f)), data)
	}
	path := filepath.Dir(siuBinary(t)) + string(os.PathListSeparator) + os.Getenv("PATH")
	last, steps := 0, 0
	inBlock := false
	var cmdLine string
	var want []string
	flush := func() {
		if cmdLine == "" {
			return
		}
		steps++
		got, code := runTourStep(t, dir, path, cmdLine, last)
		last = code
		checkTourOutput(t, cmdLine, want, got)
		cmdLine, want = "", nil
	}
	sc := bufio.NewScanner(strings.NewReader(text[start:end]))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "```text"):
			inBlock = true
		case strings.HasPrefix(line, "```") && inBlock:
			flush()
			inBlock = false
		case !inBlock:
		case strings.HasPrefix(line, "$ siu ") || strings.HasPrefix(line, "$ cat ") || line == "$ echo $?":
			flush()
			cmdLine = strings.TrimPrefix(line, "$ ")
		case strings.HasPrefix(line, "$ "):
			flush() // not run: e.g. go run ./examples/quickstart
		case cmdLine != "":
			want = append(want, line)
		}
	}
	if steps < 15 {
		t.Errorf("the tour ran only %d steps", steps)
	}
}

// runTourStep runs one command line of the tour in dir with sh, and
// returns its output and exit status; "echo $?" gives last.
func runTourStep(t *testing.T, dir, path, line string, last int) (string, int) {
	t.Helper()
	if line == "echo $?" {
		return strconv.Itoa(last) + "\n", 0
	}
	cmd := exec.Command("sh", "-c", line+" 2>&1")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PATH="+path, "LANG=C", "LC_ALL=", "LC_MESSAGES=")
	out, err := cmd.Output()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s: %v", line, err)
	}
	return string(out), code
}

// checkTourOutput fails unless every line of want (but the cuts, "[...]")
// is a line of got, in order.
func checkTourOutput(t *testing.T, cmdLine string, want []string, got string) {
	t.Helper()
	lines := strings.Split(got, "\n")
	i := 0
	for _, w := range want {
		w = strings.TrimRight(w, " ")
		if strings.Contains(w, "[...") || w == "" {
			continue
		}
		for i < len(lines) && strings.TrimRight(strings.TrimPrefix(lines[i], "\ufeff"), " \r") != w {
			i++
		}
		if i == len(lines) {
			t.Errorf("$ %s\nREADME shows %q, which is not in the output (in order):\n%s", cmdLine, w, got)
			return
		}
		i++
	}
}
