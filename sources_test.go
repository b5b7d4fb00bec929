package siukit

import (
	"bytes"
	"os"
	"testing"
)

func TestSourcesIsTheFile(t *testing.T) {
	want, err := os.ReadFile("SOURCES.md")
	if err != nil {
		t.Fatal(err)
	}
	got := Sources()
	if !bytes.Equal(got, want) || len(got) == 0 {
		t.Fatalf("Sources() is %d bytes, SOURCES.md %d", len(got), len(want))
	}
	got[0] ^= 1
	if !bytes.Equal(Sources(), want) {
		t.Error("changing the returned slice changed the sources")
	}
}
