package xmlformat

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// The placeholder line whose five values recordAsXML replaces.
var placeholder = siu.Line{
	PsrID:   cpr.MustParse("0101801234"),
	Account: kontoplan.MustParse("5385010000000040"),
	Amount:  decimal.RequireFromString("1.00"),
	Start:   civil.MustParse("2025-01-01"),
	End:     civil.MustParse("2025-01-31"),
}

// recordAsXML returns a delivery file of testHeader and one record whose
// five element texts are r's fields, escaped as XML text. ok is false when
// a field holds a character that XML 1.0 text cannot carry.
func recordAsXML(t *testing.T, r siu.Record) (doc []byte, ok bool) {
	t.Helper()
	var buf bytes.Buffer
	if err := Encode(&buf, DefaultProfile(), siu.Delivery{Header: testHeader(), Lines: []siu.Line{placeholder}}); err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	for _, f := range []struct{ name, old, new string }{
		{"PsrID", "0101801234", r.PsrID},
		{"KONTOSTRENG", "5385010000000040", r.Account},
		{"BELOEB", "1.00", r.Amount},
		{"STARTDATO", "2025-01-01", r.Start},
		{"SLUTDATO", "2025-01-31", r.End},
	} {
		text, ok := xmlText(f.new)
		if !ok {
			return nil, false
		}
		old := "<" + f.name + ">" + f.old + "</" + f.name + ">"
		if strings.Count(s, old) != 1 {
			t.Fatalf("the placeholder file has not one %s", old)
		}
		s = strings.Replace(s, old, "<"+f.name+">"+text+"</"+f.name+">", 1)
	}
	return []byte(s), true
}

// xmlText escapes s as XML element text that a parser reads back as s,
// or reports false when s holds a character XML 1.0 does not allow.
func xmlText(s string) (string, bool) {
	if !utf8.ValidString(s) {
		return "", false
	}
	var b strings.Builder
	for _, c := range s {
		switch {
		case c == '&':
			b.WriteString("&amp;")
		case c == '<':
			b.WriteString("&lt;")
		case c == '>':
			b.WriteString("&gt;")
		case c == '\r':
			b.WriteString("&#xD;")
		case c == '\t' || c == '\n':
			b.WriteRune(c)
		case c < 0x20, c == 0xFFFE, c == 0xFFFF, c >= 0xD800 && c <= 0xDFFF:
			return "", false
		default:
			b.WriteRune(c)
		}
	}
	return b.String(), true
}

// verdicts runs a record down both paths: the record path (the
// Validator's AddRecord) and the XML path (the record written as XML text,
// read by the Decoder, then checked with Add). It returns the error codes
// of each, or for the XML path the decoder's error.
func verdicts(t *testing.T, r siu.Record) (recordPath []siu.Finding, xmlPath []siu.Finding, decodeErr error, ok bool) {
	doc, ok := recordAsXML(t, r)
	if !ok {
		return nil, nil, nil, false
	}
	opts := siu.ValidateOptions{Today: civil.MustParse("2026-06-01")}

	v := siu.NewValidator(testHeader(), opts)
	v.AddRecord(r)
	recordPath = v.Findings()

	d := NewDecoder(bytes.NewReader(doc), DefaultProfile())
	h, err := d.Header()
	if err != nil {
		t.Fatalf("the header of the placeholder file: %v", err)
	}
	l, err := d.Next()
	if err != nil {
		var fe *FieldError
		if !errors.As(err, &fe) {
			// Text the XML path cannot carry as one record's value (a
			// parser-level problem) is outside this comparison.
			return nil, nil, err, false
		}
		return recordPath, nil, err, true
	}
	w := siu.NewValidator(h, opts)
	w.Add(l)
	return recordPath, w.Findings(), nil, true
}

func hasError(fs []siu.Finding) bool { return siu.TallyOf(fs).HasErrors() }

// checkPaths asserts that the record path and the XML path agree on r:
// the XML path refuses a field exactly when the record grammar reports
// one; when both read the record, their findings are the same.
func checkPaths(t *testing.T, r siu.Record) {
	rec, xml, decErr, ok := verdicts(t, r)
	if !ok {
		return
	}
	_, grammar := siu.ParseRecord(r)
	switch {
	case decErr != nil && len(grammar) == 0:
		t.Fatalf("%+v: the decoder refuses it (%v) and the record grammar accepts it", r, decErr)
	case decErr == nil && len(grammar) > 0:
		t.Fatalf("%+v: the record grammar reports %v and the decoder reads it", r, grammar)
	case decErr != nil:
		if !hasError(rec) {
			t.Fatalf("%+v: the decoder refuses it (%v) and the record path has no error: %v", r, decErr, rec)
		}
	default:
		if diff := cmp.Diff(xml, rec); diff != "" {
			t.Fatalf("%+v: findings differ (-xml +record):\n%s", r, diff)
		}
	}
}

func TestRecordPathEqualsXMLPath(t *testing.T) {
	for _, r := range grammarSeeds() {
		checkPaths(t, r)
	}
}

func FuzzRecordPathEqualsXMLPath(f *testing.F) {
	for _, r := range grammarSeeds() {
		f.Add(r.PsrID, r.Account, r.Amount, r.Start, r.End)
	}
	f.Fuzz(func(t *testing.T, psr, acct, amount, start, end string) {
		checkPaths(t, siu.Record{PsrID: psr, Account: acct, Amount: amount, Start: start, End: end})
	})
}

// grammarSeeds are records at the edges of the grammar: accepted ones,
// and the printed forms a finance system exports, which the file refuses.
func grammarSeeds() []siu.Record {
	good := siu.Record{PsrID: "0101801234", Account: "5385010000000040", Amount: "100.00", Start: "2025-01-01", End: "2025-01-31"}
	out := []siu.Record{good}
	mod := func(f func(*siu.Record)) {
		r := good
		f(&r)
		out = append(out, r)
	}
	for _, s := range []string{"", "150180-0038", "1501800038", "150180 0038", " 0101801234", "0101801234 ", "7501801234", "3201801234", "1234569998", "０１０１８０１２３４", "01018012345"} {
		mod(func(r *siu.Record) { r.PsrID = s })
	}
	for _, s := range []string{"", "5.38.51.1 4.0", "538501-40", "5385110000000040", "53851100000000400", " 5385010000000040", "9999999999999999", "5385010000000072"} {
		mod(func(r *siu.Record) { r.Account = s })
	}
	for _, s := range []string{"", "16300", "1e2", ".5", "+5", "+5.00", "1e400", "1250,50", "0.00", "-0.00", "1.005", "1.500", "9999999999999999.99", "10000000000000000.00", " 1.00", "1.00\n", "-", "5000000000.00"} {
		mod(func(r *siu.Record) { r.Amount = s })
	}
	for _, s := range []string{"", "31-01-2025", "2025-02-30", "2025-1-31", "2025-01-31T00:00:00", "0000-01-01", "2024-12-31", "2026-01-01"} {
		mod(func(r *siu.Record) { r.End = s })
		mod(func(r *siu.Record) { r.Start = s })
	}
	return out
}
