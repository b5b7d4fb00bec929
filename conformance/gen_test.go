package conformance

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/siukit/siukit/siu"
)

var update = flag.Bool("update", false, "rewrite the suite (suite.json, cases/) from the case table and the reference implementation")

// caseDef is one case of the table the suite is generated from (cases_test.go).
type caseDef struct {
	id, title string
	role      Role
	rules     []string // the rules exercised
	triggers  []string // the codes findings.json must hold (validate cases)
	source    string   // "" cites the rules' sources
	note      string
	in        *Input
	agg       *AggregateInput
	years     []int // nil: the header's year, or the postings' years
	// A read case: the file (input.xml) and the verdict the table declares
	// for it, independently of the reference reader: accept, or refuse
	// with the line of the first problem.
	xml     []byte
	verdict string
	line    int
}

// kinds works out the kinds of a case from the table alone: aggregate for
// postings; validate for a delivery, and encode too when the delivery
// parses and no expected finding is an error.
func (d caseDef) kinds() []Kind {
	if d.agg != nil {
		return []Kind{KindAggregate}
	}
	if d.xml != nil {
		return []Kind{KindRead}
	}
	ks := []Kind{KindValidate}
	if _, err := d.in.Delivery(); err != nil {
		return ks
	}
	for _, c := range d.triggers {
		if r, _ := siu.LookupRule(c); r.Severity == siu.Error {
			return ks
		}
	}
	return append(ks, KindEncode)
}

// leansOn names, for the modeled rules whose catalogue source cites no id
// of SOURCES.md, the public source the rule leans on, so that every
// manifest cites at least one (TestManifests).
var leansOn = map[string]string{
	"SIU-HDR-009": "dst-envelope-xsd: the envelope's values are XML text",
	"SIU-PSR-006": "cpr-opbygning: the birth date and the century table of the CPR number",
	"SIU-BEL-002": "sm-hoering-2024: the amount, udgift or egenbetaling, is one of the five mandatory elements",
	"SIU-BEL-006": "sm-hoering-2024: the amount, udgift or egenbetaling, is one of the five mandatory elements",
	"SIU-PER-002": "dst-envelope-xsd: DST's delivery schemas give dates as xs:date",
}

// manifest builds the case's manifest.
func (d caseDef) manifest() (Manifest, error) {
	m := Manifest{
		Suite:    Version,
		ID:       d.id,
		Title:    d.title,
		Kinds:    d.kinds(),
		Role:     d.role,
		Rules:    nonNil(d.rules),
		Triggers: nonNil(slices.Compact(slices.Sorted(slices.Values(d.triggers)))),
		Source:   d.source,
		Years:    d.years,
		Profile:  Profile,
		Note:     d.note,
	}
	if m.Source == "" {
		var parts []string
		for _, c := range d.rules {
			r, ok := siu.LookupRule(c)
			if !ok {
				return Manifest{}, fmt.Errorf("%s: rule %s not in the catalogue", d.id, c)
			}
			part := c + ": " + r.Source
			if !citedIDRE.MatchString(r.Source) {
				lean, ok := leansOn[c]
				if !ok {
					return Manifest{}, fmt.Errorf("%s: rule %s cites no source of SOURCES.md: add it to leansOn", d.id, c)
				}
				part += " (" + lean + ")"
			}
			parts = append(parts, part)
		}
		m.Source = strings.Join(parts, "; ")
	}
	if m.Years == nil {
		switch {
		case d.in != nil:
			y, err := atoiOrZero(d.in.Header.Year)
			if err != nil {
				return Manifest{}, fmt.Errorf("%s: %v", d.id, err)
			}
			m.Years = []int{y}
		case d.agg != nil:
			m.Years = postingYears(d.agg.Postings)
		case d.xml != nil:
			m.Years = []int{readYear}
		}
	}
	return m, m.Check()
}

// postingYears returns the years the postings' dates fall in, sorted.
func postingYears(ps []Line) []int {
	var ys []int
	for _, p := range ps {
		for _, s := range []string{p.Start, p.End} {
			if len(s) >= 4 {
				if y, err := atoiOrZero(s[:4]); err == nil && y > 0 && !slices.Contains(ys, y) {
					ys = append(ys, y)
				}
			}
		}
	}
	slices.Sort(ys)
	return ys
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// marshalJSON is the suite's JSON form: two-space indent, no HTML
// escaping, a final newline.
func marshalJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// generate returns every file of the suite, by slash path, from the table
// and the reference implementation. problems lists the cases whose
// reference findings disagree with the triggers the table declares.
func generate(defs []caseDef) (files map[string][]byte, problems []string, err error) {
	files = map[string][]byte{}
	ref := Reference()
	var ids []string
	put := func(name string, v any) error {
		b, err := marshalJSON(v)
		if err != nil {
			return err
		}
		files[name] = b
		return nil
	}
	for _, d := range defs {
		m, err := d.manifest()
		if err != nil {
			return nil, nil, err
		}
		ids = append(ids, d.id)
		dir := path.Join(CasesDir, d.id)
		if err := put(path.Join(dir, ManifestFile), m); err != nil {
			return nil, nil, err
		}
		if d.in != nil {
			in := *d.in
			in.Lines = nonNil(in.Lines)
			if err := put(path.Join(dir, InputFile), in); err != nil {
				return nil, nil, err
			}
		}
		for _, k := range m.Kinds {
			switch k {
			case KindValidate:
				fs, err := ref.Validate(*d.in)
				if err != nil {
					return nil, nil, fmt.Errorf("%s: validate: %v", d.id, err)
				}
				var codes []string
				for _, f := range fs {
					codes = append(codes, f.Code)
				}
				codes = nonNil(slices.Compact(slices.Sorted(slices.Values(codes))))
				if !slices.Equal(codes, m.Triggers) {
					problems = append(problems, fmt.Sprintf("%s: the reference finds %v, the table declares %v", d.id, codes, m.Triggers))
				}
				if err := put(path.Join(dir, FindingsFile), fs); err != nil {
					return nil, nil, err
				}
			case KindEncode:
				x, err := ref.Encode(*d.in)
				if err != nil {
					return nil, nil, fmt.Errorf("%s: encode: %v", d.id, err)
				}
				files[path.Join(dir, XMLFile)] = x
			case KindRead:
				files[path.Join(dir, InputXMLFile)] = d.xml
				v, err := ref.(XMLReader).ReadXML(d.xml)
				if err != nil {
					return nil, nil, fmt.Errorf("%s: read: %v", d.id, err)
				}
				if v.Verdict != d.verdict || v.Line != d.line {
					problems = append(problems, fmt.Sprintf("%s: the reference reader says %s line %d, the table declares %s line %d", d.id, v.Verdict, v.Line, d.verdict, d.line))
				}
				if err := put(path.Join(dir, VerdictFile), v); err != nil {
					return nil, nil, err
				}
			case KindAggregate:
				if err := put(path.Join(dir, PostingsFile), d.agg); err != nil {
					return nil, nil, err
				}
				ls, err := ref.(Aggregator).Aggregate(*d.agg)
				if err != nil {
					return nil, nil, fmt.Errorf("%s: aggregate: %v", d.id, err)
				}
				if err := put(path.Join(dir, LinesFile), nonNil(ls)); err != nil {
					return nil, nil, err
				}
			}
		}
	}
	if err := put(SuiteFile, Suite{Version: Version, Profile: Profile, Cases: ids}); err != nil {
		return nil, nil, err
	}
	return files, problems, nil
}

// TestSuiteFiles checks that the files on disk are exactly what the table
// and the reference implementation give; with -update it rewrites them,
// but only as frozenChanges allows: the committed expectations are the
// contract, and a case whose files change needs a new Version and a line
// in CHANGELOG.md.
func TestSuiteFiles(t *testing.T) {
	files, problems, err := generate(caseTable())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
	disk := os.DirFS(".")
	if *update {
		if len(problems) > 0 {
			t.Fatal("the table and the reference disagree: nothing written")
		}
		old, err := readTree(disk)
		if err != nil {
			t.Fatal(err)
		}
		changelog, err := os.ReadFile(filepath.Join("..", "CHANGELOG.md"))
		if err != nil {
			t.Fatal(err)
		}
		if err := frozenChanges(old, files, Version, string(changelog)); err != nil {
			t.Fatalf("refusing to rewrite the suite:\n%v", err)
		}
		if err := os.RemoveAll(CasesDir); err != nil {
			t.Fatal(err)
		}
		for name, b := range files {
			p := filepath.FromSlash(name)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("wrote %d files", len(files))
		return
	}
	for name, want := range files {
		got, err := fs.ReadFile(disk, name)
		if err != nil {
			t.Errorf("%s: %v (run go test ./conformance -update)", name, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from what the table and the reference implementation give (run go test ./conformance -update)", name)
		}
	}
	err = fs.WalkDir(disk, CasesDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && files[p] == nil {
			t.Errorf("%s is not generated from the table (run go test ./conformance -update)", p)
		}
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
}

// readTree returns suite.json and every file under cases/ of fsys, by
// slash path; nothing when there is no suite yet.
func readTree(fsys fs.FS) (map[string][]byte, error) {
	out := map[string][]byte{}
	if b, err := fs.ReadFile(fsys, SuiteFile); err == nil {
		out[SuiteFile] = b
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	err := fs.WalkDir(fsys, CasesDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		out[p] = b
		return err
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	return out, nil
}

// frozenFiles are the files of a case that are its contract: its inputs
// and its expected outcomes. A manifest changes with every version (its
// suite key) and is not among them.
var frozenFiles = []string{InputFile, PostingsFile, InputXMLFile, FindingsFile, XMLFile, LinesFile, VerdictFile}

// frozenChanges decides whether the suite in old (the files on disk) may
// be replaced by the one in new: it returns nil when no frozen file of an
// existing case changes or disappears, and otherwise only when version is
// above the version of old's suite.json and the section
// "## Conformance suite <version>" of changelog names every changed or
// removed case as `id`. The error lists every case that stops it.
func frozenChanges(old, new map[string][]byte, version, changelog string) error {
	var oldSuite Suite
	if b, ok := old[SuiteFile]; ok {
		if err := json.Unmarshal(b, &oldSuite); err != nil {
			return fmt.Errorf("%s on disk: %v", SuiteFile, err)
		}
	}
	changed := map[string][]string{} // case id → files
	for name, b := range old {
		dir, file := path.Split(name)
		if !strings.HasPrefix(dir, CasesDir+"/") || !slices.Contains(frozenFiles, file) {
			continue
		}
		id := strings.TrimSuffix(strings.TrimPrefix(dir, CasesDir+"/"), "/")
		nb, ok := new[name]
		switch {
		case !ok:
			changed[id] = append(changed[id], file+" removed")
		case !bytes.Equal(nb, b):
			changed[id] = append(changed[id], file+" changed")
		}
	}
	if len(changed) == 0 {
		return nil
	}
	ids := slices.Sorted(maps.Keys(changed))
	var errs []error
	if oldSuite.Version != "" && !versionAbove(version, oldSuite.Version) {
		errs = append(errs, fmt.Errorf("the expected files of %d cases change (%s), but Version is still %s: raise conformance.Version and name each case in CHANGELOG.md", len(ids), strings.Join(ids, ", "), version))
		return errors.Join(errs...)
	}
	section := changelogSection(changelog, version)
	if section == "" {
		return fmt.Errorf("CHANGELOG.md has no section \"## Conformance suite %s\" naming the changed cases %s", version, strings.Join(ids, ", "))
	}
	for _, id := range ids {
		if !strings.Contains(section, "`"+id+"`") {
			errs = append(errs, fmt.Errorf("case %s: %s; CHANGELOG.md's section for %s does not name `%s`", id, strings.Join(changed[id], ", "), version, id))
		}
	}
	return errors.Join(errs...)
}

// changelogSection returns the text of CHANGELOG.md's section for the
// suite version v, from its heading to the next heading of the same level.
func changelogSection(changelog, v string) string {
	head := "## Conformance suite " + v + "\n"
	i := strings.Index(changelog, head)
	if i < 0 {
		return ""
	}
	rest := changelog[i+len(head):]
	if j := strings.Index(rest, "\n## "); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// versionAbove reports whether the version a (major.minor.patch) is above b.
func versionAbove(a, b string) bool {
	pa, okA := semver(a)
	pb, okB := semver(b)
	if !okA || !okB {
		return false
	}
	return slices.Compare(pa[:], pb[:]) > 0
}

func semver(v string) ([3]int, bool) {
	var out [3]int
	parts := strings.Split(v, ".")
	if len(parts) != 3 {
		return out, false
	}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return out, false
		}
		out[i] = n
	}
	return out, true
}
