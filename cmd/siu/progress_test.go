package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgress(t *testing.T) {
	var errOut bytes.Buffer
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	e := &env{stderr: &errOut, progress: true, now: func() time.Time { return clock }}
	p := e.newProgress("validate big.csv", "lines")
	for range 5000 { // within the first second: silent
		p.Tick()
	}
	if errOut.Len() != 0 {
		t.Fatalf("progress printed within the first second: %q", errOut.String())
	}
	clock = clock.Add(2 * time.Second)
	for range 5000 {
		p.Tick()
	}
	if !strings.Contains(errOut.String(), "\rvalidate big.csv: 5120 lines...") {
		t.Errorf("progress %q", errOut.String())
	}
	p.Done()
	if !strings.HasSuffix(errOut.String(), "\r\033[K") {
		t.Errorf("done did not clear the line: %q", errOut.String())
	}

	// Not a terminal: nothing at all.
	errOut.Reset()
	e.progress = false
	p = e.newProgress("x", "lines")
	clock = clock.Add(time.Hour)
	for range 5000 {
		p.Tick()
	}
	p.Done()
	if errOut.Len() != 0 {
		t.Errorf("progress without a terminal: %q", errOut.String())
	}
}
