package xmlformat

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/siukit/siukit/cpr"
)

// Profile holds every name, namespace and code of the SIU file. The
// encoder and the decoder take all of them from here and from nowhere
// else, so a vendor who holds DST's SIU specification writes its names and
// codes into a Profile and changes nothing else.
//
// DefaultProfile is this project's profile (see the package
// documentation): its names follow what is public about DST's deliveries,
// and its DST codes are placeholders.
type Profile struct {
	// Placeholder reports that Codes.Source, Codes.SurveyID,
	// Codes.FormID and Codes.TestFormID are placeholders, not codes DST
	// assigned. A file written with such a profile is well formed but is
	// not accepted by DST. Programs may warn about it.
	Placeholder bool

	// Namespace is the namespace of the root, DeliveryMetadataNewStructure
	// and the records. It is the default namespace of the file.
	Namespace string
	// EnvelopeNamespace is the namespace of dst:Envelope and its children.
	EnvelopeNamespace string
	// EnvelopePrefix is the prefix the encoder binds to
	// EnvelopeNamespace, "dst" in DST's files. The decoder accepts any
	// prefix bound to the right namespace.
	EnvelopePrefix string

	// Root is the document element, e.g. IndividUdgiftLeveranceStruktur.
	Root string
	// Area is the element holding the area code (VOKSEN, BOERN, SAMLET).
	Area string
	// Collection holds the records, e.g. IndividUdgiftStrukturSamling.
	Collection string
	// Record is one line, e.g. IndividUdgiftStruktur.
	Record string
	// Fields names the five elements of a record.
	Fields FieldNames

	// Envelope names the elements of DST's delivery metadata.
	Envelope EnvelopeNames

	// Codes are the values the profile fixes in every file.
	Codes Codes
}

// FieldNames names the five elements of one record, in file order.
type FieldNames struct {
	PsrID   string // the citizen's CPR number or fictive number
	Account string // the account (KONTOSTRENG)
	Amount  string // the amount in kroner (BELOEB)
	Start   string // the first day of the period (STARTDATO)
	End     string // the last day of the period (SLUTDATO)
}

// EnvelopeNames names the elements of DeliveryMetadataNewStructure. The
// defaults are the names of DST's published envelope schemas
// (DST_Envelope.xsd, DST_DeliveryMetadataNewStructure.xsd and the files
// they include, as carried by OS2bos); they change only if DST changes them.
// The elements from Envelope to EntityID are in the envelope namespace, the
// others in the content namespace.
type EnvelopeNames struct {
	Metadata string // DeliveryMetadataNewStructure

	Envelope     string // dst:Envelope
	Source       string // dst:Source
	SurveyID     string // dst:SurveyID
	FormID       string // dst:FormID
	Period       string // dst:Period
	Entity       string // dst:Entity
	EntityIDType string // dst:EntityIDType
	EntityID     string // dst:EntityID

	CommunicatorCollection   string // CommunicatorStructureCollection
	Communicator             string // CommunicatorStructure
	CommunicationDescription string // CommunicationDescription
	CommunicationDateTime    string // CommunicationDateTime
	SystemStructure          string // SystemStructure
	SystemName               string // SystemName
	SystemVersion            string // SystemVersion

	ContactCollection   string // ContactStructureCollection
	Contact             string // ContactStructure
	ContactTypeName     string // ContactTypeName
	ContactIdentifier   string // ContactIdentifier
	ContactEmailAddress string // ContactEmailAddress

	FormVersion string // FormVersion
}

// Codes are the fixed values a profile writes into every file.
type Codes struct {
	// Source is dst:Source, a code DST assigns.
	Source string
	// SurveyID is dst:SurveyID, the survey's code at DST.
	SurveyID string
	// FormID is dst:FormID for production deliveries (an L-code at DST),
	// at most 15 characters.
	FormID string
	// TestFormID is dst:FormID for test deliveries (a T-code at DST), at
	// most 15 characters and different from FormID.
	TestFormID string
	// EntityIDType is dst:EntityIDType, "Kommune" for municipalities.
	EntityIDType string
	// ContactTypeName is the kind of contact written in
	// ContactStructure, "Kvitteringsmodtager" (receipt recipient).
	ContactTypeName string
	// FormVersion is the version of the profile, at most 30 characters.
	FormVersion string
}

// DefaultProfile returns this project's profile, the one the package
// documentation describes. It is not DST's official SIU schema,
// which is not public.
//
// What comes from DST's public material: the two namespaces and the
// envelope (DST's published envelope schemas and its sibling deliveries),
// the names PsrID and KONTOSTRENG, EntityIDType "Kommune" and
// ContactTypeName "Kvitteringsmodtager". What is this project's own
// (modeled): the root, area, collection and record names and the names
// BELOEB, STARTDATO and SLUTDATO, in DST's UPPER_SNAKE record style, and
// FormVersion "siukit-profile-1". What is a placeholder: Source,
// SurveyID, FormID and TestFormID, which DST assigns; they all start with
// "PLACEHOLDER" and Placeholder is true.
func DefaultProfile() Profile {
	return Profile{
		Placeholder:       true,
		Namespace:         "http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/",
		EnvelopeNamespace: "http://rep.oio.dk/dst.dk/xml/schemas/2002/06/28/",
		EnvelopePrefix:    "dst",
		Root:              "IndividUdgiftLeveranceStruktur",
		Area:              "OMRAADE",
		Collection:        "IndividUdgiftStrukturSamling",
		Record:            "IndividUdgiftStruktur",
		Fields: FieldNames{
			PsrID:   "PsrID",
			Account: "KONTOSTRENG",
			Amount:  "BELOEB",
			Start:   "STARTDATO",
			End:     "SLUTDATO",
		},
		Envelope: EnvelopeNames{
			Metadata:                 "DeliveryMetadataNewStructure",
			Envelope:                 "Envelope",
			Source:                   "Source",
			SurveyID:                 "SurveyID",
			FormID:                   "FormID",
			Period:                   "Period",
			Entity:                   "Entity",
			EntityIDType:             "EntityIDType",
			EntityID:                 "EntityID",
			CommunicatorCollection:   "CommunicatorStructureCollection",
			Communicator:             "CommunicatorStructure",
			CommunicationDescription: "CommunicationDescription",
			CommunicationDateTime:    "CommunicationDateTime",
			SystemStructure:          "SystemStructure",
			SystemName:               "SystemName",
			SystemVersion:            "SystemVersion",
			ContactCollection:        "ContactStructureCollection",
			Contact:                  "ContactStructure",
			ContactTypeName:          "ContactTypeName",
			ContactIdentifier:        "ContactIdentifier",
			ContactEmailAddress:      "ContactEmailAddress",
			FormVersion:              "FormVersion",
		},
		Codes: Codes{
			Source:          "PLACEHOLDER-SOURCE",
			SurveyID:        "PLACEHOLDER-SURVEY",
			FormID:          "PLACEHOLDER-L",
			TestFormID:      "PLACEHOLDER-T",
			EntityIDType:    "Kommune",
			ContactTypeName: "Kvitteringsmodtager",
			FormVersion:     "siukit-profile-1",
		},
	}
}

// Length limits of DST's published envelope schemas for the profile's
// codes, in characters. The limits of the header's texts are package
// siu's (siu.MaxDescriptionLen and its siblings, SIU-HDR-010).
const (
	maxFormID          = 15
	maxFormVersion     = 30
	maxContactTypeName = 50
)

// Validate reports every problem of p at once (errors.Join): a missing or
// malformed name, namespace or code, two sibling elements with the same
// name, or a code longer than DST's envelope allows.
func (p Profile) Validate() error {
	var errs []error
	add := func(format string, args ...any) {
		errs = append(errs, errors.New(cpr.Redact(fmt.Sprintf("xmlformat: profile: "+format, args...))))
	}
	name := func(field, v string) {
		if v == "" {
			add("%s is empty", field)
		} else if !isNCName(v) {
			add("%s %s is not an XML name without a prefix", field, strconv.QuoteToGraphic(v))
		}
	}
	code := func(field, v string, max int) {
		switch {
		case v == "":
			add("%s is empty", field)
		case !isXMLText(v):
			add("%s holds invalid UTF-8 or a character XML cannot carry", field)
		case max > 0 && utf8.RuneCountInString(v) > max:
			add("%s %s is longer than %d characters", field, strconv.QuoteToGraphic(v), max)
		}
	}
	namespace := func(field, v string) {
		if v == "" {
			add("%s is empty", field)
		} else if !isXMLText(v) {
			add("%s holds invalid UTF-8 or a character XML cannot carry", field)
		}
	}

	namespace("Namespace", p.Namespace)
	namespace("EnvelopeNamespace", p.EnvelopeNamespace)
	name("EnvelopePrefix", p.EnvelopePrefix)
	if len(p.EnvelopePrefix) >= 3 && strings.EqualFold(p.EnvelopePrefix[:3], "xml") {
		add("EnvelopePrefix %s starts with \"xml\", which XML reserves", strconv.QuoteToGraphic(p.EnvelopePrefix))
	}

	name("Root", p.Root)
	name("Area", p.Area)
	name("Collection", p.Collection)
	name("Record", p.Record)
	name("Fields.PsrID", p.Fields.PsrID)
	name("Fields.Account", p.Fields.Account)
	name("Fields.Amount", p.Fields.Amount)
	name("Fields.Start", p.Fields.Start)
	name("Fields.End", p.Fields.End)

	en := p.Envelope
	for _, f := range []struct{ field, v string }{
		{"Envelope.Metadata", en.Metadata},
		{"Envelope.Envelope", en.Envelope},
		{"Envelope.Source", en.Source},
		{"Envelope.SurveyID", en.SurveyID},
		{"Envelope.FormID", en.FormID},
		{"Envelope.Period", en.Period},
		{"Envelope.Entity", en.Entity},
		{"Envelope.EntityIDType", en.EntityIDType},
		{"Envelope.EntityID", en.EntityID},
		{"Envelope.CommunicatorCollection", en.CommunicatorCollection},
		{"Envelope.Communicator", en.Communicator},
		{"Envelope.CommunicationDescription", en.CommunicationDescription},
		{"Envelope.CommunicationDateTime", en.CommunicationDateTime},
		{"Envelope.SystemStructure", en.SystemStructure},
		{"Envelope.SystemName", en.SystemName},
		{"Envelope.SystemVersion", en.SystemVersion},
		{"Envelope.ContactCollection", en.ContactCollection},
		{"Envelope.Contact", en.Contact},
		{"Envelope.ContactTypeName", en.ContactTypeName},
		{"Envelope.ContactIdentifier", en.ContactIdentifier},
		{"Envelope.ContactEmailAddress", en.ContactEmailAddress},
		{"Envelope.FormVersion", en.FormVersion},
	} {
		name(f.field, f.v)
	}

	// Siblings must differ, or the decoder cannot tell them apart.
	distinct := func(what string, names ...string) {
		seen := make(map[string]bool, len(names))
		for _, n := range names {
			if n != "" && seen[n] {
				add("%s: the name %s is used twice", what, strconv.QuoteToGraphic(n))
			}
			seen[n] = true
		}
	}
	distinct("children of the root", en.Metadata, p.Area, p.Collection)
	distinct("record fields", p.Fields.PsrID, p.Fields.Account, p.Fields.Amount, p.Fields.Start, p.Fields.End)

	c := p.Codes
	code("Codes.Source", c.Source, 0)
	code("Codes.SurveyID", c.SurveyID, 0)
	code("Codes.FormID", c.FormID, maxFormID)
	code("Codes.TestFormID", c.TestFormID, maxFormID)
	if c.FormID != "" && c.FormID == c.TestFormID {
		add("Codes.FormID and Codes.TestFormID are both %s; a test delivery must be told apart", strconv.QuoteToGraphic(c.FormID))
	}
	code("Codes.EntityIDType", c.EntityIDType, 0)
	code("Codes.ContactTypeName", c.ContactTypeName, maxContactTypeName)
	code("Codes.FormVersion", c.FormVersion, maxFormVersion)
	return errors.Join(errs...)
}

// isNCName reports whether s is an XML name without a colon.
func isNCName(s string) bool {
	if s == "" || !utf8.ValidString(s) {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_' || unicode.IsLetter(r):
		case i > 0 && (r == '-' || r == '.' || unicode.IsDigit(r)):
		default:
			return false
		}
	}
	return true
}
