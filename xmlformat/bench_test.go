package xmlformat

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"io"
	"runtime"
	"sync"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// The benchmarks encode and decode the same 1,000,000 generated lines.
// One op is the whole file of benchLines lines; the custom metrics give
// the figures per line: lines/s, ns/line and allocs/line. Baselines are
// measured in the same run on the same data:
//
//	BenchmarkEncodeBaseline: encoding/xml's Encoder writing equivalent
//	structs (one EncodeElement per record, values converted to strings
//	with the value types' own methods);
//	BenchmarkDecodeBaseline: encoding/xml's Decoder reading into
//	equivalent structs (one DecodeElement per record) and parsing the
//	values with the same parsers.
//
// Run: go test -run '^$' -bench . -benchtime 3x ./xmlformat
const benchLines = 1_000_000

var bench struct {
	mu    sync.Mutex
	lines []siu.Line // the lines, for the encode benchmarks
	file  []byte     // the canonical file of the same lines
}

// benchLinesData returns the benchmarks' lines.
func benchLinesData() []siu.Line {
	bench.mu.Lock()
	defer bench.mu.Unlock()
	if bench.lines == nil {
		bench.lines = testLines(benchLines, 42)
	}
	return bench.lines
}

// benchFileData returns the canonical file of the benchmarks' lines. It
// releases the lines, so that both decoders run with the same small live
// heap (a million lines with pointers would weigh on every GC cycle).
func benchFileData() []byte {
	lines := benchLinesData()
	bench.mu.Lock()
	defer bench.mu.Unlock()
	if bench.file == nil {
		var buf bytes.Buffer
		if err := Encode(&buf, DefaultProfile(), siu.Delivery{Header: testHeader(), Lines: lines}); err != nil {
			panic(err)
		}
		bench.file = buf.Bytes()
	}
	bench.lines = nil
	return bench.file
}

// measure runs op b.N times and reports the per-line metrics.
func measure(b *testing.B, bytesPerOp int, op func()) {
	b.ReportAllocs()
	b.SetBytes(int64(bytesPerOp))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		op()
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)
	lines := float64(b.N) * benchLines
	b.ReportMetric(lines/b.Elapsed().Seconds(), "lines/s")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/lines, "ns/line")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/lines, "allocs/line")
}

func BenchmarkEncode(b *testing.B) {
	lines := benchLinesData()
	file := benchFileData()
	h := testHeader()
	measure(b, len(file), func() {
		e := NewEncoder(io.Discard, DefaultProfile())
		if err := e.WriteHeader(h); err != nil {
			b.Fatal(err)
		}
		for _, l := range lines {
			if err := e.WriteLine(l); err != nil {
				b.Fatal(err)
			}
		}
		if err := e.Close(); err != nil {
			b.Fatal(err)
		}
	})
}

// Structs equivalent to the profile, for encoding/xml.
type (
	xmlRecord struct {
		PsrID   string `xml:"PsrID"`
		Account string `xml:"KONTOSTRENG"`
		Amount  string `xml:"BELOEB"`
		Start   string `xml:"STARTDATO"`
		End     string `xml:"SLUTDATO"`
	}
	xmlEntity struct {
		IDType string `xml:"dst:EntityIDType"`
		ID     int    `xml:"dst:EntityID"`
	}
	xmlEnvelope struct {
		Source   string    `xml:"dst:Source"`
		SurveyID string    `xml:"dst:SurveyID"`
		FormID   string    `xml:"dst:FormID"`
		Period   int       `xml:"dst:Period"`
		Entity   xmlEntity `xml:"dst:Entity"`
	}
	xmlMetadata struct {
		Envelope     xmlEnvelope `xml:"dst:Envelope"`
		Description  string      `xml:"CommunicatorStructureCollection>CommunicatorStructure>CommunicationDescription"`
		DateTime     string      `xml:"CommunicatorStructureCollection>CommunicatorStructure>CommunicationDateTime"`
		SystemName   string      `xml:"CommunicatorStructureCollection>CommunicatorStructure>SystemStructure>SystemName"`
		SysVersion   string      `xml:"CommunicatorStructureCollection>CommunicatorStructure>SystemStructure>SystemVersion"`
		ContactType  string      `xml:"ContactStructureCollection>ContactStructure>ContactTypeName"`
		ContactID    string      `xml:"ContactStructureCollection>ContactStructure>ContactIdentifier"`
		ContactEmail string      `xml:"ContactStructureCollection>ContactStructure>ContactEmailAddress"`
		FormVersion  string      `xml:"FormVersion"`
	}
	// xmlMetadataIn is xmlMetadata for reading: encoding/xml matches
	// the envelope by namespace, not by prefix.
	xmlMetadataIn struct {
		Envelope struct {
			Source   string `xml:"Source"`
			SurveyID string `xml:"SurveyID"`
			FormID   string `xml:"FormID"`
			Period   int    `xml:"Period"`
			Entity   struct {
				IDType string `xml:"EntityIDType"`
				ID     int    `xml:"EntityID"`
			} `xml:"Entity"`
		} `xml:"Envelope"`
		Description  string `xml:"CommunicatorStructureCollection>CommunicatorStructure>CommunicationDescription"`
		DateTime     string `xml:"CommunicatorStructureCollection>CommunicatorStructure>CommunicationDateTime"`
		SystemName   string `xml:"CommunicatorStructureCollection>CommunicatorStructure>SystemStructure>SystemName"`
		SysVersion   string `xml:"CommunicatorStructureCollection>CommunicatorStructure>SystemStructure>SystemVersion"`
		ContactType  string `xml:"ContactStructureCollection>ContactStructure>ContactTypeName"`
		ContactID    string `xml:"ContactStructureCollection>ContactStructure>ContactIdentifier"`
		ContactEmail string `xml:"ContactStructureCollection>ContactStructure>ContactEmailAddress"`
		FormVersion  string `xml:"FormVersion"`
	}
)

func BenchmarkEncodeBaseline(b *testing.B) {
	lines := benchLinesData()
	file := benchFileData()
	h := testHeader()
	p := DefaultProfile()
	measure(b, len(file), func() {
		w := bufio.NewWriterSize(io.Discard, 64<<10)
		w.WriteString(xml.Header)
		enc := xml.NewEncoder(w)
		enc.Indent("", "  ")
		root := xml.StartElement{Name: xml.Name{Local: p.Root}, Attr: []xml.Attr{
			{Name: xml.Name{Local: "xmlns"}, Value: p.Namespace},
			{Name: xml.Name{Local: "xmlns:dst"}, Value: p.EnvelopeNamespace},
		}}
		md := xmlMetadata{
			Envelope: xmlEnvelope{Source: p.Codes.Source, SurveyID: p.Codes.SurveyID, FormID: p.Codes.FormID,
				Period: h.Year, Entity: xmlEntity{IDType: p.Codes.EntityIDType, ID: h.Municipality}},
			Description: h.Description, DateTime: h.Created.Format(dateTimeLayout),
			SystemName: h.System.Name, SysVersion: h.System.Version,
			ContactType: p.Codes.ContactTypeName, ContactID: h.Contact.Identifier, ContactEmail: h.Contact.Email,
			FormVersion: p.Codes.FormVersion,
		}
		coll := xml.StartElement{Name: xml.Name{Local: p.Collection}}
		rec := xml.StartElement{Name: xml.Name{Local: p.Record}}
		check := func(err error) {
			if err != nil {
				b.Fatal(err)
			}
		}
		check(enc.EncodeToken(root))
		check(enc.EncodeElement(md, xml.StartElement{Name: xml.Name{Local: p.Envelope.Metadata}}))
		check(enc.EncodeElement(h.Area.String(), xml.StartElement{Name: xml.Name{Local: p.Area}}))
		check(enc.EncodeToken(coll))
		for _, l := range lines {
			check(enc.EncodeElement(xmlRecord{
				PsrID:   l.PsrID.Digits(),
				Account: l.Account.String(),
				Amount:  l.Amount.StringFixed(2),
				Start:   l.Start.String(),
				End:     l.End.String(),
			}, rec))
		}
		check(enc.EncodeToken(coll.End()))
		check(enc.EncodeToken(root.End()))
		check(enc.Close())
		check(w.Flush())
	})
}

func BenchmarkDecode(b *testing.B) {
	file := benchFileData()
	measure(b, len(file), func() {
		dec := NewDecoder(bytes.NewReader(file), DefaultProfile())
		if _, err := dec.Header(); err != nil {
			b.Fatal(err)
		}
		n := 0
		for {
			_, err := dec.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != benchLines {
			b.Fatalf("read %d lines", n)
		}
	})
}

func BenchmarkDecodeBaseline(b *testing.B) {
	file := benchFileData()
	p := DefaultProfile()
	measure(b, len(file), func() {
		dec := xml.NewDecoder(bytes.NewReader(file))
		n := 0
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			se, ok := tok.(xml.StartElement)
			if !ok {
				continue
			}
			switch se.Name.Local {
			case p.Envelope.Metadata:
				var md xmlMetadataIn
				if err := dec.DecodeElement(&md, &se); err != nil {
					b.Fatal(err)
				}
			case p.Area:
				var area string
				if err := dec.DecodeElement(&area, &se); err != nil {
					b.Fatal(err)
				}
				if _, err := siu.ParseArea(area); err != nil {
					b.Fatal(err)
				}
			case p.Record:
				var r xmlRecord
				if err := dec.DecodeElement(&r, &se); err != nil {
					b.Fatal(err)
				}
				l, err := parseBaselineRecord(r)
				if err != nil || !l.PsrID.IsValid() {
					b.Fatal(err)
				}
				n++
			}
		}
		if n != benchLines {
			b.Fatalf("read %d lines", n)
		}
	})
}

// parseBaselineRecord parses a record's strings with the same parsers the
// decoder uses.
func parseBaselineRecord(r xmlRecord) (siu.Line, error) {
	var l siu.Line
	var err error
	if l.PsrID, err = cpr.Parse(r.PsrID); err != nil {
		return l, err
	}
	if l.Account, err = kontoplan.Parse(r.Account); err != nil {
		return l, err
	}
	if l.Amount, err = decimal.NewFromString(r.Amount); err != nil {
		return l, err
	}
	if l.Start, err = civil.Parse(r.Start); err != nil {
		return l, err
	}
	l.End, err = civil.Parse(r.End)
	return l, err
}
