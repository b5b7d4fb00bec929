package conformance

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
)

// exported exports the suite into a temporary directory once per test.
func exported(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := Export(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

func readCSV(t *testing.T, name string, header ...string) [][]string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(recs) == 0 || !slices.Equal(recs[0], header) {
		t.Fatalf("%s: header %v, want %v", name, recs[0], header)
	}
	return recs[1:]
}

// TestExportCarriesTheSpecification: the export holds the specification,
// the catalogue, the profile and the data, each equal to what the library
// uses.
func TestExportCarriesTheSpecification(t *testing.T) {
	skipIfUpdating(t)
	dir := exported(t)
	read := func(name string) []byte {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}

	// SPEC.md and README.md are the package's; RULES.md is the
	// repository's, both written by siu.WriteRulesMarkdown.
	if !bytes.Equal(read(SpecFile), spec) || !bytes.Equal(read("README.md"), readme) {
		t.Error("SPEC.md or README.md differ from the package's")
	}
	repoSources, err := os.ReadFile(filepath.Join("..", SourcesFile))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(read(SourcesFile), repoSources) {
		t.Error("the exported SOURCES.md differs from the repository's")
	}
	repoRules, err := os.ReadFile(filepath.Join("..", "RULES.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(read(RulesFile), repoRules) {
		t.Error("the exported RULES.md differs from the repository's (go test ./siu -run TestRulesMarkdown -update)")
	}
	var rules []struct {
		Code, Severity, Field, Description string
	}
	if err := json.Unmarshal(read(RulesJSONFile), &rules); err != nil {
		t.Fatal(err)
	}
	cat := siu.Rules()
	if len(rules) != len(cat) {
		t.Fatalf("rules.json has %d rules, the catalogue %d", len(rules), len(cat))
	}
	for i, r := range cat {
		if rules[i].Code != r.Code || rules[i].Severity != r.Severity.String() || rules[i].Field != r.Field || rules[i].Description != r.Description {
			t.Errorf("rules.json[%d] = %+v, the catalogue says %s", i, rules[i], r.Code)
		}
	}

	// profile.json is the default profile in ReadProfile's form.
	p, err := xmlformat.ReadProfile(bytes.NewReader(read(ProfileFile)))
	if err != nil {
		t.Fatal(err)
	}
	if p != xmlformat.DefaultProfile() {
		t.Errorf("profile.json = %+v, want the default profile", p)
	}

	// The charts: every embedded year, every function, art and dranst.
	fns := readCSV(t, filepath.Join(dir, DataDir, FunctionsFile), "year", "function", "name", "scope", "area", "paragraphs", "modeled")
	arts := readCSV(t, filepath.Join(dir, DataDir, ArtsFile), "year", "art", "name", "kind", "modeled")
	drs := readCSV(t, filepath.Join(dir, DataDir, DranstFile), "year", "dranst", "name", "siu")
	var years []int
	for _, r := range fns {
		y, _ := strconv.Atoi(r[0])
		if !slices.Contains(years, y) {
			years = append(years, y)
		}
	}
	if !slices.Equal(years, kontoplan.Years()) {
		t.Errorf("functions.csv has the years %v, kontoplan has %v", years, kontoplan.Years())
	}
	for _, y := range kontoplan.Years() {
		c, err := kontoplan.ChartFor(y)
		if err != nil {
			t.Fatal(err)
		}
		year := strconv.Itoa(y)
		var gotF [][]string
		for _, r := range fns {
			if r[0] == year {
				gotF = append(gotF, r)
			}
		}
		if len(gotF) != len(c.Functions()) {
			t.Errorf("%d: %d functions exported, the chart has %d", y, len(gotF), len(c.Functions()))
			continue
		}
		for i, f := range c.Functions() {
			fn, err := kontoplan.ParseFunction(gotF[i][1])
			if err != nil || fn != f.Function || gotF[i][2] != f.Name || gotF[i][3] != f.Scope.String() ||
				gotF[i][4] != siu.AreaOf(f.Function).String() || gotF[i][5] != strings.Join(f.Paragraphs, ";") || gotF[i][6] != strconv.FormatBool(f.Modeled) {
				t.Errorf("%d: functions.csv row %v, the chart has %+v", y, gotF[i], f)
			}
		}
		var gotA [][]string
		for _, r := range arts {
			if r[0] == year {
				gotA = append(gotA, r)
			}
		}
		if len(gotA) != len(c.Arts()) {
			t.Errorf("%d: %d arts exported, the chart has %d", y, len(gotA), len(c.Arts()))
			continue
		}
		for i, a := range c.Arts() {
			if gotA[i][1] != a.Art.String() || gotA[i][2] != a.Name || gotA[i][3] != a.Kind.String() || gotA[i][4] != strconv.FormatBool(a.Modeled) {
				t.Errorf("%d: arts.csv row %v, the chart has %+v", y, gotA[i], a)
			}
		}
		n := 0
		for _, r := range drs {
			if r[0] != year {
				continue
			}
			n++
			d, _ := strconv.Atoi(r[1])
			info, ok := c.Dranst(kontoplan.Dranst(d))
			if !ok || r[2] != info.Name || r[3] != strconv.FormatBool(info.SIU) {
				t.Errorf("%d: dranst.csv row %v, the chart has %+v", y, r, info)
			}
		}
		// The rows are those of the embedded file itself.
		raw, err := os.ReadFile(filepath.Join("..", "kontoplan", "data", "kontoplan-"+year+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		count := func(prefix string) int {
			k := 0
			for _, l := range strings.Split(string(raw), "\n") {
				if strings.HasPrefix(l, prefix) {
					k++
				}
			}
			return k
		}
		if count("function,") != len(gotF) || count("art,") != len(gotA) || count("dranst,") != n {
			t.Errorf("%d: the export has %d functions, %d arts, %d dranst; kontoplan/data has %d, %d, %d",
				y, len(gotF), len(gotA), n, count("function,"), count("art,"), count("dranst,"))
		}
	}

	// The municipalities.
	ms := readCSV(t, filepath.Join(dir, DataDir, MunicipalitiesFile), "code", "name", "region")
	lib := siu.Municipalities()
	if len(ms) != 98 || len(lib) != 98 {
		t.Fatalf("%d municipalities exported, %d in the library, want 98", len(ms), len(lib))
	}
	for i, m := range lib {
		if ms[i][0] != strconv.Itoa(m.Code) || ms[i][1] != m.Name || ms[i][2] != strconv.Itoa(m.Region) {
			t.Errorf("municipalities.csv row %v, the library has %+v", ms[i], m)
		}
	}
}

// TestSpecSections: SPEC.md has the sections the export promises, and
// states the numbers the code uses.
func TestSpecSections(t *testing.T) {
	s := string(spec)
	for _, want := range []string{
		"## 1. The exported folder", "## 2. Data files", "## 3. The record grammar",
		"## 4. CPR numbers, fictive and replacement numbers", "## 5. Validation",
		"## 6. Which rules suppress which", "## 7. Aggregation",
		"## 8. The XML file: canonical bytes", "## 9. Reading a file", "## 10. How answers are compared",
		strconv.Itoa(siu.AnnualisationDays), strconv.Itoa(siu.MaxAmountDigits) + " digits",
		strconv.Itoa(kontoplan.CanonicalLen) + " digits",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("SPEC.md lacks %q", want)
		}
	}
	// Every case SPEC.md names exists.
	cases := loadSuite(t)
	ids := map[string]bool{}
	for _, c := range cases {
		ids[c.ID] = true
	}
	for _, f := range strings.Split(s, "`") {
		if (strings.HasPrefix(f, "precedence-") || strings.HasPrefix(f, "lev-") || strings.HasPrefix(f, "kto-") ||
			strings.HasPrefix(f, "aggregate-") || strings.HasPrefix(f, "hdr-")) && !strings.ContainsAny(f, " *") && !ids[f] {
			t.Errorf("SPEC.md names the case %s, which the suite lacks", f)
		}
	}
}
