package source_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/siukit/siukit/source"
)

func TestSniff(t *testing.T) {
	for _, c := range []struct {
		head string
		want source.Format
		err  error
	}{
		{"", 0, source.ErrEmptyInput},
		{"\ufeff \r\n\t", 0, source.ErrEmptyInput},
		{"CPR;Konto\r\n", source.CSV, nil},
		{"PK\x03\x04rest", source.XLSX, nil},
		{`{"header":{}}`, source.JSON, nil},
		{"<?xml version", source.XML, nil},
		{"\x00\x01\x02binary", 0, source.ErrBinary},
		{"\xd0\xcf\x11\xe0 old xls", 0, source.ErrBinary},
		{"\xff\xfeC\x00P\x00", source.CSV, nil},
	} {
		got, err := source.Sniff([]byte(c.head))
		if got != c.want || !errors.Is(err, c.err) {
			t.Errorf("Sniff(%q) = %v, %v; want %v, %v", c.head, got, err, c.want, c.err)
		}
	}
}

func TestLimitReader(t *testing.T) {
	e := &source.LimitError{Name: "x.csv", What: "a chart of accounts", Limit: 4, Hint: "split it"}
	b, err := io.ReadAll(source.LimitReader(strings.NewReader("1234"), e))
	if err != nil || string(b) != "1234" {
		t.Errorf("at the limit: %q, %v", b, err)
	}
	b, err = io.ReadAll(source.LimitReader(strings.NewReader("12345"), e))
	if err != e || string(b) != "1234" {
		t.Errorf("beyond the limit: %q, %v", b, err)
	}
	if got, want := e.Error(), "x.csv is larger than 4 bytes, the limit for a chart of accounts: split it"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got := source.FormatBytes(16 << 20); got != "16 MiB" {
		t.Errorf("FormatBytes = %q", got)
	}
}

func TestOpenFile(t *testing.T) {
	dir := t.TempDir()
	if _, err := source.OpenFile(dir, nil, source.Options{}); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("a directory: %v", err)
	}
	if _, err := source.OpenFile(filepath.Join(dir, "none.csv"), nil, source.Options{}); err == nil || strings.Contains(err.Error(), "open ") {
		t.Errorf("no such file: %v", err)
	}
	f, err := source.OpenFile("-", strings.NewReader("CPR;Konto;Beløb;Startdato;Slutdato\n"), source.Options{})
	if err != nil || f.Name != "stdin" || f.Format != source.CSV || f.Source == nil {
		t.Fatalf("stdin: %+v, %v", f, err)
	}
	f.Close()
	p := filepath.Join(dir, "x.json")
	os.WriteFile(p, []byte("{"), 0o600)
	f, err = source.OpenFile(p, nil, source.Options{})
	if err != nil || f.Fatal == nil || f.Source != nil {
		t.Fatalf("bad JSON: %+v, %v", f, err)
	}
	f.Close()
}
