package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"runtime/debug"
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
	// 3339 (--created; empty means now), Description defaults to "SIU
	// YEAR AREA", System to "siukit" and SystemVersion to this build's
	// version, and Email is required for the XML.
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
	// Validation is the findings in the form of 'siu validate --format
	// json': every finding (the ignored ones counted), with its line in
	// the file.
	Validation *report.Validation `json:"validation,omitempty"`
	// FindingsJSON is Validation as 'siu validate --format json' prints
	// it, for the page to offer as a file.
	FindingsJSON []byte `json:"-"`
	// ReportHTML is the HTML report, the bytes of 'siu report' for the
	// same file and flags, dated Created.
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
// header and envelope, as 'siu report' and 'siu encode' do, and returns
// the report, the findings and, when the file is deliverable, the XML.
// It reads data three times (report, findings, XML), from memory; it
// needs no file system and no network, so that it runs in a browser.
func Check(ctx context.Context, data []byte, name string, f Form) *Result {
	lang := f.Lang
	if lang != "en" {
		lang = "da"
	}
	h, created, ig, opts, err := f.parse(lang)
	if err != nil {
		return &Result{Problem: err.Error()}
	}
	open := func() (*source.Source, *source.Error) {
		src, err := source.Open(bytes.NewReader(data), name, opts)
		if err != nil {
			return nil, err.(*source.Error)
		}
		return src, nil
	}
	src, ferr := open()
	if src != nil {
		defer src.Close()
		if src.Format().HasHeader() {
			return &Result{Problem: msg(lang, "notSheet", src.Format())}
		}
	} else if format := source.Detect(name, head(data)); format.HasHeader() {
		return &Result{Problem: msg(lang, "notSheet", format)}
	}
	res := &Result{XMLName: fmt.Sprintf("siu-%d-%d-%s.xml", h.Municipality, h.Year, strings.ToLower(h.Area.String()))}

	// The findings, as 'siu validate' (lines without the envelope).
	vopts := siu.ValidateOptions{SkipEnvelope: true}
	var c *source.Result
	if src == nil {
		c = &source.Result{Name: name, Format: source.Detect(name, head(data)), Unit: "line", Header: withoutEnvelope(h), ReadErrors: []*source.Error{ferr}}
	} else {
		c = source.Validate(src, withoutEnvelope(h), vopts)
		src.Close()
	}
	c.Ignore(ig)
	v := report.NewValidation(c)
	res.Validation = &v
	var fj bytes.Buffer
	enc := json.NewEncoder(&fj)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return &Result{Problem: err.Error()}
	}
	res.FindingsJSON = fj.Bytes()

	// The report, as 'siu report'.
	if src, ferr = open(); src == nil {
		res.XMLRefused = msg(lang, "unreadable", ferr.Message)
		return res
	}
	page, err := report.Build(src, withoutEnvelope(h), report.Options{Lang: lang, Validate: vopts, Ignore: ig, Generated: created})
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
	if strings.TrimSpace(f.Email) == "" {
		res.XMLRefused = msg(lang, "noEmail")
		return res
	}
	if src, ferr = open(); src == nil {
		res.XMLRefused = msg(lang, "unreadable", ferr.Message)
		return res
	}
	defer src.Close()
	t := source.Track(src)
	xml, dres, err := delivery.Encode(ctx, h, t.Records(), delivery.Options{AllowEmpty: true})
	switch {
	case err != nil:
		res.XMLRefused = msg(lang, "notWritten", err)
	case !dres.Written:
		res.XMLRefused = msg(lang, "hasErrors")
		enc := t.Result(h, dres.Findings)
		enc.Ignore(ig)
		for _, f := range report.NewValidation(enc).Findings {
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

// withoutEnvelope returns the header siu validate and siu report use for a
// CSV or XLSX file: the flags' fields without the envelope.
func withoutEnvelope(h siu.Header) siu.Header {
	return siu.Header{Municipality: h.Municipality, Year: h.Year, Area: h.Area, Test: h.Test}
}

// parse reads the form as the command reads its flags: the header with
// its envelope, the date of the report (the envelope's Created), the rules
// to ignore and how to read the file.
func (f Form) parse(lang string) (h siu.Header, created time.Time, ig *siu.Ignore, opts source.Options, err error) {
	m, err := strconv.Atoi(strings.TrimSpace(f.Municipality))
	if err != nil || m == 0 {
		return h, created, nil, opts, fmt.Errorf("%s", msg(lang, "municipality"))
	}
	y, err := strconv.Atoi(strings.TrimSpace(f.Year))
	if err != nil || y == 0 {
		return h, created, nil, opts, fmt.Errorf("%s", msg(lang, "year"))
	}
	area := strings.ReplaceAll(strings.ToUpper(strings.TrimSpace(f.Area)), "Ø", "OE")
	if area == "" {
		area = "SAMLET"
	}
	a, err := siu.ParseArea(area)
	if err != nil {
		return h, created, nil, opts, fmt.Errorf("%s", msg(lang, "area"))
	}
	created = time.Now().Truncate(time.Second)
	if s := strings.TrimSpace(f.Created); s != "" {
		if created, err = time.Parse(time.RFC3339, s); err != nil {
			return h, created, nil, opts, fmt.Errorf("%s", msg(lang, "created"))
		}
	}
	var codes []string
	for _, c := range strings.FieldsFunc(f.Ignore, func(r rune) bool { return r == ',' || r == ' ' || r == ';' }) {
		codes = append(codes, strings.ToUpper(c))
	}
	if ig, err = siu.NewIgnore(codes...); err != nil {
		return h, created, nil, opts, fmt.Errorf("%s", msg(lang, "ignore", err))
	}
	switch f.Decimal {
	case "":
	case ",", ".":
		opts.Decimal = rune(f.Decimal[0])
	default:
		return h, created, nil, opts, fmt.Errorf("%s", msg(lang, "decimal"))
	}
	opts.Sheet = f.Sheet

	h = siu.Header{Municipality: m, Year: y, Area: a, Test: f.Test, Created: created,
		Description: f.Description,
		System:      siu.System{Name: f.System, Version: f.SystemVersion},
		Contact:     siu.Contact{Identifier: f.Contact, Email: strings.TrimSpace(f.Email)}}
	if h.Description == "" {
		h.Description = fmt.Sprintf("SIU %d %s", y, a)
	}
	if h.System.Name == "" {
		h.System.Name = DefaultSystem
	}
	if h.System.Version == "" {
		h.System.Version = Version()
	}
	return h, created, ig, opts, nil
}

// DefaultSystem is the envelope's system name when the form gives none,
// as siu encode's --system.
const DefaultSystem = "siukit"

// Version returns siukit's version as the build knows it, cut to 17
// bytes and "..." when longer (siu.MaxSystemVersionLen is 20), or
// "devel": the envelope's default system version, as siu encode's
// --system-version.
func Version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		if v := bi.Main.Version; len(v) > 17 {
			return v[:17] + "..."
		}
		return bi.Main.Version
	}
	return "devel"
}

// head returns the first bytes of data, for source.Detect.
func head(data []byte) []byte {
	return data[:min(len(data), 512)]
}
