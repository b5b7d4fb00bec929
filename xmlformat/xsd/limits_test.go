package xsd

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

var errBroken = errors.New("disk on fire")

func TestReadError(t *testing.T) {
	doc := delivery(5000, nil)
	r := io.MultiReader(bytes.NewReader(doc[:len(doc)/2]), iotest.ErrReader(errBroken))
	err := mustDefault(t).Validate(r)
	if !errors.Is(err, errBroken) {
		t.Errorf("Validate = %v, want it to wrap the reader's error", err)
	}
	var xerr *Error
	if errors.As(err, &xerr) {
		t.Errorf("Validate = %v, want a read error, not an invalid document", err)
	}
	// Data and error in the same Read.
	err = mustDefault(t).Validate(iotest.DataErrReader(io.MultiReader(bytes.NewReader(doc[:100]), iotest.ErrReader(errBroken))))
	if !errors.Is(err, errBroken) {
		t.Errorf("Validate(DataErrReader) = %v, want the reader's error", err)
	}
	// A reader that never makes progress does not hang.
	if err := mustDefault(t).Validate(stuckReader{}); !errors.Is(err, io.ErrNoProgress) {
		t.Errorf("Validate(stuck) = %v, want io.ErrNoProgress", err)
	}
}

type stuckReader struct{}

func (stuckReader) Read([]byte) (int, error) { return 0, nil }

func TestEndOfDocumentMessages(t *testing.T) {
	tests := []struct {
		in, want string
		line     int
	}{
		{"", "Document is empty", 1},
		{"<?xml version=\"1.0\"?>\n", "Start tag expected", 2},
		{"<a>\n<b>", "Premature end of data", 2},
		{"<a/>\n<b/>", "Extra content at the end of the document", 2},
	}
	for _, tt := range tests {
		err := mustDefault(t).Validate(strings.NewReader(tt.in))
		var xerr *Error
		if !errors.As(err, &xerr) || !strings.Contains(err.Error(), tt.want) || xerr.Problems[0].Line != tt.line {
			t.Errorf("Validate(%q) = %v, want %q on line %d", tt.in, err, tt.want, tt.line)
		}
	}
}

// TestLimits: deep nesting ends in libxml2's depth limit (no
// XMLParseHuge); long text, names and namespace names are refused as
// they arrive, before libxml2 reads them.
func TestLimits(t *testing.T) {
	valid := readValid(t)
	s := mustDefault(t)
	deep := strings.Replace(valid, "<FormVersion>siukit-1</FormVersion>",
		"<FormVersion>"+strings.Repeat("<a>", 100000)+strings.Repeat("</a>", 100000)+"</FormVersion>", 1)
	err := s.Validate(strings.NewReader(deep))
	var xerr *Error
	if !errors.As(err, &xerr) || !hasKind(xerr, KindSyntax) || !strings.Contains(err.Error(), "depth") {
		t.Errorf("deep nesting: Validate = %v, want libxml2's depth limit", err)
	}

	// The character data of FormVersion is "siukit-1\n\n\n" and n x; the
	// value is quoted in no message here, but in a record it would be.
	fixed := len("siukit-1\n\n\n")
	for _, n := range []int{MaxTextBytes - fixed, MaxTextBytes - fixed + 1} {
		huge := strings.Replace(valid, "<FormVersion>siukit-1</FormVersion>",
			"<FormVersion>siukit-1\n\n\n"+strings.Repeat("x", n)+"</FormVersion>", 1)
		err = s.Validate(iotest.HalfReader(strings.NewReader(huge)))
		wantRefused := fixed+n > MaxTextBytes
		if errors.Is(err, ErrTextTooLong) != wantRefused || !errors.As(err, &xerr) {
			t.Errorf("%d bytes: Validate = %v, want refused: %v", fixed+n, err, wantRefused)
			continue
		}
		if p := xerr.Problems[0]; wantRefused && p.Line != 34 || !wantRefused && !strings.Contains(p.Message, "maxLength") {
			t.Errorf("%d bytes: first problem %v", fixed+n, p)
		}
	}

	// A CDATA section full of '<' is still character data.
	cdata := strings.Replace(valid, "<FormVersion>siukit-1</FormVersion>",
		"<FormVersion>x<![CDATA["+strings.Repeat("<a]]", MaxTextBytes/4)+"]]></FormVersion>", 1)
	if err := s.Validate(iotest.HalfReader(strings.NewReader(cdata))); !errors.Is(err, ErrTextTooLong) {
		t.Errorf("long CDATA: Validate = %v, want ErrTextTooLong", err)
	}
	// Short CDATA sections and comments with '<' are fine.
	short := strings.Replace(valid, "<FormVersion>siukit-1</FormVersion>",
		"<FormVersion><![CDATA[siukit]]]]><![CDATA[>-1]]><!-- <x> --></FormVersion>", 1)
	if err := s.Validate(iotest.OneByteReader(strings.NewReader(short))); err != nil {
		t.Errorf("short CDATA: Validate = %v, want nil", err)
	}

	// White space between tags may be long; as a whole value it may not.
	spaced := strings.Replace(valid, "<FormVersion>", strings.Repeat(" \n", 5000)+"<FormVersion>", 1)
	if err := s.Validate(strings.NewReader(spaced)); err != nil {
		t.Errorf("10,000 bytes of white space between tags: Validate = %v, want nil", err)
	}

	refused := []struct{ name, old, new string }{
		{"long white space value", "<FormVersion>siukit-1<", "<FormVersion>" + strings.Repeat(" ", MaxTextBytes+1) + "<"},
		{"long white space", "<FormVersion>", "<FormVersion>" + strings.Repeat(" ", maxMarkupBytes+1) + "<x/>"},
		{"long element name", "<FormVersion>siukit-1</FormVersion>", "<" + strings.Repeat("F", maxNameBytes+1) + "/>"},
		{"long attribute name", "<FormVersion>", "<FormVersion " + strings.Repeat("a", maxNameBytes+1) + "=\"1\">"},
		{"long namespace name", "<FormVersion>", "<FormVersion xmlns=\"urn:" + strings.Repeat("n", maxNamespaceBytes) + "\">"},
		{"long attribute value", "<FormVersion>", "<FormVersion a=\"" + strings.Repeat("v", MaxTextBytes+1) + "\">"},
		{"long PsrID", "<PsrID>0101801234</PsrID>", "<PsrID>" + strings.Repeat("1", MaxTextBytes+1) + "</PsrID>"},
		{"long comment", "<FormVersion>", "<FormVersion><!--" + strings.Repeat("c", maxMarkupBytes) + "-->"},
	}
	for _, tt := range refused {
		doc := strings.Replace(valid, tt.old, tt.new, 1)
		err := s.Validate(strings.NewReader(doc))
		if !errors.Is(err, ErrTextTooLong) || !errors.As(err, &xerr) || xerr.Problems[0].Kind != KindRefused ||
			xerr.Problems[0].Line != lineOf(t, doc, tt.new[:min(len(tt.new), 20)]) {
			t.Errorf("%s: Validate = %v, want a refusal on its line", tt.name, err)
		}
	}
}

// TestLongValueMessage: a value just within MaxTextBytes gives libxml2's
// whole message, quoting it, and nothing more.
func TestLongValueMessage(t *testing.T) {
	valid := readValid(t)
	long := strings.Repeat("9", MaxTextBytes)
	doc := strings.Replace(valid, "<PsrID>0101801234</PsrID>", "<PsrID>"+long+"</PsrID>", 1)
	err := mustDefault(t).Validate(strings.NewReader(doc))
	var xerr *Error
	if !errors.As(err, &xerr) || len(xerr.Problems) != 1 {
		t.Fatalf("Validate = %v, want one problem", err)
	}
	// The value is no CPR number (999999 is not a date), so cpr.Redact
	// leaves it as it is.
	want := "Element '{http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/}PsrID': [facet 'pattern'] The value '" +
		long + "' is not accepted by the pattern '[0-9]{10}'."
	if p := xerr.Problems[0]; p.Message != want || p.Line != lineOf(t, doc, "<PsrID>9") {
		t.Errorf("problem = %v\nwant message %q", p, want)
	}
}

// TestTooLarge: the parts parsed into one tree are bounded.
func TestTooLarge(t *testing.T) {
	comments := strings.Repeat("<!--"+strings.Repeat("c", maxMarkupBytes-10)+"-->\n", maxUnitBytes/maxMarkupBytes+1)
	valid := readValid(t)
	tests := []struct{ name, old, new string }{
		{"header", "  <OMRAADE>", comments + "  <OMRAADE>"},
		{"record", "<BELOEB>", comments + "<BELOEB>"},
		{"tail", "</IndividUdgiftLeveranceStruktur>", comments + "</IndividUdgiftLeveranceStruktur>"},
	}
	for _, tt := range tests {
		err := mustDefault(t).Validate(strings.NewReader(strings.Replace(valid, tt.old, tt.new, 1)))
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s: Validate = %v, want ErrTooLarge", tt.name, err)
		}
	}
}

func hasKind(e *Error, k Kind) bool {
	for _, p := range e.Problems {
		if p.Kind == k {
			return true
		}
	}
	return false
}
