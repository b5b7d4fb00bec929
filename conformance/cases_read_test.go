package conformance

import (
	"fmt"
	"strings"
	"unicode/utf16"
)

// The read cases: files a reader of the default profile must accept, with
// the delivery it reads, or refuse, with the line of the first problem
// (SPEC.md, "Reading a file"). The line each refuse case declares is
// stated here, independently of the reference reader; the generator checks
// that the two agree.

// readYear is the budget year of the read cases' files.
const readYear = 2025

// Sources of the read cases.
const (
	srcRead        = "modeled: the reader of package xmlformat's default profile (xmlformat.Decoder): writer strict, reader tolerant of XML's equivalent forms; dst-envelope-xsd: the envelope DeliveryMetadataNewStructure it reads"
	srcReadHostile = srcRead + "; a reader refuses document type declarations, so no entity is expanded and nothing is fetched"
	srcReadForm    = srcRead + "; the record grammar of package siu (siu.ParseRecord) for the values"
	srcReadCodes   = srcRead + "; dst-envelope-xsd: the envelope; os2bos-dst-export: the codes of a sibling statistic are another profile's"
	// The forms of the envelope DST's published schema admits, which the
	// writer never emits, and their neighbours.
	srcReadEnvelope = "dst-envelope-xsd: DeliveryMetadataNewStructure and dst:Envelope admit these forms (order, optional and repeated elements, nillable leaves, xs:dateTime); modeled: the reader of package xmlformat's default profile reads every one of them, no more (writer strict, reader tolerant)"
	srcReadSibling  = srcReadEnvelope + "; os2bos-dst-export: DST's sibling deliveries carry three ContactStructures, a DBoksContactNewStructure and a CommunicationDateTime without offset"
	srcReadMapping  = srcReadEnvelope + "; modeled: the header's contact is the first ContactStructure of the profile's ContactTypeName (Kvitteringsmodtager), its description, time and system the first CommunicatorStructure's; without one they are empty and the validator reports it"
	srcReadDanish   = srcReadEnvelope + "; modeled: a CommunicationDateTime without offset is Danish time (CET, or CEST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October), as DST's sibling deliveries write it (os2bos-dst-export)"
)

// Pieces of readBase the envelope cases edit.
const (
	readCommunicators = "    <CommunicatorStructureCollection>\n      <CommunicatorStructure>\n        <CommunicationDescription>SIU 2025 VOKSEN</CommunicationDescription>\n        <CommunicationDateTime>2026-03-02T09:15:00+01:00</CommunicationDateTime>\n        <SystemStructure>\n          <SystemName>siukit-conformance</SystemName>\n          <SystemVersion>0.2.0</SystemVersion>\n        </SystemStructure>\n      </CommunicatorStructure>\n    </CommunicatorStructureCollection>\n"
	readContacts      = "    <ContactStructureCollection>\n      <ContactStructure>\n        <ContactTypeName>Kvitteringsmodtager</ContactTypeName>\n        <ContactIdentifier>Økonomiafdelingen</ContactIdentifier>\n        <ContactEmailAddress>siu@kommune.example</ContactEmailAddress>\n      </ContactStructure>\n    </ContactStructureCollection>\n"
	readFormVersion   = "    <FormVersion>siukit-profile-1</FormVersion>\n"
	readEntityID      = "        <dst:EntityID>101</dst:EntityID>\n"
	readEnvelopeEnd   = "    </dst:Envelope>\n"
	readSurveyID      = "      <dst:SurveyID>"
	readXSI           = `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`
)

// readContact writes a ContactStructure as the encoder indents it.
func readContact(typ, id, email string) string {
	return "      <ContactStructure>\n        <ContactTypeName>" + typ + "</ContactTypeName>\n        <ContactIdentifier>" + id +
		"</ContactIdentifier>\n        <ContactEmailAddress>" + email + "</ContactEmailAddress>\n      </ContactStructure>\n"
}

// readContactCollection writes a ContactStructureCollection of contacts.
func readContactCollection(contacts ...string) string {
	return "    <ContactStructureCollection>\n" + strings.Join(contacts, "") + "    </ContactStructureCollection>\n"
}

// readCommunicator writes a CommunicatorStructure without SystemStructure.
func readCommunicator(desc, when string) string {
	return "      <CommunicatorStructure>\n        <CommunicationDescription>" + desc + "</CommunicationDescription>\n        <CommunicationDateTime>" +
		when + "</CommunicationDateTime>\n      </CommunicatorStructure>\n"
}

// withXSI declares the xsi prefix on the root of a read case's file.
func withXSI(s string) string {
	return replaceOnce(s, "<IndividUdgiftLeveranceStruktur ", "<IndividUdgiftLeveranceStruktur "+readXSI+" ")
}

// readBase is the file the read cases start from: the reference encoder's
// bytes for a VOKSEN delivery of two lines. Its lines, 1-based:
//
//	 1 declaration             19 SystemName               36 PsrID (record 1)
//	 2 root start tag          27 ContactIdentifier        37 KONTOSTRENG
//	 4 dst:Envelope            33 OMRAADE                  38 BELOEB
//	 7 dst:FormID              34 the collection           39 STARTDATO
//	 8 dst:Period              35 record 1                 40 SLUTDATO
//	11 dst:EntityID            42 record 2 (43 PsrID, 45 BELOEB)
//	16 CommunicationDescription, 17 CommunicationDateTime; 50 the root's end tag
func readBase() string {
	b, err := Reference().Encode(*voksen2025(
		ln(anna, acct50, "24850.00", jan1, jan31),
		ln(anna, acct50Ego, "-1250.50", jan1, jan31)))
	if err != nil {
		panic(err)
	}
	return string(b)
}

// replaceOnce replaces the one occurrence of old in s; it panics when old
// is not there exactly once, so that a case cannot silently test nothing.
func replaceOnce(s, old, new string) string {
	if n := strings.Count(s, old); n != 1 {
		panic(fmt.Sprintf("replaceOnce: %q occurs %d times", old, n))
	}
	return strings.Replace(s, old, new, 1)
}

// utf16LE returns s in UTF-16, little-endian, with a byte order mark.
func utf16LE(s string) string {
	var b []byte
	b = append(b, 0xff, 0xfe)
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}

// prefixContent writes every element of the content namespace with the
// prefix s instead of the default namespace.
func prefixContent(base string) string {
	out := base
	for _, n := range []string{
		"IndividUdgiftLeveranceStruktur", "DeliveryMetadataNewStructure",
		"CommunicatorStructureCollection", "CommunicatorStructure", "CommunicationDescription",
		"CommunicationDateTime", "SystemStructure", "SystemName", "SystemVersion",
		"ContactStructureCollection", "ContactStructure", "ContactTypeName", "ContactIdentifier",
		"ContactEmailAddress", "FormVersion", "OMRAADE", "IndividUdgiftStrukturSamling",
		"IndividUdgiftStruktur", "PsrID", "KONTOSTRENG", "BELOEB", "STARTDATO", "SLUTDATO",
	} {
		out = strings.ReplaceAll(out, "<"+n+">", "<s:"+n+">")
		out = strings.ReplaceAll(out, "</"+n+">", "</s:"+n+">")
	}
	return replaceOnce(out, "<IndividUdgiftLeveranceStruktur xmlns=", "<s:IndividUdgiftLeveranceStruktur xmlns:s=")
}

// reads adds the read cases.
func reads(add func(caseDef)) {
	base := readBase()
	accept := func(id, title, source, file string) {
		add(caseDef{id: id, title: title, role: RoleExample, source: source, xml: []byte(file), verdict: Accept})
	}
	refuse := func(id, title, source string, line int, file string) {
		add(caseDef{id: id, title: title, role: RoleExample, source: source, xml: []byte(file), verdict: Refuse, line: line})
	}
	envNS := "http://rep.oio.dk/dst.dk/xml/schemas/2002/06/28/"
	contentNS := "http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/"
	laughs := `<!DOCTYPE IndividUdgiftLeveranceStruktur [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>`
	withDoctype := func(doctype string) string {
		return replaceOnce(base, "\n<IndividUdgiftLeveranceStruktur", "\n"+doctype+"\n<IndividUdgiftLeveranceStruktur")
	}

	// Accepted: XML's equivalent forms of the canonical file.
	accept("read-accept-canonical", "The canonical bytes of the encoder", srcRead, base)
	accept("read-accept-bom", "A UTF-8 byte order mark before the declaration", srcRead, "\ufeff"+base)
	accept("read-accept-crlf", "CR LF line ends", srcRead, strings.ReplaceAll(base, "\n", "\r\n"))
	accept("read-accept-no-declaration", "No XML declaration", srcRead, base[strings.Index(base, "\n")+1:])
	accept("read-accept-declaration-single-quotes", "A declaration with single quotes and the encoding in lower case", srcRead,
		replaceOnce(base, `<?xml version="1.0" encoding="UTF-8"?>`, `<?xml version='1.0' encoding='utf-8'?>`))
	accept("read-accept-comments", "Comments between elements and inside a value", srcRead,
		replaceOnce(replaceOnce(base, "<IndividUdgiftStrukturSamling>\n", "<IndividUdgiftStrukturSamling>\n    <!-- januar -->\n"),
			"<BELOEB>24850.00", "<BELOEB><!-- fra faktura 17 -->24850.00"))
	accept("read-accept-cdata", "Values in CDATA sections", srcRead,
		replaceOnce(replaceOnce(base, "<BELOEB>24850.00</BELOEB>", "<BELOEB><![CDATA[24850.00]]></BELOEB>"),
			"<SystemName>siukit-conformance</SystemName>", "<SystemName><![CDATA[siukit-conformance]]></SystemName>"))
	accept("read-accept-character-references", "Character and entity references in values: &#50;, &#x34;, &lt;, &amp;, &quot;", srcRead,
		replaceOnce(replaceOnce(base, "<BELOEB>24850.00", "<BELOEB>&#50;&#x34;850.00"),
			"<CommunicationDescription>SIU 2025 VOKSEN", "<CommunicationDescription>SIU &lt;2025&gt; &amp; &quot;VOKSEN&quot;"))
	accept("read-accept-processing-instruction", "A processing instruction before the root and inside it", srcRead,
		replaceOnce(replaceOnce(base, "\n<IndividUdgiftLeveranceStruktur", "\n<?siukit note?>\n<IndividUdgiftLeveranceStruktur"),
			"  <OMRAADE>", "  <?siukit area?>\n  <OMRAADE>"))
	accept("read-accept-other-envelope-prefix", "The envelope namespace bound to another prefix (e: instead of dst:)", srcRead,
		replaceOnce(strings.ReplaceAll(base, "dst:", "e:"), "xmlns:dst=", "xmlns:e="))
	accept("read-accept-content-prefix", "The content namespace bound to a prefix instead of the default namespace", srcRead, prefixContent(base))
	accept("read-accept-envelope-default-namespace", "The envelope's elements in a default namespace declared on dst:Envelope's place", srcRead,
		replaceOnce(replaceOnce(strings.ReplaceAll(base, "dst:", ""), "<Envelope>", `<Envelope xmlns="`+envNS+`">`), ` xmlns:dst="`+envNS+`"`, ""))
	accept("read-accept-schema-location", "xsi:schemaLocation on the root", srcRead,
		replaceOnce(base, `xmlns:dst=`, `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="`+contentNS+` siu.xsd" xmlns:dst=`))
	accept("read-accept-one-line", "The whole file on one line, without indentation", srcRead,
		strings.ReplaceAll(strings.ReplaceAll(base, "\n", ""), "  ", "")+"\n")
	accept("read-accept-tabs-and-blank-lines", "Tabs and blank lines as whitespace between elements", srcRead,
		strings.ReplaceAll(strings.ReplaceAll(base, "  ", "\t"), "\n\t<IndividUdgiftStrukturSamling>", "\n\n\n\t<IndividUdgiftStrukturSamling>"))
	emptyColl := base[:strings.Index(base, "  <IndividUdgiftStrukturSamling>")] + "  <IndividUdgiftStrukturSamling/>\n</IndividUdgiftLeveranceStruktur>\n"
	accept("read-accept-empty-collection", "A delivery without lines: an empty collection element <X/>", srcRead, emptyColl)
	accept("read-accept-empty-collection-pair", "A delivery without lines: an empty collection written <X></X>", srcRead,
		replaceOnce(emptyColl, "<IndividUdgiftStrukturSamling/>", "<IndividUdgiftStrukturSamling></IndividUdgiftStrukturSamling>"))
	accept("read-accept-test-form-id", "The profile's test FormID: a test delivery", srcRead,
		replaceOnce(base, "<dst:FormID>PLACEHOLDER-L<", "<dst:FormID>PLACEHOLDER-T<"))
	accept("read-accept-rules-are-not-the-readers", "Values of the right form that break rules (a fictive number on 5.38.50, 0.00, an end before the start, municipality 999): the reader accepts, the validator reports", srcReadForm,
		replaceOnce(replaceOnce(replaceOnce(replaceOnce(base,
			"<PsrID>"+anna+"</PsrID>\n      <KONTOSTRENG>"+acct50+"<", "<PsrID>1234569998</PsrID>\n      <KONTOSTRENG>"+acct50+"<"),
			"<BELOEB>-1250.50<", "<BELOEB>0.00<"),
			"<SLUTDATO>2025-01-31</SLUTDATO>\n    </IndividUdgiftStruktur>\n  </IndividUdgiftStrukturSamling>", "<SLUTDATO>2024-12-31</SLUTDATO>\n    </IndividUdgiftStruktur>\n  </IndividUdgiftStrukturSamling>"),
			"<dst:EntityID>101<", "<dst:EntityID>999<"))
	accept("read-accept-creation-time-fraction", "A CommunicationDateTime with a fraction of a second (xs:dateTime allows it)", srcRead,
		replaceOnce(base, "2026-03-02T09:15:00+01:00", "2026-03-02T09:15:00.250+01:00"))
	accept("read-accept-creation-time-utc", "A CommunicationDateTime in UTC written Z", srcRead,
		replaceOnce(base, "2026-03-02T09:15:00+01:00", "2026-03-02T08:15:00Z"))

	// Refused: hostile files. The line is that of the construct refused.
	refuse("read-refuse-doctype", "A document type declaration", srcReadHostile, 2, withDoctype("<!DOCTYPE IndividUdgiftLeveranceStruktur>"))
	refuse("read-refuse-internal-entity", "An internal entity declared and used", srcReadHostile, 2,
		replaceOnce(withDoctype(`<!DOCTYPE IndividUdgiftLeveranceStruktur [<!ENTITY sys "siukit-conformance">]>`), ">siukit-conformance<", ">&sys;<"))
	refuse("read-refuse-billion-laughs", "Nested entities that expand exponentially (billion laughs)", srcReadHostile, 2,
		replaceOnce(withDoctype(laughs), ">siukit-conformance<", ">&lol4;<"))
	refuse("read-refuse-external-entity", "An external entity pointing at a local file (XXE)", srcReadHostile, 2,
		replaceOnce(withDoctype(`<!DOCTYPE IndividUdgiftLeveranceStruktur [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`), ">siukit-conformance<", ">&xxe;<"))
	refuse("read-refuse-external-dtd", "An external DTD on the network", srcReadHostile, 2,
		withDoctype(`<!DOCTYPE IndividUdgiftLeveranceStruktur SYSTEM "http://127.0.0.1:9/siu.dtd">`))
	refuse("read-refuse-undefined-entity", "A reference to an entity XML does not predefine (&nbsp;)", srcReadHostile, 19,
		replaceOnce(base, ">siukit-conformance<", ">siukit&nbsp;conformance<"))
	refuse("read-refuse-deep-nesting", "Ten thousand nested elements the profile does not know", srcReadHostile, 40,
		replaceOnce(base, "      <SLUTDATO>2025-01-31</SLUTDATO>\n    </IndividUdgiftStruktur>\n    <IndividUdgiftStruktur>",
			"      "+strings.Repeat("<a>", 10000)+strings.Repeat("</a>", 10000)+"\n      <SLUTDATO>2025-01-31</SLUTDATO>\n    </IndividUdgiftStruktur>\n    <IndividUdgiftStruktur>"))
	refuse("read-refuse-huge-value", "A PsrID of 100,000 digits", srcReadHostile, 36,
		replaceOnce(base, "<PsrID>"+anna+"</PsrID>\n      <KONTOSTRENG>"+acct50+"<", "<PsrID>"+strings.Repeat("1", 100000)+"</PsrID>\n      <KONTOSTRENG>"+acct50+"<"))

	// Refused: encodings.
	refuse("read-refuse-utf16", "The file in UTF-16 (little-endian, with a byte order mark)", srcRead, 1,
		utf16LE(replaceOnce(base, `encoding="UTF-8"`, `encoding="UTF-16"`)))
	refuse("read-refuse-declared-utf16", "UTF-8 bytes declared as UTF-16", srcRead, 1, replaceOnce(base, `encoding="UTF-8"`, `encoding="UTF-16"`))
	refuse("read-refuse-declared-latin1", "A declared encoding other than UTF-8 (ISO-8859-1)", srcRead, 1, replaceOnce(base, `encoding="UTF-8"`, `encoding="ISO-8859-1"`))
	refuse("read-refuse-invalid-utf8", "A byte that is not UTF-8 (Ø in Latin-1)", srcRead, 27, replaceOnce(base, "Økonomiafdelingen", "\xd8konomiafdelingen"))
	refuse("read-refuse-xml-1-1", "An XML 1.1 declaration", srcRead, 1, replaceOnce(base, `version="1.0"`, `version="1.1"`))

	// Refused: not well-formed.
	refuse("read-refuse-empty-file", "An empty file", srcRead, 1, "")
	refuse("read-refuse-declaration-not-first", "A line before the XML declaration", srcRead, 2, "\n"+base)
	refuse("read-refuse-second-declaration", "A second XML declaration", srcRead, 2,
		replaceOnce(base, "\n<IndividUdgiftLeveranceStruktur", "\n<?xml version=\"1.0\"?>\n<IndividUdgiftLeveranceStruktur"))
	refuse("read-refuse-mismatched-end-tag", "An end tag that does not match its start tag", srcRead, 38, replaceOnce(base, "<BELOEB>24850.00</BELOEB>", "<BELOEB>24850.00</BELOB>"))
	refuse("read-refuse-truncated", "A file cut off in the middle of a value", srcRead, 40, base[:strings.Index(base, "<SLUTDATO>2025-01-31<")+len("<SLUTDATO>2025-01")])
	refuse("read-refuse-trailing-element", "An element after the root element", srcRead, 51, base+"<IndividUdgiftLeveranceStruktur/>\n")
	refuse("read-refuse-trailing-text", "Text after the root element", srcRead, 51, base+"slut\n")
	refuse("read-refuse-bare-ampersand", "A bare & in a value", srcRead, 19, replaceOnce(base, ">siukit-conformance<", ">siukit & conformance<"))
	refuse("read-refuse-control-character-reference", "A reference to a character XML 1.0 does not allow (&#x1;)", srcRead, 19,
		replaceOnce(base, ">siukit-conformance<", ">siukit&#x1;conformance<"))
	refuse("read-refuse-cdata-end-in-text", "]]> in text outside a CDATA section", srcRead, 19, replaceOnce(base, ">siukit-conformance<", ">siukit]]>conformance<"))
	refuse("read-refuse-unbound-prefix", "The dst: prefix used without its namespace declaration", srcRead, 4,
		strings.ReplaceAll(base, "dst:", "e:"))
	refuse("read-refuse-duplicate-attribute", "An attribute twice on the root", srcRead, 2,
		replaceOnce(base, `<IndividUdgiftLeveranceStruktur `, `<IndividUdgiftLeveranceStruktur xmlns:a="x" xmlns:a="y" `))

	// Refused: not the profile's structure.
	refuse("read-refuse-wrong-namespace", "The root in another namespace", srcRead, 2,
		replaceOnce(base, `xmlns="`+contentNS+`"`, `xmlns="http://rep.oio.dk/dst.dk/xml/schemas/2010/04/17/"`))
	refuse("read-refuse-empty-root", "An empty root element", srcRead, 2,
		`<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<IndividUdgiftLeveranceStruktur xmlns="`+contentNS+`"/>`+"\n")
	refuse("read-refuse-envelope-in-content-namespace", "dst:Envelope written without its namespace", srcRead, 4,
		replaceOnce(replaceOnce(base, "<dst:Envelope>", "<Envelope>"), "</dst:Envelope>", "</Envelope>"))
	refuse("read-refuse-unknown-element", "An element the profile does not have, inside a record", srcRead, 40,
		replaceOnce(base, "      <SLUTDATO>2025-01-31</SLUTDATO>\n    </IndividUdgiftStruktur>\n    <IndividUdgiftStruktur>",
			"      <NOTE>x</NOTE>\n      <SLUTDATO>2025-01-31</SLUTDATO>\n    </IndividUdgiftStruktur>\n    <IndividUdgiftStruktur>"))
	refuse("read-refuse-unknown-attribute", "An attribute on a value element", srcRead, 38, replaceOnce(base, "<BELOEB>24850.00", `<BELOEB valuta="DKK">24850.00`))
	refuse("read-refuse-root-attribute", "An attribute on the root other than namespaces and xsi:schemaLocation", srcRead, 2,
		replaceOnce(base, `<IndividUdgiftLeveranceStruktur `, `<IndividUdgiftLeveranceStruktur id="1" `))
	refuse("read-refuse-missing-element", "A record without BELOEB: STARTDATO stands where BELOEB belongs", srcRead, 38,
		replaceOnce(base, "      <BELOEB>24850.00</BELOEB>\n", ""))
	refuse("read-refuse-elements-swapped", "SLUTDATO before STARTDATO", srcRead, 39,
		replaceOnce(base, "      <STARTDATO>2025-01-01</STARTDATO>\n      <SLUTDATO>2025-01-31</SLUTDATO>\n    </IndividUdgiftStruktur>\n    <IndividUdgiftStruktur>",
			"      <SLUTDATO>2025-01-31</SLUTDATO>\n      <STARTDATO>2025-01-01</STARTDATO>\n    </IndividUdgiftStruktur>\n    <IndividUdgiftStruktur>"))
	refuse("read-refuse-repeated-area", "OMRAADE twice", srcRead, 34, replaceOnce(base, "  <OMRAADE>VOKSEN</OMRAADE>\n", "  <OMRAADE>VOKSEN</OMRAADE>\n  <OMRAADE>VOKSEN</OMRAADE>\n"))
	refuse("read-refuse-text-between-elements", "Text between two elements of a record", srcRead, 36, replaceOnce(base, "<PsrID>"+anna+"</PsrID>\n      <KONTOSTRENG>"+acct50+"<", "<PsrID>"+anna+"</PsrID>x\n      <KONTOSTRENG>"+acct50+"<"))

	// Refused: a value not in its form. The line is the element's.
	refuse("read-refuse-amount-without-decimals", "BELOEB 24850 without decimals", srcReadForm, 38, replaceOnce(base, "<BELOEB>24850.00<", "<BELOEB>24850<"))
	refuse("read-refuse-amount-spaces", "BELOEB with a space before the digits: values are not trimmed", srcReadForm, 38, replaceOnce(base, "<BELOEB>24850.00<", "<BELOEB> 24850.00<"))
	refuse("read-refuse-amount-seventeen-digits", "BELOEB of 10^16 kroner", srcReadForm, 38, replaceOnce(base, "<BELOEB>24850.00<", "<BELOEB>10000000000000000.00<"))
	refuse("read-refuse-psrid-hyphen", "PsrID with a hyphen", srcReadForm, 36, replaceOnce(base, "<PsrID>"+anna+"</PsrID>\n      <KONTOSTRENG>"+acct50+"<", "<PsrID>"+anna[:6]+"-"+anna[6:]+"</PsrID>\n      <KONTOSTRENG>"+acct50+"<"))
	refuse("read-refuse-replacement-number", "A replacement number (day + 60) in PsrID", srcReadForm, 43,
		replaceOnce(base, "<PsrID>"+anna+"</PsrID>\n      <KONTOSTRENG>"+acct50Ego, "<PsrID>7501800038</PsrID>\n      <KONTOSTRENG>"+acct50Ego))
	refuse("read-refuse-account-fifteen-digits", "A KONTOSTRENG of 15 digits", srcReadForm, 37, replaceOnce(base, "<KONTOSTRENG>"+acct50+"<", "<KONTOSTRENG>"+acct50[:15]+"<"))
	refuse("read-refuse-date-feb-30", "SLUTDATO 2025-02-30", srcReadForm, 47, replaceOnce(base, "<SLUTDATO>2025-01-31</SLUTDATO>\n    </IndividUdgiftStruktur>\n  </IndividUdgiftStrukturSamling>",
		"<SLUTDATO>2025-02-30</SLUTDATO>\n    </IndividUdgiftStruktur>\n  </IndividUdgiftStrukturSamling>"))
	refuse("read-refuse-empty-value", "An empty SLUTDATO (<SLUTDATO/>)", srcReadForm, 40,
		replaceOnce(base, "      <SLUTDATO>2025-01-31</SLUTDATO>\n    </IndividUdgiftStruktur>\n    <IndividUdgiftStruktur>", "      <SLUTDATO/>\n    </IndividUdgiftStruktur>\n    <IndividUdgiftStruktur>"))
	refuse("read-refuse-first-problem", "Two bad values: the first one (line 38) is the verdict's line", srcReadForm, 38,
		replaceOnce(replaceOnce(base, "<BELOEB>24850.00<", "<BELOEB>24850,00<"), "<BELOEB>-1250.50<", "<BELOEB>-1250,50<"))
	refuse("read-refuse-period-two-digits", "dst:Period 25 instead of the budget year 2025", srcReadForm, 8, replaceOnce(base, "<dst:Period>2025<", "<dst:Period>25<"))
	refuse("read-refuse-entity-id-four-digits", "dst:EntityID 0101 instead of the three-digit code", srcReadForm, 11, replaceOnce(base, "<dst:EntityID>101<", "<dst:EntityID>0101<"))
	refuse("read-refuse-unknown-area", "OMRAADE ALLE", srcReadForm, 33, replaceOnce(base, "<OMRAADE>VOKSEN<", "<OMRAADE>ALLE<"))
	refuse("read-refuse-creation-time-malformed", "CommunicationDateTime in Danish form", srcReadForm, 17, replaceOnce(base, "2026-03-02T09:15:00+01:00", "02-03-2026 09:15"))
	refuse("read-refuse-other-profiles-form-id", "The FormID of DST's statistic L231, not the profile's", srcReadCodes, 7, replaceOnce(base, "<dst:FormID>PLACEHOLDER-L<", "<dst:FormID>L231<"))
	refuse("read-refuse-other-form-version", "Another FormVersion than the profile's", srcReadCodes, 31, replaceOnce(base, "<FormVersion>siukit-profile-1<", "<FormVersion>1<"))

	readEnvelopeForms(base, accept, refuse)
}

// readEnvelopeForms adds the read cases of the envelope's forms: every
// form DST's published envelope schema admits, accepted, and their
// malformed neighbours, refused. The lines of readBase: 5 Source, 6
// SurveyID, 11 EntityID, 13 </dst:Envelope>, 14 to 23 the communicators,
// 17 CommunicationDateTime, 24 to 30 the contacts, 31 FormVersion, 32
// </DeliveryMetadataNewStructure>.
func readEnvelopeForms(base string, accept func(id, title, source, file string), refuse func(id, title, source string, line int, file string)) {
	threeContacts := readContactCollection(readContact("Faglig ansvarlig", "Fagligt ansvarlig", "faglig@kommune.example"),
		readContact("Teknisk ansvarlig", "IT-afdelingen", "it@kommune.example"), readContact("Kvitteringsmodtager", "Økonomiafdelingen", "siu@kommune.example"))
	dboks := "    <DBoksContactNewStructure>\n      <CVRnumberIdentifier>29189846</CVRnumberIdentifier>\n      <ProductionUnitIdentifier>1003388283</ProductionUnitIdentifier>\n    </DBoksContactNewStructure>\n"
	authorisation := "        <dst:Authorisation>\n          <dst:AutID>aut-1</dst:AutID>\n          <dst:AutSubID>sub-1</dst:AutSubID>\n          <dst:Privilige>indberet</dst:Privilige>\n        </dst:Authorisation>\n"

	// Accepted: the optional elements of dst:Envelope and dst:Entity.
	accept("read-accept-refid", "dst:RefID between Source and SurveyID", srcReadEnvelope,
		replaceOnce(base, readSurveyID, "      <dst:RefID>ref-2025-101</dst:RefID>\n"+readSurveyID))
	accept("read-accept-refid-nil", "dst:RefID nil (xsi:nil=\"true\")", srcReadEnvelope,
		withXSI(replaceOnce(base, readSurveyID, "      <dst:RefID xsi:nil=\"true\"/>\n"+readSurveyID)))
	accept("read-accept-entity-path", "dst:EntityPath after EntityID", srcReadEnvelope,
		replaceOnce(base, readEntityID, readEntityID+"        <dst:EntityPath>101</dst:EntityPath>\n"))
	accept("read-accept-authorisation", "dst:Authorisation with AutID, AutSubID and Privilige", srcReadEnvelope,
		replaceOnce(base, readEntityID, readEntityID+authorisation))
	accept("read-accept-authorisation-empty", "An empty dst:Authorisation (its three children are optional)", srcReadEnvelope,
		replaceOnce(base, readEntityID, readEntityID+"        <dst:Authorisation/>\n"))
	accept("read-accept-reporting-data-type", "dst:ReportingDataType after Entity", srcReadEnvelope,
		replaceOnce(base, readEnvelopeEnd, "      <dst:ReportingDataType>fuld</dst:ReportingDataType>\n"+readEnvelopeEnd))
	accept("read-accept-nillable-leaves-nil", "Every optional leaf of dst:Envelope nil: RefID, EntityPath, AutID, AutSubID, Privilige, ReportingDataType", srcReadEnvelope,
		withXSI(replaceOnce(replaceOnce(replaceOnce(base,
			readSurveyID, "      <dst:RefID xsi:nil=\"true\"/>\n"+readSurveyID),
			readEntityID, readEntityID+"        <dst:EntityPath xsi:nil=\"1\"></dst:EntityPath>\n        <dst:Authorisation>\n          <dst:AutID xsi:nil=\"true\"/>\n          <dst:AutSubID xsi:nil=\"true\"/>\n          <dst:Privilige xsi:nil=\"true\"/>\n        </dst:Authorisation>\n"),
			readEnvelopeEnd, "      <dst:ReportingDataType xsi:nil=\"true\"/>\n"+readEnvelopeEnd)))

	// Accepted: contacts and communicators, and how they map.
	accept("read-accept-three-contacts", "Three ContactStructures (Faglig ansvarlig, Teknisk ansvarlig, Kvitteringsmodtager): the header's contact is the Kvitteringsmodtager", srcReadSibling,
		replaceOnce(base, readContacts, threeContacts))
	accept("read-accept-two-receipt-recipients", "Two ContactStructures of type Kvitteringsmodtager: the header's contact is the first", srcReadMapping,
		replaceOnce(base, readContacts, readContactCollection(readContact("Kvitteringsmodtager", "Økonomiafdelingen", "siu@kommune.example"),
			readContact("Kvitteringsmodtager", "Borgerservice", "borgerservice@kommune.example"))))
	accept("read-accept-no-receipt-recipient", "A ContactStructure of another type only: the header has no contact (the validator reports the missing e-mail)", srcReadMapping,
		replaceOnce(base, readContacts, readContactCollection(readContact("Teknisk ansvarlig", "IT-afdelingen", "it@kommune.example"))))
	accept("read-accept-two-contact-collections", "Two ContactStructureCollections, the Kvitteringsmodtager in the second", srcReadMapping,
		replaceOnce(base, readContacts, readContactCollection(readContact("Faglig ansvarlig", "Fagligt ansvarlig", "faglig@kommune.example"))+readContacts))
	accept("read-accept-no-contacts", "No ContactStructureCollection: the header has no contact", srcReadMapping,
		replaceOnce(base, readContacts, ""))
	accept("read-accept-two-communicators", "Two CommunicatorStructures, the second without SystemStructure: the header's description, time and system are the first's", srcReadMapping,
		replaceOnce(base, "      </CommunicatorStructure>\n", "      </CommunicatorStructure>\n"+readCommunicator("Videresendt", "2026-03-03T10:00:00+01:00")))
	accept("read-accept-two-communicator-collections", "Two CommunicatorStructureCollections", srcReadMapping,
		replaceOnce(base, readCommunicators, readCommunicators+"    <CommunicatorStructureCollection>\n"+readCommunicator("Modtaget", "2026-03-03T10:00:00Z")+"    </CommunicatorStructureCollection>\n"))
	accept("read-accept-no-communicators", "No CommunicatorStructureCollection: the header has no description, time or system (the validator reports the missing time)", srcReadMapping,
		replaceOnce(base, readCommunicators, ""))
	accept("read-accept-no-system-structure", "A CommunicatorStructure without SystemStructure: the header has no system", srcReadMapping,
		replaceOnce(base, "        <SystemStructure>\n          <SystemName>siukit-conformance</SystemName>\n          <SystemVersion>0.2.0</SystemVersion>\n        </SystemStructure>\n", ""))

	// Accepted: DBoks, FormVersion, the time.
	accept("read-accept-dboks", "DBoksContactNewStructure with CVRnumberIdentifier and ProductionUnitIdentifier", srcReadSibling,
		replaceOnce(base, readFormVersion, dboks+readFormVersion))
	accept("read-accept-dboks-empty", "An empty DBoksContactNewStructure (both children are optional)", srcReadEnvelope,
		replaceOnce(base, readFormVersion, "    <DBoksContactNewStructure/>\n"+readFormVersion))
	accept("read-accept-no-form-version", "No FormVersion (optional in DST's schema)", srcReadEnvelope,
		replaceOnce(base, readFormVersion, ""))
	accept("read-accept-datetime-without-offset", "CommunicationDateTime without offset in winter: Danish standard time, +01:00", srcReadDanish,
		replaceOnce(base, "2026-03-02T09:15:00+01:00", "2026-03-02T09:15:00"))
	accept("read-accept-datetime-without-offset-summer", "CommunicationDateTime without offset in summer: Danish summer time, +02:00", srcReadDanish,
		replaceOnce(base, "2026-03-02T09:15:00+01:00", "2026-07-01T09:15:00"))
	accept("read-accept-datetime-without-offset-repeated-hour", "CommunicationDateTime without offset in the hour that occurs twice when summer time ends: read as summer time", srcReadDanish,
		replaceOnce(base, "2026-03-02T09:15:00+01:00", "2025-10-26T02:30:00"))
	accept("read-accept-datetime-midnight-24", "CommunicationDateTime 24:00:00 (xs:dateTime's end of the day: the next day's midnight)", srcReadEnvelope,
		replaceOnce(base, "2026-03-02T09:15:00+01:00", "2026-03-01T24:00:00+01:00"))
	accept("read-accept-dst-sibling-form", "The envelope as DST's sibling deliveries write it: three contacts, DBoks, CommunicationDateTime without offset", srcReadSibling,
		replaceOnce(replaceOnce(replaceOnce(base, readContacts, threeContacts), readFormVersion, dboks+readFormVersion), "2026-03-02T09:15:00+01:00", "2026-03-02T09:15:00"))

	// Refused: out of order, repeated, unknown.
	refuse("read-refuse-refid-after-surveyid", "dst:RefID after SurveyID", srcReadEnvelope, 7,
		replaceOnce(base, "      <dst:FormID>", "      <dst:RefID>ref-2025-101</dst:RefID>\n      <dst:FormID>"))
	refuse("read-refuse-refid-twice", "dst:RefID twice", srcReadEnvelope, 7,
		replaceOnce(base, readSurveyID, "      <dst:RefID>a</dst:RefID>\n      <dst:RefID>b</dst:RefID>\n"+readSurveyID))
	refuse("read-refuse-entity-path-after-authorisation", "dst:EntityPath after Authorisation", srcReadEnvelope, 13,
		replaceOnce(base, readEntityID, readEntityID+"        <dst:Authorisation/>\n        <dst:EntityPath>101</dst:EntityPath>\n"))
	refuse("read-refuse-authorisation-twice", "dst:Authorisation twice", srcReadEnvelope, 13,
		replaceOnce(base, readEntityID, readEntityID+"        <dst:Authorisation/>\n        <dst:Authorisation/>\n"))
	refuse("read-refuse-autid-after-autsubid", "dst:AutID after AutSubID", srcReadEnvelope, 14,
		replaceOnce(base, readEntityID, readEntityID+"        <dst:Authorisation>\n          <dst:AutSubID>sub-1</dst:AutSubID>\n          <dst:AutID>aut-1</dst:AutID>\n        </dst:Authorisation>\n"))
	refuse("read-refuse-reporting-data-type-before-entity", "dst:ReportingDataType before Entity", srcReadEnvelope, 9,
		replaceOnce(base, "      <dst:Entity>", "      <dst:ReportingDataType>fuld</dst:ReportingDataType>\n      <dst:Entity>"))
	refuse("read-refuse-unknown-envelope-element", "An element dst:Envelope does not have (dst:Comment)", srcReadEnvelope, 13,
		replaceOnce(base, readEnvelopeEnd, "      <dst:Comment>x</dst:Comment>\n"+readEnvelopeEnd))
	refuse("read-refuse-contacts-before-communicators", "ContactStructureCollection before CommunicatorStructureCollection", srcReadEnvelope, 21,
		replaceOnce(replaceOnce(base, readCommunicators, ""), readContacts, readContacts+readCommunicators))
	refuse("read-refuse-empty-contact-collection", "An empty ContactStructureCollection (it holds one or more ContactStructures)", srcReadEnvelope, 24,
		replaceOnce(base, readContacts, "    <ContactStructureCollection/>\n"))
	refuse("read-refuse-system-structure-twice", "SystemStructure twice in one CommunicatorStructure", srcReadEnvelope, 22,
		replaceOnce(base, "        </SystemStructure>\n", "        </SystemStructure>\n        <SystemStructure><SystemName>a</SystemName><SystemVersion>1</SystemVersion></SystemStructure>\n"))
	refuse("read-refuse-dboks-after-form-version", "DBoksContactNewStructure after FormVersion", srcReadEnvelope, 32,
		replaceOnce(base, readFormVersion, readFormVersion+"    <DBoksContactNewStructure/>\n"))
	refuse("read-refuse-dboks-twice", "DBoksContactNewStructure twice", srcReadEnvelope, 32,
		replaceOnce(base, readFormVersion, "    <DBoksContactNewStructure/>\n    <DBoksContactNewStructure/>\n"+readFormVersion))
	refuse("read-refuse-form-version-twice", "FormVersion twice", srcReadEnvelope, 32,
		replaceOnce(base, readFormVersion, readFormVersion+readFormVersion))

	// Refused: nil where DST's schema (or the profile) does not allow it.
	refuse("read-refuse-nil-source", "dst:Source nil: the profile needs its code (not nillable in the profile's schema)", srcReadEnvelope, 5,
		withXSI(replaceOnce(base, "<dst:Source>PLACEHOLDER-SOURCE</dst:Source>", "<dst:Source xsi:nil=\"true\"/>")))
	refuse("read-refuse-nil-period", "dst:Period nil: the profile needs the budget year (not nillable in the profile's schema)", srcReadEnvelope, 8,
		withXSI(replaceOnce(base, "<dst:Period>2025</dst:Period>", "<dst:Period xsi:nil=\"true\"/>")))
	refuse("read-refuse-nil-contact-identifier", "ContactIdentifier nil (not nillable in DST's schema)", srcReadEnvelope, 27,
		withXSI(replaceOnce(base, "<ContactIdentifier>Økonomiafdelingen</ContactIdentifier>", "<ContactIdentifier xsi:nil=\"true\"/>")))
	refuse("read-refuse-nil-with-content", "dst:RefID nil with a value", srcReadEnvelope, 6,
		withXSI(replaceOnce(base, readSurveyID, "      <dst:RefID xsi:nil=\"true\">ref-2025-101</dst:RefID>\n"+readSurveyID)))
	refuse("read-refuse-nil-not-boolean", "xsi:nil=\"yes\" (xs:boolean is true, false, 1 or 0)", srcReadEnvelope, 6,
		withXSI(replaceOnce(base, readSurveyID, "      <dst:RefID xsi:nil=\"yes\"/>\n"+readSurveyID)))

	// Refused: values the validator does not see, in a form DST's types do
	// not admit.
	refuse("read-refuse-autid-too-long", "dst:AutID of 101 characters (DST: at most 100)", srcReadEnvelope, 13,
		replaceOnce(base, readEntityID, readEntityID+"        <dst:Authorisation>\n          <dst:AutID>"+strings.Repeat("a", 101)+"</dst:AutID>\n        </dst:Authorisation>\n"))
	refuse("read-refuse-cvr-seven-digits", "CVRnumberIdentifier of 7 digits (DST: 8 digits)", srcReadEnvelope, 32,
		replaceOnce(base, readFormVersion, "    <DBoksContactNewStructure>\n      <CVRnumberIdentifier>2918984</CVRnumberIdentifier>\n    </DBoksContactNewStructure>\n"+readFormVersion))
	refuse("read-refuse-p-number-nine-characters", "ProductionUnitIdentifier of 9 characters (DST: exactly 10)", srcReadEnvelope, 32,
		replaceOnce(base, readFormVersion, "    <DBoksContactNewStructure>\n      <ProductionUnitIdentifier>100338828</ProductionUnitIdentifier>\n    </DBoksContactNewStructure>\n"+readFormVersion))
	refuse("read-refuse-other-contact-email-malformed", "A Teknisk ansvarlig's ContactEmailAddress without @ (the header's contact is another: the reader checks it)", srcReadEnvelope, 28,
		replaceOnce(base, readContacts, readContactCollection(readContact("Teknisk ansvarlig", "IT-afdelingen", "it.kommune.example"),
			readContact("Kvitteringsmodtager", "Økonomiafdelingen", "siu@kommune.example"))))
	refuse("read-refuse-datetime-offset-beyond-14-hours", "CommunicationDateTime with offset +14:30 (xs:dateTime: at most 14 hours)", srcReadEnvelope, 17,
		replaceOnce(base, "2026-03-02T09:15:00+01:00", "2026-03-02T09:15:00+14:30"))
	refuse("read-refuse-datetime-without-seconds", "CommunicationDateTime without seconds", srcReadEnvelope, 17,
		replaceOnce(base, "2026-03-02T09:15:00+01:00", "2026-03-02T09:15"))
}
