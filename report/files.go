package report

import (
	"bufio"
	"context"
	"io"
	"os"
	"path/filepath"

	"github.com/siukit/siukit/source"
)

// WriteFile writes what write produces to the file at path in one step: to
// a temporary file beside it (named "." + its base name + a random part +
// ".tmp", mode 0600, since a report or a file of lines holds personal
// data), renamed over path only when write, the flush and the close
// succeed and ctx is not done; on any other path the temporary file is
// removed. So path holds either its old content or the whole new one,
// never a part, and an interrupted program leaves nothing behind.
func WriteFile(ctx context.Context, path string, write func(w io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return source.PathError(err)
	}
	bw := bufio.NewWriterSize(f, 64<<10)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = ctx.Err()
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
		return source.PathError(err)
	}
	return nil
}

// LangFromEnv is the language a program should speak to its user by the
// locale: "da" when the first of LC_ALL, LC_MESSAGES and LANG that getenv
// (os.Getenv) finds set starts with "da", as POSIX orders them, else "en".
// Windows sets none of them by itself, so there it is "en" unless the user
// sets LANG (e.g. LANG=da_DK).
func LangFromEnv(getenv func(string) string) string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := getenv(v); s != "" {
			if len(s) >= 2 && (s[:2] == "da" || s[:2] == "DA" || s[:2] == "Da") {
				return "da"
			}
			return "en"
		}
	}
	return "en"
}
