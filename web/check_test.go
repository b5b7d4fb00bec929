package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/siukit/siukit/delivery"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/sample"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
	"github.com/siukit/siukit/web"
)

// sampleForm is the form for the sample data, as the demo delivers it.
func sampleForm() web.Form {
	return web.Form{Municipality: "461", Year: "2025", Area: "samlet", Test: true, Created: "2026-03-02T09:15:00+01:00",
		Contact: "Eksempel Kommune, Økonomi", Email: "siu@kommune.example", Ignore: "SIU-PSR-004"}
}

// The header the sample form says, written out: the command's defaults for
// the description and the system.
func sampleHeader() siu.Header {
	return siu.Header{Municipality: 461, Year: 2025, Area: siu.AreaSamlet, Test: true,
		Created:     time.Date(2026, 3, 2, 9, 15, 0, 0, time.FixedZone("", 3600)),
		Description: "SIU 2025 SAMLET", System: siu.System{Name: "siukit", Version: siu.ModuleVersion()},
		Contact: siu.Contact{Identifier: "Eksempel Kommune, Økonomi", Email: "siu@kommune.example"}}
}

// Check gives what the library gives for the same input, by the paths the
// command takes: the XML of report.WriteDelivery (on disk), the report of
// report.Build and the findings of report.ValidateStream.
func TestCheckSameAsLibrary(t *testing.T) {
	data := sample.CorrectedPostingsCSV()
	const name = "postings-2025-corrected.csv"
	f := sampleForm()
	f.Lang = "en"
	res := web.Check(context.Background(), data, name, f)
	if res.Problem != "" || res.XMLRefused != "" {
		t.Fatalf("problem %q, XML refused %q", res.Problem, res.XMLRefused)
	}
	h := sampleHeader()
	bare := siu.Header{Municipality: h.Municipality, Year: h.Year, Area: h.Area, Test: h.Test}
	ig, _ := siu.NewIgnore("SIU-PSR-004")
	open := func() *source.Source {
		src, err := source.Open(bytes.NewReader(data), name, source.Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { src.Close() })
		return src
	}

	path := filepath.Join(t.TempDir(), res.XMLName)
	s, _, err := report.WriteDelivery(context.Background(), path, h, open(), delivery.Options{}, report.StreamOptions{Ignore: ig})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(res.XML, want) {
		t.Errorf("Check's XML (%d bytes) differs from report.WriteDelivery's (%d bytes)", len(res.XML), len(want))
	}
	if res.XMLName != "siu-461-2025-samlet.xml" {
		t.Errorf("XMLName %q", res.XMLName)
	}

	page, err := report.Build(open(), bare, report.Options{Lang: "en", Validate: siu.ValidateOptions{SkipEnvelope: true}, Ignore: ig, Generated: h.Created})
	if err != nil {
		t.Fatal(err)
	}
	var html bytes.Buffer
	if err := page.WriteHTML(&html); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(res.ReportHTML, html.Bytes()) {
		t.Errorf("Check's report (%d bytes) differs from report.Build's (%d bytes)", len(res.ReportHTML), html.Len())
	}

	s, err = report.ValidateStream(context.Background(), open(), bare, siu.ValidateOptions{SkipEnvelope: true}, report.StreamOptions{Ignore: ig})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var js bytes.Buffer
	if err := s.WriteJSON(&js, "en", nil); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(res.FindingsJSON, js.Bytes()) {
		t.Errorf("Check's findings (%d bytes) differ from report.ValidateStream's (%d bytes)", len(res.FindingsJSON), js.Len())
	}
	var v report.Validation
	if err := json.Unmarshal(js.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&v, res.Validation); diff != "" {
		t.Errorf("findings (-report.ValidateStream +Check):\n%s", diff)
	}
	if v.Lines != 3010 || len(v.Findings) == 0 {
		t.Errorf("%d lines, %d findings: want the sample's 3010 lines and its findings", v.Lines, len(v.Findings))
	}
}

// The form is read as the command reads its flags; what is wrong is said
// before anything is checked.
func TestCheckForm(t *testing.T) {
	csv := sample.CorrectedPostingsCSV()
	for _, tc := range []struct {
		name    string
		change  func(*web.Form)
		data    []byte
		file    string
		problem string // in the message, when the form is refused
		refused string // in the message, when only the XML is
	}{
		{name: "no municipality", change: func(f *web.Form) { f.Municipality = " " }, problem: "municipality's three-digit code"},
		{name: "year not a number", change: func(f *web.Form) { f.Year = "2025a" }, problem: "budget year"},
		{name: "unknown area", change: func(f *web.Form) { f.Area = "UNGE" }, problem: "VOKSEN, BOERN or SAMLET"},
		{name: "created not RFC 3339", change: func(f *web.Form) { f.Created = "02-03-2026 09:15" }, problem: "RFC 3339"},
		{name: "error rule ignored", change: func(f *web.Form) { f.Ignore = "SIU-PER-001" }, problem: "Rules to ignore"},
		{name: "unknown decimal mark", change: func(f *web.Form) { f.Decimal = ";" }, problem: "decimal mark"},
		{name: "an XML file", data: []byte("<?xml version=\"1.0\"?><x/>"), file: "siu.xml", problem: "is a xml file"},
		{name: "no e-mail", change: func(f *web.Form) { f.Email = "" }, refused: "e-mail address"},
		{name: "bad e-mail", change: func(f *web.Form) { f.Email = "not an address" }, refused: "the lines have errors"},
		{name: "the file has errors", data: sample.PostingsCSV(), refused: "the lines have errors"},
		{name: "not a workbook", data: []byte("PK\x03\x04 not a zip"), file: "book.xlsx", refused: "cannot be read"},
		{name: "BØRN", change: func(f *web.Form) { f.Area = "børn" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := sampleForm()
			f.Lang = "en"
			if tc.change != nil {
				tc.change(&f)
			}
			data, file := csv, "lines.csv"
			if tc.data != nil {
				data, file = tc.data, tc.file
				if file == "" {
					file = "lines.csv"
				}
			}
			res := web.Check(context.Background(), data, file, f)
			if !strings.Contains(res.Problem, tc.problem) || (tc.problem == "") != (res.Problem == "") {
				t.Fatalf("problem %q, want one with %q", res.Problem, tc.problem)
			}
			if tc.problem != "" {
				if res.Validation != nil || res.XML != nil || res.ReportHTML != nil {
					t.Error("a refused form gave a result")
				}
				return
			}
			if !strings.Contains(res.XMLRefused, tc.refused) || (tc.refused == "") != (res.XML != nil) {
				t.Errorf("XML refused %q (%d bytes), want %q", res.XMLRefused, len(res.XML), tc.refused)
			}
			if res.Validation == nil || (res.ReportHTML == nil) != (tc.refused == "cannot be read") {
				t.Errorf("findings %v, report %d bytes: want the findings, and the report of a file that can be read", res.Validation != nil, len(res.ReportHTML))
			}
		})
	}
}

// An envelope the validator refuses stops the XML, and the page is told
// which rule: the report, which checks the lines alone, does not show it.
func TestCheckEnvelopeFindings(t *testing.T) {
	f := sampleForm()
	f.Email = "not an address"
	res := web.Check(context.Background(), sample.CorrectedPostingsCSV(), "lines.csv", f)
	if res.XML != nil || len(res.XMLFindings) == 0 {
		t.Fatalf("XML %d bytes, envelope findings %v: want no XML and the finding", len(res.XML), res.XMLFindings)
	}
	for _, vf := range res.XMLFindings {
		if vf.Severity != siu.Error || vf.Line != 0 {
			t.Errorf("finding %+v: want errors of the header", vf)
		}
		if r, ok := siu.LookupRule(vf.Code); !ok || !strings.HasPrefix(r.Code, "SIU-HDR-") {
			t.Errorf("finding %s is not a header rule", vf.Code)
		}
	}
	if !res.Validation.Deliverable {
		t.Error("the lines alone are deliverable, the findings say otherwise")
	}
}
