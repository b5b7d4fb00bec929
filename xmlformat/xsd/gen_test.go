package xsd

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// header is the canonical header of a delivery (see package xmlformat), up to and
// including the start tag of the record collection.
const header = `<?xml version="1.0" encoding="UTF-8"?>
<IndividUdgiftLeveranceStruktur xmlns="http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/" xmlns:dst="http://rep.oio.dk/dst.dk/xml/schemas/2002/06/28/">
  <DeliveryMetadataNewStructure>
    <dst:Envelope>
      <dst:Source>SIUKIT-PLACEHOLDER</dst:Source>
      <dst:SurveyID>SIU-PLACEHOLDER</dst:SurveyID>
      <dst:FormID>SIU-P</dst:FormID>
      <dst:Period>2025</dst:Period>
      <dst:Entity>
        <dst:EntityIDType>Kommune</dst:EntityIDType>
        <dst:EntityID>101</dst:EntityID>
      </dst:Entity>
    </dst:Envelope>
    <CommunicatorStructureCollection>
      <CommunicatorStructure>
        <CommunicationDescription>SIU fuld levering 2025</CommunicationDescription>
        <CommunicationDateTime>2026-03-02T09:15:00+01:00</CommunicationDateTime>
        <SystemStructure>
          <SystemName>siukit</SystemName>
          <SystemVersion>0.1.0</SystemVersion>
        </SystemStructure>
      </CommunicatorStructure>
    </CommunicatorStructureCollection>
    <ContactStructureCollection>
      <ContactStructure>
        <ContactTypeName>Kvitteringsmodtager</ContactTypeName>
        <ContactIdentifier>Økonomiafdelingen</ContactIdentifier>
        <ContactEmailAddress>siu@kommune.example</ContactEmailAddress>
      </ContactStructure>
    </ContactStructureCollection>
    <FormVersion>siukit-1</FormVersion>
  </DeliveryMetadataNewStructure>
  <OMRAADE>VOKSEN</OMRAADE>
  <IndividUdgiftStrukturSamling>
`

// trailer closes what header opens.
const trailer = `  </IndividUdgiftStrukturSamling>
</IndividUdgiftLeveranceStruktur>
`

var (
	headerLines = strings.Count(header, "\n")
	// recordLines is the number of lines of one record.
	recordLines = 7
	// trailerLines is the number of lines after the last record.
	trailerLines = strings.Count(trailer, "\n")
)

// record is the text of one record's fields.
type record struct {
	PsrID, Konto, Beloeb, Start, Slut string
}

// recordAt returns the deterministic i-th record of a generated delivery.
func recordAt(i int) record {
	day := 1 + i%28
	return record{
		PsrID:  fmt.Sprintf("%02d%02d8%d%04d", day, 1+i%12, i%10, i%10000),
		Konto:  "5385011000000072",
		Beloeb: fmt.Sprintf("%d.%02d", (i*7919)%100000-20000, i%100),
		Start:  fmt.Sprintf("2025-%02d-%02d", 1+i%12, day),
		Slut:   fmt.Sprintf("2025-%02d-28", 1+i%12),
	}
}

// writeRecord writes r in the canonical one-element-per-line shape.
func writeRecord(w io.Writer, r record) {
	fmt.Fprintf(w, "    <IndividUdgiftStruktur>\n      <PsrID>%s</PsrID>\n      <KONTOSTRENG>%s</KONTOSTRENG>\n      <BELOEB>%s</BELOEB>\n      <STARTDATO>%s</STARTDATO>\n      <SLUTDATO>%s</SLUTDATO>\n    </IndividUdgiftStruktur>\n",
		r.PsrID, r.Konto, r.Beloeb, r.Start, r.Slut)
}

// writeDelivery writes a delivery of n generated records; edit, if not nil,
// may change record i before it is written.
func writeDelivery(w io.Writer, n int, edit func(i int, r *record)) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString(header)
	for i := range n {
		r := recordAt(i)
		if edit != nil {
			edit(i, &r)
		}
		writeRecord(bw, r)
	}
	bw.WriteString(trailer)
	return bw.Flush()
}

// delivery returns writeDelivery's bytes.
func delivery(n int, edit func(i int, r *record)) []byte {
	var b strings.Builder
	if err := writeDelivery(&b, n, edit); err != nil {
		panic(err)
	}
	return []byte(b.String())
}

// recordLine returns the 1-based line of field f (0 = the record's start
// tag, 1 = PsrID ... 5 = SLUTDATO, 6 = end tag) of record i.
func recordLine(i, f int) int {
	return headerLines + i*recordLines + 1 + f
}
