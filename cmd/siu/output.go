package main

import (
	"bufio"
	"io"

	"github.com/siukit/siukit/report"
)

// writeOutput writes what write produces to the file at path in one step
// (report.WriteFile: never half a file, nothing left when interrupted),
// or to stdout for "" or "-".
func writeOutput(e *env, path string, write func(w io.Writer) error) error {
	if !toStdout(path) {
		return report.WriteFile(e.context(), path, write)
	}
	bw := bufio.NewWriter(e.stdout)
	if err := write(bw); err != nil {
		return err
	}
	return bw.Flush()
}

// messages is where a command writes its messages when it writes data to
// path: stderr when the data goes to stdout, else stdout.
func (e *env) messages(path string) io.Writer {
	if toStdout(path) {
		return e.stderr
	}
	return e.stdout
}

// toStdout reports whether path means standard output.
func toStdout(path string) bool { return path == "" || path == "-" }

// newProgress starts a progress report on stderr (report.Progress), such
// as "validate postings.csv: 120000 lines", when stderr is a terminal
// (env.progress); else nil, which reports nothing.
func (e *env) newProgress(label, units string) *report.Progress {
	if !e.progress {
		return nil
	}
	return report.NewProgress(e.stderr, label, units, e.timeNow)
}
