package report_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/sample"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

// samplePage builds the report of the built-in sample data.
func samplePage(t *testing.T, opts report.Options) *report.Page {
	t.Helper()
	src, err := source.Open(bytes.NewReader(sample.PostingsCSV()), sample.PostingsFile, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	opts.Validate.Today = today.Today
	p, err := report.Build(src, sample.Header(siu.AreaSamlet), opts)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestHTMLSample(t *testing.T) {
	p := samplePage(t, report.Options{MaxPerRule: 3})
	var b bytes.Buffer
	if err := p.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	if os.Getenv("REPORT_OUT") != "" {
		os.WriteFile(os.Getenv("REPORT_OUT"), b.Bytes(), 0o600)
	}
	wellFormed(t, b.Bytes())
	// The counts agree with source.Validate's.
	src, _ := source.Open(bytes.NewReader(sample.PostingsCSV()), sample.PostingsFile, source.Options{})
	r := source.Validate(src, sample.Header(siu.AreaSamlet), siu.ValidateOptions{Today: today.Today})
	if got, want := p.Tally, r.Tally(); got != want {
		t.Errorf("Tally = %+v, want %+v", got, want)
	}
	if p.Lines != r.Lines+len(r.ReadErrors) && p.Lines != r.Lines {
		t.Errorf("Lines = %d, want %d", p.Lines, r.Lines)
	}
	for _, want := range []string{`id="verdict"`, `id="counts"`, `id="rules"`, `id="totals"`, `id="charts"`, `<svg`, "SIU-BEL-005"} {
		if !bytes.Contains(b.Bytes(), []byte(want)) {
			t.Errorf("page lacks %s", want)
		}
	}
	for _, bad := range []string{"http://", "https://", "src=", "<script", "@import", "url("} {
		if i := bytes.Index(b.Bytes(), []byte(bad)); i >= 0 && !strings.Contains(string(b.Bytes()[max(0, i-20):i+40]), "www.w3.org") {
			t.Errorf("page holds %q: %s", bad, b.Bytes()[max(0, i-40):i+40])
		}
	}
}

// wellFormed parses the page as XML: every element closed, every text
// escaped.
func wellFormed(t *testing.T, page []byte) {
	t.Helper()
	page = bytes.TrimPrefix(page, []byte("<!DOCTYPE html>"))
	d := xml.NewDecoder(bytes.NewReader(page))
	d.Strict = true
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			line, _ := d.InputPos()
			lines := strings.Split(string(page), "\n")
			t.Fatalf("not well-formed: %v\nline %d: %.200s", err, line, lines[min(line, len(lines))-1])
		}
	}
}
