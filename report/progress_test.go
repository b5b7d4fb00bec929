package report_test

import (
	"strings"
	"testing"
	"time"

	"github.com/siukit/siukit/report"
)

func TestProgress(t *testing.T) {
	var out strings.Builder
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	p := report.NewProgress(&out, "validate big.csv", "lines", func() time.Time { return clock })
	for range 5000 { // within ProgressDelay: silent
		p.Tick()
	}
	if out.Len() != 0 {
		t.Fatalf("progress printed within the first second: %q", out.String())
	}
	clock = clock.Add(2 * time.Second)
	for range 5000 {
		p.Tick()
	}
	if !strings.Contains(out.String(), "\rvalidate big.csv: 5120 lines...") {
		t.Errorf("progress %q", out.String())
	}
	// Within ProgressEvery of the last line: not rewritten.
	n := out.Len()
	p.Update(1 << 20)
	if out.Len() != n {
		t.Errorf("rewritten within ProgressEvery: %q", out.String())
	}
	p.Done()
	if !strings.HasSuffix(out.String(), "\r\033[K") {
		t.Errorf("Done did not clear the line: %q", out.String())
	}

	// A nil Progress reports nothing and does not panic.
	var none *report.Progress
	none.Tick()
	none.Update(1024)
	none.Done()
}
