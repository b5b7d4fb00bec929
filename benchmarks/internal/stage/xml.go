package stage

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"iter"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
)

// Encode writes h and lines as a SIU file with xmlformat's Encoder and the
// default profile, and returns the number of lines written.
func Encode(w io.Writer, h siu.Header, lines iter.Seq[siu.Line]) (int, error) {
	e := xmlformat.NewEncoder(w, xmlformat.DefaultProfile())
	if err := e.WriteHeader(h); err != nil {
		return 0, err
	}
	n := 0
	for l := range lines {
		if err := e.WriteLine(l); err != nil {
			return n, err
		}
		n++
	}
	return n, e.Close()
}

// Decode reads a SIU file with xmlformat's Decoder and returns the number
// of lines read.
func Decode(r io.Reader) (int, error) {
	d := xmlformat.NewDecoder(r, xmlformat.DefaultProfile())
	if _, err := d.Header(); err != nil {
		return 0, err
	}
	n := 0
	for {
		_, err := d.Next()
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		n++
	}
}

// The baseline: structs equivalent to the default profile for
// encoding/xml (the same element names, the same text).
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
)

// dateTimeLayout is the envelope's CommunicationDateTime.
const dateTimeLayout = "2006-01-02T15:04:05-07:00"

// EncodeBaseline writes the same file as Encode with encoding/xml's
// Encoder: one EncodeElement per record from a struct of strings made with
// the value types' own methods, indented like the canonical file, through
// a 64 KiB bufio.Writer. It returns the number of lines written.
func EncodeBaseline(w io.Writer, h siu.Header, lines iter.Seq[siu.Line]) (int, error) {
	p := xmlformat.DefaultProfile()
	bw := bufio.NewWriterSize(w, 64<<10)
	if _, err := bw.WriteString(xml.Header); err != nil {
		return 0, err
	}
	enc := xml.NewEncoder(bw)
	enc.Indent("", "  ")
	form := p.Codes.FormID
	if h.Test {
		form = p.Codes.TestFormID
	}
	root := xml.StartElement{Name: xml.Name{Local: p.Root}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "xmlns"}, Value: p.Namespace},
		{Name: xml.Name{Local: "xmlns:" + p.EnvelopePrefix}, Value: p.EnvelopeNamespace},
	}}
	md := xmlMetadata{
		Envelope: xmlEnvelope{Source: p.Codes.Source, SurveyID: p.Codes.SurveyID, FormID: form,
			Period: h.Year, Entity: xmlEntity{IDType: p.Codes.EntityIDType, ID: h.Municipality}},
		Description: h.Description, DateTime: h.Created.Format(dateTimeLayout),
		SystemName: h.System.Name, SysVersion: h.System.Version,
		ContactType: p.Codes.ContactTypeName, ContactID: h.Contact.Identifier, ContactEmail: h.Contact.Email,
		FormVersion: p.Codes.FormVersion,
	}
	coll := xml.StartElement{Name: xml.Name{Local: p.Collection}}
	rec := xml.StartElement{Name: xml.Name{Local: p.Record}}
	if err := enc.EncodeToken(root); err != nil {
		return 0, err
	}
	if err := enc.EncodeElement(md, xml.StartElement{Name: xml.Name{Local: p.Envelope.Metadata}}); err != nil {
		return 0, err
	}
	if err := enc.EncodeElement(h.Area.String(), xml.StartElement{Name: xml.Name{Local: p.Area}}); err != nil {
		return 0, err
	}
	if err := enc.EncodeToken(coll); err != nil {
		return 0, err
	}
	n := 0
	for l := range lines {
		err := enc.EncodeElement(xmlRecord{
			PsrID:   l.PsrID.Digits(),
			Account: l.Account.String(),
			Amount:  l.Amount.StringFixed(2),
			Start:   l.Start.String(),
			End:     l.End.String(),
		}, rec)
		if err != nil {
			return n, err
		}
		n++
	}
	if err := enc.EncodeToken(coll.End()); err != nil {
		return n, err
	}
	if err := enc.EncodeToken(root.End()); err != nil {
		return n, err
	}
	if err := enc.Close(); err != nil {
		return n, err
	}
	return n, bw.Flush()
}

// DecodeBaseline reads a SIU file with encoding/xml's Decoder: tokens up
// to each record, one DecodeElement per record into a struct of strings,
// and each value parsed with the parsers xmlformat's Decoder uses
// (cpr.Parse, kontoplan.Parse, decimal.NewFromString, civil.Parse). The
// envelope is skipped. It returns the number of lines read.
func DecodeBaseline(r io.Reader) (int, error) {
	p := xmlformat.DefaultProfile()
	dec := xml.NewDecoder(r)
	n := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case p.Envelope.Metadata:
			if err := dec.Skip(); err != nil {
				return n, err
			}
		case p.Area:
			var area string
			if err := dec.DecodeElement(&area, &se); err != nil {
				return n, err
			}
			if _, err := siu.ParseArea(area); err != nil {
				return n, err
			}
		case p.Record:
			var rec xmlRecord
			if err := dec.DecodeElement(&rec, &se); err != nil {
				return n, err
			}
			if _, err := parseRecord(rec); err != nil {
				return n, fmt.Errorf("record %d: %w", n+1, err)
			}
			n++
		}
	}
}

// parseRecord parses a record's text with the parsers xmlformat uses.
func parseRecord(r xmlRecord) (siu.Line, error) {
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
