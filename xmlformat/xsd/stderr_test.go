//go:build linux && cgo

package xsd

import (
	"os"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/lestrrat-go/libxml2"
	"github.com/lestrrat-go/libxml2/clib"
)

// captureStderr runs f with file descriptor 2 sent to a file and returns
// what was written there.
func captureStderr(t *testing.T, f func()) string {
	t.Helper()
	tmp, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer tmp.Close()
	saved, err := syscall.Dup(2)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Dup3(int(tmp.Fd()), 2, 0); err != nil {
		t.Fatal(err)
	}
	f()
	if err := syscall.Dup3(saved, 2, 0); err != nil {
		t.Fatal(err)
	}
	syscall.Close(saved)
	data, err := os.ReadFile(tmp.Name())
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestNothingOnStderr: libxml2 prints parser errors, with the offending
// line (which can hold a CPR number), to standard error unless told not
// to on each thread. Validate keeps it quiet from any goroutine.
func TestNothingOnStderr(t *testing.T) {
	bad := strings.Replace(readValid(t), "<PsrID>0101801234</PsrID>", "<PsrID>0101801234</PsrIDX>", 1)
	s := mustDefault(t)

	// The check can fail: without quietly, libxml2 does print.
	loud := captureStderr(t, func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		clib.ReportErrors(true)
		if d, err := libxml2.ParseString(bad); err == nil {
			d.Free()
		}
	})
	if !strings.Contains(loud, "0101801234") {
		t.Fatalf("libxml2 printed %q without quietly; want the line with the number", loud)
	}

	quiet := captureStderr(t, func() {
		var wg sync.WaitGroup
		for range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range 20 {
					_ = s.Validate(strings.NewReader(bad))
				}
			}()
		}
		wg.Wait()
	})
	if quiet != "" {
		t.Errorf("Validate wrote to standard error: %q", quiet)
	}
}
