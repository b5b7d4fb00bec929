package xmlformat

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"

	"github.com/siukit/siukit/siu"
)

// voksenFile is the golden file of a three-line VOKSEN delivery.
func voksenFile(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("testdata/voksen.golden")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// decodeErr reads a whole file and returns the first error (nil at a
// clean end).
func decodeErr(in string, lim Limits) error {
	dec := NewDecoder(strings.NewReader(in), DefaultProfile())
	dec.Limits = lim
	if _, err := dec.Header(); err != nil {
		return err
	}
	for {
		_, err := dec.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// replaceOnce replaces the first old in s, failing if there is none.
func replaceOnce(t *testing.T, s, old, new string) string {
	t.Helper()
	if !strings.Contains(s, old) {
		t.Fatalf("test input lacks %q", old)
	}
	return strings.Replace(s, old, new, 1)
}

// TestDecoderEquivalentForms reads files that differ from the canonical
// bytes but say the same: other prefixes, comments, CDATA, references,
// CRLF, no declaration, a BOM. Each must decode to the golden delivery.
func TestDecoderEquivalentForms(t *testing.T) {
	in := voksenFile(t)
	want := goldenDeliveries()["voksen"]
	tests := []struct {
		name string
		edit func(string) string
	}{
		{"canonical", func(s string) string { return s }},
		{"other prefixes", func(s string) string {
			s = strings.ReplaceAll(s, "dst:", "e:")
			s = strings.Replace(s, "xmlns:dst=", "xmlns:e=", 1)
			s = strings.Replace(s, `xmlns="`, `xmlns:c="`, 1)
			// Prefix every content element with c:.
			var r []string
			for _, c := range "IDCSFOPKB" {
				r = append(r, "<"+string(c), "<c:"+string(c), "</"+string(c), "</c:"+string(c))
			}
			return strings.NewReplacer(r...).Replace(s)
		}},
		{"namespace declared late", func(s string) string {
			s = strings.Replace(s, ` xmlns:dst="http://rep.oio.dk/dst.dk/xml/schemas/2002/06/28/"`, "", 1)
			return strings.Replace(s, "<dst:Envelope>", `<dst:Envelope xmlns:dst="http://rep.oio.dk/dst.dk/xml/schemas/2002/06/28/">`, 1)
		}},
		{"comments and PIs", func(s string) string {
			s = strings.Replace(s, "<IndividUdgiftLeveranceStruktur", "<!-- made by hand -->\n<?app x?>\n<IndividUdgiftLeveranceStruktur", 1)
			s = strings.Replace(s, "<BELOEB>24850.00</BELOEB>", "<BELOEB><!-- kr -->24850<?p?>.00</BELOEB>", 1)
			return s + "<!-- end -->\n"
		}},
		{"CDATA and references", func(s string) string {
			s = strings.Replace(s, "<PsrID>1512459998</PsrID>", "<PsrID><![CDATA[15124]]>&#53;9998</PsrID>", 1)
			return strings.Replace(s, "&amp; handicap", "&#x26; handicap", 1)
		}},
		{"CRLF", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
		{"no declaration, no indentation", func(s string) string {
			s = strings.TrimPrefix(s, xmlDeclaration)
			return strings.NewReplacer("\n", "", "  ", "").Replace(s)
		}},
		{"single quotes and spaces in tags", func(s string) string {
			s = strings.Replace(s, `<?xml version="1.0" encoding="UTF-8"?>`, `<?xml version='1.0' encoding='utf-8' standalone='yes' ?>`, 1)
			return strings.Replace(s, "</SLUTDATO>", "</SLUTDATO \n>", 1)
		}},
		{"schemaLocation", func(s string) string {
			return strings.Replace(s, `<IndividUdgiftLeveranceStruktur `, `<IndividUdgiftLeveranceStruktur xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="a siu.xsd" `, 1)
		}},
		{"UTF-8 byte order mark", func(s string) string { return "\xEF\xBB\xBF" + s }},
		{"open and close collection of an empty element", func(s string) string {
			return strings.Replace(s, "<KONTOSTRENG>5385010000000040</KONTOSTRENG>", "<KONTOSTRENG>5385010000000040</KONTOSTRENG     >", 1)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := decodeAll(t, strings.NewReader(tt.edit(in)))
			if diff := cmp.Diff(want, got, cmpOpts); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestDecoderEmptyCollectionForms(t *testing.T) {
	b, err := os.ReadFile("testdata/empty-samlet.golden")
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{
		string(b),
		strings.Replace(string(b), "<IndividUdgiftStrukturSamling/>", "<IndividUdgiftStrukturSamling>\n  </IndividUdgiftStrukturSamling>", 1),
	} {
		d := decodeAll(t, strings.NewReader(in))
		if len(d.Lines) != 0 || d.Header.Area != siu.AreaSamlet {
			t.Errorf("got %d lines, area %v; want none, SAMLET", len(d.Lines), d.Header.Area)
		}
	}
}

// TestDecoderRejects checks each way a file can be wrong: one fault per
// case, the cause it must report and words the message must hold.
func TestDecoderRejects(t *testing.T) {
	in := voksenFile(t)
	tests := []struct {
		name     string
		old, new string // a replacement in the voksen file
		cause    error
		msg      string
		line     int // 0: not checked
	}{
		{"wrong root", "IndividUdgiftLeveranceStruktur", "Leverance", ErrStructure, "root element is <Leverance>", 2},
		{"wrong namespace", `xmlns="http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/"`, `xmlns="urn:other"`, ErrStructure, "namespace", 2},
		{"no namespace", ` xmlns="http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/"`, ``, ErrStructure, "namespace", 2},
		{"envelope in the wrong namespace", "<dst:Source>", `<dst:Source xmlns:dst="urn:x">`, ErrStructure, "namespace", 5},
		{"missing field", "      <KONTOSTRENG>5385010000000040</KONTOSTRENG>\n", "", ErrStructure, "missing element <KONTOSTRENG>", 37},
		{"missing last field", "      <SLUTDATO>2025-01-31</SLUTDATO>\n    </IndividUdgiftStruktur>\n    <IndividUdgiftStruktur>\n      <PsrID>0101801234", "    </IndividUdgiftStruktur>\n    <IndividUdgiftStruktur>\n      <PsrID>0101801234", ErrStructure, "missing element <SLUTDATO>", 0},
		{"repeated field", "<BELOEB>24850.00</BELOEB>", "<BELOEB>24850.00</BELOEB><BELOEB>1.00</BELOEB>", ErrStructure, "repeated element <BELOEB>", 0},
		{"repeated last field", "<SLUTDATO>2025-01-31</SLUTDATO>", "<SLUTDATO>2025-01-31</SLUTDATO><SLUTDATO>2025-01-31</SLUTDATO>", ErrStructure, "repeated element <SLUTDATO>", 0},
		{"fields out of order", "<KONTOSTRENG>5385010000000040</KONTOSTRENG>\n      <BELOEB>24850.00</BELOEB>", "<BELOEB>24850.00</BELOEB>\n      <KONTOSTRENG>5385010000000040</KONTOSTRENG>", ErrStructure, "missing element <KONTOSTRENG> before <BELOEB>", 0},
		{"unknown field", "<BELOEB>24850.00</BELOEB>", "<BELOEB>24850.00</BELOEB><NOTE>x</NOTE>", ErrStructure, "unknown element <NOTE>", 0},
		{"unknown element in the collection", "<IndividUdgiftStrukturSamling>", "<IndividUdgiftStrukturSamling><Other/>", ErrStructure, "unknown element <Other>", 0},
		{"empty record", "<IndividUdgiftStrukturSamling>", "<IndividUdgiftStrukturSamling><IndividUdgiftStruktur/>", ErrStructure, "missing element <PsrID>", 0},
		{"missing header element", "        <SystemName>Sagssystem</SystemName>\n", "", ErrStructure, "element <SystemVersion> is repeated or out of order in <SystemStructure>, want <SystemName>", 19},
		{"missing area", "  <OMRAADE>VOKSEN</OMRAADE>\n", "", ErrStructure, "want <OMRAADE>", 0},
		{"repeated header element", "<FormVersion>siukit-profile-1</FormVersion>", "<FormVersion>siukit-profile-1</FormVersion><FormVersion>siukit-profile-1</FormVersion>", ErrStructure, "element <FormVersion> is repeated or out of order in <DeliveryMetadataNewStructure>, want its end", 31},
		{"empty container", "<SystemStructure>\n          <SystemName>Sagssystem</SystemName>\n          <SystemVersion>4.2.1</SystemVersion>\n        </SystemStructure>", "<SystemStructure/>", ErrStructure, "<SystemStructure> is empty", 0},
		{"text between elements", "<IndividUdgiftStruktur>\n      <PsrID>", "<IndividUdgiftStruktur>x<PsrID>", ErrStructure, "unexpected text in <IndividUdgiftStruktur>", 0},
		{"child in a field", "<BELOEB>24850.00</BELOEB>", "<BELOEB><v>24850.00</v></BELOEB>", ErrStructure, "holds text only", 0},
		{"attribute", "<IndividUdgiftStruktur>", `<IndividUdgiftStruktur id="1">`, ErrStructure, "attribute id is not allowed", 0},
		{"other xsi attribute", "<IndividUdgiftLeveranceStruktur ", `<IndividUdgiftLeveranceStruktur xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true" `, ErrStructure, "attribute xsi:nil is not allowed", 0},
		{"mismatched end tag", "</BELOEB>", "</BELOB>", ErrSyntax, "does not match", 0},
		{"undeclared prefix", "<dst:Source>PLACEHOLDER-SOURCE</dst:Source>", "<x:Source>PLACEHOLDER-SOURCE</x:Source>", ErrSyntax, "prefix x", 0},
		{"second root", "</IndividUdgiftLeveranceStruktur>\n", "</IndividUdgiftLeveranceStruktur>\n<IndividUdgiftLeveranceStruktur/>", ErrSyntax, "second root", 0},
		{"text after root", "</IndividUdgiftLeveranceStruktur>\n", "</IndividUdgiftLeveranceStruktur>\nx", ErrSyntax, "after the root", 0},
		{"undefined entity", "&amp; handicap", "&nbsp; handicap", ErrSyntax, "&nbsp; is not defined", 0},
		{"wrong source", ">PLACEHOLDER-SOURCE<", ">OTHER<", ErrMismatch, "Source", 5},
		{"wrong survey", ">PLACEHOLDER-SURVEY<", ">OTHER<", ErrMismatch, "SurveyID", 6},
		{"unknown form", ">PLACEHOLDER-L<", ">L999<", ErrMismatch, "FormID", 7},
		{"wrong entity type", ">Kommune<", ">Region<", ErrMismatch, "EntityIDType", 10},
		{"wrong form version", ">siukit-profile-1<", ">siukit-profile-0<", ErrMismatch, "FormVersion", 0},
		{"bad period", "<dst:Period>2025<", "<dst:Period>25<", ErrMalformed, "Period", 8},
		{"bad municipality", "<dst:EntityID>101<", "<dst:EntityID>0101<", ErrMalformed, "EntityID", 11},
		{"bad time", "2026-03-02T09:15:00+01:00", "2026-03-02 09:15", ErrMalformed, "CommunicationDateTime", 17},
		{"time without seconds", "2026-03-02T09:15:00+01:00", "2026-03-02T09:15", ErrMalformed, "CommunicationDateTime", 17},
		{"time with a comma before the fraction", "2026-03-02T09:15:00+01:00", "2026-03-02T09:15:00,5+01:00", ErrMalformed, "CommunicationDateTime", 17},
		{"time with white space", "2026-03-02T09:15:00+01:00", " 2026-03-02T09:15:00+01:00", ErrMalformed, "CommunicationDateTime", 17},
		{"bad area", ">VOKSEN<", ">ADULT<", ErrMalformed, "OMRAADE", 33},
		{"XML 1.1", `version="1.0"`, `version="1.1"`, ErrSyntax, "version", 1},
		{"Latin-1", `encoding="UTF-8"`, `encoding="ISO-8859-1"`, ErrEncoding, "encoding", 1},
		{"control character", "Sagssystem", "Sags\x01system", ErrEncoding, "control character", 0},
		{"invalid UTF-8 in text", "Økonomi", "\xD8konomi", ErrEncoding, "UTF-8", 0},
		{"invalid UTF-8 in a name", "<SystemName>", "<System\xffName>", ErrEncoding, "UTF-8", 0},
		{"invalid UTF-8 in a comment", "  <OMRAADE>", "  <!-- \xC3( -->\n  <OMRAADE>", ErrEncoding, "UTF-8", 0},
		{"surrogate in UTF-8", "Økonomi", "\xED\xA0\x80konomi", ErrEncoding, "UTF-8", 0},
		{"U+FFFE", "Økonomi", "\uFFFEkonomi", ErrEncoding, "not allowed", 0},
		{"character reference to NUL", "Økonomi", "&#0;konomi", ErrEncoding, "character reference", 0},
		{"character reference beyond Unicode", "Økonomi", "&#x100000041;konomi", ErrEncoding, "character reference", 0},
		{"]]> in text", "Økonomi", "]]>", ErrSyntax, "]]>", 0},
		{"double hyphen in comment", "  <OMRAADE>", "  <!-- a -- b -->\n  <OMRAADE>", ErrSyntax, "--", 0},
		{"declaration not at start", `<?xml version="1.0" encoding="UTF-8"?>`, ` <?xml version="1.0" encoding="UTF-8"?>`, ErrSyntax, "declaration", 1},
		{"UTF-16", `<?xml version="1.0" encoding="UTF-8"?>`, "\xFF\xFE<\x00?\x00", ErrEncoding, "UTF-16", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := decodeErr(replaceOnce(t, in, tt.old, tt.new), Limits{})
			if !errors.Is(err, tt.cause) {
				t.Fatalf("error %v, want cause %v", err, tt.cause)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not mention %q", err, tt.msg)
			}
			var se *SyntaxError
			var fe *FieldError
			line := 0
			switch {
			case errors.As(err, &se):
				line = se.Line
			case errors.As(err, &fe):
				line = fe.Line
			default:
				t.Fatalf("error %T, want *SyntaxError or *FieldError", err)
			}
			if line < 1 || tt.line != 0 && line != tt.line {
				t.Errorf("error at line %d, want %d", line, tt.line)
			}
		})
	}
}

// TestDecoderFieldErrors checks malformed values: a *FieldError with the
// record, field and position, no CPR number in the message, and reading
// goes on with the next record.
func TestDecoderFieldErrors(t *testing.T) {
	in := voksenFile(t)
	tests := []struct {
		name     string
		old, new string // in the second record
		field    string
		cause    error
	}{
		{"PsrID with hyphen", "<PsrID>0101801234</PsrID>\n      <KONTOSTRENG>5385010000000072", "<PsrID>010180-1234</PsrID>\n      <KONTOSTRENG>5385010000000072", "PsrID", ErrMalformed},
		{"PsrID too long", "<PsrID>0101801234</PsrID>\n      <KONTOSTRENG>5385010000000072", "<PsrID>01018012345</PsrID>\n      <KONTOSTRENG>5385010000000072", "PsrID", ErrMalformed},
		{"PsrID impossible date", "<PsrID>0101801234</PsrID>\n      <KONTOSTRENG>5385010000000072", "<PsrID>3102801234</PsrID>\n      <KONTOSTRENG>5385010000000072", "PsrID", nil},
		{"PsrID empty", "<PsrID>0101801234</PsrID>\n      <KONTOSTRENG>5385010000000072", "<PsrID/>\n      <KONTOSTRENG>5385010000000072", "PsrID", ErrMissing},
		{"CPR in the account", "5385010000000072", "0101801234", "KONTOSTRENG", nil},
		{"dotted account", "5385010000000072", "5.38.50.1 7.2", "KONTOSTRENG", ErrMalformed},
		{"short account", "5385010000000072", "53850172", "KONTOSTRENG", ErrMalformed},
		{"amount with comma", "-1250.50", "-1250,50", "BELOEB", ErrMalformed},
		{"amount with three decimals", "-1250.50", "-1250.500", "BELOEB", ErrDecimals},
		{"CPR as amount", "-1250.50", "0101801234x", "BELOEB", ErrMalformed},
		{"amount empty", "<BELOEB>-1250.50</BELOEB>", "<BELOEB></BELOEB>", "BELOEB", ErrMissing},
		{"bad start", "<STARTDATO>2025-01-01</STARTDATO>\n      <SLUTDATO>2025-01-31</SLUTDATO>\n    </IndividUdgiftStruktur>\n    <IndividUdgiftStruktur>\n      <PsrID>1512459998", "<STARTDATO>2025-02-30</STARTDATO>\n      <SLUTDATO>2025-01-31</SLUTDATO>\n    </IndividUdgiftStruktur>\n    <IndividUdgiftStruktur>\n      <PsrID>1512459998", "STARTDATO", nil},
		{"CPR as end date", "<SLUTDATO>2025-01-31</SLUTDATO>\n    </IndividUdgiftStruktur>\n    <IndividUdgiftStruktur>\n      <PsrID>1512459998", "<SLUTDATO>0101801234</SLUTDATO>\n    </IndividUdgiftStruktur>\n    <IndividUdgiftStruktur>\n      <PsrID>1512459998", "SLUTDATO", nil},
	}
	want := goldenDeliveries()["voksen"].Lines
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Make sure the edit hits record 2: skip past record 1.
			cut := strings.Index(in, "</IndividUdgiftStruktur>")
			file := in[:cut] + replaceOnce(t, in[cut:], tt.old, tt.new)
			dec := NewDecoder(strings.NewReader(file), DefaultProfile())
			l, err := dec.Next()
			if err != nil || !l.PsrID.IsValid() {
				t.Fatalf("record 1: %v", err)
			}
			_, err = dec.Next()
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Record != 2 || fe.Field != tt.field {
				t.Fatalf("record 2: error %v, want a *FieldError on %s of record 2", err, tt.field)
			}
			if tt.cause != nil && !errors.Is(err, tt.cause) {
				t.Errorf("error %v, want cause %v", err, tt.cause)
			}
			if fe.Line < 36 || fe.Col != 7 {
				t.Errorf("error at line %d, column %d; want the field's element in record 2", fe.Line, fe.Col)
			}
			if msg := err.Error(); strings.Contains(msg, "0101801234") || strings.Contains(msg, "010180-1234") {
				t.Errorf("error %q holds a whole CPR number", msg)
			}
			// The structure is intact: the third record follows.
			l, err = dec.Next()
			if err != nil || l.PsrID != want[2].PsrID {
				t.Fatalf("record 3: %v, %v", l, err)
			}
			if _, err := dec.Next(); err != io.EOF {
				t.Errorf("after the last record: %v, want io.EOF", err)
			}
			if _, err := dec.Next(); err != io.EOF {
				t.Errorf("again after the last record: %v, want io.EOF", err)
			}
		})
	}
}

func TestDecoderNextRecord(t *testing.T) {
	in := replaceOnce(t, voksenFile(t), "<BELOEB>24850.00</BELOEB>", "<BELOEB> 24 850,00 kr &amp; </BELOEB>")
	dec := NewDecoder(strings.NewReader(in), DefaultProfile())
	var got []siu.Record
	for r, err := range dec.Records() {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, r)
	}
	want := []siu.Record{
		{PsrID: "0101801234", Account: "5385010000000040", Amount: " 24 850,00 kr & ", Start: "2025-01-01", End: "2025-01-31"},
		{PsrID: "0101801234", Account: "5385010000000072", Amount: "-1250.50", Start: "2025-01-01", End: "2025-01-31"},
		{PsrID: "1512459998", Account: "5385210000000040", Amount: "3120.75", Start: "2024-12-15", End: "2025-01-14"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if rec, line, col := dec.RecordPos(); rec != 3 || line != 49 || col != 5 {
		t.Errorf("RecordPos = %d, %d, %d; want record 3 at line 49, column 5", rec, line, col)
	}
}

func TestDecoderAll(t *testing.T) {
	in := replaceOnce(t, voksenFile(t), "<BELOEB>-1250.50</BELOEB>", "<BELOEB>x</BELOEB>")
	dec := NewDecoder(strings.NewReader(in), DefaultProfile())
	var lines, fieldErrs int
	for _, err := range dec.All() {
		var fe *FieldError
		switch {
		case err == nil:
			lines++
		case errors.As(err, &fe):
			fieldErrs++
		default:
			t.Fatal(err)
		}
	}
	if lines != 2 || fieldErrs != 1 {
		t.Errorf("All gave %d lines and %d field errors, want 2 and 1", lines, fieldErrs)
	}

	// A fatal error ends the iteration.
	in = replaceOnce(t, voksenFile(t), "<BELOEB>-1250.50</BELOEB>", "<BELOEB>-1250.50</BELOB>")
	n := 0
	var last error
	for _, err := range NewDecoder(strings.NewReader(in), DefaultProfile()).All() {
		n++
		last = err
	}
	if n != 2 || !errors.Is(last, ErrSyntax) {
		t.Errorf("All gave %d values ending with %v; want 2, the second a syntax error", n, last)
	}

	// Breaking out of the loop is fine.
	for range NewDecoder(strings.NewReader(voksenFile(t)), DefaultProfile()).All() {
		break
	}
}

func TestDecoderHeaderTwice(t *testing.T) {
	dec := NewDecoder(strings.NewReader(voksenFile(t)), DefaultProfile())
	h1, err1 := dec.Header()
	h2, err2 := dec.Header()
	if err1 != nil || err2 != nil || !cmp.Equal(h1, h2, cmpOpts) {
		t.Errorf("Header twice: %v, %v", err1, err2)
	}
	// A fatal error sticks.
	dec = NewDecoder(strings.NewReader("<x/>"), DefaultProfile())
	_, err1 = dec.Header()
	_, err2 = dec.Next()
	if err1 == nil || err1 != err2 {
		t.Errorf("errors %v and %v, want the same fatal error", err1, err2)
	}
}

// TestDecoderReaders reads through readers that return one byte at a
// time, or data with io.EOF: the buffer's edges must not matter.
func TestDecoderReaders(t *testing.T) {
	in := voksenFile(t)
	want := goldenDeliveries()["voksen"]
	for name, r := range map[string]io.Reader{
		"one byte":      iotest.OneByteReader(strings.NewReader(in)),
		"data with EOF": iotest.DataErrReader(strings.NewReader(in)),
		"half":          iotest.HalfReader(strings.NewReader(in)),
	} {
		got := decodeAll(t, r)
		if diff := cmp.Diff(want, got, cmpOpts); diff != "" {
			t.Errorf("%s (-want +got):\n%s", name, diff)
		}
	}
	// A read error is returned as such.
	errBroken := errors.New("broken pipe")
	dec := NewDecoder(io.MultiReader(strings.NewReader(in[:900]), iotest.ErrReader(errBroken)), DefaultProfile())
	if _, err := dec.Header(); !errors.Is(err, errBroken) {
		t.Errorf("Header over a failing reader: %v, want %v", err, errBroken)
	}
}

// TestDecoderLongFile reads a file longer than the read buffer with
// records crossing its edges.
func TestDecoderLongFile(t *testing.T) {
	d := siu.Delivery{Header: testHeader(), Lines: testLines(5000, 11)}
	var buf bytes.Buffer
	if err := Encode(&buf, DefaultProfile(), d); err != nil {
		t.Fatal(err)
	}
	got := decodeAll(t, &buf)
	if diff := cmp.Diff(d, got, cmpOpts); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestDecoderInvalidProfile(t *testing.T) {
	p := DefaultProfile()
	p.Root = "not a name"
	dec := NewDecoder(strings.NewReader(voksenFile(t)), p)
	if _, err := dec.Header(); err == nil || !strings.Contains(err.Error(), "Root") {
		t.Errorf("Header with an invalid profile: %v, want an error naming Root", err)
	}
}

// TestDecoderOtherProfile reads a file written with another profile: the
// decoder takes every name from the profile.
func TestDecoderOtherProfile(t *testing.T) {
	p := DefaultProfile()
	p.Namespace = "urn:example:siu"
	p.EnvelopePrefix = "env"
	p.Root = "Leverance"
	p.Record = "Linje"
	p.Fields.Amount = "AMOUNT"
	p.Codes.FormID = "L123"
	p.Codes.TestFormID = "T123"
	p.Placeholder = false
	d := goldenDeliveries()["voksen"]
	var buf bytes.Buffer
	if err := Encode(&buf, p, d); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<Leverance xmlns="urn:example:siu" xmlns:env=`, "<env:FormID>L123</env:FormID>", "<Linje>", "<AMOUNT>-1250.50</AMOUNT>"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
	dec := NewDecoder(bytes.NewReader(buf.Bytes()), p)
	h, err := dec.Header()
	if err != nil {
		t.Fatal(err)
	}
	got := siu.Delivery{Header: h}
	for l, err := range dec.All() {
		if err != nil {
			t.Fatal(err)
		}
		got.Lines = append(got.Lines, l)
	}
	if diff := cmp.Diff(d, got, cmpOpts); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// The default profile refuses it.
	if err := decodeErr(buf.String(), Limits{}); !errors.Is(err, ErrStructure) {
		t.Errorf("default profile on another profile's file: %v, want ErrStructure", err)
	}
}
