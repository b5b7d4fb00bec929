package xsd

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
)

// One truth on what is deliverable: a delivery without an error finding of
// siu.Validate is one that xmlformat.Encode writes and whose bytes the XSD
// accepts. And whatever the encoder refuses, the validator reports as an
// error on the same field, with a rule meant for it. TestDeliverable
// checks this on edge and hostile values of every header and line field,
// one at a time and mixed at random; FuzzDeliverable lets the fuzzer look
// for more.

// dlvToday is the validator's today: the budget year 2025 is not in the
// future, 2027 is.
var dlvToday = civil.MustParse("2026-03-02")

// dlvCreated is a clean creation time.
var dlvCreated = time.Date(2026, time.March, 2, 9, 15, 0, 0, time.FixedZone("", 3600))

// dlvHeader is a clean header.
func dlvHeader() siu.Header {
	return siu.Header{
		Municipality: 101,
		Year:         2025,
		Area:         siu.AreaVoksen,
		Created:      dlvCreated,
		Description:  "SIU 2025 VOKSEN",
		System:       siu.System{Name: "siukit", Version: "1.0.0"},
		Contact:      siu.Contact{Identifier: "Økonomiafdelingen", Email: "siu@kommune.example"},
	}
}

// dlvLine is a clean line: an adult's January on 5.38.50.
func dlvLine() siu.Line {
	return siu.Line{
		PsrID:   cpr.MustParse("1501800038"),
		Account: kontoplan.MustParse("5385010000000040"),
		Amount:  decimal.New(2485000, -2),
		Start:   civil.MustParse("2025-01-01"),
		End:     civil.MustParse("2025-01-31"),
	}
}

// Edge and hostile values of the header's fields.
var (
	dlvMunicipalities = []int{101, 851, 860, 461, 0, 1, 99, 100, 999, 1000, -101, 1705801234}
	dlvYears          = []int{2025, 2022, 2026, 2027, 0, 1, 999, 1000, 2021, 9999, 10000, 99999, -2025}
	dlvAreas          = []siu.Area{siu.AreaVoksen, siu.AreaBoern, siu.AreaSamlet, 0, 4, 200}
)

// dlvTimes are creation times: zero, offsets and fractions, years at the
// edges of four digits.
func dlvTimes() []time.Time {
	zone := func(sec int) *time.Location { return time.FixedZone("", sec) }
	at := func(y int, sec int, loc *time.Location) time.Time {
		return time.Date(y, time.March, 2, 9, 15, sec, 0, loc)
	}
	return []time.Time{
		{},
		dlvCreated,
		at(2026, 0, time.UTC),
		time.Date(2026, 3, 2, 9, 15, 0, 123456789, zone(3600)), // a fraction: dropped
		time.Date(2026, 3, 2, 9, 15, 59, 999999999, time.UTC),
		at(2026, 0, zone(-30*60)),
		at(2026, 0, zone(5*3600+45*60)),
		at(2026, 0, zone(14*3600)),
		at(2026, 0, zone(-14*3600)),
		at(2026, 0, zone(14*3600+60)),
		at(2026, 0, zone(-14*3600-60)),
		at(2026, 0, zone(23*3600+59*60)),
		at(2026, 0, zone(99*3600)),
		at(2026, 0, zone(30)),                       // not whole minutes
		at(2026, 0, zone(3601)),                     // not whole minutes
		time.Date(1, 1, 1, 0, 30, 0, 0, zone(3600)), // year 0 in UTC
		time.Date(1, 1, 1, 0, 0, 1, 0, time.UTC),
		time.Date(999, 12, 31, 23, 59, 59, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 0, 0, 0, zone(-5*3600)), // year 10000 in UTC
		time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(0, 6, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 6, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 3, 2, 9, 15, 0, 0, time.FixedZone("LMT", 12*60+34)), // local mean time
		time.Unix(1<<40, 0).UTC(),
	}
}

// dlvTexts are values of the free texts (Description, SystemName,
// SystemVersion, ContactIdentifier): lengths at the limits in one-, two-
// and four-byte characters, control characters, characters XML cannot
// carry, invalid UTF-8, markup.
func dlvTexts() []string {
	var ts []string
	for _, n := range []int{0, 1, 19, 20, 21, 49, 50, 51, 99, 100, 101, 1000} {
		ts = append(ts, strings.Repeat("x", n), strings.Repeat("ø", n), strings.Repeat("😀", n))
	}
	return append(ts,
		"SIU 2025 – voksen & handicap <fuld>", `"quoted" 'apos' ]]> &amp;`,
		"tab\tLF\nCR\r", "\r\n", " leading and trailing ",
		"nul\x00", "bell\x07", "esc\x1b", "unit\x1f", "del\x7f", "c1\u0085\u009f",
		"\uFFFE", "\uFFFF", "\uFFFD", "\uFDD0", "\U0010FFFF", "\u2028\u00a0",
		"bad \xff byte", "cut \xc3", "surrogate \xed\xa0\x80", "overlong \xc0\xaf",
		strings.Repeat("x", 49)+"\x00", strings.Repeat("ø", 51)+"\x01",
	)
}

// dlvEmails are values of the receipt e-mail: the xkom form at its edges
// and outside them.
func dlvEmails() []string {
	return []string{
		"siu@kommune.example", "", "@", "@x", "a@", "a@@b", "a@b@c", "ab", "a.b.c",
		"a b@c", "a@b c", "a\t@b", "a@b\n", "a\r@b", " a@b", "a@b ",
		"a(b)@c", "a@[1.2.3.4]", "a,b@c", "a;b@c", "a:b@c", "a>b@c", "a<b@c", "a\\b@c", "a&b@c", "a\"b@c",
		"æøå@kommune.dk", "😀@😀", "a@b\u00a0", "a@b\u2028", "a@b\u0085",
		strings.Repeat("a", 191) + "@b", strings.Repeat("a", 192) + "@b",
		strings.Repeat("ø", 191) + "@b", strings.Repeat("ø", 192) + "@b",
		"a@" + strings.Repeat("b", 64), "a@" + strings.Repeat("b", 65),
		"a@" + strings.Repeat("ø", 64), "a@" + strings.Repeat("ø", 65),
		"a@b\x00", "\x01a@b", "\uFFFE@b", "a@\uFFFF", "a@b\xff", "\xc3@b",
	}
}

// dlvAmounts are amounts: zero, signs, two and more decimals, the largest
// amount the file holds and the least it does not, huge coefficients and
// exponents.
func dlvAmounts() []decimal.Decimal {
	s := func(v string) decimal.Decimal { return decimal.RequireFromString(v) }
	return []decimal.Decimal{
		decimal.Zero, s("0.00"), s("-0.00"), s("0.01"), s("-0.01"), s("24850"), s("24850.5"), s("-1250.50"),
		s("24850.005"), s("24850.010"), s("0.001"), s("-0.0000000000000000000000001"),
		s("9999999999999999.99"), s("-9999999999999999.99"), s("9999999999999999.999"),
		s("10000000000000000"), s("-10000000000000000.00"), s("10000000000000000.01"), s("99999999999999999"),
		s("92233720368547758.07"), s("-92233720368547758.08"), s("1e18"), s("1e19"), s("-1e30"),
		s("100000000000000000000e-5"), s("1234567890123456789012345e-10"), s("1234567890123456789012345e-9"),
		s("12345678901234567890123456789e-15"), s("99999999999999999990e-4"),
		decimal.New(1, 1_000_000), decimal.New(-1, 1_000_000), decimal.New(1, -1_000_000), decimal.New(5, -1_000_000_000),
		decimal.New(999999999999999, 1), decimal.New(999999999999999, 2), decimal.New(1, 15), decimal.New(1, 16),
	}
}

// dlvEdit changes one field of a delivery.
type dlvEdit struct {
	name string
	edit func(*siu.Delivery)
}

// dlvEdits returns every single-field edit: each hostile value of each
// header and line field.
func dlvEdits() []dlvEdit {
	var es []dlvEdit
	add := func(name string, edit func(*siu.Delivery)) { es = append(es, dlvEdit{name, edit}) }
	// line edits the first line, if the delivery still has one.
	line := func(name string, edit func(*siu.Line)) {
		add(name, func(d *siu.Delivery) {
			if len(d.Lines) > 0 {
				edit(&d.Lines[0])
			}
		})
	}
	for _, m := range dlvMunicipalities {
		add(fmt.Sprintf("Municipality=%d", m), func(d *siu.Delivery) { d.Header.Municipality = m })
	}
	for _, y := range dlvYears {
		add(fmt.Sprintf("Year=%d", y), func(d *siu.Delivery) { d.Header.Year = y })
	}
	for _, a := range dlvAreas {
		add(fmt.Sprintf("Area=%d", a), func(d *siu.Delivery) { d.Header.Area = a })
	}
	add("Test", func(d *siu.Delivery) { d.Header.Test = true })
	for i, c := range dlvTimes() {
		add(fmt.Sprintf("Created#%d", i), func(d *siu.Delivery) { d.Header.Created = c })
	}
	for i, s := range dlvTexts() {
		add(fmt.Sprintf("Description#%d", i), func(d *siu.Delivery) { d.Header.Description = s })
		add(fmt.Sprintf("SystemName#%d", i), func(d *siu.Delivery) { d.Header.System.Name = s })
		add(fmt.Sprintf("SystemVersion#%d", i), func(d *siu.Delivery) { d.Header.System.Version = s })
		add(fmt.Sprintf("ContactIdentifier#%d", i), func(d *siu.Delivery) { d.Header.Contact.Identifier = s })
		add(fmt.Sprintf("ContactEmail#text%d", i), func(d *siu.Delivery) { d.Header.Contact.Email = s })
	}
	for i, s := range dlvEmails() {
		add(fmt.Sprintf("ContactEmail#%d", i), func(d *siu.Delivery) { d.Header.Contact.Email = s })
	}
	for i, a := range dlvAmounts() {
		line(fmt.Sprintf("BELOEB#%d", i), func(l *siu.Line) { l.Amount = a })
	}
	line("PsrID zero", func(l *siu.Line) { l.PsrID = cpr.Number{} })
	line("PsrID fictive", func(l *siu.Line) { l.PsrID = cpr.Fictive(civil.Date{}, cpr.Female) })
	line("KONTOSTRENG zero", func(l *siu.Line) { l.Account = kontoplan.Account{} })
	line("STARTDATO zero", func(l *siu.Line) { l.Start = civil.Date{} })
	line("SLUTDATO zero", func(l *siu.Line) { l.End = civil.Date{} })
	line("dates 0001 and 9999", func(l *siu.Line) {
		l.Start, l.End = civil.MustParse("0001-01-01"), civil.MustParse("9999-12-31")
	})
	add("no lines", func(d *siu.Delivery) { d.Lines = nil })
	return es
}

// dlvCleanDelivery is a clean delivery of two lines.
func dlvCleanDelivery() siu.Delivery {
	l2 := dlvLine()
	l2.Start, l2.End = civil.MustParse("2025-02-01"), civil.MustParse("2025-02-28")
	return siu.Delivery{Header: dlvHeader(), Lines: []siu.Line{dlvLine(), l2}}
}

// TestDeliverable checks the clean delivery, every single-field edit of
// it, and random mixes of several edits.
func TestDeliverable(t *testing.T) {
	s := mustDefault(t)
	d := dlvCleanDelivery()
	if got := checkDeliverable(t, s, d); !got {
		t.Fatal("the clean delivery is not deliverable")
	}
	edits := dlvEdits()
	accepted := 0
	for _, e := range edits {
		d := dlvCleanDelivery()
		e.edit(&d)
		t.Run(e.name, func(t *testing.T) {
			if checkDeliverable(t, s, d) {
				accepted++
			}
		})
	}
	if accepted == 0 || accepted == len(edits) {
		t.Errorf("%d of %d edits deliverable: the edits do not probe both sides", accepted, len(edits))
	}

	n := 2000
	if testing.Short() {
		n = 200
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range n {
		d := dlvCleanDelivery()
		var names []string
		for range 1 + r.IntN(4) {
			e := edits[r.IntN(len(edits))]
			e.edit(&d)
			names = append(names, e.name)
		}
		if t.Failed() {
			break
		}
		t.Run(fmt.Sprintf("mix%d", i), func(t *testing.T) {
			t.Logf("edits: %s", strings.Join(names, ", "))
			checkDeliverable(t, s, d)
		})
	}
}

// FuzzDeliverable holds the validator, the encoder and the XSD to one
// truth on fuzzed header values and one fuzzed line amount.
func FuzzDeliverable(f *testing.F) {
	h := dlvHeader()
	seed := func(h siu.Header, amount string, lineMask uint8) {
		var unix int64
		var nanos uint32
		var off int32
		set := !h.Created.IsZero()
		if set {
			unix, nanos = h.Created.Unix(), uint32(h.Created.Nanosecond())
			_, o := h.Created.Zone()
			off = int32(o)
		}
		f.Add(h.Municipality, h.Year, uint8(h.Area), h.Test, set, unix, nanos, off,
			h.Description, h.System.Name, h.System.Version, h.Contact.Identifier, h.Contact.Email, amount, lineMask)
	}
	seed(h, "24850.00", 0)
	for _, m := range []int{0, 999, 1000} {
		g := h
		g.Municipality = m
		seed(g, "24850.00", 0)
	}
	for _, y := range []int{0, 2027, 99999} {
		g := h
		g.Year = y
		seed(g, "24850.00", 0)
	}
	for _, c := range dlvTimes() {
		g := h
		g.Created = c
		seed(g, "1.00", 0)
	}
	for _, s := range dlvTexts() {
		g := h
		g.Description, g.System.Name, g.System.Version, g.Contact.Identifier = s, s, s, s
		seed(g, "-1250.50", 0)
	}
	for _, e := range dlvEmails() {
		g := h
		g.Contact.Email = e
		seed(g, "0.01", 0)
	}
	for _, a := range dlvAmounts() {
		if a.Exponent() > -100 && a.Exponent() < 100 {
			seed(h, a.String(), 0)
		}
	}
	for mask := range uint8(32) {
		seed(h, "24850.00", mask)
	}
	s, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, municipality, year int, area uint8, test, created bool, unix int64, nanos uint32, offset int32,
		desc, sysName, sysVersion, contactID, email, amount string, lineMask uint8) {
		d := dlvCleanDelivery()
		h := &d.Header
		h.Municipality, h.Year, h.Area, h.Test = municipality, year, siu.Area(area), test
		h.Created = time.Time{}
		if created {
			h.Created = time.Unix(unix, int64(nanos%1_000_000_000)).In(time.FixedZone("", int(offset)))
		}
		h.Description, h.System.Name, h.System.Version = desc, sysName, sysVersion
		h.Contact.Identifier, h.Contact.Email = contactID, email
		a, err := decimal.NewFromString(amount)
		if err != nil {
			return
		}
		l := &d.Lines[0]
		l.Amount = a
		if lineMask&1 != 0 {
			l.PsrID = cpr.Number{}
		}
		if lineMask&2 != 0 {
			l.Account = kontoplan.Account{}
		}
		if lineMask&4 != 0 {
			l.Start = civil.Date{}
		}
		if lineMask&8 != 0 {
			l.End = civil.Date{}
		}
		if lineMask&16 != 0 {
			d.Lines = d.Lines[:1]
		}
		checkDeliverable(t, s, d)
	})
}

// encoderFields maps the element an encoder's *FieldError names to the
// Finding.Field of the validator's findings on it and the rules that may
// report it.
var encoderFields = map[string]struct {
	field string
	rules []string
}{
	"EntityID":                 {"Municipality", []string{"SIU-HDR-001"}},
	"Period":                   {"Year", []string{"SIU-HDR-002", "SIU-HDR-003"}},
	"OMRAADE":                  {"Area", []string{"SIU-HDR-005"}},
	"CommunicationDateTime":    {siu.FieldCreated, []string{"SIU-HDR-007", "SIU-HDR-008"}},
	"CommunicationDescription": {siu.FieldDescription, []string{"SIU-HDR-009", "SIU-HDR-010"}},
	"SystemName":               {siu.FieldSystemName, []string{"SIU-HDR-009", "SIU-HDR-010"}},
	"SystemVersion":            {siu.FieldSystemVersion, []string{"SIU-HDR-009", "SIU-HDR-010"}},
	"ContactIdentifier":        {siu.FieldContactIdentifier, []string{"SIU-HDR-009", "SIU-HDR-010"}},
	"ContactEmailAddress":      {siu.FieldContactEmail, []string{"SIU-HDR-009", "SIU-HDR-011", "SIU-HDR-012"}},
	siu.FieldPsrID:             {siu.FieldPsrID, []string{"SIU-PSR-001"}},
	siu.FieldAccount:           {siu.FieldAccount, []string{"SIU-KTO-001"}},
	siu.FieldAmount:            {siu.FieldAmount, []string{"SIU-BEL-002", "SIU-BEL-006"}},
	siu.FieldStart:             {siu.FieldStart, []string{"SIU-PER-001"}},
	siu.FieldEnd:               {siu.FieldEnd, []string{"SIU-PER-001"}},
}

// checkDeliverable validates, encodes and schema-checks d and fails t
// where the three disagree. It reports whether d is deliverable (encoded
// and valid against the XSD).
//
//   - The encoder's output always passes the XSD.
//   - No error finding: the encoder writes d and the XSD accepts it.
//   - The encoder refuses a field: an error finding on that field (and
//     line), of a rule meant for it.
//   - The streaming Validator (NewValidator, Add, ValidateOptions.Report)
//     finds what Validate finds.
func checkDeliverable(t *testing.T, s *Schema, d siu.Delivery) bool {
	t.Helper()
	opts := siu.ValidateOptions{Today: dlvToday}
	fs := siu.Validate(d, opts)
	var errs []siu.Finding
	for _, f := range fs {
		if f.Severity == siu.Error {
			errs = append(errs, f)
		}
	}

	var streamed []siu.Finding
	opts.Report = func(f siu.Finding) { streamed = append(streamed, f) }
	v := siu.NewValidator(d.Header, opts)
	for _, l := range d.Lines {
		v.Add(l)
	}
	if rest := v.Findings(); rest != nil {
		t.Errorf("Findings with Report set returned %d findings", len(rest))
	}
	siu.SortFindings(streamed)
	if !slices.Equal(fs, streamed) {
		t.Errorf("Validate and the streaming Validator differ:\nValidate: %v\nstreamed: %v", fs, streamed)
	}

	var buf bytes.Buffer
	encErr := xmlformat.Encode(&buf, xmlformat.DefaultProfile(), d)
	var xsdErr error
	if encErr == nil {
		xsdErr = s.Validate(bytes.NewReader(buf.Bytes()))
		if xsdErr != nil {
			t.Errorf("the encoder wrote what the XSD refuses: %v\nfindings: %v", xsdErr, fs)
		}
	}
	ok := encErr == nil && xsdErr == nil
	if len(errs) == 0 && !ok {
		t.Errorf("no error finding, but not deliverable: encode: %v; xsd: %v\nfindings: %v", encErr, xsdErr, fs)
	}
	if encErr != nil {
		var fe *xmlformat.FieldError
		if !errors.As(encErr, &fe) {
			t.Fatalf("the encoder refused with %T, not a *FieldError: %v", encErr, encErr)
		}
		want, known := encoderFields[fe.Field]
		if !known {
			t.Fatalf("the encoder refused field %q, which the test does not map to a finding: %v", fe.Field, encErr)
		}
		found := slices.ContainsFunc(errs, func(f siu.Finding) bool {
			return f.Line == fe.Record && f.Field == want.field && slices.Contains(want.rules, f.Code)
		})
		if !found {
			t.Errorf("the encoder refused %s of record %d (%v), but no error finding of %v is on line %d %s\nfindings: %v",
				fe.Field, fe.Record, encErr, want.rules, fe.Record, want.field, fs)
		}
	}
	return ok
}
