package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/siukit/siukit/sample"
)

func TestDemo(t *testing.T) {
	dir := t.TempDir()
	r := runSIU(t, "", "demo", "--out", dir)
	r.wantCode(t, exitOK)
	r.wantOut(t,
		"Step 1 of 6", "Findings: 6 errors", "All 12 found",
		"Step 2 of 6", "3010 postings in",
		"Step 3 of 6", "Findings: 0 errors",
		"Step 4 of 6", "Schema: valid",
		"Step 5 of 6",
		"Step 6 of 6", "the lines agree with the accounts",
		"--ignore SIU-PSR-004",
	)
	for _, m := range sample.Mistakes() {
		if !strings.Contains(r.stdout, m.Code) {
			t.Errorf("the demo does not show mistake %s", m.Code)
		}
	}
	for _, name := range []string{"postings-2025.csv", "postings-2025-corrected.csv", "lines-2025.csv", "siu-461-2025-samlet.xml", "accounts-2025.csv"} {
		if !fileExists(filepath.Join(dir, name)) {
			t.Errorf("the demo did not write %s", name)
		}
	}
	// The commands it prints work on the files it wrote.
	xml := filepath.Join(dir, "siu-461-2025-samlet.xml")
	runSIU(t, "", "check", xml).wantCode(t, exitOK)

	// The XML is the same on every run.
	first, err := os.ReadFile(xml)
	if err != nil {
		t.Fatal(err)
	}
	dir2 := t.TempDir()
	runSIU(t, "", "demo", "--out", dir2).wantCode(t, exitOK)
	second, err := os.ReadFile(filepath.Join(dir2, "siu-461-2025-samlet.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if string(first) != string(second) {
		t.Error("two demo runs wrote different XML")
	}
}

func TestDemoDefaultDir(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	r := runSIU(t, "", "demo")
	r.wantCode(t, exitOK)
	if !strings.Contains(r.stdout, "Files: "+os.Getenv("TMPDIR")) {
		t.Errorf("the demo does not name its new directory under TMPDIR:\n%s", r.stdout[:300])
	}
}
