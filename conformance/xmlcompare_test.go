package conformance

import (
	"slices"
	"strings"
	"testing"
)

const xmlWant = `<?xml version="1.0" encoding="UTF-8"?>
<Root xmlns="urn:content" xmlns:dst="urn:envelope">
  <dst:Envelope>
    <dst:Period>2025</dst:Period>
  </dst:Envelope>
  <CommunicationDateTime>2026-03-02T09:15:00+01:00</CommunicationDateTime>
  <Samling>
    <Rec>
      <PsrID>0101801234</PsrID>
      <BELOEB>24850.00</BELOEB>
    </Rec>
    <Rec>
      <PsrID>0202802345</PsrID>
      <BELOEB>-1250.50</BELOEB>
    </Rec>
  </Samling>
</Root>
`

func TestCompareXML(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want []Mismatch // nil: equal by meaning
	}{
		{name: "same bytes", got: xmlWant},
		{
			name: "other prefixes, whitespace, no declaration, comments, another timestamp",
			got: `<c:Root xmlns:c="urn:content" xmlns:e="urn:envelope"><!-- made by X -->` +
				`<e:Envelope><e:Period> 2025 </e:Period></e:Envelope>` +
				`<c:CommunicationDateTime>2027-01-01T00:00:00Z</c:CommunicationDateTime>` +
				`<c:Samling><c:Rec><c:PsrID>0101801234</c:PsrID><c:BELOEB>24850.00</c:BELOEB></c:Rec>` +
				`<c:Rec><c:PsrID>0202802345</c:PsrID><c:BELOEB>-1250.50</c:BELOEB></c:Rec></c:Samling></c:Root>`,
		},
		{
			name: "schema location is free",
			got: strings.Replace(xmlWant, `<Root xmlns="urn:content"`,
				`<Root xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:content siu.xsd" xmlns="urn:content"`, 1),
		},
		{
			name: "value differs",
			got:  strings.Replace(xmlWant, "-1250.50", "-1250.5", 1),
			want: []Mismatch{{Path: "/Root/Samling/Rec[2]/BELOEB", Want: `"-1250.50"`, Got: `"-1250.5"`}},
		},
		{
			name: "PsrID differs: masked, and said so",
			got:  strings.Replace(xmlWant, "0202802345", "0202802346", 1),
			want: []Mismatch{{Path: "/Root/Samling/Rec[2]/PsrID", Want: `"020280-****"`, Got: `"020280-****" (differs in the masked digits)`}},
		},
		{
			name: "timestamp missing",
			got:  strings.Replace(xmlWant, "  <CommunicationDateTime>2026-03-02T09:15:00+01:00</CommunicationDateTime>\n", "", 1),
			want: []Mismatch{{Path: "/Root/CommunicationDateTime", Want: "<CommunicationDateTime>", Got: "<Samling>"}, {Path: "/Root/Samling", Want: "<Samling>", Got: "(missing)"}},
		},
		{
			name: "timestamp not a dateTime",
			got:  strings.Replace(xmlWant, "2026-03-02T09:15:00+01:00", "02-03-2026", 1),
			want: []Mismatch{{Path: "/Root/CommunicationDateTime", Want: "an xs:dateTime (any value)", Got: `"02-03-2026"`}},
		},
		{
			name: "element in another namespace",
			got:  strings.Replace(strings.Replace(xmlWant, "<dst:Period>", "<Period>", 1), "</dst:Period>", "</Period>", 1),
			want: []Mismatch{{Path: "/Root/Envelope/Period", Want: `<Period> in namespace "urn:envelope"`, Got: `<Period> in namespace "urn:content"`}},
		},
		{
			name: "record missing",
			got: strings.Replace(xmlWant, `    <Rec>
      <PsrID>0202802345</PsrID>
      <BELOEB>-1250.50</BELOEB>
    </Rec>
`, "", 1),
			want: []Mismatch{{Path: "/Root/Samling/Rec[2]", Want: "<Rec>", Got: "(missing)"}},
		},
		{
			name: "extra attribute",
			got:  strings.Replace(xmlWant, "<Samling>", `<Samling count="2">`, 1),
			want: []Mismatch{{Path: "/Root/Samling/@count", Want: "(nothing)", Got: `"2"`}},
		},
		{
			name: "not XML",
			got:  "PsrID;BELOEB\n",
			want: []Mismatch{{Path: "/", Want: "well-formed XML", Got: "text outside the root element"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CompareXML([]byte(xmlWant), []byte(tt.got))
			if !slices.Equal(got, tt.want) {
				t.Errorf("CompareXML:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestCompareBytes(t *testing.T) {
	// Equal by meaning but not byte for byte: the first differing line.
	got := strings.Replace(xmlWant, "  <dst:Envelope>", "  <dst:Envelope >", 1)
	ms := compareBytes([]byte(xmlWant), []byte(got))
	want := []Mismatch{{Path: "expected.xml line 3 (bytes)", Want: `"  <dst:Envelope>\n"`, Got: `"  <dst:Envelope >\n"`}}
	if !slices.Equal(ms, want) {
		t.Errorf("compareBytes = %v, want %v", ms, want)
	}
	if ms := compareBytes([]byte(xmlWant), []byte(xmlWant)); ms != nil {
		t.Errorf("compareBytes of equal bytes = %v", ms)
	}
	// A difference in meaning is reported by path.
	ms = compareBytes([]byte(xmlWant), []byte(strings.Replace(xmlWant, "2025", "2026", 1)))
	if len(ms) != 1 || ms[0].Path != "/Root/Envelope/Period" {
		t.Errorf("compareBytes = %v, want the Period's path", ms)
	}
}

func TestCompareXMLTruncates(t *testing.T) {
	var w, g strings.Builder
	w.WriteString("<R>")
	g.WriteString("<R>")
	for i := 0; i < 80; i++ {
		w.WriteString("<V>1</V>")
		g.WriteString("<V>2</V>")
	}
	w.WriteString("</R>")
	g.WriteString("</R>")
	ms := CompareXML([]byte(w.String()), []byte(g.String()))
	if len(ms) != maxMismatches {
		t.Fatalf("%d mismatches, want %d", len(ms), maxMismatches)
	}
	if last := ms[len(ms)-1]; last.Got != "31 more mismatches left out" {
		t.Errorf("last mismatch = %v", last)
	}
}

func TestCompareXMLEmpty(t *testing.T) {
	ms := CompareXML([]byte(xmlWant), nil)
	want := []Mismatch{{Path: "/", Want: "well-formed XML", Got: "no root element"}}
	if !slices.Equal(ms, want) {
		t.Errorf("CompareXML(empty) = %v, want %v", ms, want)
	}
}
