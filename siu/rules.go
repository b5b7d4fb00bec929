package siu

import (
	"strconv"
	"strings"
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
		Title:         "Budget year before 2022",
		TitleDA:       "Budgetår før 2022",
		Description:   "The budget year is before 2022, the first year SIU collected (voluntarily).",
		DescriptionDA: "Budgetåret er før 2022, det første år SIU blev indsamlet (frivilligt).",
		Source:        srcSeed004,
	},
	hdrYearFuture: {
		Code: "SIU-HDR-003", Severity: Error, Field: "Year",
		Title:         "Budget year in the future",
		TitleDA:       "Budgetår i fremtiden",
		Description:   "The budget year is after the current year (ValidateOptions.Today): expenses of a year that has not begun cannot be reported.",
		DescriptionDA: "Budgetåret er efter indeværende år (ValidateOptions.Today): udgifter for et år, der ikke er begyndt, kan ikke indberettes.",
		Source:        srcModeled + ": a year after ValidateOptions.Today's year is rejected; the current year is allowed (dst-qa-2025: test deliveries are welcome)",
	},
	hdrYearVoluntary: {
		Code: "SIU-HDR-004", Severity: Info, Field: "Year",
		Title:         "Voluntary budget year",
		TitleDA:       "Frivilligt budgetår",
		Description:   "The budget year is 2022, 2023 or 2024, when reporting to SIU was voluntary; it is mandatory from budget year 2025.",
		DescriptionDA: "Budgetåret er 2022, 2023 eller 2024, hvor indberetning til SIU var frivillig; den er obligatorisk fra budgetår 2025.",
		Source:        srcSeed002 + "; " + srcSeed004,
	},
	hdrArea: {
		Code: "SIU-HDR-005", Severity: Error, Field: "Area",
		Title:         "Unknown area",
		TitleDA:       "Ukendt område",
		Description:   "The header's area is not VOKSEN, BOERN or SAMLET.",
		DescriptionDA: "Området i headeren er ikke VOKSEN, BOERN eller SAMLET.",
		Source:        srcSeed000 + " (one full load per area, or one for both)",
	},
	hdrNoChart: {
		Code: "SIU-HDR-006", Severity: Warning, Field: "Year",
		Title:         "No chart of accounts for the budget year",
		TitleDA:       "Ingen kontoplan for budgetåret",
		Description:   "No chart of accounts is known for the budget year (ValidateOptions.Chart and the embedded charts), so accounts are checked for their form only: functions, arts, scope and signs are not checked.",
		DescriptionDA: "Der kendes ingen kontoplan for budgetåret (ValidateOptions.Chart og de indlejrede kontoplaner), så kontostrenge kontrolleres kun for deres form: funktioner, arter, område og fortegn kontrolleres ikke.",
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
		Description:   "A text of the header is longer than DST's envelope allows: Description (CommunicationDescription) at most " + strconv.Itoa(MaxDescriptionLen) + " characters, SystemName at most " + strconv.Itoa(MaxSystemNameLen) + ", SystemVersion at most " + strconv.Itoa(MaxSystemVersionLen) + " and ContactIdentifier at most " + strconv.Itoa(MaxContactIdentifierLen) + ". The finding's Field says which.",
		DescriptionDA: "En tekst i headeren er længere, end DST's kuvert tillader: Description (CommunicationDescription) højst " + strconv.Itoa(MaxDescriptionLen) + " tegn, SystemName højst " + strconv.Itoa(MaxSystemNameLen) + ", SystemVersion højst " + strconv.Itoa(MaxSystemVersionLen) + " og ContactIdentifier højst " + strconv.Itoa(MaxContactIdentifierLen) + ". Fundets Field siger hvilken.",
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
		Description:   "The line has no CPR number. Every line needs one; anonymous citizens get a fictive number.",
		DescriptionDA: "Linjen har intet CPR-nummer. Alle linjer skal have et; anonyme borgere får et fiktivt nummer.",
		Source:        srcSeed002 + " (CPR number is one of the five mandatory elements)",
	},
	psrMalformed: {
		Code: "SIU-PSR-002", Severity: Error, Field: "PsrID",
		Title:         "PsrID malformed",
		TitleDA:       "PsrID er ugyldigt",
		Description:   "The PsrID is not a CPR number: not ten digits, or a day, month or century that does not exist.",
		DescriptionDA: "PsrID er ikke et CPR-nummer: ikke ti cifre, eller en dag, måned eller et århundrede, der ikke findes.",
		Source:        srcCPR,
	},
	psrReplacement: {
		Code: "SIU-PSR-003", Severity: Error, Field: "PsrID",
		Title:         "Replacement number in PsrID",
		TitleDA:       "Erstatningspersonnummer i PsrID",
		Description:   "The PsrID is a replacement number (erstatningspersonnummer: day + 60, or letters in positions 8-9). It is neither a CPR number nor SIU's fictive number.",
		DescriptionDA: "PsrID er et erstatningspersonnummer (dag + 60 eller bogstaver på plads 8-9). Det er hverken et CPR-nummer eller SIU's fiktive nummer.",
		Source:        srcCPR + "; " + srcSeed000 + " (anonymous citizens get a fictive number, not another kind)",
	},
	psrFictive: {
		Code: "SIU-PSR-004", Severity: Warning, Field: "PsrID",
		Title:         "Fictive number outside § 109",
		TitleDA:       "Fiktivt CPR-nummer uden for § 109",
		Description:   "The PsrID is a fictive number (birth date or 123456, then 9998 or 9999) on a function whose paragraphs in the year's chart do not include SEL § 109: only anonymous stays at women's shelters may be reported with fictive numbers.",
		DescriptionDA: "PsrID er et fiktivt nummer (fødselsdato eller 123456 efterfulgt af 9998 eller 9999) på en funktion, hvis paragraffer i årets kontoplan ikke omfatter SEL § 109: kun anonyme ophold på kvindekrisecentre må indberettes med fiktive numre.",
		Source:        srcSeed000 + " (anonymous stays under § 109)",
	},
	psrModulus11: {
		Code: "SIU-PSR-005", Severity: Info, Field: "PsrID",
		Title:         "PsrID fails the modulus 11 check",
		TitleDA:       "PsrID opfylder ikke modulus 11-kontrollen",
		Description:   "The CPR number fails the modulus 11 check. Numbers issued since 1 October 2007 may do so, so this is never an error; check the number only if other signs point to a typing error. Fictive numbers are not checked.",
		DescriptionDA: "CPR-nummeret opfylder ikke modulus 11-kontrollen. Numre udstedt siden 1. oktober 2007 kan gøre det, så det er aldrig en fejl; kontrollér kun nummeret, hvis andet tyder på en tastefejl. Fiktive numre kontrolleres ikke.",
		Source:        "cpr-modulus11: the CPR number (cpr.dk): modulus 11 no longer holds for every number",
	},
	psrNotBorn: {
		Code: "SIU-PSR-006", Severity: Error, Field: "PsrID",
		Title:         "Citizen not born at the start date",
		TitleDA:       "Borgeren er ikke født på startdatoen",
		Description:   "The birth date the CPR number encodes is after the line's start date. Not applied to fictive numbers.",
		DescriptionDA: "Fødselsdatoen i CPR-nummeret er efter linjens startdato. Gælder ikke fiktive numre.",
		Source:        srcModeled + ": the birth date follows cpr.dk's century table; fictive numbers are exempt",
	},
	psrChildInAdultArea: {
		Code: "SIU-PSR-007", Severity: Warning, Field: "PsrID",
		Title:         "Child in the adult area",
		TitleDA:       "Barn på voksenområdet",
		Description:   "The citizen is under " + adultAgeText + " at the line's start date but the line belongs to the adult area (header VOKSEN, or a 5.38 function in a SAMLET delivery). Not applied to fictive numbers.",
		DescriptionDA: "Borgeren er under " + adultAgeText + " år på linjens startdato, men linjen hører til voksenområdet (header VOKSEN eller en 5.38-funktion i en SAMLET leverance). Gælder ikke fiktive numre.",
		Source:        srcModeled + ": adulthood at 18; SEL covers adults and Barnets lov children (barnets-lov: in force since 2024); fictive numbers are exempt",
	},
	psrAdultInChildArea: {
		Code: "SIU-PSR-008", Severity: Warning, Field: "PsrID",
		Title:         "Adult in the children's area",
		TitleDA:       "Voksen på børneområdet",
		Description:   "The citizen is " + adultAgeText + " or older at the line's start date but the line belongs to the children's area (header BOERN, or a 5.28 function in a SAMLET delivery). Young adults may get aftercare under Barnets lov: comment when so. Not applied to fictive numbers.",
		DescriptionDA: "Borgeren er " + adultAgeText + " år eller ældre på linjens startdato, men linjen hører til børneområdet (header BOERN eller en 5.28-funktion i en SAMLET leverance). Unge voksne kan få efterværn efter Barnets lov: kommentér det i så fald. Gælder ikke fiktive numre.",
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
		Description:   "The KONTOSTRENG cannot be read as an account of the authorised chart of accounts.",
		DescriptionDA: "KONTOSTRENG kan ikke læses som en konto i den autoriserede kontoplan.",
		Source:        "budregn-ch2: the authorised chart of accounts for municipalities, chapter 2.0: the account number",
	},
	ktoUnknownFunction: {
		Code: "SIU-KTO-003", Severity: Error, Field: "KONTOSTRENG",
		Title:         "Function unknown for the year",
		TitleDA:       "Funktionen findes ikke i årets kontoplan",
		Description:   "The account's function (e.g. 5.38.50) is not in the chart of accounts of the budget year, or the chart rejects the account for another reason than its art or dranst.",
		DescriptionDA: "Kontoens funktion (fx 5.38.50) findes ikke i budgetårets kontoplan, eller kontoplanen afviser kontoen af en anden grund end art og dranst.",
		Source:        srcBudregn,
	},
	ktoUnknownArt: {
		Code: "SIU-KTO-004", Severity: Error, Field: "KONTOSTRENG",
		Title:         "Art unknown for the year",
		TitleDA:       "Arten findes ikke i årets kontoplan",
		Description:   "The account's art (e.g. 7.2) is not in the chart of accounts of the budget year.",
		DescriptionDA: "Kontoens art (fx 7.2) findes ikke i budgetårets kontoplan.",
		Source:        srcBudregn,
	},
	ktoDranst: {
		Code: "SIU-KTO-005", Severity: Error, Field: "KONTOSTRENG",
		Title:         "Dranst other than drift",
		TitleDA:       "Dranst er ikke drift",
		Description:   "The account's dranst is not 1 (drift): SIU covers operating expenses and income only, not refunds, construction or financing.",
		DescriptionDA: "Kontoens dranst er ikke 1 (drift): SIU omfatter kun driftsudgifter og -indtægter, ikke refusion, anlæg eller finansiering.",
		Source:        srcModeled + ": SIU's amounts are computed as for refusion of særligt dyre enkeltsager (sm-hoering-2024: the ministry's hearing of 6 May 2024; sel-176: serviceloven § 176), i.e. operating expenses; dranst 2-7 are outside",
	},
	ktoOutOfScope: {
		Code: "SIU-KTO-006", Severity: Warning, Field: "KONTOSTRENG",
		Title:         "Function outside SIU's scope",
		TitleDA:       "Funktionen er uden for SIU",
		Description:   "The account's function is outside SIU's scope in the year's chart (e.g. not a residential service under SEL §§ 107-110 or ABL § 105).",
		DescriptionDA: "Kontoens funktion er uden for SIU's område i årets kontoplan (fx ikke en boform efter SEL §§ 107-110 eller ABL § 105).",
		Source:        srcSeed002 + " (scope: botilbud, botilbudslignende tilbud, herberger og krisecentre); scope per function from the year's chart",
	},
	ktoVoluntary: {
		Code: "SIU-KTO-007", Severity: Info, Field: "KONTOSTRENG",
		Title:         "Function in SIU's voluntary scope",
		TitleDA:       "Funktionen er frivillig i SIU",
		Description:   "The account's function may be reported to SIU but is not mandatory in the year's chart.",
		DescriptionDA: "Kontoens funktion kan indberettes til SIU, men er ikke obligatorisk i årets kontoplan.",
		Source:        srcSeed002 + "; scope per function from the year's chart",
	},
	ktoOtherArea: {
		Code: "SIU-KTO-008", Severity: Warning, Field: "KONTOSTRENG",
		Title:         "Function of the other area",
		TitleDA:       "Funktion fra det andet område",
		Description:   "A children's function (5.28.xx) in a VOKSEN delivery, or an adults' function (5.38.xx) in a BOERN delivery: the line belongs in the other area's full load.",
		DescriptionDA: "En børnefunktion (5.28.xx) i en VOKSEN-leverance eller en voksenfunktion (5.38.xx) i en BOERN-leverance: linjen hører til det andet områdes full load.",
		Source:        srcSeed000 + " (one full load per area); " + srcBudregn + " (5.28 children, 5.38 adults)",
	},

	belMalformed: {
		Code: "SIU-BEL-001", Severity: Error, Field: "BELOEB",
		Title:         "Amount missing or malformed",
		TitleDA:       "Beløb mangler eller er ugyldigt",
		Description:   "The BELOEB is empty or not a decimal number in kroner (digits, an optional leading minus and a point before the decimals; no thousands separator, no plus sign).",
		DescriptionDA: "BELOEB er tomt eller ikke et decimaltal i kroner (cifre, evt. minus foran og punktum før decimalerne; ingen tusindtalsseparator, intet plus).",
		Source:        srcSeed002 + " (expense or own payment is one of the five mandatory elements); " + srcModeledF,
	},
	belDecimals: {
		Code: "SIU-BEL-002", Severity: Error, Field: "BELOEB",
		Title:         "More than two decimals",
		TitleDA:       "Mere end to decimaler",
		Description:   "The amount cannot be written in kroner with two decimals without rounding (e.g. 100.005).",
		DescriptionDA: "Beløbet kan ikke skrives i kroner med to decimaler uden afrunding (fx 100.005).",
		Source:        srcModeledF,
	},
	belZero: {
		Code: "SIU-BEL-003", Severity: Warning, Field: "BELOEB",
		Title:         "Amount is zero",
		TitleDA:       "Beløbet er nul",
		Description:   "The amount is zero: a line without an expense or an income carries no information.",
		DescriptionDA: "Beløbet er nul: en linje uden udgift eller indtægt bærer ingen oplysning.",
		Source:        srcModeled + ": " + srcDSTDoc,
	},
	belSign: {
		Code: "SIU-BEL-004", Severity: Warning, Field: "BELOEB",
		Title:         "Sign against the art",
		TitleDA:       "Fortegn passer ikke til arten",
		Description:   "An expense art with a negative amount, or an income art (e.g. egenbetaling) with a positive amount. Corrections may do this; comment when so.",
		DescriptionDA: "En udgiftsart med negativt beløb eller en indtægtsart (fx egenbetaling) med positivt beløb. Rettelser kan give det; kommentér det i så fald.",
		Source:        srcModeled + ": expenses positive and income negative, as in municipal accounts (dst-doc-siu: revenue is treated as negative expenditure); the art's kind from the year's chart",
	},
	belExtreme: {
		Code: "SIU-BEL-005", Severity: Warning, Field: "BELOEB",
		Title:         "Extreme annualised amount",
		TitleDA:       "Ekstremt årsbeløb",
		Description:   "The annualised amount, |amount| / days × " + annualisationText + ", is above ValidateOptions.ExtremeThreshold (default " + defaultExtremeThreshold.String() + " kr).",
		DescriptionDA: "Beløbet omregnet til helår, |beløb| / dage × " + annualisationText + ", er over ValidateOptions.ExtremeThreshold (som standard " + defaultExtremeThreshold.String() + " kr.).",
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
		Description:   "STARTDATO or SLUTDATO is not a date in the form YYYY-MM-DD. The finding's Field says which.",
		DescriptionDA: "STARTDATO eller SLUTDATO er ikke en dato på formen ÅÅÅÅ-MM-DD. Fundets Field siger hvilken.",
		Source:        srcModeled + ": the XML profile of package xmlformat (dates as xs:date without a zone)",
	},
	perEndBeforeStart: {
		Code: "SIU-PER-003", Severity: Error, Field: "SLUTDATO",
		Title:         "End before start",
		TitleDA:       "Slutdato før startdato",
		Description:   "The end date is before the start date. A one-day period has the same start and end date.",
		DescriptionDA: "Slutdatoen er før startdatoen. En periode på én dag har samme start- og slutdato.",
		Source:        srcDomain3,
	},
	perOutsideYear: {
		Code: "SIU-PER-004", Severity: Warning, Field: "STARTDATO",
		Title:         "Period wholly outside the budget year",
		TitleDA:       "Perioden ligger helt uden for budgetåret",
		Description:   "The period does not share a day with the budget year. A period that starts in the budget year and runs into the next one (2025-07-01 to 2026-06-30) is fine.",
		DescriptionDA: "Perioden har ingen dag til fælles med budgetåret. En periode, der starter i budgetåret og løber ind i det næste (2025-07-01 til 2026-06-30), er i orden.",
		Source:        srcSeed000 + " (the insurance case); the warning itself is modeled",
	},
	perTooLong: {
		Code: "SIU-PER-005", Severity: Warning, Field: "SLUTDATO",
		Title:         "Period longer than " + maxPeriodDaysText + " days",
		TitleDA:       "Perioden er længere end " + maxPeriodDaysText + " dage",
		Description:   "The period is longer than " + maxPeriodDaysText + " days: it looks like the service's activity period rather than the period the expense covers. Aggregate never makes such a line out of shorter postings: it starts a new line rather than merge beyond " + maxPeriodDaysText + " days, since a line it made longer would carry a warning that none of its postings has; a line with this warning was one posting that long already.",
		DescriptionDA: "Perioden er længere end " + maxPeriodDaysText + " dage: den ligner indsatsens aktivitetsperiode snarere end den periode, udgiften dækker. Aggregate laver aldrig sådan en linje af kortere posteringer: den begynder en ny linje frem for at lægge sammen ud over " + maxPeriodDaysText + " dage, da en linje, den gjorde længere, ville få en advarsel, som ingen af dens posteringer har; en linje med denne advarsel var allerede én postering så lang.",
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
		Description:   "The line repeats an earlier line: same PsrID, account, amount, start and end date. It would be counted twice. Fictive numbers are not checked (one stands for many anonymous citizens). To keep memory bounded, a copy is recognised while the citizen has at most " + exactSpansText + " separate periods on the account; past that, periods that touch are merged and a copy is reported as an overlap (SIU-LEV-003).",
		DescriptionDA: "Linjen gentager en tidligere linje: samme PsrID, kontostreng, beløb, start- og slutdato. Den ville blive talt to gange. Fiktive numre kontrolleres ikke (ét nummer dækker mange anonyme borgere). For at holde hukommelsen begrænset genkendes en kopi, så længe borgeren har højst " + exactSpansText + " adskilte perioder på kontoen; derefter slås perioder, der støder op til hinanden, sammen, og en kopi meldes som overlap (SIU-LEV-003).",
		Source:        srcModeled + ": " + srcDSTDoc,
	},
	levOverlap: {
		Code: "SIU-LEV-003", Severity: Warning, Field: "",
		Title:         "Overlapping periods",
		TitleDA:       "Overlappende perioder",
		Description:   "The line's period shares days with an earlier line for the same citizen and account: the expense may be counted twice, or the lines should be one (DST allows summing invoices on one line, SOURCES.md: dst-qa-2025). Periods that only touch (one ends the day before the next starts) do not overlap. Fictive numbers are not checked.",
		DescriptionDA: "Linjens periode har dage til fælles med en tidligere linje for samme borger og konto: udgiften kan blive talt to gange, eller linjerne burde være én (DST tillader at summere fakturaer på én linje, SOURCES.md: dst-qa-2025). Perioder, der blot støder op til hinanden, overlapper ikke. Fiktive numre kontrolleres ikke.",
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
