package conformance

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
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
}

// kinds works out the kinds of a case from the table alone: aggregate for
// postings; validate for a delivery, and encode too when the delivery
// parses and no expected finding is an error.
func (d caseDef) kinds() []Kind {
	if d.agg != nil {
		return []Kind{KindAggregate}
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
			parts = append(parts, c+": "+r.Source)
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
// and the reference implementation give; with -update it rewrites them.
func TestSuiteFiles(t *testing.T) {
	files, problems, err := generate(caseTable())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
	if *update {
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
	disk := os.DirFS(".")
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
