package siu

import (
	"strconv"
	"strings"

	"github.com/siukit/siukit/kontoplan"
)

// Rule is one check of the catalogue. Its Code is stable forever: a rule
// that changes meaning gets a new code, and a retired code is never reused.
type Rule struct {
	// Code is the stable code, SIU-<family>-<number>. The families are HDR
	// (header), PSR (PsrID), KTO (account, KONTOSTRENG), BEL (amount,
	// BELOEB), PER (period, STARTDATO and SLUTDATO) and LEV (the delivery
	// as a whole).
	Code string
	// Severity is the severity of every finding of the rule.
	Severity Severity
	// Field is the field the rule's findings concern, as in Finding.Field;
	// "" for the delivery as a whole.
	Field string
	// Title and TitleDA name the rule in English and Danish.
	Title, TitleDA string
	// Description and DescriptionDA say what the rule checks, in English
	// and Danish.
	Description, DescriptionDA string
	// Source is where the rule comes from: one or more public sources of
	// SOURCES.md, each cited by its id and a colon ("dst-qa-2025: DST's
	// answers of 8 Dec 2025"), or "modeled: …" for a decision of this
	// project where no public source says more (see Modeled); a modeled
	// rule cites the ids it leans on the same way.
	Source string
}

// Modeled reports whether the rule is this project's decision rather than
// one taken from a public source.
func (r Rule) Modeled() bool { return strings.HasPrefix(r.Source, "modeled") }

// ruleID indexes the catalogue; the validator emits findings by ruleID, so
// it cannot emit a code the catalogue lacks.
type ruleID uint8

const (
	hdrMunicipality ruleID = iota
	hdrYearTooEarly
	hdrYearFuture
	hdrYearVoluntary
	hdrArea
	hdrNoChart
	hdrCreatedMissing
	hdrCreatedRange
	hdrText
	hdrTextLong
	hdrEmailMissing
	hdrEmailForm

	psrMissing
	psrMalformed
	psrReplacement
	psrFictive
	psrModulus11
	psrNotBorn
	psrChildInAdultArea
	psrAdultInChildArea

	ktoMissing
	ktoMalformed
	ktoUnknownFunction
	ktoUnknownArt
	ktoDranst
	ktoOutOfScope
	ktoVoluntary
	ktoOtherArea

	belMalformed
	belDecimals
	belZero
	belSign
	belExtreme
	belTooLarge

	perMissing
	perMalformed
	perEndBeforeStart
	perOutsideYear
	perTooLong

	levEmpty
	levDuplicate
	levOverlap

	numRules
)

// Sources cited by the catalogue.
const (
	srcSeed000  = "dst-qa-2025: DST's answers of 8 Dec 2025 to the information meeting of 27 Nov 2025"
	srcSeed001  = "dst-siu-page: DST's information page on SIU (dst.dk/siu)"
	srcSeed002  = "sm-hoering-2024: the ministry's hearing letter of 6 May 2024 on the data order (bekendtgørelse om dataindberetninger på socialområdet)"
	srcSeed004  = "social-analysis-2024: analysis of the social area's data, appendix (ENSUU/SIU: \"2022 (frivillig)\")"
	srcDSTKom   = "dst-kommuner: DST's municipality codes (kommunekoder) for the 98 municipalities since 2007"
	srcBudregn  = "budregn-kontoplan: the authorised chart of accounts for municipalities (budregn.im.dk), per budget year"
	srcCPR      = "cpr-opbygning: the CPR number (cpr.dk); cpr-erstatning: replacement numbers (erstatningspersonnumre)"
	srcDSTDoc   = "dst-doc-siu: DST's documentation of SIU, reference year 2025 (focus on extreme values, missing information)"
	srcModeled  = "modeled"
	srcDomain3  = srcSeed000 + " (every expense has a start and an end date)"
	srcModeledF = "modeled: the XML profile of package xmlformat (BELOEB in kroner with two decimals)"
)

// Numbers the catalogue states, built from the constants the validator
// uses, so that no description retypes one.
var (
	firstSIUYearText       = strconv.Itoa(firstSIUYear)
	firstMandatoryYearText = strconv.Itoa(firstMandatoryYear)
	// voluntaryYearsText lists the years from firstSIUYear to the year
	// before firstMandatoryYear: "2022, 2023 or 2024".
	voluntaryYearsText   = yearList(firstSIUYear, firstMandatoryYear-1, "or")
	voluntaryYearsTextDA = yearList(firstSIUYear, firstMandatoryYear-1, "eller")
	accountLenText       = strconv.Itoa(kontoplan.CanonicalLen)
	dranstDriftText      = strconv.Itoa(int(kontoplan.DranstDrift))
	dranstRangeText      = strconv.Itoa(int(kontoplan.DranstDrift)) + "-" + strconv.Itoa(int(kontoplan.DranstFinansiering))
	// maxSpansText is the most separate periods a pair keeps: 4 to the
	// power of the largest capacity class of pairTracker.
	maxSpansText = strconv.Itoa(1 << (2 * (len(pairTracker{}.free) - 1)))
)

// yearList writes the years from first to last as "a, b or c".
func yearList(first, last int, and string) string {
	var b strings.Builder
	for y := first; y <= last; y++ {
		switch {
		case y == first:
		case y == last:
			b.WriteString(" " + and + " ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(y))
	}
	return b.String()
}

// catalogue is the one table of rules. Its order is the order of RULES.md.
var catalogue = [numRules]Rule{
	hdrMunicipality: {
		Code: "SIU-HDR-001", Severity: Error, Field: "Municipality",
		Title:         "Unknown municipality",
		TitleDA:       "Ukendt kommune",
		Description:   "The header's municipality code is not one of the 98 municipalities' codes (see LookupMunicipality).",
		DescriptionDA: "Kommunekoden i headeren er ikke en af de 98 kommuners koder (se LookupMunicipality).",
		Source:        srcDSTKom,
	},
	hdrYearTooEarly: {
		Code: "SIU-HDR-002", Severity: Error, Field: "Year",
		Title:         "Budget year before " + firstSIUYearText,
		TitleDA:       "Budgetår før " + firstSIUYearText,
		Description:   "The budget year is before " + firstSIUYearText + ", the first year SIU collected (voluntarily). SIU-HDR-006 is then not reported.",
		DescriptionDA: "Budgetåret er før " + firstSIUYearText + ", det første år SIU blev indsamlet (frivilligt). SIU-HDR-006 meldes da ikke.",
		Source:        srcSeed004,
	},
	hdrYearFuture: {
		Code: "SIU-HDR-003", Severity: Error, Field: "Year",
		Title:         "Budget year in the future",
		TitleDA:       "Budgetår i fremtiden",
		Description:   "The budget year is after the year of ValidateOptions.Today (the conformance suite's today): expenses of a year that has not begun cannot be reported. The current year itself is allowed. SIU-HDR-006 is then not reported.",
		DescriptionDA: "Budgetåret er efter året for ValidateOptions.Today (konformanssuitens today): udgifter for et år, der ikke er begyndt, kan ikke indberettes. Indeværende år er tilladt. SIU-HDR-006 meldes da ikke.",
		Source:        srcModeled + ": a year after ValidateOptions.Today's year is rejected; the current year is allowed (dst-qa-2025: test deliveries are welcome)",
	},
	hdrYearVoluntary: {
		Code: "SIU-HDR-004", Severity: Info, Field: "Year",
		Title:         "Voluntary budget year",
		TitleDA:       "Frivilligt budgetår",
		Description:   "The budget year is " + voluntaryYearsText + ", when reporting to SIU was voluntary; it is mandatory from budget year " + firstMandatoryYearText + ". Not reported with SIU-HDR-002 or SIU-HDR-003.",
		DescriptionDA: "Budgetåret er " + voluntaryYearsTextDA + ", hvor indberetning til SIU var frivillig; den er obligatorisk fra budgetår " + firstMandatoryYearText + ". Meldes ikke sammen med SIU-HDR-002 eller SIU-HDR-003.",
		Source:        srcSeed002 + "; " + srcSeed004,
	},
	hdrArea: {
		Code: "SIU-HDR-005", Severity: Error, Field: "Area",
		Title:         "Unknown area",
		TitleDA:       "Ukendt område",
		Description:   "The header's area is not exactly VOKSEN, BOERN or SAMLET (upper case). A line's area is then its function's alone (see SIU-PSR-007), and SIU-KTO-008 is not reported.",
		DescriptionDA: "Området i headeren er ikke præcis VOKSEN, BOERN eller SAMLET (store bogstaver). En linjes område er da alene dens funktions (se SIU-PSR-007), og SIU-KTO-008 meldes ikke.",
		Source:        srcSeed000 + " (one full load per area, or one for both)",
	},
	hdrNoChart: {
		Code: "SIU-HDR-006", Severity: Warning, Field: "Year",
		Title:         "No chart of accounts for the budget year",
		TitleDA:       "Ingen kontoplan for budgetåret",
		Description:   "No chart of accounts is known for the budget year (ValidateOptions.Chart and the embedded charts), so accounts are checked for their form (SIU-KTO-001, SIU-KTO-002), dranst (SIU-KTO-005) and area (SIU-KTO-008) only: no SIU-KTO-003, SIU-KTO-004, SIU-KTO-006, SIU-KTO-007, SIU-BEL-004 or SIU-PSR-004. Not reported when the year is already rejected (SIU-HDR-002, SIU-HDR-003).",
		DescriptionDA: "Der kendes ingen kontoplan for budgetåret (ValidateOptions.Chart og de indlejrede kontoplaner), så kontostrenge kontrolleres kun for form (SIU-KTO-001, SIU-KTO-002), dranst (SIU-KTO-005) og område (SIU-KTO-008): ingen SIU-KTO-003, SIU-KTO-004, SIU-KTO-006, SIU-KTO-007, SIU-BEL-004 eller SIU-PSR-004. Meldes ikke, når året allerede er afvist (SIU-HDR-002, SIU-HDR-003).",
		Source:        srcModeled + ": " + srcBudregn + " changes every year; without the year's chart the validator cannot check accounts",
	},
	hdrCreatedMissing: {
		Code: "SIU-HDR-007", Severity: Error, Field: FieldCreated,
		Title:         "Creation time missing",
		TitleDA:       "Dannelsestidspunkt mangler",
		Description:   "The header has no creation time (Created, written as CommunicationDateTime), which every file carries.",
		DescriptionDA: "Headeren har intet dannelsestidspunkt (Created, skrevet som CommunicationDateTime), som enhver fil skal have.",
		Source:        srcEnvelope + " (CommunicationDateTime, an xs:dateTime in the CommunicatorStructure the file carries)",
	},
	hdrCreatedRange: {
		Code: "SIU-HDR-008", Severity: Error, Field: FieldCreated,
		Title:         "Creation time cannot be written",
		TitleDA:       "Dannelsestidspunktet kan ikke skrives",
		Description:   "The creation time cannot be written as CommunicationDateTime: its year, in its own time zone, is outside " + createdYears + ", or its offset from UTC is not a whole number of minutes or is more than " + maxOffsetHours + " hours (xs:dateTime admits -" + maxOffsetHours + ":00 to +" + maxOffsetHours + ":00).",
		DescriptionDA: "Dannelsestidspunktet kan ikke skrives som CommunicationDateTime: dets år, i dets egen tidszone, er uden for " + createdYears + ", eller dets forskydning fra UTC er ikke et helt antal minutter eller er mere end " + maxOffsetHours + " timer (xs:dateTime tillader -" + maxOffsetHours + ":00 til +" + maxOffsetHours + ":00).",
		Source:        srcEnvelope + " (CommunicationDateTime is an xs:dateTime, whose time zone is -" + maxOffsetHours + ":00 to +" + maxOffsetHours + ":00); the profile of package xmlformat writes it as RFC 3339 with a four-digit year and an offset in whole minutes",
	},
	hdrText: {
		Code: "SIU-HDR-009", Severity: Error, Field: FieldDescription,
		Title:         "Header text the file cannot carry",
		TitleDA:       "Tekst i headeren, som filen ikke kan bære",
		Description:   "A text of the header (Description, SystemName, SystemVersion, ContactIdentifier or ContactEmail) is not valid UTF-8, or holds a character XML 1.0 cannot carry: a control character other than tab, line feed and carriage return, or U+FFFE or U+FFFF. The finding's Field says which.",
		DescriptionDA: "En tekst i headeren (Description, SystemName, SystemVersion, ContactIdentifier eller ContactEmail) er ikke gyldig UTF-8 eller indeholder et tegn, som XML 1.0 ikke kan bære: et kontroltegn ud over tabulator, linjeskift og vognretur, eller U+FFFE eller U+FFFF. Fundets Field siger hvilken.",
		Source:        srcModeled + ": the file is XML 1.0 in UTF-8 (the profile of package xmlformat), and XML 1.0 cannot carry these characters",
	},
	hdrTextLong: {
		Code: "SIU-HDR-010", Severity: Error, Field: FieldDescription,
		Title:         "Header text too long",
		TitleDA:       "Tekst i headeren er for lang",
		Description:   "A text of the header is longer than DST's envelope allows: Description (CommunicationDescription) at most " + strconv.Itoa(MaxDescriptionLen) + " characters, SystemName at most " + strconv.Itoa(MaxSystemNameLen) + ", SystemVersion at most " + strconv.Itoa(MaxSystemVersionLen) + " and ContactIdentifier at most " + strconv.Itoa(MaxContactIdentifierLen) + ", counted in characters (Unicode code points, not bytes). The finding's Field says which.",
		DescriptionDA: "En tekst i headeren er længere, end DST's kuvert tillader: Description (CommunicationDescription) højst " + strconv.Itoa(MaxDescriptionLen) + " tegn, SystemName højst " + strconv.Itoa(MaxSystemNameLen) + ", SystemVersion højst " + strconv.Itoa(MaxSystemVersionLen) + " og ContactIdentifier højst " + strconv.Itoa(MaxContactIdentifierLen) + ", talt i tegn (Unicode-kodepunkter, ikke bytes). Fundets Field siger hvilken.",
		Source:        srcEnvelope + " (CommunicationDescription, SystemName, SystemVersion and ContactIdentifier are strings with a maximum length)",
	},
	hdrEmailMissing: {
		Code: "SIU-HDR-011", Severity: Error, Field: FieldContactEmail,
		Title:         "Receipt e-mail missing",
		TitleDA:       "Kvitteringsmodtagerens e-mail mangler",
		Description:   "The header has no e-mail address for the receipt recipient (ContactEmail, written as ContactEmailAddress).",
		DescriptionDA: "Headeren har ingen e-mailadresse til kvitteringsmodtageren (ContactEmail, skrevet som ContactEmailAddress).",
		Source:        srcEnvelope + " (ContactEmailAddress in ContactStructure; its xkom type admits no empty address)",
	},
	hdrEmailForm: {
		Code: "SIU-HDR-012", Severity: Error, Field: FieldContactEmail,
		Title:         "Receipt e-mail malformed",
		TitleDA:       "Kvitteringsmodtagerens e-mail er ugyldig",
		Description:   "The receipt recipient's e-mail address does not have the form of ContactEmailAddress's xkom type: one @, at most " + strconv.Itoa(MaxEmailLocalLen) + " characters before it and 1 to " + strconv.Itoa(MaxEmailDomainLen) + " after it, none of them whitespace or " + emailForbidden + ".",
		DescriptionDA: "Kvitteringsmodtagerens e-mailadresse har ikke den form, ContactEmailAddress' xkom-type kræver: ét @, højst " + strconv.Itoa(MaxEmailLocalLen) + " tegn før det og 1 til " + strconv.Itoa(MaxEmailDomainLen) + " efter det, ingen af dem mellemrum eller " + emailForbidden + ".",
		Source:        srcEnvelope + " (ContactEmailAddress is xkom's EmailAddressIdentifierType)",
	},

	psrMissing: {
		Code: "SIU-PSR-001", Severity: Error, Field: "PsrID",
		Title:         "PsrID missing",
		TitleDA:       "PsrID mangler",
		Description:   "The line has no CPR number (PsrID is empty). Every line needs one; anonymous citizens get a fictive number. The citizen rules (SIU-PSR-004 to SIU-PSR-008) and SIU-LEV-002, SIU-LEV-003 are then skipped.",
		DescriptionDA: "Linjen har intet CPR-nummer (PsrID er tomt). Alle linjer skal have et; anonyme borgere får et fiktivt nummer. Borgerreglerne (SIU-PSR-004 til SIU-PSR-008) og SIU-LEV-002, SIU-LEV-003 springes da over.",
		Source:        srcSeed002 + " (CPR number is one of the five mandatory elements)",
	},
	psrMalformed: {
		Code: "SIU-PSR-002", Severity: Error, Field: "PsrID",
		Title:         "PsrID malformed",
		TitleDA:       "PsrID er ugyldigt",
		Description:   "The PsrID is not a CPR number: not ten ASCII digits (nothing is trimmed; no hyphen), a month other than 01-12, a day that is not in the month, or 29 February in a year that is not a leap year in the century the 7th digit gives (cpr.dk's century table). A fictive number's date part must be a date too, except 123456. The citizen rules and SIU-LEV-002, SIU-LEV-003 are then skipped.",
		DescriptionDA: "PsrID er ikke et CPR-nummer: ikke ti ASCII-cifre (intet trimmes; ingen bindestreg), en måned uden for 01-12, en dag, der ikke findes i måneden, eller 29. februar i et år, der ikke er skudår i det århundrede, 7. ciffer angiver (cpr.dk's århundredetabel). Et fiktivt nummers datodel skal også være en dato, undtagen 123456. Borgerreglerne og SIU-LEV-002, SIU-LEV-003 springes da over.",
		Source:        srcCPR,
	},
	psrReplacement: {
		Code: "SIU-PSR-003", Severity: Error, Field: "PsrID",
		Title:         "Replacement number in PsrID",
		TitleDA:       "Erstatningspersonnummer i PsrID",
		Description:   "The PsrID is a replacement number (erstatningspersonnummer): its day is the day + 60, or positions 8 and 9 are both ASCII letters and the rest digits (one letter is SIU-PSR-002). It is neither a CPR number nor SIU's fictive number.",
		DescriptionDA: "PsrID er et erstatningspersonnummer: dagen er dag + 60, eller plads 8 og 9 er begge ASCII-bogstaver og resten cifre (ét bogstav er SIU-PSR-002). Det er hverken et CPR-nummer eller SIU's fiktive nummer.",
		Source:        srcCPR + "; " + srcSeed000 + " (anonymous citizens get a fictive number, not another kind)",
	},
	psrFictive: {
		Code: "SIU-PSR-004", Severity: Warning, Field: "PsrID",
		Title:         "Fictive number outside § 109",
		TitleDA:       "Fiktivt CPR-nummer uden for § 109",
		Description:   "The PsrID is a fictive number (a birth date DDMMYY or 123456, then 9998 or 9999) on a function that the year's chart lists and whose paragraphs do not include SEL § 109 (read as § or §§ followed by numbers and ranges, so SEL §§ 107-110 includes it): only anonymous stays at women's shelters may be reported with fictive numbers. Not reported for a function the chart does not list, or without a chart.",
		DescriptionDA: "PsrID er et fiktivt nummer (en fødselsdato DDMMÅÅ eller 123456 efterfulgt af 9998 eller 9999) på en funktion, som årets kontoplan har, og hvis paragraffer ikke omfatter SEL § 109 (læst som § eller §§ efterfulgt af tal og intervaller, så SEL §§ 107-110 omfatter den): kun anonyme ophold på kvindekrisecentre må indberettes med fiktive numre. Meldes ikke for en funktion, kontoplanen ikke har, eller uden kontoplan.",
		Source:        srcSeed000 + " (anonymous stays under § 109)",
	},
	psrModulus11: {
		Code: "SIU-PSR-005", Severity: Info, Field: "PsrID",
		Title:         "PsrID fails the modulus 11 check",
		TitleDA:       "PsrID opfylder ikke modulus 11-kontrollen",
		Description:   "The CPR number fails the modulus 11 check (weights 4, 3, 2, 7, 6, 5, 4, 3, 2, 1; the sum is not divisible by 11). Numbers issued since 1 October 2007 may do so, so this is never an error; check the number only if other signs point to a typing error. Fictive numbers are not checked.",
		DescriptionDA: "CPR-nummeret opfylder ikke modulus 11-kontrollen (vægtene 4, 3, 2, 7, 6, 5, 4, 3, 2, 1; summen er ikke delelig med 11). Numre udstedt siden 1. oktober 2007 kan gøre det, så det er aldrig en fejl; kontrollér kun nummeret, hvis andet tyder på en tastefejl. Fiktive numre kontrolleres ikke.",
		Source:        "cpr-modulus11: the CPR number (cpr.dk): modulus 11 no longer holds for every number",
	},
	psrNotBorn: {
		Code: "SIU-PSR-006", Severity: Error, Field: "PsrID",
		Title:         "Citizen not born at the start date",
		TitleDA:       "Borgeren er ikke født på startdatoen",
		Description:   "The birth date the CPR number encodes (cpr.dk's century table) is after the line's start date; born on the start date is fine. Not applied to fictive numbers, nor without a readable STARTDATO. The age rules (SIU-PSR-007, SIU-PSR-008) are then skipped.",
		DescriptionDA: "Fødselsdatoen i CPR-nummeret (cpr.dk's århundredetabel) er efter linjens startdato; født på startdatoen er i orden. Gælder ikke fiktive numre eller uden læsbar STARTDATO. Aldersreglerne (SIU-PSR-007, SIU-PSR-008) springes da over.",
		Source:        srcModeled + ": the birth date follows cpr.dk's century table; fictive numbers are exempt",
	},
	psrChildInAdultArea: {
		Code: "SIU-PSR-007", Severity: Warning, Field: "PsrID",
		Title:         "Child in the adult area",
		TitleDA:       "Barn på voksenområdet",
		Description:   "The citizen is under " + adultAgeText + " at the line's start date but the line belongs to the adult area: its function is 5.38.xx, or its function is neither 5.28.xx nor 5.38.xx (or the account cannot be read) and the header's area is VOKSEN. So a 5.28 function in a VOKSEN delivery is SIU-KTO-008, not this rule. Age in whole years at STARTDATO; someone born on 29 February has a birthday on 1 March in other years. Not applied to fictive numbers.",
		DescriptionDA: "Borgeren er under " + adultAgeText + " år på linjens startdato, men linjen hører til voksenområdet: dens funktion er 5.38.xx, eller dens funktion er hverken 5.28.xx eller 5.38.xx (eller kontoen kan ikke læses), og headerens område er VOKSEN. En 5.28-funktion i en VOKSEN-leverance er derfor SIU-KTO-008, ikke denne regel. Alder i hele år på STARTDATO; den, der er født 29. februar, har fødselsdag 1. marts i andre år. Gælder ikke fiktive numre.",
		Source:        srcModeled + ": adulthood at 18; SEL covers adults and Barnets lov children (barnets-lov: in force since 2024); fictive numbers are exempt",
	},
	psrAdultInChildArea: {
		Code: "SIU-PSR-008", Severity: Warning, Field: "PsrID",
		Title:         "Adult in the children's area",
		TitleDA:       "Voksen på børneområdet",
		Description:   "The citizen is " + adultAgeText + " or older at the line's start date but the line belongs to the children's area: its function is 5.28.xx, or its function is neither 5.28.xx nor 5.38.xx (or the account cannot be read) and the header's area is BOERN. Age as for SIU-PSR-007. Young adults may get aftercare under Barnets lov: comment when so. Not applied to fictive numbers.",
		DescriptionDA: "Borgeren er " + adultAgeText + " år eller ældre på linjens startdato, men linjen hører til børneområdet: dens funktion er 5.28.xx, eller dens funktion er hverken 5.28.xx eller 5.38.xx (eller kontoen kan ikke læses), og headerens område er BOERN. Alder som for SIU-PSR-007. Unge voksne kan få efterværn efter Barnets lov: kommentér det i så fald. Gælder ikke fiktive numre.",
		Source:        srcModeled + ": adulthood at 18; SEL covers adults and Barnets lov children (barnets-lov: in force since 2024); fictive numbers are exempt",
	},

	ktoMissing: {
		Code: "SIU-KTO-001", Severity: Error, Field: "KONTOSTRENG",
		Title:         "Account missing",
		TitleDA:       "Kontostreng mangler",
		Description:   "The line has no account (KONTOSTRENG).",
		DescriptionDA: "Linjen har ingen kontostreng (KONTOSTRENG).",
		Source:        srcSeed002 + " (account number is one of the five mandatory elements); " + srcSeed001 + " (element KONTOSTRENG)",
	},
	ktoMalformed: {
		Code: "SIU-KTO-002", Severity: Error, Field: "KONTOSTRENG",
		Title:         "Account malformed",
		TitleDA:       "Kontostreng er ugyldig",
		Description:   "The KONTOSTRENG is not the " + accountLenText + " ASCII digits of an account (no dots or spaces, nothing trimmed), or its dranst (digit 6) is not " + dranstRangeText + ". The account rules and SIU-BEL-004, SIU-PSR-004, SIU-LEV-002, SIU-LEV-003 are then skipped.",
		DescriptionDA: "KONTOSTRENG er ikke en kontos " + accountLenText + " ASCII-cifre (ingen punktummer eller mellemrum, intet trimmes), eller dens dranst (ciffer 6) er ikke " + dranstRangeText + ". Kontoreglerne og SIU-BEL-004, SIU-PSR-004, SIU-LEV-002, SIU-LEV-003 springes da over.",
		Source:        "budregn-ch2: the authorised chart of accounts for municipalities, chapter 2.0: the account number",
	},
	ktoUnknownFunction: {
		Code: "SIU-KTO-003", Severity: Error, Field: "KONTOSTRENG",
		Title:         "Function unknown for the year",
		TitleDA:       "Funktionen findes ikke i årets kontoplan",
		Description:   "The account's function (digits 1-5, e.g. 5.38.50) is not in the chart of accounts of the budget year, or the chart rejects the account for another reason than its art or dranst.",
		DescriptionDA: "Kontoens funktion (ciffer 1-5, fx 5.38.50) findes ikke i budgetårets kontoplan, eller kontoplanen afviser kontoen af en anden grund end art og dranst.",
		Source:        srcBudregn,
	},
	ktoUnknownArt: {
		Code: "SIU-KTO-004", Severity: Error, Field: "KONTOSTRENG",
		Title:         "Art unknown for the year",
		TitleDA:       "Arten findes ikke i årets kontoplan",
		Description:   "The account's art (digits 15-16, e.g. 7.2) is not in the chart of accounts of the budget year. SIU-BEL-004 is then not checked.",
		DescriptionDA: "Kontoens art (ciffer 15-16, fx 7.2) findes ikke i budgetårets kontoplan. SIU-BEL-004 kontrolleres da ikke.",
		Source:        srcBudregn,
	},
	ktoDranst: {
		Code: "SIU-KTO-005", Severity: Error, Field: "KONTOSTRENG",
		Title:         "Dranst other than drift",
		TitleDA:       "Dranst er ikke drift",
		Description:   "The account's dranst (digit 6) is not " + dranstDriftText + " (drift): SIU covers operating expenses and income only, not refunds, construction or financing.",
		DescriptionDA: "Kontoens dranst (ciffer 6) er ikke " + dranstDriftText + " (drift): SIU omfatter kun driftsudgifter og -indtægter, ikke refusion, anlæg eller finansiering.",
		Source:        srcModeled + ": SIU's amounts are computed as for refusion of særligt dyre enkeltsager (sm-hoering-2024: the ministry's hearing of 6 May 2024; sel-176: serviceloven § 176), i.e. operating expenses; dranst 2-7 are outside",
	},
	ktoOutOfScope: {
		Code: "SIU-KTO-006", Severity: Warning, Field: "KONTOSTRENG",
		Title:         "Function outside SIU's scope",
		TitleDA:       "Funktionen er uden for SIU",
		Description:   "The account's function is in the year's chart with the scope out: outside SIU (e.g. not a residential service under SEL §§ 107-110 or ABL § 105). A function the chart does not list is SIU-KTO-003 instead. 5.38.45 (treatment of drug abuse) is in scope: the budget rules book the expenses of boformer under SEL §§ 107-110 and ABL § 105 on 5.38.42, 5.38.45, 5.38.50, 5.38.51 and 5.38.52 (SOURCES.md: budregn-4.5.3), 5.38.45 for its stays under § 107.",
		DescriptionDA: "Kontoens funktion står i årets kontoplan med omfanget out: uden for SIU (fx ikke en boform efter SEL §§ 107-110 eller ABL § 105). En funktion, kontoplanen ikke har, er i stedet SIU-KTO-003. 5.38.45 (behandling af stofmisbrugere) er omfattet: budgetreglerne konterer udgifter til boformer efter SEL §§ 107-110 og ABL § 105 på 5.38.42, 5.38.45, 5.38.50, 5.38.51 og 5.38.52 (SOURCES.md: budregn-4.5.3), 5.38.45 for dens ophold efter § 107.",
		Source:        srcSeed002 + " (scope: botilbud, botilbudslignende tilbud, herberger og krisecentre); scope per function from the year's chart",
	},
	ktoVoluntary: {
		Code: "SIU-KTO-007", Severity: Info, Field: "KONTOSTRENG",
		Title:         "Function in SIU's voluntary scope",
		TitleDA:       "Funktionen er frivillig i SIU",
		Description:   "The account's function is in the year's chart with the scope voluntary: it may be reported to SIU but is not mandatory. The scope is the year's chart's, data that changes every year.",
		DescriptionDA: "Kontoens funktion står i årets kontoplan med omfanget voluntary: den kan indberettes til SIU, men er ikke obligatorisk. Omfanget er årets kontoplans, data, der ændres hvert år.",
		Source:        srcSeed002 + "; scope per function from the year's chart",
	},
	ktoOtherArea: {
		Code: "SIU-KTO-008", Severity: Warning, Field: "KONTOSTRENG",
		Title:         "Function of the other area",
		TitleDA:       "Funktion fra det andet område",
		Description:   "A children's function (5.28.xx) in a VOKSEN delivery, or an adults' function (5.38.xx) in a BOERN delivery: the line belongs in the other area's full load. Never reported in a SAMLET delivery or with an unknown area.",
		DescriptionDA: "En børnefunktion (5.28.xx) i en VOKSEN-leverance eller en voksenfunktion (5.38.xx) i en BOERN-leverance: linjen hører til det andet områdes full load. Meldes aldrig i en SAMLET-leverance eller med ukendt område.",
		Source:        srcSeed000 + " (one full load per area); " + srcBudregn + " (5.28 children, 5.38 adults)",
	},

	belMalformed: {
		Code: "SIU-BEL-001", Severity: Error, Field: "BELOEB",
		Title:         "Amount missing or malformed",
		TitleDA:       "Beløb mangler eller er ugyldigt",
		Description:   "The BELOEB is empty or not kroner in the file's form: an optional leading minus, 1 to " + strconv.Itoa(MaxAmountDigits) + " digits, a point and exactly two decimals (no thousands separator, no plus sign, no spaces; 24850 and 1250.5 are malformed). The amount rules (SIU-BEL-003 to SIU-BEL-005) are then skipped.",
		DescriptionDA: "BELOEB er tomt eller ikke kroner på filens form: evt. minus foran, 1 til " + strconv.Itoa(MaxAmountDigits) + " cifre, punktum og præcis to decimaler (ingen tusindtalsseparator, intet plus, ingen mellemrum; 24850 og 1250.5 er ugyldige). Beløbsreglerne (SIU-BEL-003 til SIU-BEL-005) springes da over.",
		Source:        srcSeed002 + " (expense or own payment is one of the five mandatory elements); " + srcModeledF,
	},
	belDecimals: {
		Code: "SIU-BEL-002", Severity: Error, Field: "BELOEB",
		Title:         "More than two decimals",
		TitleDA:       "Mere end to decimaler",
		Description:   "The amount has more than two decimals (e.g. 100.005, and 100.010 too: a third decimal of 0 counts). Amounts are never rounded. The amount rules (SIU-BEL-003 to SIU-BEL-005) are then skipped.",
		DescriptionDA: "Beløbet har mere end to decimaler (fx 100.005, og 100.010 også: en tredje decimal på 0 tæller). Beløb afrundes aldrig. Beløbsreglerne (SIU-BEL-003 til SIU-BEL-005) springes da over.",
		Source:        srcModeledF,
	},
	belZero: {
		Code: "SIU-BEL-003", Severity: Warning, Field: "BELOEB",
		Title:         "Amount is zero",
		TitleDA:       "Beløbet er nul",
		Description:   "The amount is zero (0.00 or -0.00): a line without an expense or an income carries no information. SIU-BEL-004 and SIU-BEL-005 are then skipped.",
		DescriptionDA: "Beløbet er nul (0.00 eller -0.00): en linje uden udgift eller indtægt bærer ingen oplysning. SIU-BEL-004 og SIU-BEL-005 springes da over.",
		Source:        srcModeled + ": " + srcDSTDoc,
	},
	belSign: {
		Code: "SIU-BEL-004", Severity: Warning, Field: "BELOEB",
		Title:         "Sign against the art",
		TitleDA:       "Fortegn passer ikke til arten",
		Description:   "The year's chart lists the account's art as an expense and the amount is negative, or as income (e.g. egenbetaling, art 7.2) and the amount is positive. Internal arts and arts the chart does not list are not checked. Corrections may do this; comment when so.",
		DescriptionDA: "Årets kontoplan har kontoens art som udgift, og beløbet er negativt, eller som indtægt (fx egenbetaling, art 7.2), og beløbet er positivt. Interne arter og arter, kontoplanen ikke har, kontrolleres ikke. Rettelser kan give det; kommentér det i så fald.",
		Source:        srcModeled + ": expenses positive and income negative, as in municipal accounts (dst-doc-siu: revenue is treated as negative expenditure); the art's kind from the year's chart",
	},
	belExtreme: {
		Code: "SIU-BEL-005", Severity: Warning, Field: "BELOEB",
		Title:         "Extreme annualised amount",
		TitleDA:       "Ekstremt årsbeløb",
		Description:   "The annualised amount, |amount| / days × " + annualisationText + " (days counted with both dates included, " + annualisationText + " in leap years too), rounded to øre half away from zero, is above ValidateOptions.ExtremeThreshold (default " + defaultExtremeThreshold.StringFixed(2) + " kr); equal to it is not extreme. Needs a period (both dates read, the end not before the start).",
		DescriptionDA: "Beløbet omregnet til helår, |beløb| / dage × " + annualisationText + " (dagene talt med begge datoer, " + annualisationText + " også i skudår), afrundet til øre med halve væk fra nul, er over ValidateOptions.ExtremeThreshold (som standard " + defaultExtremeThreshold.StringFixed(2) + " kr.); lig med den er ikke ekstremt. Kræver en periode (begge datoer læst, slutdatoen ikke før startdatoen).",
		Source:        srcDSTDoc + "; threshold and formula modeled",
	},
	belTooLarge: {
		Code: "SIU-BEL-006", Severity: Error, Field: FieldAmount,
		Title:         "Amount too large",
		TitleDA:       "Beløbet er for stort",
		Description:   "The amount is " + amountLimit + " kr or more in magnitude: the file holds at most " + strconv.Itoa(MaxAmountDigits) + " digits before the decimal point.",
		DescriptionDA: "Beløbet er " + amountLimit + " kr. eller mere i absolut værdi: filen rummer højst " + strconv.Itoa(MaxAmountDigits) + " cifre før decimalpunktet.",
		Source:        srcModeled + ": the profile of package xmlformat (BELOEB has at most " + strconv.Itoa(MaxAmountDigits) + " digits before the point, so that every amount in øre fits a 64-bit integer)",
	},

	perMissing: {
		Code: "SIU-PER-001", Severity: Error, Field: "STARTDATO",
		Title:         "Start or end date missing",
		TitleDA:       "Start- eller slutdato mangler",
		Description:   "The line has no start date (STARTDATO) or no end date (SLUTDATO). The finding's Field says which.",
		DescriptionDA: "Linjen har ingen startdato (STARTDATO) eller ingen slutdato (SLUTDATO). Fundets Field siger hvilken.",
		Source:        srcDomain3,
	},
	perMalformed: {
		Code: "SIU-PER-002", Severity: Error, Field: "STARTDATO",
		Title:         "Date malformed",
		TitleDA:       "Dato er ugyldig",
		Description:   "STARTDATO or SLUTDATO is not a date in the form YYYY-MM-DD (four, two and two digits) that exists: 2025-1-1, 31-01-2025, 2025-01-01T00:00:00 and 2025-02-29 are malformed. The finding's Field says which. The period rules, SIU-BEL-005 and the duplicate and overlap rules are then skipped, and without STARTDATO the birth and age rules too.",
		DescriptionDA: "STARTDATO eller SLUTDATO er ikke en eksisterende dato på formen ÅÅÅÅ-MM-DD (fire, to og to cifre): 2025-1-1, 31-01-2025, 2025-01-01T00:00:00 og 2025-02-29 er ugyldige. Fundets Field siger hvilken. Periodereglerne, SIU-BEL-005 og dublet- og overlapreglerne springes da over, og uden STARTDATO også fødsels- og aldersreglerne.",
		Source:        srcModeled + ": the XML profile of package xmlformat (dates as xs:date without a zone)",
	},
	perEndBeforeStart: {
		Code: "SIU-PER-003", Severity: Error, Field: "SLUTDATO",
		Title:         "End before start",
		TitleDA:       "Slutdato før startdato",
		Description:   "The end date is before the start date. A one-day period has the same start and end date. The line then has no period: SIU-PER-004, SIU-PER-005, SIU-BEL-005 and the duplicate and overlap rules are skipped.",
		DescriptionDA: "Slutdatoen er før startdatoen. En periode på én dag har samme start- og slutdato. Linjen har da ingen periode: SIU-PER-004, SIU-PER-005, SIU-BEL-005 og dublet- og overlapreglerne springes over.",
		Source:        srcDomain3,
	},
	perOutsideYear: {
		Code: "SIU-PER-004", Severity: Warning, Field: "STARTDATO",
		Title:         "Period wholly outside the budget year",
		TitleDA:       "Perioden ligger helt uden for budgetåret",
		Description:   "The period does not share a day with the budget year: it ends before 1 January or starts after 31 December of that year. A period that starts in the budget year and runs into the next one (2025-07-01 to 2026-06-30) is fine, and so is one that shares a single day.",
		DescriptionDA: "Perioden har ingen dag til fælles med budgetåret: den slutter før 1. januar eller starter efter 31. december i året. En periode, der starter i budgetåret og løber ind i det næste (2025-07-01 til 2026-06-30), er i orden, og det er én, der deler en enkelt dag, også.",
		Source:        srcSeed000 + " (the insurance case); the warning itself is modeled",
	},
	perTooLong: {
		Code: "SIU-PER-005", Severity: Warning, Field: "SLUTDATO",
		Title:         "Period longer than " + maxPeriodDaysText + " days",
		TitleDA:       "Perioden er længere end " + maxPeriodDaysText + " dage",
		Description:   "The period is longer than " + maxPeriodDaysText + " days, counted with both dates included (SLUTDATO - STARTDATO + 1): it looks like the service's activity period rather than the period the expense covers. " + maxPeriodDaysText + " days, a leap year, is fine.",
		DescriptionDA: "Perioden er længere end " + maxPeriodDaysText + " dage, talt med begge datoer (SLUTDATO - STARTDATO + 1): den ligner indsatsens aktivitetsperiode snarere end den periode, udgiften dækker. " + maxPeriodDaysText + " dage, et skudår, er i orden.",
		Source:        srcSeed000 + " (dates reflect the expense period, not the activity period); the limit is modeled",
	},

	levEmpty: {
		Code: "SIU-LEV-001", Severity: Warning, Field: "",
		Title:         "Empty full load",
		TitleDA:       "Tom full load",
		Description:   "The delivery has no lines. Being a full load, it would erase the area's data for the year at DST.",
		DescriptionDA: "Leverancen har ingen linjer. Som full load ville den slette områdets data for året hos Danmarks Statistik.",
		Source:        srcSeed000 + " (full load: a delivery replaces the earlier one)",
	},
	levDuplicate: {
		Code: "SIU-LEV-002", Severity: Warning, Field: "",
		Title:         "Duplicate line",
		TitleDA:       "Dublet",
		Description:   "The line repeats an earlier line: same PsrID, KONTOSTRENG (all " + accountLenText + " digits), amount, start and end date. It would be counted twice. It is then not also reported as an overlap (SIU-LEV-003), and a third copy is a duplicate too. Only lines with a readable PsrID that is not fictive (one fictive number stands for many anonymous citizens), a readable account, amount and period take part. To keep memory bounded, the validator keeps per citizen and account at most " + exactSpansText + " separate periods line by line: when a period that shares no day with them arrives while " + exactSpansText + " are kept, periods that touch (one ends the day before the next starts) are first merged, forgetting their lines, so a later copy of one of those lines is reported as an overlap (SIU-LEV-003); periods with a day or more between them stay apart, and a copy of such a line is still a duplicate. Beyond " + maxSpansText + " separate periods, new ones are not remembered.",
		DescriptionDA: "Linjen gentager en tidligere linje: samme PsrID, KONTOSTRENG (alle " + accountLenText + " cifre), beløb, start- og slutdato. Den ville blive talt to gange. Den meldes da ikke også som overlap (SIU-LEV-003), og en tredje kopi er også en dublet. Kun linjer med et læsbart PsrID, der ikke er fiktivt (ét fiktivt nummer dækker mange anonyme borgere), og læsbar konto, beløb og periode er med. For at holde hukommelsen begrænset husker validatoren pr. borger og konto højst " + exactSpansText + " adskilte perioder linje for linje: når en periode uden fælles dage med dem kommer, mens " + exactSpansText + " huskes, slås perioder, der støder op til hinanden (den ene slutter dagen før den næste starter), først sammen, og deres linjer glemmes, så en senere kopi af en af dem meldes som overlap (SIU-LEV-003); perioder med en dag eller mere imellem holdes adskilt, og en kopi af en sådan linje er stadig en dublet. Ud over " + maxSpansText + " adskilte perioder huskes nye ikke.",
		Source:        srcModeled + ": " + srcDSTDoc,
	},
	levOverlap: {
		Code: "SIU-LEV-003", Severity: Warning, Field: "",
		Title:         "Overlapping periods",
		TitleDA:       "Overlappende perioder",
		Description:   "The line's period shares at least one day with the period of an earlier line for the same citizen and account (all " + accountLenText + " digits), and the line is not a duplicate of it (SIU-LEV-002): the expense may be counted twice, or the lines should be one (DST allows summing invoices on one line, SOURCES.md: dst-qa-2025). Periods that only touch (one ends the day before the next starts) do not overlap. Reported once per line, however many earlier lines it overlaps; the same lines take part as for SIU-LEV-002, except that a line whose amount cannot be read may overlap but never duplicate. Fictive numbers are not checked.",
		DescriptionDA: "Linjens periode har mindst én dag til fælles med perioden for en tidligere linje for samme borger og konto (alle " + accountLenText + " cifre), og linjen er ikke en dublet af den (SIU-LEV-002): udgiften kan blive talt to gange, eller linjerne burde være én (DST tillader at summere fakturaer på én linje, SOURCES.md: dst-qa-2025). Perioder, der blot støder op til hinanden, overlapper ikke. Meldes én gang pr. linje, uanset hvor mange tidligere linjer den overlapper; de samme linjer er med som for SIU-LEV-002, dog kan en linje, hvis beløb ikke kan læses, overlappe, men aldrig være en dublet. Fiktive numre kontrolleres ikke.",
		Source:        srcModeled + ": " + srcSeed000 + " (summing several invoices on one line)",
	},
}

// byCode finds a rule by its code.
var byCode = func() map[string]ruleID {
	m := make(map[string]ruleID, numRules)
	for id := range numRules {
		m[catalogue[id].Code] = id
	}
	return m
}()

// Rules returns the whole catalogue, in a stable order (by family, then
// number). The slice is a copy.
func Rules() []Rule {
	rs := make([]Rule, numRules)
	copy(rs, catalogue[:])
	return rs
}

// LookupRule returns the rule with the given code.
func LookupRule(code string) (Rule, bool) {
	id, ok := byCode[code]
	if !ok {
		return Rule{}, false
	}
	return catalogue[id], true
}
