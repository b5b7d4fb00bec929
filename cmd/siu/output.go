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

// toStdout reports whether path means standard output.
func toStdout(path string) bool { return path == "" || path == "-" }
