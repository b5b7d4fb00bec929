package conformance

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
)

// The suite as embedded in the package: suite.json and cases/<id>/.
//
//go:embed suite.json cases
var suiteFiles embed.FS

// File names of the suite.
const (
	SuiteFile    = "suite.json"    // at the root of the suite
	CasesDir     = "cases"         // holds one directory per case
	ManifestFile = "manifest.json" // in each case's directory
	InputFile    = "input.json"    // validate and encode cases
	PostingsFile = "postings.json" // aggregate cases
	FindingsFile = "findings.json" // expected findings, validate
	XMLFile      = "expected.xml"  // expected XML, encode
	LinesFile    = "lines.json"    // expected lines, aggregate
	InputXMLFile = "input.xml"     // a file to read, read
	VerdictFile  = "verdict.json"  // expected verdict, read
)

// Suite is the suite's index (suite.json).
type Suite struct {
	// Version is the suite version, Version.
	Version string `json:"version"`
	// Profile is the XML profile version of expected.xml, Profile.
	Profile string `json:"profile"`
	// Cases are the ids of the cases in CasesDir, in the suite's order.
	Cases []string `json:"cases"`
}

// Case is one case, parsed: its manifest, its input and its expected
// outcomes. Only the files of the case's kinds are set.
type Case struct {
	Manifest

	// Input is input.json, for validate and encode.
	Input *Input
	// Postings is postings.json, for aggregate.
	Postings *AggregateInput
	// Findings is findings.json, the findings a validator must return (in
	// any order).
	Findings []Finding
	// XML is expected.xml, the file an encoder must write.
	XML []byte
	// Lines is lines.json, the lines an aggregator must return (in any
	// order).
	Lines []Line
	// InputXML is input.xml, the file a reader reads (read).
	InputXML []byte
	// Verdict is verdict.json, the verdict a reader must give (read).
	Verdict *Verdict

	// raw holds the input file as stored, for programs run through the
	// stdin/stdout contract.
	rawInput, rawPostings, rawXML []byte
}

// Has reports whether the case is checked in kind k.
func (c *Case) Has(k Kind) bool { return slices.Contains(c.Kinds, k) }

// FS returns the suite as a read-only file system: suite.json and
// cases/<id>/ with each case's files (see README.md).
func FS() fs.FS { return suiteFiles }

// Cases returns the embedded suite's cases in the order of suite.json.
func Cases() ([]Case, error) { return LoadCases(FS()) }

// LoadCases reads and checks the suite in fsys, laid out like FS (for
// instance a directory written by Export, opened with os.DirFS). It
// returns an error if suite.json is not of this package's Version, a case
// listed is missing or malformed, or a directory in cases/ is not listed.
func LoadCases(fsys fs.FS) ([]Case, error) {
	var s Suite
	if err := readJSON(fsys, SuiteFile, &s); err != nil {
		return nil, err
	}
	if s.Version != Version {
		return nil, fmt.Errorf("conformance: %s is suite version %q; this package runs version %q", SuiteFile, s.Version, Version)
	}
	entries, err := fs.ReadDir(fsys, CasesDir)
	if err != nil {
		return nil, fmt.Errorf("conformance: %w", err)
	}
	for _, e := range entries {
		if !slices.Contains(s.Cases, e.Name()) {
			return nil, fmt.Errorf("conformance: %s/%s is not listed in %s", CasesDir, e.Name(), SuiteFile)
		}
	}
	cases := make([]Case, 0, len(s.Cases))
	for i, id := range s.Cases {
		if slices.Index(s.Cases, id) != i {
			return nil, fmt.Errorf("conformance: case %q listed twice in %s", id, SuiteFile)
		}
		c, err := loadCase(fsys, id)
		if err != nil {
			return nil, err
		}
		cases = append(cases, c)
	}
	return cases, nil
}

// loadCase reads and checks one case.
func loadCase(fsys fs.FS, id string) (Case, error) {
	if !isCaseID(id) {
		return Case{}, fmt.Errorf("conformance: %s lists a malformed case id", SuiteFile)
	}
	dir := path.Join(CasesDir, id)
	var c Case
	if err := readJSON(fsys, path.Join(dir, ManifestFile), &c.Manifest); err != nil {
		return Case{}, err
	}
	if c.ID != id {
		return Case{}, fmt.Errorf("conformance: %s/%s has id %q", dir, ManifestFile, c.ID)
	}
	if err := c.Manifest.Check(); err != nil {
		return Case{}, fmt.Errorf("conformance: %w", err)
	}
	var err error
	if c.Has(KindValidate) || c.Has(KindEncode) {
		c.Input = new(Input)
		if c.rawInput, err = readJSONRaw(fsys, path.Join(dir, InputFile), c.Input); err != nil {
			return Case{}, err
		}
	}
	if c.Has(KindValidate) {
		if err := readJSON(fsys, path.Join(dir, FindingsFile), &c.Findings); err != nil {
			return Case{}, err
		}
		if c.Findings == nil {
			return Case{}, fmt.Errorf("conformance: %s/%s: want a JSON array", dir, FindingsFile)
		}
	}
	if c.Has(KindEncode) {
		if c.XML, err = fs.ReadFile(fsys, path.Join(dir, XMLFile)); err != nil {
			return Case{}, fmt.Errorf("conformance: %w", err)
		}
	}
	if c.Has(KindAggregate) {
		c.Postings = new(AggregateInput)
		if c.rawPostings, err = readJSONRaw(fsys, path.Join(dir, PostingsFile), c.Postings); err != nil {
			return Case{}, err
		}
		if err := readJSON(fsys, path.Join(dir, LinesFile), &c.Lines); err != nil {
			return Case{}, err
		}
		if c.Lines == nil {
			return Case{}, fmt.Errorf("conformance: %s/%s: want a JSON array", dir, LinesFile)
		}
	}
	if c.Has(KindRead) {
		if c.InputXML, err = fs.ReadFile(fsys, path.Join(dir, InputXMLFile)); err != nil {
			return Case{}, fmt.Errorf("conformance: %w", err)
		}
		c.rawXML = c.InputXML
		c.Verdict = new(Verdict)
		if err := readJSON(fsys, path.Join(dir, VerdictFile), c.Verdict); err != nil {
			return Case{}, err
		}
		if err := c.Verdict.check(); err != nil {
			return Case{}, fmt.Errorf("conformance: %s/%s: %w", dir, VerdictFile, err)
		}
	}
	return c, nil
}

// readJSON reads the file name in fsys into v, refusing unknown keys.
func readJSON(fsys fs.FS, name string, v any) error {
	_, err := readJSONRaw(fsys, name, v)
	return err
}

// readJSONRaw is readJSON that also returns the file's bytes.
func readJSONRaw(fsys fs.FS, name string, v any) ([]byte, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("conformance: %w", err)
	}
	if err := decodeStrict(b, v); err != nil {
		return nil, fmt.Errorf("conformance: %s: %w", name, err)
	}
	return b, nil
}

// decodeStrict decodes one JSON value, refusing unknown keys and trailing
// data.
func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("data after the JSON value")
	}
	return nil
}
