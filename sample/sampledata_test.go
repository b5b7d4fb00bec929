package sample

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// TestSampleData checks that the embedded sample data is what buildSample
// makes; go test -run TestSampleData -update rewrites it.
func TestSampleData(t *testing.T) {
	postings, mistakes, err := buildSample()
	if err != nil {
		t.Fatal(err)
	}
	files := []struct {
		name string
		got  []byte
	}{
		{PostingsFile, postings},
		{MistakesFile, mistakes},
	}
	for _, f := range files {
		path := filepath.Join("data", f.name)
		if *update {
			if err := os.WriteFile(path, f.got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(f.got, want) {
			t.Errorf("%s is out of date: run go test ./sample -run TestSampleData -update", path)
		}
	}
}

func TestSampleFS(t *testing.T) {
	for _, name := range []string{PostingsFile, MistakesFile} {
		b, err := fsReadFile(name)
		if err != nil {
			t.Fatalf("FS: %v", err)
		}
		if len(b) == 0 {
			t.Errorf("FS: %s is empty", name)
		}
	}
	b, _ := fsReadFile(PostingsFile)
	if !bytes.Equal(b, PostingsCSV()) {
		t.Errorf("FS and PostingsCSV differ")
	}
	c := PostingsCSV()
	c[0] ^= 1
	if bytes.Equal(c, PostingsCSV()) {
		t.Errorf("PostingsCSV returns a shared slice")
	}
}

// readSample reads the sample postings with csvformat, as a user would.
func readSample(t *testing.T) []siu.Record {
	t.Helper()
	r := csvformat.NewReader(bytes.NewReader(PostingsCSV()))
	var recs []siu.Record
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("csvformat: %v", err)
		}
		recs = append(recs, rec)
	}
	return recs
}

// TestSampleMistakes validates the sample postings one by one and checks
// that each deliberate mistake gives its rule's finding on its line, that
// the other lines give only the findings the documentation announces, and
// that no line gives an error except a mistake's.
func TestSampleMistakes(t *testing.T) {
	recs := readSample(t)
	if n := len(recs); n < 2000 || n > 5000 {
		t.Errorf("%d postings, want a few thousand", n)
	}
	ms := Mistakes()
	if len(ms) < 8 {
		t.Fatalf("only %d mistakes", len(ms))
	}
	v := siu.NewValidator(Header(siu.AreaSamlet), siu.ValidateOptions{Today: civil.MustNew(2026, time.June, 1)})
	for _, rec := range recs {
		v.AddRecord(rec)
	}
	byLine := map[int][]siu.Finding{}
	for _, f := range v.Findings() {
		if f.Line == 0 {
			t.Errorf("finding on the header: %v", f)
			continue
		}
		byLine[f.Line+1] = append(byLine[f.Line+1], f) // file line: the header is line 1
	}
	background := map[string]bool{"SIU-PSR-004": true, "SIU-BEL-004": true, "SIU-KTO-007": true}
	mistakeAt := map[int]Mistake{}
	for _, m := range ms {
		if _, ok := siu.LookupRule(m.Code); !ok {
			t.Errorf("line %d: %s is not a rule", m.Line, m.Code)
		}
		if _, dup := mistakeAt[m.Line]; dup {
			t.Errorf("line %d: two mistakes", m.Line)
		}
		mistakeAt[m.Line] = m
		found := false
		for _, f := range byLine[m.Line] {
			found = found || f.Code == m.Code
		}
		if !found {
			t.Errorf("line %d: mistake %s (%s) gives no such finding; findings: %v", m.Line, m.Code, m.Description, byLine[m.Line])
		}
	}
	for line, fs := range byLine {
		m, isMistake := mistakeAt[line]
		for _, f := range fs {
			switch {
			case isMistake && f.Code == m.Code, background[f.Code]:
			case isMistake && f.Severity != siu.Error:
				// A mistake may bring a warning of another rule along.
			default:
				t.Errorf("line %d: unexpected finding %v", line, f)
			}
		}
	}
	// The announced background is there: fictive numbers outside § 109
	// and credit notes.
	counts := map[string]int{}
	for _, fs := range byLine {
		for _, f := range fs {
			counts[f.Code]++
		}
	}
	for code := range background {
		if counts[code] == 0 {
			t.Errorf("no %s finding in the sample", code)
		}
	}
	t.Logf("findings by code: %v", counts)
}

// TestCorrectedSample checks that the corrected postings differ from the
// sample exactly on the mistakes' lines, and validate without an error or
// any finding outside the announced background.
func TestCorrectedSample(t *testing.T) {
	orig := strings.Split(string(PostingsCSV()), "\n")
	fixed := strings.Split(string(CorrectedPostingsCSV()), "\n")
	if len(orig) != len(fixed) {
		t.Fatalf("%d lines, corrected %d", len(orig), len(fixed))
	}
	mistakeAt := map[int]bool{}
	for _, m := range Mistakes() {
		mistakeAt[m.Line] = true
	}
	for i := range orig {
		if changed := orig[i] != fixed[i]; changed != mistakeAt[i+1] {
			t.Errorf("line %d: changed %v, is a mistake %v", i+1, changed, mistakeAt[i+1])
		}
	}
	r := csvformat.NewReader(strings.NewReader(string(CorrectedPostingsCSV())))
	v := siu.NewValidator(Header(siu.AreaSamlet), siu.ValidateOptions{Today: civil.MustNew(2026, time.June, 1)})
	for rec, err := range r.Records() {
		if err != nil {
			t.Fatalf("csvformat: %v", err)
		}
		v.AddRecord(rec)
	}
	background := map[string]bool{"SIU-PSR-004": true, "SIU-BEL-004": true, "SIU-KTO-007": true}
	for _, f := range v.Findings() {
		if !background[f.Code] {
			t.Errorf("corrected sample: %v", f)
		}
	}
}

// TestCorrectedSampleAggregated reads the corrected sample as postings,
// sums them into lines and validates the delivery: no errors, and far
// fewer lines than postings (monthly invoices of one stay merge).
func TestCorrectedSampleAggregated(t *testing.T) {
	r := csvformat.NewReader(bytes.NewReader(CorrectedPostingsCSV()))
	var ps []siu.Posting
	for p, err := range r.Postings() {
		if err != nil {
			t.Fatalf("csvformat: %v", err)
		}
		ps = append(ps, p)
	}
	lines, err := siu.Aggregate(ps, siu.AggregateOptions{MergeFictive: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) > len(ps)/3 {
		t.Errorf("%d postings give %d lines; want the invoices of a stay to merge", len(ps), len(lines))
	}
	for _, f := range siu.Validate(siu.Delivery{Header: Header(siu.AreaSamlet), Lines: lines}, siu.ValidateOptions{Today: civil.MustNew(2026, time.June, 1)}) {
		if f.Severity == siu.Error {
			t.Errorf("aggregated corrected sample: %v", f)
		}
	}
	t.Logf("%d postings, %d lines", len(ps), len(lines))
}

// TestSampleAsPostings checks what Mistakes documents: reading the sample
// as postings fails on exactly the lines of the mistakes whose field does
// not parse.
func TestSampleAsPostings(t *testing.T) {
	want := map[int]bool{}
	for _, m := range Mistakes() {
		switch m.Code {
		case "SIU-PER-001", "SIU-PSR-002", "SIU-PSR-003", "SIU-BEL-002":
			// A posting is read with the record grammar: a field it
			// refuses (three decimals included) is a read error.
			want[m.Line] = true
		}
	}
	r := csvformat.NewReader(bytes.NewReader(PostingsCSV()))
	got := map[int]bool{}
	n := 0
	for _, err := range r.Postings() {
		n++
		if err != nil {
			got[r.Line()] = true
			if containsTenDigits(err.Error()) {
				t.Errorf("line %d: error shows ten digits", r.Line())
			}
		}
	}
	if len(got) != len(want) {
		t.Errorf("read errors on lines %v, want %v", got, want)
	}
	for line := range want {
		if !got[line] {
			t.Errorf("line %d: no read error", line)
		}
	}
	if n != len(readSample(t)) {
		t.Errorf("%d postings and errors, want one per record", n)
	}
}

func containsTenDigits(s string) bool {
	run := 0
	for _, c := range s {
		if c >= '0' && c <= '9' {
			run++
			if run >= 10 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// TestSampleRealism checks the sample holds what the documentation says:
// both areas, egenbetaling, periods across the year end, anonymous
// citizens, and only fictive numbers apart from the mistakes.
func TestSampleRealism(t *testing.T) {
	recs := readSample(t)
	mistakeAt := map[int]bool{}
	for _, m := range Mistakes() {
		mistakeAt[m.Line] = true
	}
	var adults, children, egen, crossYear, dateless int
	for i, r := range recs {
		line := i + 2
		if strings.HasPrefix(r.Account, "5.28") || strings.HasPrefix(r.Account, "52") {
			children++
		} else {
			adults++
		}
		if a, err := kontoplan.Parse(r.Account); err == nil && a.Art() == kontoplan.MustParseArt("7.2") && strings.HasPrefix(r.Amount, "-") {
			egen++
		}
		if strings.HasPrefix(r.End, "2026") {
			crossYear++
		}
		if strings.HasPrefix(r.PsrID, "123456") {
			dateless++
		}
		if !mistakeAt[line] && !strings.HasSuffix(r.PsrID, "9998") && !strings.HasSuffix(r.PsrID, "9999") {
			t.Errorf("line %d: a number that is not fictive", line)
		}
	}
	for _, c := range []struct {
		what string
		n    int
	}{{"adults' postings", adults}, {"children's postings", children}, {"egenbetaling", egen}, {"periods into 2026", crossYear}, {"numbers without a birth date", dateless}} {
		if c.n == 0 {
			t.Errorf("no %s in the sample", c.what)
		}
		t.Logf("%s: %d", c.what, c.n)
	}
}

func fsReadFile(name string) ([]byte, error) { return fs.ReadFile(FS(), name) }
