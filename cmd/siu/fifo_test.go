//go:build !windows

package main

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// mkfifo makes a FIFO in a new directory and writes data into it from
// another goroutine, as a shell's <(cat file) does.
func mkfifo(t *testing.T, data string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	go func() {
		f, err := os.OpenFile(p, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString(data)
		f.Close()
	}()
	return p
}

// A FIFO can be read once only: encode and check read their input once.
func TestEncodeCheckFIFO(t *testing.T) {
	out := filepath.Join(t.TempDir(), "siu.xml")
	r := runSIU(t, "", args([]string{"encode", "-o", out}, hdrFlags, envelopeFlags, []string{mkfifo(t, cleanCSV)})...)
	r.wantCode(t, exitOK)
	r.wantOut(t, "3 lines", "Schema: valid")
	xml, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}

	r = runSIU(t, "", "check", "--ignore", "SIU-PSR-004", mkfifo(t, string(xml)))
	r.wantCode(t, exitOK)
	r.wantOut(t, "(XML): 3 lines checked", "Schema: valid", "Result: no errors")
}
