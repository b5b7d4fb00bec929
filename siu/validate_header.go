package siu

import (
	"fmt"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/internal/xmltext"
	"github.com/siukit/siukit/kontoplan"
)

// Field names of the header: the values of Finding.Field for the header's
// findings, and the keys of the conformance suite's input.json.
const (
	FieldCreated           = "Created"
	FieldDescription       = "Description"
	FieldSystemName        = "SystemName"
	FieldSystemVersion     = "SystemVersion"
	FieldContactIdentifier = "ContactIdentifier"
	FieldContactEmail      = "ContactEmail"
)

// Limits of the header's texts, in characters (Unicode code points), from
// DST's published envelope schemas (SOURCES.md: dst-envelope-xsd): a longer
// text is SIU-HDR-010, and package xmlformat's encoder refuses it.
const (
	MaxDescriptionLen       = 50  // CommunicationDescription
	MaxSystemNameLen        = 50  // SystemName
	MaxSystemVersionLen     = 20  // SystemVersion
	MaxContactIdentifierLen = 100 // ContactIdentifier
)

// Limits of the xkom e-mail type of ContactEmailAddress (SOURCES.md:
// dst-envelope-xsd), in characters: the part before the @ and the part
// after it (SIU-HDR-012, IsEmailAddress).
const (
	MaxEmailLocalLen  = 191
	MaxEmailDomainLen = 64
)

// The creation time (Header.Created) is written as CommunicationDateTime,
// an xs:dateTime in RFC 3339 form with a four-digit year and an offset in
// whole minutes: its year, in its own time zone, is MinCreatedYear to
// MaxCreatedYear, and its offset from UTC at most MaxCreatedOffset either
// way, the range of xs:dateTime's time zones (SIU-HDR-008).
const (
	MinCreatedYear   = 1
	MaxCreatedYear   = 9999
	MaxCreatedOffset = 14 * time.Hour
)

// emailForbidden lists, for messages, the characters besides whitespace
// that neither part of an e-mail address may hold (IsEmailAddress).
const emailForbidden = "> ( ) [ ] \\ , ; : @"

// Texts of the limits, for the catalogue and the messages.
var (
	srcEnvelope    = "dst-envelope-xsd: DST's envelope schemas (DeliveryMetadataNewStructure)"
	createdYears   = strconv.Itoa(MinCreatedYear) + "-" + strconv.Itoa(MaxCreatedYear)
	maxOffsetHours = strconv.Itoa(int(MaxCreatedOffset / time.Hour))
)

// IsEmailAddress reports whether s has the form of xkom's
// EmailAddressIdentifierType, the type of ContactEmailAddress in DST's
// envelope: one @, at most MaxEmailLocalLen characters before it and 1 to
// MaxEmailDomainLen after it, none of them whitespace (space, tab, line
// feed, carriage return) or any of > ( ) [ ] \ , ; : @. It is the check of
// SIU-HDR-012 and of package xmlformat's encoder.
func IsEmailAddress(s string) bool {
	local, domain := 0, 0
	at := false
	for _, r := range s {
		switch r {
		case '>', '(', ')', '[', ']', '\\', ',', ';', ':', ' ', '\t', '\n', '\r':
			return false
		case '@':
			if at {
				return false
			}
			at = true
			continue
		}
		if at {
			domain++
		} else {
			local++
		}
	}
	return at && local <= MaxEmailLocalLen && domain >= 1 && domain <= MaxEmailDomainLen
}

// IsXMLText reports whether s can be carried by the file: valid UTF-8 made
// of characters XML 1.0 allows (no control character but tab, line feed
// and carriage return; no U+FFFE or U+FFFF). It is the check of
// SIU-HDR-009 and of package xmlformat's encoder.
func IsXMLText(s string) bool { return xmltext.Valid(s) }

// checkHeader reports the header's findings and picks the chart.
func (v *Validator) checkHeader(today civil.Date, chart *kontoplan.Chart, skipEnvelope bool) {
	h := v.header
	if _, ok := LookupMunicipality(h.Municipality); !ok {
		da, en := shortNumber(h.Municipality)
		v.report(hdrMunicipality, 0, "",
			"Kommunekoden "+da+" er ikke en af de 98 kommuners koder.",
			"The municipality code "+en+" is not one of the 98 municipalities' codes.")
	}
	yearBad := false
	y, yEN := shortNumber(h.Year)
	switch {
	case h.Year < firstSIUYear:
		yearBad = true
		v.report(hdrYearTooEarly, 0, "",
			"Budgetåret "+y+" er før "+strconv.Itoa(firstSIUYear)+", det første år med indberetning til SIU.",
			"The budget year "+yEN+" is before "+strconv.Itoa(firstSIUYear)+", the first year of reporting to SIU.")
	case h.Year > today.Year():
		yearBad = true
		v.report(hdrYearFuture, 0, "",
			fmt.Sprintf("Budgetåret %s er efter indeværende år (%d).", y, today.Year()),
			fmt.Sprintf("The budget year %s is after the current year (%d).", yEN, today.Year()))
	case h.Year < firstMandatoryYear:
		v.report(hdrYearVoluntary, 0, "",
			"Budgetåret "+y+" var et frivilligt år; indberetning er obligatorisk fra budgetår "+strconv.Itoa(firstMandatoryYear)+".",
			"The budget year "+yEN+" was a voluntary year; reporting is mandatory from budget year "+strconv.Itoa(firstMandatoryYear)+".")
	}
	if !h.Area.IsValid() {
		v.report(hdrArea, 0, "",
			"Området er ikke VOKSEN, BOERN eller SAMLET.",
			"The area is not VOKSEN, BOERN or SAMLET.")
	}
	if !skipEnvelope {
		v.checkCreated()
		v.checkTexts()
	}
	v.chart = chart
	if v.chart == nil {
		c, err := kontoplan.ChartFor(h.Year)
		if err == nil {
			v.chart = c
		} else if !yearBad {
			v.report(hdrNoChart, 0, "",
				"Der findes ingen kontoplan for budgetåret "+y+"; kontostrenge kontrolleres kun for deres form.",
				"There is no chart of accounts for the budget year "+yEN+"; accounts are checked for their form only.")
		}
	}
}

// shortNumber formats n for a message when it has at most four digits, and
// otherwise says how many digits it has: a long number in a header field
// may be personal data in the wrong place.
// It returns the Danish and the English form.
func shortNumber(n int) (da, en string) {
	if n > -10000 && n < 10000 {
		s := strconv.Itoa(n)
		return s, s
	}
	digits := len(strconv.Itoa(n))
	if n < 0 {
		digits--
	}
	d := strconv.Itoa(digits)
	return "(et tal med " + d + " cifre)", "(a number of " + d + " digits)"
}

// checkCreated checks that the creation time can be written as
// CommunicationDateTime (SIU-HDR-007, SIU-HDR-008).
func (v *Validator) checkCreated() {
	t := v.header.Created
	if t.IsZero() {
		v.report(hdrCreatedMissing, 0, "",
			"Dannelsestidspunktet (Created) er ikke sat.",
			"The creation time (Created) is not set.")
		return
	}
	if y := t.Year(); y < MinCreatedYear || y > MaxCreatedYear {
		da, en := shortNumber(y)
		v.report(hdrCreatedRange, 0, "",
			"Dannelsestidspunktets år "+da+" er uden for "+createdYears+".",
			"The creation time's year "+en+" is outside "+createdYears+".")
	}
	_, off := t.Zone()
	switch {
	case off%60 != 0:
		v.report(hdrCreatedRange, 0, "",
			"Dannelsestidspunktets forskydning fra UTC er ikke et helt antal minutter.",
			"The creation time's offset from UTC is not a whole number of minutes.")
	case time.Duration(off)*time.Second > MaxCreatedOffset || time.Duration(off)*time.Second < -MaxCreatedOffset:
		v.report(hdrCreatedRange, 0, "",
			"Dannelsestidspunktets forskydning fra UTC er mere end "+maxOffsetHours+" timer.",
			"The creation time's offset from UTC is more than "+maxOffsetHours+" hours.")
	}
}

// headerText is one text of the header as the checks see it.
type headerText struct {
	field    string
	da, en   string // the field's name in a message
	value    string
	maxRunes int // 0: no limit of its own
}

// checkTexts checks the header's texts (SIU-HDR-009 to SIU-HDR-012).
func (v *Validator) checkTexts() {
	h := &v.header
	for _, t := range [...]headerText{
		{FieldDescription, "Beskrivelsen", "The description", h.Description, MaxDescriptionLen},
		{FieldSystemName, "Systemnavnet", "The system name", h.System.Name, MaxSystemNameLen},
		{FieldSystemVersion, "Systemversionen", "The system version", h.System.Version, MaxSystemVersionLen},
		{FieldContactIdentifier, "Kontaktens identifikation", "The contact identifier", h.Contact.Identifier, MaxContactIdentifierLen},
		{FieldContactEmail, "E-mailadressen", "The e-mail address", h.Contact.Email, 0},
	} {
		if !IsXMLText(t.value) {
			v.report(hdrText, 0, t.field,
				t.da+" er ikke gyldig UTF-8 eller indeholder et tegn, som XML 1.0 ikke kan bære (fx et kontroltegn).",
				t.en+" is not valid UTF-8 or holds a character XML 1.0 cannot carry (such as a control character).")
		}
		if n := utf8.RuneCountInString(t.value); t.maxRunes > 0 && n > t.maxRunes {
			max := strconv.Itoa(t.maxRunes)
			v.report(hdrTextLong, 0, t.field,
				t.da+" er "+strconv.Itoa(n)+" tegn; højst "+max+" er tilladt.",
				t.en+" is "+strconv.Itoa(n)+" characters; at most "+max+" are allowed.")
		}
	}
	switch email := h.Contact.Email; {
	case email == "":
		v.report(hdrEmailMissing, 0, "",
			"Kvitteringsmodtagerens e-mailadresse mangler.",
			"The receipt recipient's e-mail address is missing.")
	case !IsEmailAddress(email):
		local, domain := strconv.Itoa(MaxEmailLocalLen), strconv.Itoa(MaxEmailDomainLen)
		v.report(hdrEmailForm, 0, "",
			"E-mailadressen har ikke formen navn@domæne, som kuverten tillader: ét @, højst "+local+" tegn før det og 1 til "+domain+" efter det, ingen mellemrum eller "+emailForbidden+".",
			"The e-mail address does not have the form name@domain the envelope admits: one @, at most "+local+" characters before it and 1 to "+domain+" after it, no whitespace or "+emailForbidden+".")
	}
}
