package main

import (
	"bufio"
	"io"
	"os"
	"path/filepath"

	"github.com/siukit/siukit/source"
)

// writeOutput writes what write produces to path, or to stdout for "" or
// "-". A file is written under a temporary name beside it (mode 0600: it
// may hold CPR numbers) and renamed when complete, so that a failure or
// an interruption never leaves half a file, or the temporary one, behind.
func writeOutput(e *env, path string, write func(w io.Writer) error) error {
	if toStdout(path) {
		bw := bufio.NewWriter(e.stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return source.PathError(err)
	}
	tmp := f.Name()
	bw := bufio.NewWriterSize(f, 64<<10)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = e.context().Err()
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return source.PathError(err)
	}
	return nil
}

// toStdout reports whether path means standard output.
func toStdout(path string) bool { return path == "" || path == "-" }
