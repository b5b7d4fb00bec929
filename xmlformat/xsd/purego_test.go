package xsd

import (
	"errors"
	"io"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestPureGoStreams validates a large delivery in pieces of 64 KiB and
// holds the heap to a small bound: the pure-Go checker keeps no more
// than the open elements and the current value.
func TestPureGoStreams(t *testing.T) {
	n := 60_000
	if testing.Short() {
		n = 20_000
	}
	pr, pw := io.Pipe()
	go func() {
		pw.CloseWithError(writeDelivery(pw, n, func(i int, r *record) {
			if i == n-1 {
				r.Beloeb = "1.005"
			}
		}))
	}()
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		var m runtime.MemStats
		for {
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
				runtime.ReadMemStats(&m)
				if m.HeapInuse > peak.Load() {
					peak.Store(m.HeapInuse)
				}
			}
		}
	}()
	err := PureGo().Validate(pr)
	close(done)
	var xerr *Error
	if !errors.As(err, &xerr) || len(xerr.Problems) != 1 || xerr.Problems[0].Line != recordLine(n-1, 3) {
		t.Fatalf("Validate = %v, want one problem on line %d", err, recordLine(n-1, 3))
	}
	grew := int64(peak.Load()) - int64(base.HeapInuse)
	t.Logf("%d records: the heap grew by at most %d KiB", n, grew>>10)
	if grew > 8<<20 {
		t.Errorf("the heap grew by %d MiB validating %d records", grew>>20, n)
	}
}

func TestCheckerNames(t *testing.T) {
	if got := PureGo().Checker(); got != CheckerPureGo {
		t.Errorf("PureGo().Checker() = %q", got)
	}
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	want := CheckerPureGo
	if libxml2Available {
		want = CheckerLibxml2
	}
	if s.Checker() != want {
		t.Errorf("Default().Checker() = %q, want %q", s.Checker(), want)
	}
	if err := PureGo().Close(); err != nil || PureGo().Validate(strings.NewReader(readValid(t))) != nil {
		t.Errorf("PureGo after Close: %v", err)
	}
	if !libxml2Available {
		_, err := Load(nil, "siu.xsd")
		if !errors.Is(err, ErrNoCgo) {
			t.Errorf("Load without cgo = %v, want ErrNoCgo", err)
		}
	}
}

func BenchmarkPureGo(b *testing.B) {
	doc := delivery(10_000, nil)
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if err := PureGo().Validate(strings.NewReader(string(doc))); err != nil {
			b.Fatal(err)
		}
	}
}
