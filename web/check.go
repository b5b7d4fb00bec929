package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/siukit/siukit/delivery"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
	"github.com/siukit/siukit/xmlformat"
)

// Form is what the person fills in on the page, as the page's fields give
// it: text, read here with the rules of the command's flags (siu report
// and siu encode), so that the same values give the same report and the
// same XML. The JSON names are the fields' names in app.js.
type Form struct {
	// Municipality and Year are the header of a CSV or XLSX file, which
	// carries none: --municipality and --year.
	Municipality string `json:"municipality"`
	Year         string `json:"year"`
	// Area is VOKSEN, BOERN (or BØRN) or SAMLET in any case; empty means
	// SAMLET, as --area.
	Area string `json:"area"`
	// Test marks a test delivery: --test.
	Test bool `json:"test"`

	// The envelope of the XML file, as siu encode's flags: Created is RFC
	// 3339 (--created; empty means now); the empty Description, System and
	// SystemVersion are siu.Header.WithDefaults' ("SIU YEAR AREA", siukit
	// and siu.ModuleVersion); Email is required for the XML. Created is
	// also the report's date.
	Created       string `json:"created"`
	Description   string `json:"description"`
	System        string `json:"system"`
	SystemVersion string `json:"system_version"`
	Contact       string `json:"contact"`
	Email         string `json:"email"`

	// Lang is the language of the report and the messages: "da" (the
	// default) or "en".
	Lang string `json:"lang"`
	// Ignore lists warning and info rules to leave out of the findings,
	// separated by commas or spaces: --ignore.
	Ignore string `json:"ignore"`
	// Sheet is the XLSX sheet to read (empty: the first); Decimal the
	// decimal mark of the amounts, "," or "." (empty: learnt from the
	// file): --sheet and --decimal.
	Sheet   string `json:"sheet"`
	Decimal string `json:"decimal"`
}

// Result is what the page shows after a check.
type Result struct {
	// Problem, when not empty, says why nothing could be checked: a field
	// of the form that is missing or wrong, or a file that is not a CSV
	// or XLSX file. The other fields are then empty.
	Problem string `json:"problem,omitempty"`
	// FindingsJSON is the findings as 'siu validate --format json --lang
	// LANG' prints them: every finding (the ignored ones counted), with its
	// line in the file. Validation is the same, read back.
	FindingsJSON []byte             `json:"-"`
	Validation   *report.Validation `json:"validation,omitempty"`
	// ReportHTML is the HTML report, the bytes of 'siu report' for the
	// same file and flags, but dated Created.
	ReportHTML []byte `json:"-"`
	// XML is the SIU file, the bytes of 'siu encode' for the same file
	// and flags, or nil when it was not written; XMLName is the name to
	// save it as, such as "siu-461-2025-samlet.xml".
	XML     []byte `json:"-"`
	XMLName string `json:"xml_name,omitempty"`
	// XMLRefused says why there is no XML file, when there is none;
	// XMLFindings are the error findings of the envelope that stopped it
	// (those the report, which checks the lines without the envelope,
	// does not show).
	XMLRefused  string                     `json:"xml_refused,omitempty"`
	XMLFindings []report.ValidationFinding `json:"xml_findings,omitempty"`
	// Placeholder reports that the XML's DST codes are the default
	// profile's placeholders (xmlformat.Profile.Placeholder), as siu
	// encode notes: DST will not accept the file until they are DST's.
	Placeholder bool `json:"placeholder,omitempty"`
}

// Check checks the CSV or XLSX file data, named name, with the form's
// header and envelope, as 'siu validate', 'siu report' and 'siu encode' do
// with the same flags, and returns the findings, the report and, when the
// file is deliverable, the XML. It reads data three times, from memory; it
// needs no file system and no network, so that it runs in a browser.
func Check(ctx context.Context, data []byte, name string, f Form) *Result {
	lang := f.Lang
	if lang != "en" {
		lang = "da"
	}
	h, ig, opts, err := f.parse(lang)
	if err != nil {
		return &Result{Problem: err.Error()}
	}
	format := opts.Format
	if format == 0 {
		format = source.Detect(name, head(data))
	}
	if format.HasHeader() {
		return &Result{Problem: msg(lang, "notSheet", format)}
	}
	opts.Format = format
	open := func() (*source.Source, *source.Error) {
		src, err := source.Open(bytes.NewReader(data), name, opts)
		if err != nil {
			return nil, err.(*source.Error)
		}
		return src, nil
	}
	// The lines are checked without the envelope, as siu validate and
	// siu report check a spreadsheet.
	bare := siu.Header{Municipality: h.Municipality, Year: h.Year, Area: h.Area, Test: h.Test}
	vopts := siu.ValidateOptions{SkipEnvelope: true}
	sopts := report.StreamOptions{Ignore: ig}
	res := &Result{XMLName: fmt.Sprintf("siu-%d-%d-%s.xml", h.Municipality, h.Year, strings.ToLower(h.Area.String()))}

	// The findings, as 'siu validate --format json'.
	src, ferr := open()
	var s *report.Stream
	if src == nil {
		s = report.NewStream(name, format, bare, sopts)
		s.ReadError(ferr)
	} else {
		s, err = report.ValidateStream(ctx, src, bare, vopts, sopts)
		src.Close()
		if err != nil {
			s.Close()
			return &Result{Problem: err.Error()}
		}
	}
	res.FindingsJSON, res.Validation, err = findings(s, lang)
	s.Close()
	if err != nil {
		return &Result{Problem: err.Error()}
	}
	if src == nil {
		res.XMLRefused = msg(lang, "unreadable", ferr.Message)
		return res
	}

	// The report, as 'siu report'.
	if src, ferr = open(); src == nil {
		return &Result{Problem: ferr.Message}
	}
	page, err := report.Build(src, bare, report.Options{Lang: lang, Validate: vopts, Ignore: ig, Generated: h.Created})
	src.Close()
	if err == nil {
		var b bytes.Buffer
		if err = page.WriteHTML(&b); err == nil {
			res.ReportHTML = b.Bytes()
		}
	}
	if err != nil {
		return &Result{Problem: err.Error()}
	}

	// The XML, as 'siu encode'.
	if h.Contact.Email == "" {
		res.XMLRefused = msg(lang, "noEmail")
		return res
	}
	if src, ferr = open(); src == nil {
		return &Result{Problem: ferr.Message}
	}
	defer src.Close()
	s, xml, dres, err := report.EncodeDelivery(ctx, h, src, delivery.Options{}, sopts)
	defer s.Close()
	switch {
	case err != nil:
		res.XMLRefused = msg(lang, "notWritten", err)
	case dres.EmptyRefused && s.Deliverable():
		res.XMLRefused = msg(lang, "empty", h.Area)
	case !dres.Written:
		res.XMLRefused = msg(lang, "hasErrors")
		_, v, err := findings(s, lang)
		if err != nil {
			return &Result{Problem: err.Error()}
		}
		for _, f := range v.Findings {
			if f.Line == 0 && f.Severity == siu.Error {
				res.XMLFindings = append(res.XMLFindings, f)
			}
		}
	default:
		res.XML = xml
		res.Placeholder = xmlformat.DefaultProfile().Placeholder
	}
	return res
}

// findings returns the findings of s as 'siu validate --format json'
// writes them, in lang, and read back.
func findings(s *report.Stream, lang string) ([]byte, *report.Validation, error) {
	var b bytes.Buffer
	if err := s.WriteJSON(&b, lang, nil); err != nil {
		return nil, nil, err
	}
	var v report.Validation
	if err := json.Unmarshal(b.Bytes(), &v); err != nil {
		return nil, nil, err
	}
	return b.Bytes(), &v, nil
}

// parse reads the form as the command reads its flags: the header with
// its envelope (siu.Header.WithDefaults), the rules to ignore and how to
// read the file.
func (f Form) parse(lang string) (h siu.Header, ig *siu.Ignore, opts source.Options, err error) {
	m, err := strconv.Atoi(strings.TrimSpace(f.Municipality))
	if err != nil || m == 0 {
		return h, nil, opts, errors.New(msg(lang, "municipality"))
	}
	y, err := strconv.Atoi(strings.TrimSpace(f.Year))
	if err != nil || y == 0 {
		return h, nil, opts, errors.New(msg(lang, "year"))
	}
	fields := siu.HeaderFields{Municipality: m, Year: y, Area: f.Area, Test: f.Test, Created: f.Created,
		Description: f.Description, System: f.System, SystemVersion: f.SystemVersion, Contact: f.Contact, Email: f.Email}
	h, err = fields.Header(true, time.Time{})
	var fe *siu.HeaderFieldError
	switch {
	case err == nil:
	case errors.As(err, &fe) && fe.Field == "email":
		// The report needs no e-mail; the XML is refused without one.
		h = h.WithDefaults(time.Time{})
	case errors.As(err, &fe):
		return h, nil, opts, errors.New(msg(lang, fe.Field))
	default:
		return h, nil, opts, err
	}
	if ig, err = siu.ParseIgnore(f.Ignore); err != nil {
		return h, nil, opts, errors.New(msg(lang, "ignore", err))
	}
	switch f.Decimal {
	case "":
	case ",", ".":
		opts.Decimal = rune(f.Decimal[0])
	default:
		return h, nil, opts, errors.New(msg(lang, "decimal"))
	}
	opts.Sheet = f.Sheet
	return h, ig, opts, nil
}

// head returns the first bytes of data, for source.Detect.
func head(data []byte) []byte {
	return data[:min(len(data), 512)]
}
