package main

import (
	"encoding/json"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"testing"

	"github.com/siukit/siukit/conformance"
)

func TestConformanceExport(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "suite")
	r := runSIU(t, "", "conformance", "export", dir)
	r.wantCode(t, exitOK)
	r.wantOut(t, "Wrote conformance suite "+conformance.Version)
	cases, err := conformance.LoadCases(os.DirFS(dir))
	if err != nil {
		t.Fatalf("the exported suite does not load: %v", err)
	}
	want, _ := conformance.Cases()
	if len(cases) != len(want) {
		t.Errorf("%d cases exported, want %d", len(cases), len(want))
	}
	if !fileExists(filepath.Join(dir, "README.md")) {
		t.Error("no README.md")
	}
	runSIU(t, "", "conformance", "export").wantCode(t, exitUsage)
}

// The reference subcommand follows the stdin/stdout contract: its output
// for a case is the case's expected outcome.
func TestConformanceReference(t *testing.T) {
	cases, err := conformance.Cases()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		for _, k := range c.Kinds {
			file := conformance.InputFile
			switch k {
			case conformance.KindAggregate:
				file = conformance.PostingsFile
			case conformance.KindRead:
				file = conformance.InputXMLFile
			}
			in, err := fs.ReadFile(conformance.FS(), path.Join(conformance.CasesDir, c.ID, file))
			if err != nil {
				t.Fatal(err)
			}
			r := runSIU(t, string(in), "conformance", "reference", string(k))
			r.wantCode(t, exitOK)
			switch k {
			case conformance.KindValidate:
				var got []conformance.Finding
				if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
					t.Fatalf("%s: %v", c.ID, err)
				}
				if m := conformance.CompareFindings(c.Findings, got); len(m) > 0 {
					t.Errorf("%s/validate: %v", c.ID, m)
				}
			case conformance.KindEncode:
				if r.stdout != string(c.XML) {
					t.Errorf("%s/encode: the XML differs from expected.xml", c.ID)
				}
			case conformance.KindAggregate:
				var got []conformance.Line
				if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
					t.Fatalf("%s: %v", c.ID, err)
				}
				if m := conformance.CompareLines(c.Lines, got); len(m) > 0 {
					t.Errorf("%s/aggregate: %v", c.ID, m)
				}
			case conformance.KindRead:
				var got conformance.Verdict
				if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
					t.Fatalf("%s: %v", c.ID, err)
				}
				if m := conformance.CompareVerdict(*c.Verdict, got); len(m) > 0 {
					t.Errorf("%s/read: %v", c.ID, m)
				}
			}
		}
	}
	runSIU(t, "{}", "conformance", "reference", "frobnicate").wantCode(t, exitUsage)
	runSIU(t, "not json", "conformance", "reference", "validate").wantCode(t, exitFail)
}

func TestConformanceRunUsage(t *testing.T) {
	runSIU(t, "", "conformance", "run").wantCode(t, exitUsage)
	r := runSIU(t, "", "conformance", "run", "--", "/no/such/program")
	r.wantCode(t, exitUsage)
	runSIU(t, "", "conformance", "run", "--kind", "sing", "--", "true").wantCode(t, exitUsage)
	runSIU(t, "", "conformance").wantCode(t, exitUsage)
	runSIU(t, "", "conformance", "dance").wantCode(t, exitUsage)
}
