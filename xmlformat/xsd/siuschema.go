package xsd

// This file is the default profile's schema (xmlformat/schema: siu.xsd,
// siu-delivery-metadata.xsd, siu-envelope.xsd, siu-xkom-email.xsd) written
// out in Go for the pure-Go checker: its simple types with their facets,
// its complex types with their sequences, and its global element
// declarations. TestSchemaTableMatchesXSD reads the XSD files and holds
// this table to them, so a change to the schema that is not made here
// fails the tests.

import "regexp"

// Namespaces of the schema.
const (
	nsSIU  = "http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/"
	nsDST  = "http://rep.oio.dk/dst.dk/xml/schemas/2002/06/28/"
	nsXKOM = "http://rep.oio.dk/xkom.dk/xml/schemas/2005/03/15/"
	nsXS   = "http://www.w3.org/2001/XMLSchema"
	nsXSI  = "http://www.w3.org/2001/XMLSchema-instance"
)

// qname is an expanded name: namespace and local name.
type qname struct{ ns, local string }

// String writes the name as libxml2 does in its messages: "{ns}local", or
// "local" without a namespace.
func (q qname) String() string {
	if q.ns == "" {
		return q.local
	}
	return "{" + q.ns + "}" + q.local
}

// builtin is the XML Schema built-in type a simple type restricts. It
// decides the white space facet (xs:string preserves, the others
// collapse) and the lexical space checked before the facets.
type builtin uint8

const (
	xsString   builtin = iota // whiteSpace preserve
	xsDecimal                 // whiteSpace collapse
	xsDate                    // whiteSpace collapse
	xsDateTime                // whiteSpace collapse
)

// simpleType is a named restriction of a built-in type.
type simpleType struct {
	name      qname
	base      builtin
	length    int      // xs:length in characters; -1: none
	maxLength int      // xs:maxLength in characters; -1: none
	pattern   string   // xs:pattern as written in the schema; "": none
	enum      []string // xs:enumeration values; nil: none

	re *regexp.Regexp // pattern, anchored
}

// particle is one xs:element of a sequence.
type particle struct {
	elem     *elementDecl
	min, max int // minOccurs, maxOccurs; max -1 is unbounded
}

const unbounded = -1

// complexType is a named complex type: a sequence of elements, no
// attributes, element-only content.
type complexType struct {
	name qname
	seq  []particle
}

// elementDecl declares an element: its name, its type, simple or
// complex, and whether it is nillable (xsi:nil="true" then stands for its
// value). No element of the schema is abstract or has a default value,
// and no type derives from another of the schema's types.
type elementDecl struct {
	name     qname
	simple   *simpleType
	complex  *complexType
	nillable bool
}

// orNil makes e nillable.
func (e *elementDecl) orNil() *elementDecl { e.nillable = true; return e }

// typeName is the name of the element's type.
func (e *elementDecl) typeName() qname {
	if e.simple != nil {
		return e.simple.name
	}
	return e.complex.name
}

func restrict(ns, name string, base builtin) *simpleType {
	return &simpleType{name: qname{ns, name}, base: base, length: -1, maxLength: -1}
}

func (t *simpleType) withMaxLength(n int) *simpleType { t.maxLength = n; return t }
func (t *simpleType) withLength(n int) *simpleType    { t.length = n; return t }
func (t *simpleType) withEnum(v ...string) *simpleType {
	t.enum = v
	return t
}

// withPattern sets the pattern. The schema's patterns use only what XML
// Schema and Go's regexp package read alike: character classes of ASCII
// digits, [^...] with escapes, counted repetition, "?" and "|". XML
// Schema's \s is [ \t\n\r]; Go's adds \f and \v, which XML does not allow
// in a document, so they never meet a value. A pattern matches the whole
// value.
func (t *simpleType) withPattern(p string) *simpleType {
	t.pattern = p
	t.re = regexp.MustCompile(`^(?:` + p + `)$`)
	return t
}

func elem(ns, name string, t *simpleType) *elementDecl {
	return &elementDecl{name: qname{ns, name}, simple: t}
}

func complexElem(ns, name string, t *complexType) *elementDecl {
	return &elementDecl{name: qname{ns, name}, complex: t}
}

func seq(ns, name string, ps ...particle) *complexType {
	return &complexType{name: qname{ns, name}, seq: ps}
}

func one(e *elementDecl) particle       { return particle{e, 1, 1} }
func optional(e *elementDecl) particle  { return particle{e, 0, 1} }
func many(e *elementDecl) particle      { return particle{e, 0, unbounded} }
func oneOrMore(e *elementDecl) particle { return particle{e, 1, unbounded} }

// The simple types, file by file.
var (
	// siu-envelope.xsd (namespace dst).
	sourceType       = restrict(nsDST, "SourceType", xsString)
	refIDType        = restrict(nsDST, "RefIDType", xsString)
	surveyIDType     = restrict(nsDST, "SurveyIDType", xsString)
	formIDType       = restrict(nsDST, "FormIDType", xsString).withMaxLength(15)
	periodType       = restrict(nsDST, "PeriodType", xsString).withMaxLength(20).withPattern(`[0-9]{4}`)
	entityKindType   = restrict(nsDST, "EntityKindType", xsString).withEnum("Kommune")
	entityIDValueTyp = restrict(nsDST, "EntityIDValueType", xsString).withMaxLength(20).withPattern(`[0-9]{3}`)
	entityPathType   = restrict(nsDST, "EntityPathType", xsString)
	autIDType        = restrict(nsDST, "AutIDType", xsString).withMaxLength(100)
	autSubIDType     = restrict(nsDST, "AutSubIDType", xsString)
	priviligeType    = restrict(nsDST, "PriviligeType", xsString)
	reportingDataTyp = restrict(nsDST, "ReportingDataTypeType", xsString)

	// siu-xkom-email.xsd (namespace xkom).
	emailType = restrict(nsXKOM, "EmailAddressIdentifierType", xsString).
			withPattern(`[^>\(\)\[\]\\,;:@\s]{0,191}@[^>\(\)\[\]\\,;:@\s]{1,64}`)

	// siu-delivery-metadata.xsd (namespace siu).
	communicationDescriptionType = restrict(nsSIU, "CommunicationDescriptionType", xsString).withMaxLength(50)
	communicationDateTimeType    = restrict(nsSIU, "CommunicationDateTimeType", xsDateTime).
					withPattern(`[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+\-][0-9]{2}:[0-9]{2})?`)
	systemNameType               = restrict(nsSIU, "SystemNameType", xsString).withMaxLength(50)
	systemVersionType            = restrict(nsSIU, "SystemVersionType", xsString).withMaxLength(20)
	contactTypeNameType          = restrict(nsSIU, "ContactTypeNameType", xsString).withMaxLength(50)
	contactIdentifierType        = restrict(nsSIU, "ContactIdentifierType", xsString).withMaxLength(100)
	cvrNumberIdentifierType      = restrict(nsSIU, "CVRnumberIdentifierType", xsString).withPattern(`[0-9]{8}`)
	productionUnitIdentifierType = restrict(nsSIU, "ProductionUnitIdentifierType", xsString).withLength(10)
	formVersionType              = restrict(nsSIU, "FormVersionType", xsString).withMaxLength(30)

	// siu.xsd (namespace siu).
	omraadeType     = restrict(nsSIU, "OmraadeType", xsString).withEnum("VOKSEN", "BOERN", "SAMLET")
	psrIDType       = restrict(nsSIU, "PsrIDType", xsString).withPattern(`[0-9]{10}`)
	kontostrengType = restrict(nsSIU, "KontostrengType", xsString).withPattern(`[0-9]{16}`)
	beloebType      = restrict(nsSIU, "BeloebType", xsDecimal).withPattern(`-?[0-9]+\.[0-9]{2}`)
	datoType        = restrict(nsSIU, "DatoType", xsDate).withPattern(`[0-9]{4}-[0-9]{2}-[0-9]{2}`)
)

// The element declarations, global (xs:element at the top of a schema
// file, which may also be the document's root) and local (declared
// inside a type; elementFormDefault="qualified" puts them in the target
// namespace too).
var (
	// siu-envelope.xsd.
	dstSource            = elem(nsDST, "Source", sourceType)
	dstRefID             = elem(nsDST, "RefID", refIDType).orNil()
	dstSurveyID          = elem(nsDST, "SurveyID", surveyIDType)
	dstFormID            = elem(nsDST, "FormID", formIDType)
	dstPeriod            = elem(nsDST, "Period", periodType)
	dstEntityIDType      = elem(nsDST, "EntityIDType", entityKindType)
	dstEntityID          = elem(nsDST, "EntityID", entityIDValueTyp)
	dstEntityPath        = elem(nsDST, "EntityPath", entityPathType).orNil()
	dstAutID             = elem(nsDST, "AutID", autIDType).orNil()
	dstAutSubID          = elem(nsDST, "AutSubID", autSubIDType).orNil()
	dstPrivilige         = elem(nsDST, "Privilige", priviligeType).orNil()
	dstReportingDataType = elem(nsDST, "ReportingDataType", reportingDataTyp).orNil()
	dstAuthorisation     = complexElem(nsDST, "Authorisation", seq(nsDST, "AuthorisationType",
		optional(dstAutID),
		optional(dstAutSubID),
		optional(dstPrivilige)))
	dstEntity = complexElem(nsDST, "Entity", seq(nsDST, "EntityType",
		one(dstEntityIDType),
		one(dstEntityID),
		optional(dstEntityPath),
		optional(dstAuthorisation)))
	dstEnvelope = complexElem(nsDST, "Envelope", seq(nsDST, "EnvelopeType",
		one(dstSource),
		optional(dstRefID),
		one(dstSurveyID),
		one(dstFormID),
		one(dstPeriod),
		one(dstEntity),
		optional(dstReportingDataType)))

	// siu-delivery-metadata.xsd.
	communicationDescription = elem(nsSIU, "CommunicationDescription", communicationDescriptionType)
	systemName               = elem(nsSIU, "SystemName", systemNameType)
	systemVersion            = elem(nsSIU, "SystemVersion", systemVersionType)
	contactTypeName          = elem(nsSIU, "ContactTypeName", contactTypeNameType)
	contactIdentifier        = elem(nsSIU, "ContactIdentifier", contactIdentifierType)
	systemStructure          = complexElem(nsSIU, "SystemStructure", seq(nsSIU, "SystemStructureType",
		one(systemName),
		one(systemVersion)))
	communicatorStructure = complexElem(nsSIU, "CommunicatorStructure", seq(nsSIU, "CommunicatorStructureType",
		one(communicationDescription),
		one(elem(nsSIU, "CommunicationDateTime", communicationDateTimeType)), // local
		optional(systemStructure)))
	communicatorStructureCollection = complexElem(nsSIU, "CommunicatorStructureCollection", seq(nsSIU, "CommunicatorStructureCollectionType",
		oneOrMore(communicatorStructure)))
	contactStructure = complexElem(nsSIU, "ContactStructure", seq(nsSIU, "ContactStructureType",
		one(contactTypeName),
		one(contactIdentifier),
		one(elem(nsSIU, "ContactEmailAddress", emailType)))) // local
	contactStructureCollection = complexElem(nsSIU, "ContactStructureCollection", seq(nsSIU, "ContactStructureCollectionType",
		oneOrMore(contactStructure)))
	dboksContactNewStructure = complexElem(nsSIU, "DBoksContactNewStructure", seq(nsSIU, "DBoksContactNewStructureType",
		optional(elem(nsSIU, "CVRnumberIdentifier", cvrNumberIdentifierType)),            // local
		optional(elem(nsSIU, "ProductionUnitIdentifier", productionUnitIdentifierType)))) // local
	deliveryMetadataNewStructure = complexElem(nsSIU, "DeliveryMetadataNewStructure", seq(nsSIU, "DeliveryMetadataNewStructureType",
		one(dstEnvelope),
		many(communicatorStructureCollection),
		many(contactStructureCollection),
		optional(dboksContactNewStructure),
		optional(elem(nsSIU, "FormVersion", formVersionType)))) // local

	// siu.xsd.
	individUdgiftStruktur = complexElem(nsSIU, "IndividUdgiftStruktur", seq(nsSIU, "IndividUdgiftStrukturType",
		one(elem(nsSIU, "PsrID", psrIDType)),             // local
		one(elem(nsSIU, "KONTOSTRENG", kontostrengType)), // local
		one(elem(nsSIU, "BELOEB", beloebType)),           // local
		one(elem(nsSIU, "STARTDATO", datoType)),          // local
		one(elem(nsSIU, "SLUTDATO", datoType))))          // local
	individUdgiftStrukturSamling = complexElem(nsSIU, "IndividUdgiftStrukturSamling", seq(nsSIU, "IndividUdgiftStrukturSamlingType",
		many(individUdgiftStruktur)))
	omraade                        = elem(nsSIU, "OMRAADE", omraadeType)
	individUdgiftLeveranceStruktur = complexElem(nsSIU, "IndividUdgiftLeveranceStruktur", seq(nsSIU, "IndividUdgiftLeveranceStrukturType",
		one(deliveryMetadataNewStructure),
		one(omraade),
		one(individUdgiftStrukturSamling)))
)

// globalElements are the schema's global element declarations: any of
// them may be a document's root, as XML Schema has it.
var globalElements = map[qname]*elementDecl{}

// schemaTypes are the schema's named types, for xsi:type.
var schemaTypes = map[qname]bool{}

func init() {
	for _, e := range []*elementDecl{
		dstSource, dstRefID, dstSurveyID, dstFormID, dstPeriod, dstEntityIDType, dstEntityID, dstEntity, dstEnvelope,
		dstEntityPath, dstAutID, dstAutSubID, dstPrivilige, dstReportingDataType, dstAuthorisation,
		communicationDescription, systemName, systemVersion, contactTypeName, contactIdentifier,
		systemStructure, communicatorStructure, communicatorStructureCollection,
		contactStructure, contactStructureCollection, dboksContactNewStructure, deliveryMetadataNewStructure,
		individUdgiftStruktur, individUdgiftStrukturSamling, omraade, individUdgiftLeveranceStruktur,
	} {
		globalElements[e.name] = e
	}
	var walk func(e *elementDecl)
	walk = func(e *elementDecl) {
		if schemaTypes[e.typeName()] {
			return
		}
		schemaTypes[e.typeName()] = true
		if e.complex != nil {
			for _, p := range e.complex.seq {
				walk(p.elem)
			}
		}
	}
	for _, e := range globalElements {
		walk(e)
	}
}
