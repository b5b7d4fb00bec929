// Package xmlformat writes and reads the SIU delivery file: the XML file a
// municipality sends to Danmarks Statistik (DST) with its expenses for
// social services per citizen.
//
// # What is DST's and what is this project's
//
// DST's SIU requirement specification (its XSD, form codes and exact
// rules) is not public. This package therefore writes this project's
// profile of the file, built from what is public:
//
//   - from DST: the delivery envelope DeliveryMetadataNewStructure with
//     dst:Envelope, exactly as DST's published envelope schemas define it
//     (DST_Envelope.xsd, DST_DeliveryMetadataNewStructure.xsd and the files
//     they include, carried by the OS2bos repository); its two namespaces;
//     EntityIDType "Kommune" and ContactTypeName "Kvitteringsmodtager" from
//     DST's sibling deliveries; the element names PsrID and KONTOSTRENG,
//     which DST has named for SIU;
//   - this project's (modeled): the root IndividUdgiftLeveranceStruktur, the
//     area element OMRAADE, the collection IndividUdgiftStrukturSamling, the
//     record IndividUdgiftStruktur and the names BELOEB, STARTDATO and
//     SLUTDATO, in the style of DST's newest record names; the value forms
//     below; FormVersion "siukit-profile-1";
//   - placeholders: dst:Source, dst:SurveyID and the two dst:FormID codes,
//     which DST assigns. DefaultProfile's start with "PLACEHOLDER" and
//     Profile.Placeholder says so. A file with them is well formed and
//     valid against this project's XSD, but DST will not accept it.
//
// Every name, namespace and code lives in one Profile value. A vendor who
// holds DST's specification writes DST's names and codes into a Profile
// and changes nothing else. Nothing here claims to be DST's official
// schema.
//
// # The file
//
//	<?xml version="1.0" encoding="UTF-8"?>
//	<IndividUdgiftLeveranceStruktur xmlns="http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/" xmlns:dst="http://rep.oio.dk/dst.dk/xml/schemas/2002/06/28/">
//	  <DeliveryMetadataNewStructure>
//	    <dst:Envelope> Source, SurveyID, FormID, Period, Entity{EntityIDType, EntityID} </dst:Envelope>
//	    <CommunicatorStructureCollection> description, time, system </CommunicatorStructureCollection>
//	    <ContactStructureCollection> receipt recipient </ContactStructureCollection>
//	    <FormVersion>siukit-profile-1</FormVersion>
//	  </DeliveryMetadataNewStructure>
//	  <OMRAADE>VOKSEN</OMRAADE>
//	  <IndividUdgiftStrukturSamling>
//	    <IndividUdgiftStruktur>
//	      <PsrID>0101801234</PsrID>
//	      <KONTOSTRENG>5385010000000040</KONTOSTRENG>
//	      <BELOEB>24850.00</BELOEB>
//	      <STARTDATO>2025-01-01</STARTDATO>
//	      <SLUTDATO>2025-01-31</SLUTDATO>
//	    </IndividUdgiftStruktur>
//	  </IndividUdgiftStrukturSamling>
//	</IndividUdgiftLeveranceStruktur>
//
// Values: Period is the budget year (four digits); EntityID the
// municipality code (three digits); dst:FormID the profile's FormID, or
// its TestFormID for a test delivery; CommunicationDateTime RFC 3339 with
// its offset and whole seconds (a fraction of a second is dropped, UTC is
// written +00:00); PsrID ten digits without hyphen; KONTOSTRENG the
// canonical digits of the kontoplan package; BELOEB kroner, signed,
// exactly two decimals, '.' as separator, no thousands separator, no plus
// sign (-1250.50, 0.00, 24850.00), below 10^16 kroner in magnitude; the
// dates YYYY-MM-DD. An amount with more than two decimals is an error: it
// is never rounded.
//
// # Canonical bytes
//
// The Encoder writes one form only, so that the same delivery always gives
// the same bytes: UTF-8 without a byte order mark; the declaration line
// above; LF line ends; two spaces of indentation per level; one element per
// line; the dst prefix for the envelope namespace and the default
// namespace for everything else; records in the order written; a final
// newline. In text, & < > are written &amp; &lt; &gt;, and a line feed or
// carriage return inside a header value as &#xA; or &#xD; (so the value
// survives XML's newline normalisation and the file keeps one element per
// line). An element without text is written <X></X>. A delivery without
// lines gets an empty collection element, <IndividUdgiftStrukturSamling/>
// (the XSD allows a collection without records).
//
// # Reading
//
// The writer is strict, the reader tolerant. The Decoder reads any
// well-formed equivalent of the canonical form: other prefixes, comments,
// processing instructions, CDATA sections, character references, CRLF
// line ends, no declaration. A UTF-8 byte order mark is accepted and
// skipped (XML allows it and common tools write it); UTF-16 and any
// encoding other than UTF-8 are refused.
//
// It reads DeliveryMetadataNewStructure in every form DST's published
// envelope schema admits, no more: the order, optional and repeated
// elements and nillable leaves of DST_Envelope.xsd,
// DST_DeliveryMetadataNewStructure.xsd and the files they include
// (SOURCES.md: dst-envelope-xsd), which the profile's XSD (SchemaFS)
// follows exactly:
//
//	dst:Envelope        Source, RefID?, SurveyID, FormID, Period,
//	                    Entity{EntityIDType, EntityID, EntityPath?,
//	                    Authorisation{AutID?, AutSubID?, Privilige?}?},
//	                    ReportingDataType?
//	then                CommunicatorStructureCollection* of
//	                    CommunicatorStructure+ {CommunicationDescription,
//	                    CommunicationDateTime, SystemStructure?}
//	                    ContactStructureCollection* of ContactStructure+
//	                    DBoksContactNewStructure{CVRnumberIdentifier?,
//	                    ProductionUnitIdentifier?}?
//	                    FormVersion?
//
// (? optional, * any number, + one or more). RefID, EntityPath, AutID,
// AutSubID, Privilige and ReportingDataType may be nil (xsi:nil="true",
// "1", "false" or "0"; a nil element has no content, not even white
// space). DST declares the other dst: leaves nillable too; the profile
// does not, since a nil Source, SurveyID, FormID, Period, EntityIDType or
// EntityID would leave the file without the code, year or municipality
// the profile requires. An element out of DST's order, repeated where
// DST's schema does not repeat it, unknown, or nil where it may not be is
// refused (ErrStructure). DST's sibling deliveries carry three
// ContactStructures (Faglig ansvarlig, Teknisk ansvarlig,
// Kvitteringsmodtager), a DBoksContactNewStructure and a
// CommunicationDateTime without offset (SOURCES.md: os2bos-dst-export).
//
// How the envelope maps onto siu.Header (modeled; the Encoder writes one
// CommunicatorStructure and one ContactStructure, so the mapping is the
// identity for its files):
//
//   - Contact is the first ContactStructure, over every collection, whose
//     ContactTypeName is the profile's (Kvitteringsmodtager): DST sends
//     its receipt there. With several, the first; with none (another type
//     only, or no ContactStructure at all), Contact is empty and the
//     validator reports the missing receipt e-mail (SIU-HDR-011), so a
//     file without a receipt recipient is read, not lost.
//   - Description, Created and System are the first CommunicatorStructure's
//     (the one that made the file; later ones record what happened to it).
//     Without a CommunicatorStructure they are empty and the validator
//     reports the missing time (SIU-HDR-007); without SystemStructure,
//     System is empty.
//   - A CommunicationDateTime is xs:dateTime as the profile's XSD
//     restricts it: YYYY-MM-DDThh:mm:ss (year 0001 to 9999, a day its
//     month has, 24:00:00 the next day's midnight), an optional fraction of
//     a second, an optional time zone (Z or ±hh:mm, at most 14 hours), no
//     white space around it. Without a time zone it is Danish time, as
//     DST's sibling deliveries write it: CET (+01:00), or CEST (+02:00)
//     from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
//     Sunday of October, the EU rule in force since 1996, applied to every
//     year. The hour that occurs twice when summer time ends is read as
//     summer time (the earlier instant); the hour skipped when it begins is
//     read with standard time's offset. Created then carries that offset,
//     so the instant is exact and the validator's checks apply; the
//     written text stays in Envelope.Communicators[i].DateTime. (Reading
//     it as UTC, or refusing it, would misdate or lose DST's own form;
//     siu.Header has no place for "no offset".)
//   - Every other value of the envelope (RefID, EntityPath, Authorisation,
//     ReportingDataType, DBoksContactNewStructure, the other
//     CommunicatorStructures and ContactStructures, whether FormVersion is
//     there) is in the Envelope that Decoder.Envelope returns. The values
//     siu.Header carries are checked by the validator (SIU-HDR rules);
//     those it does not carry the decoder checks against DST's types,
//     since no one else would: AutID at most 100 characters,
//     CVRnumberIdentifier 8 digits, ProductionUnitIdentifier exactly 10
//     characters, and in the other ContactStructures and
//     CommunicatorStructures the lengths of ContactTypeName (50),
//     ContactIdentifier (100), CommunicationDescription (50), SystemName
//     (50) and SystemVersion (20) and the xkom form of ContactEmailAddress
//     (siu.IsEmailAddress). A value outside them is a *FieldError.
//   - Source, SurveyID, EntityIDType and FormVersion (when present) must be
//     the profile's codes, FormID its FormID or TestFormID, Period four
//     digits, EntityID three digits, as before.
//
// What the file's own content must look like stays strict: OMRAADE, the
// collection and the records exactly as the profile names them, in their
// order, no other elements or attributes (xsi:schemaLocation excepted),
// and the values in the forms above. It refuses document type
// declarations and entity declarations, so no entity is expanded and
// nothing is fetched (billion laughs and XXE cannot happen), and it
// enforces Limits on nesting depth, text size, tag size and the number of
// CommunicatorStructures and ContactStructures. Errors are a *SyntaxError
// (fatal) or a *FieldError (one malformed value; reading goes on, except
// in the header, where it is fatal), both with line and column, and
// neither ever prints a whole CPR number.
//
// The Decoder streams: it holds one record at a time and reads a file of
// any size in constant memory. This package needs no cgo. Package
// xmlformat/xsd validates a file against the profile's XSD (SchemaFS) with
// libxml2.
package xmlformat
