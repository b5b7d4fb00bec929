package errtext

import (
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"
)

func TestMessage(t *testing.T) {
	errX := errors.New("x failed")
	tb := &Table{
		Causes:  map[error]string{errX: "x fejlede"},
		Formats: map[string]string{"%s %d has %d days": "%s %d har %d dage", "in %s": "i %s"},
		Words:   map[string]string{"the file": "filen"},
	}
	m := tb.New(errX, "%s %d has %d days", time.February, 2025, 28)
	if got, want := m.Error(), "x failed: February 2025 has 28 days"; got != want {
		t.Errorf("Error %q, want %q", got, want)
	}
	if got, want := m.Danish(), "x fejlede: februar 2025 har 28 dage"; got != want {
		t.Errorf("Danish %q, want %q", got, want)
	}
	if !errors.Is(m, errX) {
		t.Error("not errors.Is its cause")
	}
	if got, want := tb.New(nil, "in %s", "the file").Danish(), "i filen"; got != want {
		t.Errorf("Danish %q, want %q", got, want)
	}
	// Another package's detail stays English after the Danish lead.
	wrapped := fmt.Errorf("%w: want ten digits", errX)
	if got, want := tb.Danish(wrapped), "x fejlede: want ten digits"; got != want {
		t.Errorf("Danish %q, want %q", got, want)
	}
	if got := tb.Danish(errors.New("other")); got != "other" {
		t.Errorf("Danish of an unknown error %q", got)
	}
}

func TestVerbs(t *testing.T) {
	if got, want := Verbs("%s: %#x %04X %% %[1]q %-5d"), []string{"%s", "%x", "%X", "%q", "%d"}; !slices.Equal(got, want) {
		t.Errorf("Verbs %q, want %q", got, want)
	}
}
