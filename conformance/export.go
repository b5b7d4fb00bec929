package conformance

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/siukit/siukit"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
)

// readme is README.md, the suite's documentation for vendors.
//
//go:embed README.md
var readme []byte

// spec is SPEC.md, the specification an implementation is written from.
//
//go:embed SPEC.md
var spec []byte

// Names of what Export writes besides the suite itself.
const (
	// SchemaDir holds the XSD of the profile the expected.xml files are
	// written in.
	SchemaDir = "schema"
	// DataDir holds the data an implementation needs, as CSV (SPEC.md,
	// "Data files").
	DataDir = "data"
	// SpecFile is the specification.
	SpecFile = "SPEC.md"
	// SourcesFile lists the public sources that manifests and rules cite
	// by id (siukit.Sources).
	SourcesFile = "SOURCES.md"
	// RulesFile is the rule catalogue in Markdown (siu.WriteRulesMarkdown),
	// RulesJSONFile the same as JSON (siu.Rule's JSON form).
	RulesFile     = "RULES.md"
	RulesJSONFile = "rules.json"
	// ProfileFile holds the default profile's names and codes in the form
	// xmlformat.ReadProfile reads.
	ProfileFile = "profile.json"
)

// The data files of DataDir.
const (
	FunctionsFile      = "functions.csv"      // year,function,name,scope,area,paragraphs,modeled
	ArtsFile           = "arts.csv"           // year,art,name,kind,modeled
	DranstFile         = "dranst.csv"         // year,dranst,name,siu
	MunicipalitiesFile = "municipalities.csv" // code,name,region
)

// Export writes the suite for programs outside Go into dir, creating it if
// needed:
//
//	suite.json, cases/<id>/   the cases (the files of FS)
//	README.md                 the contract: files, neutral form, stdin/stdout
//	SPEC.md                   the specification an implementation is written from
//	SOURCES.md                the sources manifests and rules cite by id
//	RULES.md, rules.json      the rule catalogue (siu.Rules)
//	profile.json              the default profile (xmlformat.DefaultProfile)
//	data/functions.csv        the chart of accounts of every embedded year:
//	data/arts.csv               functions, arts and dranst (kontoplan.ChartFor)
//	data/dranst.csv
//	data/municipalities.csv   the 98 municipalities (siu.Municipalities)
//	schema/                   the profile's XSD (xmlformat.SchemaFS)
//
// Everything is written from the data the library itself uses, so the
// export and the library cannot disagree. Existing files of the same names
// are replaced; other files in dir are left alone. A directory written by
// Export can be run with FromFS(os.DirFS(dir)).
func Export(dir string) error {
	files, err := exportFiles()
	if err != nil {
		return fmt.Errorf("conformance: export: %w", err)
	}
	if err := copyFS(dir, FS(), "."); err != nil {
		return err
	}
	if err := copyFS(filepath.Join(dir, SchemaDir), xmlformat.SchemaFS(), "."); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(dir, DataDir), 0o755); err != nil {
		return fmt.Errorf("conformance: export: %w", err)
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), b, 0o644); err != nil {
			return fmt.Errorf("conformance: export: %w", err)
		}
	}
	return nil
}

// exportFiles returns the files Export writes besides the suite and the
// schema, by slash path.
func exportFiles() (map[string][]byte, error) {
	files := map[string][]byte{
		"README.md": readme,
		SpecFile:    spec,
		SourcesFile: siukit.Sources(),
	}
	var b bytes.Buffer
	if err := siu.WriteRulesMarkdown(&b); err != nil {
		return nil, err
	}
	files[RulesFile] = bytes.Clone(b.Bytes())
	rules, err := marshalIndent(siu.Rules())
	if err != nil {
		return nil, err
	}
	files[RulesJSONFile] = rules
	b.Reset()
	if err := xmlformat.DefaultProfile().WriteJSON(&b); err != nil {
		return nil, err
	}
	files[ProfileFile] = bytes.Clone(b.Bytes())
	data, err := chartCSV()
	if err != nil {
		return nil, err
	}
	for name, d := range data {
		files[path.Join(DataDir, name)] = d
	}
	files[path.Join(DataDir, MunicipalitiesFile)] = municipalitiesCSV()
	return files, nil
}

// chartCSV writes the embedded charts of accounts, every year, as the
// three files of DataDir (SPEC.md, "Data files").
func chartCSV() (map[string][]byte, error) {
	var fb, ab, db bytes.Buffer
	fw, aw, dw := csv.NewWriter(&fb), csv.NewWriter(&ab), csv.NewWriter(&db)
	fw.Write([]string{"year", "function", "name", "scope", "area", "paragraphs", "modeled"})
	aw.Write([]string{"year", "art", "name", "kind", "modeled"})
	dw.Write([]string{"year", "dranst", "name", "siu"})
	for _, y := range kontoplan.Years() {
		c, err := kontoplan.ChartFor(y)
		if err != nil {
			return nil, err
		}
		year := strconv.Itoa(y)
		for _, f := range c.Functions() {
			fw.Write([]string{year, f.Function.String(), f.Name, f.Scope.String(), siu.AreaOf(f.Function).String(),
				strings.Join(f.Paragraphs, ";"), strconv.FormatBool(f.Modeled)})
		}
		for _, a := range c.Arts() {
			aw.Write([]string{year, a.Art.String(), a.Name, a.Kind.String(), strconv.FormatBool(a.Modeled)})
		}
		for d := kontoplan.Dranst(0); d <= 9; d++ {
			if info, ok := c.Dranst(d); ok {
				dw.Write([]string{year, strconv.Itoa(int(d)), info.Name, strconv.FormatBool(info.SIU)})
			}
		}
	}
	for _, w := range []*csv.Writer{fw, aw, dw} {
		w.Flush()
		if err := w.Error(); err != nil {
			return nil, err
		}
	}
	return map[string][]byte{FunctionsFile: fb.Bytes(), ArtsFile: ab.Bytes(), DranstFile: db.Bytes()}, nil
}

// municipalitiesCSV writes the 98 municipalities.
func municipalitiesCSV() []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write([]string{"code", "name", "region"})
	for _, m := range siu.Municipalities() {
		w.Write([]string{strconv.Itoa(m.Code), m.Name, strconv.Itoa(m.Region)})
	}
	w.Flush()
	return b.Bytes()
}

// marshalIndent is the export's JSON form: two-space indent, no HTML
// escaping, a final newline.
func marshalIndent(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// copyFS copies the tree root of fsys into dir.
func copyFS(dir string, fsys fs.FS, root string) error {
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dir, filepath.FromSlash(path.Clean(p)))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		return fmt.Errorf("conformance: export: %w", err)
	}
	return nil
}
