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
// The Decoder reads any well-formed equivalent of the canonical form:
// other prefixes, comments, processing instructions, CDATA sections,
// character references, CRLF line ends, no declaration. A UTF-8 byte
// order mark is accepted and skipped (XML allows it and common tools write
// it); UTF-16 and any encoding other than UTF-8 are refused. Otherwise it
// is strict: the profile's root, namespaces, elements in their order and
// codes, no other elements or attributes (xsi:schemaLocation excepted),
// and the values in the forms above. It refuses document type declarations
// and entity declarations, so no entity is expanded and nothing is fetched
// (billion laughs and XXE cannot happen), and it enforces Limits on
// nesting depth, text size and tag size. Errors are a *SyntaxError (fatal)
// or a *FieldError (one malformed value; reading goes on), both with line
// and column, and neither ever prints a whole CPR number.
//
// The Decoder streams: it holds one record at a time and reads a file of
// any size in constant memory. This package needs no cgo. Package
// xmlformat/xsd validates a file against the profile's XSD (SchemaFS) with
// libxml2.
package xmlformat
