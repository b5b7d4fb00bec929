package main

import (
	"os"
	"testing"
)

func TestGenerate(t *testing.T) {
	a := runSIU(t, "", "generate", "-n", "200", "--seed", "7")
	a.wantCode(t, exitOK)
	b := runSIU(t, "", "generate", "-n", "200", "--seed", "7")
	c := runSIU(t, "", "generate", "-n", "200", "--seed", "8")
	if a.stdout != b.stdout {
		t.Error("the same seed gave different files")
	}
	if a.stdout == c.stdout {
		t.Error("another seed gave the same file")
	}
	if got := len(readLinesCSV(t, []byte(a.stdout))); got != 200 {
		t.Errorf("%d postings, want 200", got)
	}

	// The file aggregates, validates without errors and encodes.
	p := writeFile(t, "gen.csv", a.stdout)
	runSIU(t, "", "aggregate", "--merge-fictive", "-o", p+".lines.csv", p).wantCode(t, exitOK)
	runSIU(t, "", "validate", "--municipality", "461", "--year", "2025", p+".lines.csv").wantCode(t, exitOK)

	out := p + ".boern.csv"
	r := runSIU(t, "", "generate", "-n", "50", "--area", "boern", "--municipality", "101", "-o", out)
	r.wantCode(t, exitOK)
	r.wantOut(t, "Wrote 50 postings to "+out, "area BOERN")
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range readLinesCSV(t, data) {
		if rec.Account[:3] != "528" {
			t.Errorf("a children's posting on %s", rec.Account)
		}
	}
}

func TestGenerateUsage(t *testing.T) {
	for _, a := range [][]string{
		{"-n", "-1"},
		{"--area", "X"},
		{"--year", "1999"},
		{"extra"},
	} {
		runSIU(t, "", append([]string{"generate"}, a...)...).wantCode(t, exitUsage)
	}
}
