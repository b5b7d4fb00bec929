package siu

import (
	"bufio"
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// SOURCES.md at the root of the repository lists every public source the
// rules, data and profile rest on, each under a heading "### <id>". The
// tests below keep every citation pointing at it.

// sourceIDRE is the form of a SOURCES.md id: lower-case words joined by
// hyphens ("dst-qa-2025", "budregn-4.5.3").
const sourceIDRE = `[a-z][a-z0-9]*(?:-[a-z0-9.]*[a-z0-9])+`

// citedIDRE finds the ids a rule's Source cites: an id followed by a colon
// ("dst-qa-2025: DST's answers …").
var citedIDRE = regexp.MustCompile(`(?:^|[^A-Za-z0-9._-])(` + sourceIDRE + `):`)

// citedSourceIDs returns the SOURCES.md ids cited in a rule's Source, in
// order.
func citedSourceIDs(source string) []string {
	var ids []string
	for _, m := range citedIDRE.FindAllStringSubmatch(source, -1) {
		ids = append(ids, m[1])
	}
	return ids
}

// moduleRoot returns the directory of the module's go.mod, walking up from
// the package directory.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the package directory")
		}
		dir = parent
	}
}

// sourcesMarkdownIDs returns the ids of SOURCES.md: its "### <id>"
// headings. It fails the test if the table at the top of the file does not
// list the same ids.
func sourcesMarkdownIDs(t *testing.T) map[string]bool {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(moduleRoot(t), "SOURCES.md"))
	if err != nil {
		t.Fatal(err)
	}
	headingRE := regexp.MustCompile("^### (" + sourceIDRE + ")$")
	rowRE := regexp.MustCompile("^\\| `(" + sourceIDRE + ")` \\|")
	ids := map[string]bool{}
	var headings, rows []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := sc.Text()
		if m := headingRE.FindStringSubmatch(line); m != nil {
			if ids[m[1]] {
				t.Errorf("SOURCES.md: id %s appears twice", m[1])
			}
			ids[m[1]] = true
			headings = append(headings, m[1])
		} else if strings.HasPrefix(line, "### ") {
			t.Errorf("SOURCES.md: heading %q is not an id (%s)", line, sourceIDRE)
		}
		if m := rowRE.FindStringSubmatch(line); m != nil {
			rows = append(rows, m[1])
		}
	}
	if len(ids) == 0 {
		t.Fatal("SOURCES.md has no sources")
	}
	if !slices.Equal(headings, rows) {
		t.Errorf("SOURCES.md: the table lists %v, the headings %v", rows, headings)
	}
	return ids
}

// TestRuleSources: every id a rule's Source cites is a source of
// SOURCES.md, and every rule that is not modeled cites one.
func TestRuleSources(t *testing.T) {
	ids := sourcesMarkdownIDs(t)
	for _, r := range Rules() {
		cited := citedSourceIDs(r.Source)
		if !r.Modeled() && len(cited) == 0 {
			t.Errorf("%s: source %q is not modeled and cites no id of SOURCES.md", r.Code, r.Source)
		}
		for _, id := range cited {
			if !ids[id] {
				t.Errorf("%s: source cites %q, which SOURCES.md does not list", r.Code, id)
			}
		}
	}
}

// TestCitationsInsideRepository: no .go, .md, .json, .csv or .xsd file of
// the repository cites a document outside it (the project's working notes
// and seed documents, which a vendor's clone does not have); each cites
// SOURCES.md instead, and every "SOURCES.md: <id>, <id>" names ids it lists.
func TestCitationsInsideRepository(t *testing.T) {
	// The needles are built from parts so that this file does not match.
	needles := []string{
		"sha" + "red/",
		"see" + "ds/",
		"DOM" + "AIN.md",
		"DOM" + "AIN §",
		"FOR" + "MAT.md",
	}
	ids := sourcesMarkdownIDs(t)
	citeRE := regexp.MustCompile(`SOURCES\.md: (` + sourceIDRE + `(?:, ` + sourceIDRE + `)*)`)
	root := moduleRoot(t)
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(path) {
		case ".go", ".md", ".json", ".csv", ".xsd":
		default:
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		for i, line := range strings.Split(string(b), "\n") {
			for _, n := range needles {
				if strings.Contains(line, n) {
					t.Errorf("%s:%d: cites %q, outside the repository; cite SOURCES.md by id (or package xmlformat for the XML profile)", rel, i+1, n)
				}
			}
			for _, m := range citeRE.FindAllStringSubmatch(line, -1) {
				for _, id := range strings.Split(m[1], ", ") {
					if !ids[id] {
						t.Errorf("%s:%d: cites SOURCES.md: %s, which SOURCES.md does not list", rel, i+1, id)
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
