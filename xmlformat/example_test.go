package xmlformat_test

import (
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
)

// Write a delivery one line at a time. The output is the canonical
// bytes: the same input always gives the same file.
func ExampleEncoder() {
	e := xmlformat.NewEncoder(os.Stdout, xmlformat.DefaultProfile())
	err := e.WriteHeader(siu.Header{
		Municipality: 101,
		Year:         2025,
		Area:         siu.AreaVoksen,
		Created:      time.Date(2026, 3, 2, 9, 15, 0, 0, time.FixedZone("CET", 3600)),
		Description:  "SIU 2025 & voksne",
		System:       siu.System{Name: "Sagssystem", Version: "4.2"},
		Contact:      siu.Contact{Identifier: "Økonomi", Email: "siu@kommune.example"},
	})
	if err != nil {
		log.Fatal(err)
	}
	lines := []siu.Line{
		{
			PsrID:   cpr.MustParse("0101801234"),
			Account: kontoplan.MustParse("5385010000000040"),
			Amount:  decimal.RequireFromString("24850"),
			Start:   civil.MustParse("2025-01-01"),
			End:     civil.MustParse("2025-01-31"),
		},
		{ // egenbetaling: income, a negative amount
			PsrID:   cpr.MustParse("0101801234"),
			Account: kontoplan.MustParse("5385010000000072"),
			Amount:  decimal.RequireFromString("-1250.5"),
			Start:   civil.MustParse("2025-01-01"),
			End:     civil.MustParse("2025-01-31"),
		},
	}
	for _, l := range lines {
		if err := e.WriteLine(l); err != nil {
			log.Fatal(err)
		}
	}
	if err := e.Close(); err != nil {
		log.Fatal(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <IndividUdgiftLeveranceStruktur xmlns="http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/" xmlns:dst="http://rep.oio.dk/dst.dk/xml/schemas/2002/06/28/">
	//   <DeliveryMetadataNewStructure>
	//     <dst:Envelope>
	//       <dst:Source>PLACEHOLDER-SOURCE</dst:Source>
	//       <dst:SurveyID>PLACEHOLDER-SURVEY</dst:SurveyID>
	//       <dst:FormID>PLACEHOLDER-L</dst:FormID>
	//       <dst:Period>2025</dst:Period>
	//       <dst:Entity>
	//         <dst:EntityIDType>Kommune</dst:EntityIDType>
	//         <dst:EntityID>101</dst:EntityID>
	//       </dst:Entity>
	//     </dst:Envelope>
	//     <CommunicatorStructureCollection>
	//       <CommunicatorStructure>
	//         <CommunicationDescription>SIU 2025 &amp; voksne</CommunicationDescription>
	//         <CommunicationDateTime>2026-03-02T09:15:00+01:00</CommunicationDateTime>
	//         <SystemStructure>
	//           <SystemName>Sagssystem</SystemName>
	//           <SystemVersion>4.2</SystemVersion>
	//         </SystemStructure>
	//       </CommunicatorStructure>
	//     </CommunicatorStructureCollection>
	//     <ContactStructureCollection>
	//       <ContactStructure>
	//         <ContactTypeName>Kvitteringsmodtager</ContactTypeName>
	//         <ContactIdentifier>Økonomi</ContactIdentifier>
	//         <ContactEmailAddress>siu@kommune.example</ContactEmailAddress>
	//       </ContactStructure>
	//     </ContactStructureCollection>
	//     <FormVersion>siukit-profile-1</FormVersion>
	//   </DeliveryMetadataNewStructure>
	//   <OMRAADE>VOKSEN</OMRAADE>
	//   <IndividUdgiftStrukturSamling>
	//     <IndividUdgiftStruktur>
	//       <PsrID>0101801234</PsrID>
	//       <KONTOSTRENG>5385010000000040</KONTOSTRENG>
	//       <BELOEB>24850.00</BELOEB>
	//       <STARTDATO>2025-01-01</STARTDATO>
	//       <SLUTDATO>2025-01-31</SLUTDATO>
	//     </IndividUdgiftStruktur>
	//     <IndividUdgiftStruktur>
	//       <PsrID>0101801234</PsrID>
	//       <KONTOSTRENG>5385010000000072</KONTOSTRENG>
	//       <BELOEB>-1250.50</BELOEB>
	//       <STARTDATO>2025-01-01</STARTDATO>
	//       <SLUTDATO>2025-01-31</SLUTDATO>
	//     </IndividUdgiftStruktur>
	//   </IndividUdgiftStrukturSamling>
	// </IndividUdgiftLeveranceStruktur>
}

// A line the file cannot carry is refused, and nothing of it is written.
func ExampleEncoder_WriteLine_error() {
	e := xmlformat.NewEncoder(io.Discard, xmlformat.DefaultProfile())
	_ = e.WriteHeader(siu.Header{
		Municipality: 101, Year: 2025, Area: siu.AreaVoksen,
		Created: time.Now(), Contact: siu.Contact{Email: "siu@kommune.example"},
	})
	err := e.WriteLine(siu.Line{
		PsrID:   cpr.MustParse("0101801234"),
		Account: kontoplan.MustParse("5385010000000040"),
		Amount:  decimal.RequireFromString("100.005"), // never rounded
		Start:   civil.MustParse("2025-01-01"),
		End:     civil.MustParse("2025-01-31"),
	})
	fmt.Println(err)
	// Output:
	// xmlformat: record 1: BELOEB: amount has more than two decimals
}

// Read a delivery back, header first, then one line at a time.
func ExampleDecoder() {
	const file = `<?xml version="1.0" encoding="UTF-8"?>
<IndividUdgiftLeveranceStruktur xmlns="http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/" xmlns:dst="http://rep.oio.dk/dst.dk/xml/schemas/2002/06/28/">
  <DeliveryMetadataNewStructure>
    <dst:Envelope>
      <dst:Source>PLACEHOLDER-SOURCE</dst:Source>
      <dst:SurveyID>PLACEHOLDER-SURVEY</dst:SurveyID>
      <dst:FormID>PLACEHOLDER-T</dst:FormID>
      <dst:Period>2025</dst:Period>
      <dst:Entity>
        <dst:EntityIDType>Kommune</dst:EntityIDType>
        <dst:EntityID>101</dst:EntityID>
      </dst:Entity>
    </dst:Envelope>
    <CommunicatorStructureCollection>
      <CommunicatorStructure>
        <CommunicationDescription>SIU 2025</CommunicationDescription>
        <CommunicationDateTime>2026-03-02T09:15:00+01:00</CommunicationDateTime>
        <SystemStructure>
          <SystemName>Sagssystem</SystemName>
          <SystemVersion>4.2</SystemVersion>
        </SystemStructure>
      </CommunicatorStructure>
    </CommunicatorStructureCollection>
    <ContactStructureCollection>
      <ContactStructure>
        <ContactTypeName>Kvitteringsmodtager</ContactTypeName>
        <ContactIdentifier>Økonomi</ContactIdentifier>
        <ContactEmailAddress>siu@kommune.example</ContactEmailAddress>
      </ContactStructure>
    </ContactStructureCollection>
    <FormVersion>siukit-profile-1</FormVersion>
  </DeliveryMetadataNewStructure>
  <OMRAADE>VOKSEN</OMRAADE>
  <IndividUdgiftStrukturSamling>
    <IndividUdgiftStruktur>
      <PsrID>0101801234</PsrID>
      <KONTOSTRENG>5385010000000040</KONTOSTRENG>
      <BELOEB>24850.00</BELOEB>
      <STARTDATO>2025-01-01</STARTDATO>
      <SLUTDATO>2025-01-31</SLUTDATO>
    </IndividUdgiftStruktur>
    <IndividUdgiftStruktur>
      <PsrID>0101801234</PsrID>
      <KONTOSTRENG>5385010000000072</KONTOSTRENG>
      <BELOEB>-1250.5</BELOEB>
      <STARTDATO>2025-01-01</STARTDATO>
      <SLUTDATO>2025-01-31</SLUTDATO>
    </IndividUdgiftStruktur>
  </IndividUdgiftStrukturSamling>
</IndividUdgiftLeveranceStruktur>
`
	dec := xmlformat.NewDecoder(strings.NewReader(file), xmlformat.DefaultProfile())
	h, err := dec.Header()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(h.Municipality, h.Year, h.Area, "test:", h.Test, h.Created.Format(time.RFC3339))
	for l, err := range dec.All() {
		if err != nil {
			fmt.Println(err) // a malformed value; reading goes on
			continue
		}
		fmt.Println(l.PsrID, l.Account, l.Amount.StringFixed(2), l.Start, l.End)
	}
	// Output:
	// 101 2025 VOKSEN test: true 2026-03-02T09:15:00+01:00
	// 010180-**** 5385010000000040 24850.00 2025-01-01 2025-01-31
	// xmlformat: line 45, column 7: record 2: BELOEB: malformed value: want kroner with exactly two decimals, '.' as separator, e.g. -1250.50 (7 characters)
}

// The default profile is this project's: its DST codes are placeholders.
func ExampleDefaultProfile() {
	p := xmlformat.DefaultProfile()
	fmt.Println(p.Placeholder, p.Codes.FormID, p.Codes.TestFormID, p.Root, p.Fields.Amount)
	// A vendor who holds DST's specification sets DST's codes:
	p.Codes.Source, p.Codes.SurveyID = "DST-SOURCE", "SIU"
	p.Codes.FormID, p.Codes.TestFormID = "L123", "T123"
	p.Placeholder = false
	fmt.Println(p.Validate())
	// Output:
	// true PLACEHOLDER-L PLACEHOLDER-T IndividUdgiftLeveranceStruktur BELOEB
	// <nil>
}
