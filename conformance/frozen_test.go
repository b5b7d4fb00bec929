package conformance

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFrozenChanges: -update rewrites an existing case's expected files
// only under a raised version whose changelog section names the case.
func TestFrozenChanges(t *testing.T) {
	suite := func(v string) []byte { return []byte(`{"version":"` + v + `","profile":"p","cases":[]}`) }
	old := map[string][]byte{
		SuiteFile:                         suite("0.3.0"),
		"cases/a-case/manifest.json":      []byte(`{"suite":"0.3.0"}`),
		"cases/a-case/findings.json":      []byte(`[]`),
		"cases/b-case/expected.xml":       []byte(`<x/>`),
		"cases/gone-case/lines.json":      []byte(`[]`),
		"cases/reader-case/verdict.json":  []byte(`{"verdict":"accept"}`),
		"cases/reader-case/manifest.json": []byte(`{}`),
	}
	same := func() map[string][]byte {
		m := map[string][]byte{}
		for k, v := range old {
			m[k] = v
		}
		return m
	}
	changelog := "# Changelog\n\n## Conformance suite 0.4.0\n\nChanged: `a-case` finds more.\nRemoved: `gone-case`.\n\n## Conformance suite 0.3.0\n\nAdded `b-case`.\n"

	tests := []struct {
		name    string
		change  func(m map[string][]byte)
		version string
		log     string
		want    string // "" for no error, else in the error
	}{
		{"nothing changes", func(map[string][]byte) {}, "0.3.0", changelog, ""},
		{"a new case", func(m map[string][]byte) { m["cases/new-case/findings.json"] = []byte(`[]`) }, "0.3.0", changelog, ""},
		{"a manifest changes", func(m map[string][]byte) { m["cases/a-case/manifest.json"] = []byte(`{"suite":"0.4.0"}`) }, "0.3.0", changelog, ""},
		{"findings change, same version", func(m map[string][]byte) { m["cases/a-case/findings.json"] = []byte(`[{}]`) }, "0.3.0", changelog, "Version is still 0.3.0"},
		{"findings change, version lowered", func(m map[string][]byte) { m["cases/a-case/findings.json"] = []byte(`[{}]`) }, "0.2.9", changelog, "Version is still"},
		{"findings change, raised and named", func(m map[string][]byte) { m["cases/a-case/findings.json"] = []byte(`[{}]`) }, "0.4.0", changelog, ""},
		{"xml changes, raised but not named", func(m map[string][]byte) { m["cases/b-case/expected.xml"] = []byte(`<y/>`) }, "0.4.0", changelog, "does not name `b-case`"},
		{"named only under an older version", func(m map[string][]byte) { m["cases/b-case/expected.xml"] = []byte(`<y/>`) }, "0.4.0", changelog, "b-case"},
		{"removed and named", func(m map[string][]byte) { delete(m, "cases/gone-case/lines.json") }, "0.4.0", changelog, ""},
		{"removed, not raised", func(m map[string][]byte) { delete(m, "cases/gone-case/lines.json") }, "0.3.0", changelog, "gone-case"},
		{"verdict changes, no section", func(m map[string][]byte) { m["cases/reader-case/verdict.json"] = []byte(`{"verdict":"refuse"}`) }, "0.5.0", changelog, "no section"},
		{"a name inside a longer one does not count", func(m map[string][]byte) { m["cases/a-case/findings.json"] = []byte(`[{}]`) }, "0.4.0", "## Conformance suite 0.4.0\n\n`a-case-2` changed.\n", "does not name `a-case`"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := same()
			tt.change(m)
			err := frozenChanges(old, m, tt.version, tt.log)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestChangelogHasVersion: CHANGELOG.md has a section for the suite's
// Version, where -update looks for the cases that change.
func TestChangelogHasVersion(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "CHANGELOG.md"))
	if err != nil {
		t.Fatal(err)
	}
	if changelogSection(string(b), Version) == "" {
		t.Errorf("CHANGELOG.md has no section \"## Conformance suite %s\"", Version)
	}
}

func TestVersionAbove(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"0.3.0", "0.2.0", true},
		{"0.10.0", "0.9.9", true},
		{"1.0.0", "0.99.99", true},
		{"0.2.0", "0.2.0", false},
		{"0.2.0", "0.3.0", false},
		{"0.3", "0.2.0", false},
		{"x.y.z", "0.2.0", false},
	} {
		if got := versionAbove(tt.a, tt.b); got != tt.want {
			t.Errorf("versionAbove(%s, %s) = %v", tt.a, tt.b, got)
		}
	}
}
