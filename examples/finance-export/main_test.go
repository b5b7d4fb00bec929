package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFinanceExport(t *testing.T) {
	out := filepath.Join(t.TempDir(), "delivery.xml")
	var b bytes.Buffer
	if err := run(&b, []string{"", out}); err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	got := b.String()
	for _, want := range []string{
		"6 postings, 3 lines\n",
		"150685-**** 5384210000000040   14700.00 2025-03-02..2025-03-22\n",
		"150685-**** 5384210000000072   -1050.00 2025-03-02..2025-03-22\n",
		"030372-**** 5384210000000047   34200.00 2025-01-01..2025-02-28\n",
		"0 findings, 0 errors\n",
		"wrote delivery.xml (schema: valid)\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(data), "<IndividUdgiftStruktur>"); n != 3 {
		t.Errorf("the file has %d lines, want 3", n)
	}
}

// An export with a bad amount is refused with its line and column.
func TestFinanceExportBadInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "export.csv")
	bad := strings.Replace(export, "4.900,00", "4.900,0,0", 1)
	if err := os.WriteFile(in, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	err := run(&b, []string{in, filepath.Join(dir, "out.xml")})
	if err == nil || !strings.Contains(err.Error(), "line 3, column 5 (Beløb)") {
		t.Errorf("error %v, want one naming line 3, column 5 (Beløb)", err)
	}
}
