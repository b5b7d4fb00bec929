package conformance

import "strings"

// The table the suite is generated from (see gen_test.go). Each case is
// data here and files in cases/; go test -update rewrites the files.

// Accounts (KONTOSTRENG, 16 digits: function, dranst 1, ejerforhold,
// omkostningssted, gruppering, art). Arts: 4.0 tjenesteydelser (expense),
// 5.2 overførsler til personer (expense), 7.2 salg af produkter og ydelser
// (egenbetaling, income), 7.7 betalinger fra kommuner (income), 7.9 øvrige
// indtægter (income).
const (
	acct50     = "5385010000000040" // 5.38.50 botilbud til længerevarende ophold (§ 108)
	acct50Ego  = "5385010000000072" // 5.38.50, egenbetaling
	acct50Komm = "5385010000000077" // 5.38.50, betaling fra en anden kommune
	acct50Over = "5385010000000052" // 5.38.50, overførsler til personer
	acct42     = "5384210000000040" // 5.38.42 kvindekrisecentre, herberger (§§ 109-110)
	acct42Ego  = "5384210000000072" // 5.38.42, egenbetaling
	acct45     = "5384510000000040" // 5.38.45 behandling af stofmisbrugere
	acct51     = "5385110000000040" // 5.38.51 botilbudslignende tilbud (ABL § 105, SEL § 85)
	acct51Ego  = "5385110000000072" // 5.38.51, egenbetaling
	acct52     = "5385210000000040" // 5.38.52 botilbud til midlertidigt ophold (§ 107)
	acct52Ego  = "5385210000000072" // 5.38.52, egenbetaling
	acct38     = "5383810000000040" // 5.38.38 personlig støtte (outside SIU)
	acct2820   = "5282010000000040" // 5.28.20 opholdssteder for børn og unge (voluntary)
	acct2820P  = "5282010000000072" // 5.28.20, forældrebetaling
	acct2821   = "5282110000000040" // 5.28.21 forebyggende foranstaltninger (outside SIU)
	acct2822   = "5282210000000040" // 5.28.22 plejefamilier (voluntary)
	acct2823   = "5282310000000040" // 5.28.23 døgninstitutioner (voluntary)
	acct2823P  = "5282310000000072" // 5.28.23, forældrebetaling
	acct2824   = "5282410000000040" // 5.28.24 sikrede døgninstitutioner (voluntary)
)

// Codes of the rules, for the table.
const (
	hdr001 = "SIU-HDR-001"
	hdr002 = "SIU-HDR-002"
	hdr003 = "SIU-HDR-003"
	hdr004 = "SIU-HDR-004"
	hdr005 = "SIU-HDR-005"
	hdr006 = "SIU-HDR-006"
	hdr007 = "SIU-HDR-007"
	hdr008 = "SIU-HDR-008"
	hdr009 = "SIU-HDR-009"
	hdr010 = "SIU-HDR-010"
	hdr011 = "SIU-HDR-011"
	hdr012 = "SIU-HDR-012"
	psr001 = "SIU-PSR-001"
	psr002 = "SIU-PSR-002"
	psr003 = "SIU-PSR-003"
	psr004 = "SIU-PSR-004"
	psr005 = "SIU-PSR-005"
	psr006 = "SIU-PSR-006"
	psr007 = "SIU-PSR-007"
	psr008 = "SIU-PSR-008"
	kto001 = "SIU-KTO-001"
	kto002 = "SIU-KTO-002"
	kto003 = "SIU-KTO-003"
	kto004 = "SIU-KTO-004"
	kto005 = "SIU-KTO-005"
	kto006 = "SIU-KTO-006"
	kto007 = "SIU-KTO-007"
	kto008 = "SIU-KTO-008"
	bel001 = "SIU-BEL-001"
	bel002 = "SIU-BEL-002"
	bel003 = "SIU-BEL-003"
	bel004 = "SIU-BEL-004"
	bel005 = "SIU-BEL-005"
	bel006 = "SIU-BEL-006"
	per001 = "SIU-PER-001"
	per002 = "SIU-PER-002"
	per003 = "SIU-PER-003"
	per004 = "SIU-PER-004"
	per005 = "SIU-PER-005"
	lev001 = "SIU-LEV-001"
	lev002 = "SIU-LEV-002"
	lev003 = "SIU-LEV-003"
)

// Sources cited by examples and deliveries.
const (
	srcAnswers   = "dst-qa-2025: DST's answers of 8 Dec 2025 to the information meeting of 27 Nov 2025"
	srcSumming   = srcAnswers + ": several invoices for one citizen may be summed on one line; the start and end dates must still reflect the real expense period"
	srcEndDate   = srcAnswers + ": every expense must have an end date; the dates reflect the expense period"
	srcInsurance = srcAnswers + ": an expense booked in 2025 covering 1/7 2025 - 30/6 2026 is reported with start 2025-07-01 and end 2026-06-30"
	srcAnonymous = srcAnswers + ": anonymous citizens (SEL § 109) get a fictive PsrID, the birth date and 9998 (women) or 9999 (men), or 123456 in place of an unknown birth date"
	srcFullLoad  = srcAnswers + ": the delivery is a full load, once a year, one file per area or one for both; test deliveries are welcome"
	srcIncome    = srcAnswers + ": income from selling places to other municipalities; dst-aarsregnskab: art 7.6-7.8 are payments from staten, kommuner and regioner"
	srcFormat    = "modeled: the canonical bytes of package xmlformat's default profile (xmlformat.DefaultProfile); dst-envelope-xsd: the envelope DeliveryMetadataNewStructure it writes"
	srcAggregate = srcSumming + "; modeled: siu.Aggregate's merging of overlapping and touching periods per citizen and account"
	srcDelivery  = "modeled: a realistic delivery; rules from siu.Rules; dst-qa-2025: fictive numbers, periods, summing; sm-hoering-2024: the five data elements"
)

// Dates used by most cases.
const (
	today2026   = "2026-03-02"
	created     = "2026-03-02T09:15:00+01:00"
	created27   = "2027-02-01T10:00:00+01:00"
	jan1, jan31 = "2025-01-01", "2025-01-31"
)

// Citizens: made-up CPR numbers that pass modulus 11.
var (
	anna    = cprFor("1980-01-15", 'F', 0) // adult woman
	bent    = cprFor("1975-06-30", 'M', 0) // adult man
	carl    = cprFor("1962-11-02", 'M', 0)
	dorte   = cprFor("1991-09-21", 'F', 0)
	erik    = cprFor("1958-04-12", 'M', 0)
	frida   = cprFor("2001-12-24", 'F', 0)
	gitte   = cprFor("1985-03-08", 'F', 0)
	hans    = cprFor("1949-07-19", 'M', 0)
	ida     = cprFor("2012-04-10", 'F', 0) // child
	jonas   = cprFor("2015-09-01", 'M', 0) // child
	karla   = cprFor("2009-06-17", 'F', 0) // child
	lukas   = cprFor("2011-02-03", 'M', 0) // child
	mads    = cprFor("2010-05-05", 'M', 0) // child, 14 in 2025
	nora    = cprFor("2007-03-01", 'F', 0) // turns 18 on 2025-03-01
	oscar   = cprFor("2008-02-29", 'M', 0) // born on a leap day
	unborn  = cprFor("2025-06-01", 'F', 0) // born after January 2025
	newborn = cprFor("2025-01-10", 'M', 0)
	leap    = cprFor("2000-02-29", 'F', 0)
	day31   = cprFor("1980-01-31", 'M', 0)
)

// Fictive numbers (SOURCES.md: dst-qa-2025).
const (
	fictiveWoman  = "1512859998" // woman born 15 Dec 1985
	fictiveMan    = "0303779999" // man born 3 Mar 1977
	fictiveWomanX = "1234569998" // woman, birth date unknown
	fictiveManX   = "1234569999" // man, birth date unknown
)

// caseSystemVersion is the SystemVersion of every case's header. It is
// fixed, not Version, so that raising the suite's version does not change
// every input.json and expected.xml (0.2.0 wrote its own version here).
const caseSystemVersion = "0.2.0"

// header returns a well-formed header.
func header(municipality, year, area string) Header {
	return Header{
		Municipality:      municipality,
		Year:              year,
		Area:              area,
		Test:              "false",
		Created:           created,
		Description:       "SIU " + year + " " + area,
		SystemName:        "siukit-conformance",
		SystemVersion:     caseSystemVersion,
		ContactIdentifier: "Økonomiafdelingen",
		ContactEmail:      "siu@kommune.example",
	}
}

// ln returns a line.
func ln(psr, acct, amount, start, end string) Line {
	return Line{PsrID: psr, Account: acct, Amount: amount, Start: start, End: end}
}

// delivery returns an input with today 2026-03-02.
func delivery(h Header, lines ...Line) *Input {
	return &Input{Today: today2026, Header: h, Lines: lines}
}

// voksen2025 is a VOKSEN delivery for 2025 from København.
func voksen2025(lines ...Line) *Input { return delivery(header("101", "2025", "VOKSEN"), lines...) }

// boern2025 is a BOERN delivery for 2025 from København.
func boern2025(lines ...Line) *Input { return delivery(header("101", "2025", "BOERN"), lines...) }

// samlet2025 is a SAMLET delivery for 2025 from København.
func samlet2025(lines ...Line) *Input { return delivery(header("101", "2025", "SAMLET"), lines...) }

// oneLine2025 is anna's January on 5.38.50 in a VOKSEN delivery with one
// field changed by f.
func oneLine2025(f func(*Line)) *Input {
	l := ln(anna, acct50, "24850.00", jan1, jan31)
	f(&l)
	return voksen2025(l)
}

// withHeader returns a one-line VOKSEN delivery whose header f changes.
func withHeader(today string, f func(*Header), lines ...Line) *Input {
	h := header("101", "2025", "VOKSEN")
	f(&h)
	return &Input{Today: today, Header: h, Lines: lines}
}

// postings returns an aggregation input.
func postings(opts AggregateOptions, ps ...Line) *AggregateInput {
	return &AggregateInput{Options: opts, Postings: ps}
}

const noteCreditNote = "A credit note delivered as a line of its own is a negative amount on an expense art (SIU-BEL-004) within the period of the invoice it corrects (SIU-LEV-003): both warnings ask for a comment; summing it into the invoice's line (see the aggregate cases) avoids them."

const noteAnonymousChild = "DST allows fictive numbers for anonymous stays under SEL § 109 (SOURCES.md: dst-qa-2025); an anonymous child placed on a children's function is reported with one all the same and gets SIU-PSR-004, a warning to comment on."

const companionKTO007 = "Every function of the embedded charts is voluntary (SIU-KTO-007, info) in the voluntary years 2022-2024 and for children's functions (5.28.xx) in every year, so the rule cannot fire without SIU-KTO-007."

// caseTable is the suite.
func caseTable() []caseDef {
	var t []caseDef
	add := func(d caseDef) { t = append(t, d) }
	trigger := func(id, title string, rules []string, in *Input, triggers ...string) {
		add(caseDef{id: id, title: title, role: RoleTrigger, rules: rules, triggers: triggers, in: in})
	}
	boundary := func(id, title string, rules []string, in *Input, triggers ...string) {
		add(caseDef{id: id, title: title, role: RoleBoundary, rules: rules, triggers: triggers, in: in})
	}
	r := func(codes ...string) []string { return codes }

	// Header.
	trigger("hdr-001-unknown-municipality", "Municipality code 999 is not one of the 98 municipalities", r(hdr001),
		withHeader(today2026, func(h *Header) { h.Municipality = "999" }, ln(anna, acct50, "24850.00", jan1, jan31)), hdr001)
	trigger("hdr-001-code-100", "Municipality code 100 is not one of the 98 municipalities", r(hdr001),
		withHeader(today2026, func(h *Header) { h.Municipality = "100" }, ln(anna, acct50, "24850.00", jan1, jan31)), hdr001)
	boundary("hdr-001-ok-last-code", "Municipality code 860 (Hjørring), the highest code, is known", r(hdr001),
		withHeader(today2026, func(h *Header) { h.Municipality = "860" }, ln(anna, acct50, "24850.00", jan1, jan31)))
	trigger("hdr-002-year-2021", "Budget year 2021 is before SIU's first year", r(hdr002),
		withHeader(today2026, func(h *Header) { h.Year = "2021" }, ln(anna, acct50, "24850.00", "2021-01-01", "2021-01-31")), hdr002)
	add(caseDef{id: "hdr-002-ok-year-2022", title: "Budget year 2022, SIU's first (voluntary) year, is not too early", role: RoleBoundary,
		rules: r(hdr002), triggers: r(hdr004, kto007), note: companionKTO007,
		in: withHeader(today2026, func(h *Header) { h.Year = "2022" }, ln(anna, acct50, "24850.00", "2022-01-01", "2022-01-31"))})
	trigger("hdr-003-future-year", "Budget year 2027 is after the current year 2026", r(hdr003),
		withHeader(today2026, func(h *Header) { h.Year = "2027" }, ln(anna, acct50, "24850.00", "2027-01-01", "2027-01-31")), hdr003)
	boundary("hdr-003-ok-current-year", "Budget year 2026 in 2026 (a test delivery during the year) is allowed", r(hdr003),
		withHeader(today2026, func(h *Header) { h.Year = "2026" }, ln(anna, acct50, "24850.00", "2026-01-01", "2026-01-31")))
	add(caseDef{id: "hdr-004-voluntary-2023", title: "Budget year 2023 was voluntary", role: RoleTrigger,
		rules: r(hdr004), triggers: r(hdr004, kto007), note: companionKTO007,
		in: withHeader(today2026, func(h *Header) { h.Year = "2023" }, ln(anna, acct50, "24850.00", "2023-01-01", "2023-01-31"))})
	add(caseDef{id: "hdr-004-voluntary-2024", title: "Budget year 2024, the last voluntary year", role: RoleTrigger,
		rules: r(hdr004), triggers: r(hdr004, kto007), note: companionKTO007,
		in: withHeader(today2026, func(h *Header) { h.Year = "2024" }, ln(anna, acct50, "24850.00", "2024-12-01", "2024-12-31"))})
	boundary("hdr-004-ok-mandatory-2025", "Budget year 2025, the first mandatory year, is not voluntary", r(hdr004, kto007),
		voksen2025(ln(anna, acct50, "24850.00", jan1, jan31)))
	trigger("hdr-005-unknown-area", "Area ALLE is not VOKSEN, BOERN or SAMLET", r(hdr005),
		withHeader(today2026, func(h *Header) { h.Area = "ALLE" }, ln(anna, acct50, "24850.00", jan1, jan31)), hdr005)
	trigger("hdr-005-lower-case-area", "Area voksen in lower case is not an area", r(hdr005),
		withHeader(today2026, func(h *Header) { h.Area = "voksen" }, ln(anna, acct50, "24850.00", jan1, jan31)), hdr005)
	trigger("hdr-005-missing-area", "A header without an area", r(hdr005),
		withHeader(today2026, func(h *Header) { h.Area = "" }, ln(anna, acct50, "24850.00", jan1, jan31)), hdr005)
	boundary("hdr-005-ok-samlet", "Area SAMLET (both areas in one file) is an area", r(hdr005),
		samlet2025(ln(anna, acct50, "24850.00", jan1, jan31)))
	add(caseDef{id: "hdr-006-no-chart-2027", title: "No chart of accounts is known for budget year 2027", role: RoleTrigger,
		rules: r(hdr006), triggers: r(hdr006),
		note: "Today is 2027-02-01, so 2027 is the current year. The case pins the embedded charts of this suite version (2022-2026).",
		in:   withHeader("2027-02-01", func(h *Header) { h.Year = "2027"; h.Created = created27 }, ln(anna, acct50, "24850.00", "2027-01-01", "2027-01-31"))})
	boundary("hdr-006-ok-chart-2026", "The chart of accounts for 2026 is known", r(hdr006),
		withHeader("2027-02-01", func(h *Header) { h.Year = "2026"; h.Created = created27 }, ln(anna, acct50, "24850.00", "2026-12-01", "2026-12-31")))

	// The header's envelope: what the file's DeliveryMetadataNewStructure
	// can carry (SIU-HDR-007 to SIU-HDR-012).
	jan := ln(anna, acct50, "24850.00", jan1, jan31)
	envelope := func(f func(*Header)) *Input { return withHeader(today2026, f, jan) }
	trigger("hdr-007-created-missing", "A header without a creation time (CommunicationDateTime)", r(hdr007),
		envelope(func(h *Header) { h.Created = "" }), hdr007)
	boundary("hdr-007-ok-created-year-0001", "A creation time in the first second after 0001-01-01T00:00:00Z is set and can be written", r(hdr007, hdr008),
		envelope(func(h *Header) { h.Created = "0001-01-01T00:00:01Z" }))
	trigger("hdr-008-offset-over-14-hours", "A creation time at UTC+14:30, beyond xs:dateTime's time zones", r(hdr008),
		envelope(func(h *Header) { h.Created = "2026-03-02T09:15:00+14:30" }), hdr008)
	trigger("hdr-008-year-0000", "A creation time in year 0000, which xs:dateTime does not have", r(hdr008),
		envelope(func(h *Header) { h.Created = "0000-12-31T12:00:00Z" }), hdr008)
	boundary("hdr-008-ok-offset-14-hours", "A creation time at UTC+14:00, the largest time zone of xs:dateTime", r(hdr008),
		envelope(func(h *Header) { h.Created = "2026-03-02T09:15:00+14:00" }))
	boundary("hdr-008-ok-offset-minus-14-hours", "A creation time at UTC-14:00, the smallest time zone of xs:dateTime", r(hdr008),
		envelope(func(h *Header) { h.Created = "2026-03-01T05:15:00-14:00" }))
	trigger("hdr-009-control-character", "A description holding a control character (BEL, U+0007)", r(hdr009),
		envelope(func(h *Header) { h.Description = "SIU 2025\u0007VOKSEN" }), hdr009)
	trigger("hdr-009-uffff-in-system-name", "A system name holding U+FFFF, which XML cannot carry", r(hdr009),
		envelope(func(h *Header) { h.SystemName = "siukit\uffff" }), hdr009)
	boundary("hdr-009-ok-tab-line-feed-carriage-return", "A description with a tab, a line feed and a carriage return, which XML carries", r(hdr009),
		envelope(func(h *Header) { h.Description = "SIU 2025\tVOKSEN\r\nfuld" }))
	trigger("hdr-010-description-51", "A description of 51 characters (CommunicationDescription: at most 50)", r(hdr010),
		envelope(func(h *Header) { h.Description = strings.Repeat("ø", 51) }), hdr010)
	boundary("hdr-010-ok-description-50", "A description of 50 characters (100 bytes in UTF-8)", r(hdr010),
		envelope(func(h *Header) { h.Description = strings.Repeat("ø", 50) }))
	trigger("hdr-010-system-name-51", "A system name of 51 characters (at most 50)", r(hdr010),
		envelope(func(h *Header) { h.SystemName = strings.Repeat("s", 51) }), hdr010)
	boundary("hdr-010-ok-system-name-50", "A system name of 50 characters", r(hdr010),
		envelope(func(h *Header) { h.SystemName = strings.Repeat("s", 50) }))
	trigger("hdr-010-system-version-21", "A system version of 21 characters (at most 20)", r(hdr010),
		envelope(func(h *Header) { h.SystemVersion = "1.0.0-" + strings.Repeat("9", 15) }), hdr010)
	boundary("hdr-010-ok-system-version-20", "A system version of 20 characters", r(hdr010),
		envelope(func(h *Header) { h.SystemVersion = "1.0.0-" + strings.Repeat("9", 14) }))
	trigger("hdr-010-contact-identifier-101", "A contact identifier of 101 characters (at most 100)", r(hdr010),
		envelope(func(h *Header) { h.ContactIdentifier = strings.Repeat("Æ", 101) }), hdr010)
	boundary("hdr-010-ok-contact-identifier-100", "A contact identifier of 100 characters", r(hdr010),
		envelope(func(h *Header) { h.ContactIdentifier = strings.Repeat("Æ", 100) }))
	trigger("hdr-011-email-missing", "A header without the receipt recipient's e-mail address", r(hdr011),
		envelope(func(h *Header) { h.ContactEmail = "" }), hdr011)
	boundary("hdr-011-ok-short-email", "The e-mail address a@b is present", r(hdr011, hdr012),
		envelope(func(h *Header) { h.ContactEmail = "a@b" }))
	trigger("hdr-012-email-without-at", "An e-mail address without @", r(hdr012),
		envelope(func(h *Header) { h.ContactEmail = "siu.kommune.example" }), hdr012)
	trigger("hdr-012-email-two-at", "An e-mail address with two @", r(hdr012),
		envelope(func(h *Header) { h.ContactEmail = "siu@kommune@example" }), hdr012)
	trigger("hdr-012-email-space", "An e-mail address with a space", r(hdr012),
		envelope(func(h *Header) { h.ContactEmail = "siu @kommune.example" }), hdr012)
	trigger("hdr-012-email-local-192", "An e-mail address with 192 characters before the @ (at most 191)", r(hdr012),
		envelope(func(h *Header) { h.ContactEmail = strings.Repeat("s", 192) + "@kommune.example" }), hdr012)
	trigger("hdr-012-email-domain-65", "An e-mail address with 65 characters after the @ (at most 64)", r(hdr012),
		envelope(func(h *Header) { h.ContactEmail = "siu@" + strings.Repeat("k", 62) + ".dk" }), hdr012)
	boundary("hdr-012-ok-email-191-and-64", "An e-mail address with 191 characters before the @ and 64 after it", r(hdr012),
		envelope(func(h *Header) { h.ContactEmail = strings.Repeat("s", 191) + "@" + strings.Repeat("k", 61) + ".dk" }))
	boundary("hdr-012-ok-email-danish-letters", "An e-mail address with Danish letters", r(hdr012),
		envelope(func(h *Header) { h.ContactEmail = "økonomi@kommune.dk" }))

	// PsrID.
	trigger("psr-001-missing", "A line without PsrID", r(psr001), oneLine2025(func(l *Line) { l.PsrID = "" }), psr001)
	trigger("psr-002-blank", "A PsrID of spaces only is malformed: no field is trimmed", r(psr002), oneLine2025(func(l *Line) { l.PsrID = "   " }), psr002)
	boundary("psr-001-ok-fictive-without-birth-date", "The fictive number 1234569998 is a PsrID though 123456 is no date", r(psr001, psr002),
		voksen2025(ln(fictiveWomanX, acct42, "8400.00", jan1, "2025-01-14")))
	trigger("psr-002-day-32", "PsrID with day 32", r(psr002), oneLine2025(func(l *Line) { l.PsrID = "3201801234" }), psr002)
	trigger("psr-002-month-13", "PsrID with month 13", r(psr002), oneLine2025(func(l *Line) { l.PsrID = "0113801234" }), psr002)
	trigger("psr-002-nine-digits", "PsrID of nine digits", r(psr002), oneLine2025(func(l *Line) { l.PsrID = "010180123" }), psr002)
	trigger("psr-002-letter", "PsrID with a letter in the date", r(psr002), oneLine2025(func(l *Line) { l.PsrID = "01O1801234" }), psr002)
	trigger("psr-002-feb-29-1901", "PsrID 29 February 1901, which did not exist", r(psr002), oneLine2025(func(l *Line) { l.PsrID = "2902011234" }), psr002)
	boundary("psr-002-ok-feb-29-2000", "PsrID 29 February 2000, a leap day", r(psr002), oneLine2025(func(l *Line) { l.PsrID = leap }))
	trigger("psr-003-day-61", "A replacement number (day + 60) in PsrID", r(psr003), oneLine2025(func(l *Line) { l.PsrID = "6101801234" }), psr003)
	trigger("psr-003-letters", "A replacement number with letters in positions 8-9 in PsrID", r(psr003), oneLine2025(func(l *Line) { l.PsrID = "0101801AB4" }), psr003)
	boundary("psr-003-ok-day-31", "PsrID with day 31 is a CPR number, not a replacement number", r(psr003), oneLine2025(func(l *Line) { l.PsrID = day31 }))
	trigger("psr-004-fictive-on-5-38-50", "A fictive number on 5.38.50, which does not serve SEL § 109", r(psr004),
		voksen2025(ln(fictiveWoman, acct50, "24850.00", jan1, jan31)), psr004)
	trigger("psr-004-dateless-fictive-on-5-38-52", "The fictive number 1234569999 on 5.38.52 (§ 107)", r(psr004),
		voksen2025(ln(fictiveManX, acct52, "6200.00", jan1, "2025-01-10")), psr004)
	boundary("psr-004-ok-fictive-on-5-38-42", "A fictive number on 5.38.42 (kvindekrisecentre, § 109)", r(psr004),
		voksen2025(ln(fictiveWoman, acct42, "9300.00", "2025-02-03", "2025-02-24")))
	trigger("psr-005-modulus-11", "A CPR number that fails modulus 11", r(psr005),
		oneLine2025(func(l *Line) { l.PsrID = failingModulus11("1980-01-15", 'F') }), psr005)
	boundary("psr-005-ok-fictive-not-checked", "A fictive number is not checked for modulus 11", r(psr005),
		voksen2025(ln(fictiveWomanX, acct42, "4100.00", "2025-03-01", "2025-03-09")))
	trigger("psr-006-not-born", "Citizen born 2025-06-01 on a line starting 2025-01-01", r(psr006),
		oneLine2025(func(l *Line) { l.PsrID = unborn }), psr006)
	add(caseDef{id: "psr-006-ok-born-on-start-date", title: "Citizen born on the line's start date", role: RoleBoundary,
		rules: r(psr006), triggers: r(kto007), note: companionKTO007,
		in: boern2025(ln(newborn, acct2820, "15000.00", "2025-01-10", jan31))})
	trigger("psr-007-child-in-voksen", "A 14-year-old in a VOKSEN delivery", r(psr007),
		oneLine2025(func(l *Line) { l.PsrID = mads }), psr007)
	trigger("psr-007-child-on-5-38-in-samlet", "A 14-year-old on an adults' function (5.38.50) in a SAMLET delivery", r(psr007),
		samlet2025(ln(mads, acct50, "24850.00", jan1, jan31)), psr007)
	boundary("psr-007-ok-18-on-start-date", "A citizen who turns 18 on the start date is an adult", r(psr007),
		voksen2025(ln(nora, acct50, "24850.00", "2025-03-01", "2025-03-31")))
	add(caseDef{id: "psr-007-leap-day-birthday-feb-28", title: "Born 29 February 2008: still 17 on 28 February 2026", role: RoleTrigger,
		rules: r(psr007), triggers: r(psr007), note: "Modeled: someone born on 29 February has a birthday on 1 March in other years.",
		in: withHeader(today2026, func(h *Header) { h.Year = "2026" }, ln(oscar, acct50, "900.00", "2026-02-28", "2026-02-28"))})
	add(caseDef{id: "psr-007-ok-leap-day-birthday-mar-1", title: "Born 29 February 2008: 18 on 1 March 2026", role: RoleBoundary,
		rules: r(psr007), note: "Modeled: someone born on 29 February has a birthday on 1 March in other years.",
		in: withHeader(today2026, func(h *Header) { h.Year = "2026" }, ln(oscar, acct50, "900.00", "2026-03-01", "2026-03-01"))})
	add(caseDef{id: "psr-008-adult-in-boern", title: "A citizen of 18 in a BOERN delivery", role: RoleTrigger,
		rules: r(psr008), triggers: r(kto007, psr008), note: companionKTO007,
		in: boern2025(ln(nora, acct2820, "31000.00", "2025-03-01", "2025-03-31"))})
	add(caseDef{id: "psr-008-ok-17-in-boern", title: "A citizen of 17 (the day before turning 18) in a BOERN delivery", role: RoleBoundary,
		rules: r(psr008), triggers: r(kto007), note: companionKTO007,
		in: boern2025(ln(nora, acct2820, "31000.00", "2025-02-01", "2025-02-28"))})

	// KONTOSTRENG.
	trigger("kto-001-missing", "A line without KONTOSTRENG", r(kto001), oneLine2025(func(l *Line) { l.Account = "" }), kto001)
	boundary("kto-001-ok-all-positions", "A KONTOSTRENG with ejerforhold, omkostningssted and gruppering set", r(kto001, kto002),
		oneLine2025(func(l *Line) { l.Account = "5385012034005040" }))
	trigger("kto-002-letters", "A KONTOSTRENG that is text", r(kto002), oneLine2025(func(l *Line) { l.Account = "botilbud" }), kto002)
	trigger("kto-002-dranst-0", "A KONTOSTRENG with dranst 0", r(kto002), oneLine2025(func(l *Line) { l.Account = "5385000000000040" }), kto002)
	trigger("kto-002-fifteen-digits", "A KONTOSTRENG of 15 digits", r(kto002), oneLine2025(func(l *Line) { l.Account = "538501000000004" }), kto002)
	trigger("kto-003-unknown-function", "Function 5.38.99 is not in the chart of 2025", r(kto003),
		oneLine2025(func(l *Line) { l.Account = "5389910000000040" }), kto003)
	boundary("kto-003-ok-function-5-38-45", "Function 5.38.45 is in the chart of 2025", r(kto003),
		voksen2025(ln(bent, acct45, "18200.00", jan1, jan31)))
	trigger("kto-004-unknown-art", "Art 3.3 is not in the chart of 2025", r(kto004),
		oneLine2025(func(l *Line) { l.Account = "5385010000000033" }), kto004)
	boundary("kto-004-ok-art-7-9", "Art 7.9 (other income) is in the chart of 2025", r(kto004),
		voksen2025(ln(anna, "5385010000000079", "-500.00", jan1, jan31)))
	trigger("kto-005-dranst-2", "Dranst 2 (statsrefusion) is not drift", r(kto005),
		oneLine2025(func(l *Line) { l.Account = "5385020000000040" }), kto005)
	trigger("kto-005-dranst-3", "Dranst 3 (anlæg) is not drift", r(kto005),
		oneLine2025(func(l *Line) { l.Account = "5385030000000040" }), kto005)
	boundary("kto-005-ok-drift-ejerforhold-3", "Dranst 1 (drift) with ejerforhold 3", r(kto005),
		oneLine2025(func(l *Line) { l.Account = "5385013000000040" }))
	trigger("kto-006-out-of-scope", "Function 5.38.38 (personlig støtte) is outside SIU", r(kto006),
		voksen2025(ln(carl, acct38, "12000.00", jan1, jan31)), kto006)
	trigger("kto-006-out-of-scope-5-28-21", "Function 5.28.21 (forebyggende foranstaltninger) is outside SIU", r(kto006),
		boern2025(ln(ida, acct2821, "7000.00", jan1, jan31)), kto006)
	boundary("kto-006-ok-5-38-42", "Function 5.38.42 is in SIU's mandatory scope", r(kto006, kto007),
		voksen2025(ln(gitte, acct42, "14700.00", "2025-04-01", "2025-04-30")))
	trigger("kto-007-voluntary-5-28-20", "Function 5.28.20 (opholdssteder for børn) is voluntary", r(kto007),
		boern2025(ln(ida, acct2820, "42000.00", jan1, jan31)), kto007)
	boundary("kto-007-ok-5-38-52-mandatory", "Function 5.38.52 is mandatory in 2025", r(kto007),
		voksen2025(ln(dorte, acct52, "21500.00", jan1, jan31)))
	trigger("kto-008-adults-function-in-boern", "An adults' function (5.38.50) in a BOERN delivery", r(kto008),
		boern2025(ln(anna, acct50, "24850.00", jan1, jan31)), kto008)
	add(caseDef{id: "kto-008-childrens-function-in-voksen", title: "A children's function (5.28.23) in a VOKSEN delivery", role: RoleTrigger,
		rules: r(kto008), triggers: r(kto007, kto008), note: companionKTO007,
		in: voksen2025(ln(karla, acct2823, "52000.00", jan1, jan31))})
	add(caseDef{id: "kto-008-ok-samlet", title: "Adults' and children's functions in one SAMLET delivery", role: RoleBoundary,
		rules: r(kto008), triggers: r(kto007), note: companionKTO007,
		in: samlet2025(ln(anna, acct50, "24850.00", jan1, jan31), ln(ida, acct2820, "42000.00", jan1, jan31))})

	// BELOEB.
	trigger("bel-001-missing", "A line without BELOEB", r(bel001), oneLine2025(func(l *Line) { l.Amount = "" }), bel001)
	trigger("bel-001-decimal-comma", "BELOEB with a decimal comma", r(bel001), oneLine2025(func(l *Line) { l.Amount = "24850,00" }), bel001)
	trigger("bel-001-thousands-separator", "BELOEB with a thousands separator", r(bel001), oneLine2025(func(l *Line) { l.Amount = "24.850,00" }), bel001)
	trigger("bel-001-plus-sign", "BELOEB with a plus sign", r(bel001), oneLine2025(func(l *Line) { l.Amount = "+24850.00" }), bel001)
	trigger("bel-001-exponent", "BELOEB with an exponent", r(bel001), oneLine2025(func(l *Line) { l.Amount = "2.485e4" }), bel001)
	trigger("bel-001-integer", "BELOEB without decimals is not the file's form", r(bel001), oneLine2025(func(l *Line) { l.Amount = "24850" }), bel001)
	boundary("bel-001-ok-two-decimals", "BELOEB 24850.00: kroner with exactly two decimals", r(bel001), oneLine2025(func(l *Line) { l.Amount = "24850.00" }))
	boundary("bel-001-ok-sixteen-digits", "BELOEB with sixteen digits before the point is the largest the file holds", r(bel001),
		oneLine2025(func(l *Line) { l.Amount = "1000000000000000.00"; l.End = "2025-12-31" }), bel005)
	trigger("bel-006-text-seventeen-digits", "BELOEB of 10^16 kroner has seventeen digits before the point", r(bel006),
		oneLine2025(func(l *Line) { l.Amount = "10000000000000000.00"; l.End = "2025-12-31" }), bel006)
	trigger("bel-006-negative-seventeen-digits", "BELOEB of -10^16 kroner: the limit holds for income too", r(bel006),
		voksen2025(ln(anna, acct50Komm, "-10000000000000000.00", jan1, "2025-12-31")), bel006)
	boundary("bel-006-ok-largest-amount", "BELOEB 9999999999999999.99, the largest amount the file holds (and extreme)", r(bel006),
		oneLine2025(func(l *Line) { l.Amount = "9999999999999999.99"; l.End = "2025-12-31" }), bel005)
	trigger("bel-002-three-decimals", "BELOEB with three decimals", r(bel002), oneLine2025(func(l *Line) { l.Amount = "24850.005" }), bel002)
	trigger("bel-002-trailing-zero", "BELOEB 24850.010 has three decimals, though the third is 0", r(bel002), oneLine2025(func(l *Line) { l.Amount = "24850.010" }), bel002)
	boundary("bel-002-ok-two-decimals", "BELOEB 24850.01 has two decimals", r(bel002), oneLine2025(func(l *Line) { l.Amount = "24850.01" }))
	trigger("bel-003-zero", "BELOEB 0.00", r(bel003), oneLine2025(func(l *Line) { l.Amount = "0.00" }), bel003)
	trigger("bel-003-negative-zero", "BELOEB -0.00 is zero", r(bel003), oneLine2025(func(l *Line) { l.Amount = "-0.00" }), bel003)
	boundary("bel-003-ok-one-oere", "BELOEB 0.01 is not zero", r(bel003), oneLine2025(func(l *Line) { l.Amount = "0.01" }))
	trigger("bel-004-credit-note-on-expense", "A negative amount (credit note) on expense art 4.0", r(bel004),
		oneLine2025(func(l *Line) { l.Amount = "-2400.00" }), bel004)
	trigger("bel-004-positive-egenbetaling", "A positive amount on art 7.2 (egenbetaling)", r(bel004),
		voksen2025(ln(anna, acct50Ego, "1250.50", jan1, jan31)), bel004)
	boundary("bel-004-ok-negative-egenbetaling", "A negative amount on art 7.2 (egenbetaling)", r(bel004),
		voksen2025(ln(anna, acct50Ego, "-1250.50", jan1, jan31)))
	trigger("bel-005-extreme-year", "5,000,000.01 kr over the whole year", r(bel005),
		oneLine2025(func(l *Line) { l.Amount = "5000000.01"; l.End = "2025-12-31" }), bel005)
	trigger("bel-005-extreme-one-day", "20,000 kr for one day is 7.3 million a year", r(bel005),
		oneLine2025(func(l *Line) { l.Amount = "20000.00"; l.End = jan1 }), bel005)
	trigger("bel-005-extreme-income", "-5,000,000.01 kr of income over the year is extreme too", r(bel005),
		voksen2025(ln(anna, acct50Komm, "-5000000.01", jan1, "2025-12-31")), bel005)
	boundary("bel-005-ok-at-threshold", "5,000,000.00 kr over the whole year is not above the threshold", r(bel005),
		oneLine2025(func(l *Line) { l.Amount = "5000000.00"; l.End = "2025-12-31" }))

	// STARTDATO and SLUTDATO.
	trigger("per-001-missing-end", "A line without SLUTDATO", r(per001), oneLine2025(func(l *Line) { l.End = "" }), per001)
	trigger("per-001-missing-start", "A line without STARTDATO", r(per001), oneLine2025(func(l *Line) { l.Start = "" }), per001)
	boundary("per-001-ok-one-day", "A one-day period: start and end on the same day", r(per001, per003),
		oneLine2025(func(l *Line) { l.Amount = "810.00"; l.End = jan1 }))
	trigger("per-002-month-13", "STARTDATO with month 13", r(per002), oneLine2025(func(l *Line) { l.Start = "2025-13-01" }), per002)
	trigger("per-002-danish-form", "SLUTDATO written DD-MM-YYYY", r(per002), oneLine2025(func(l *Line) { l.End = "31-01-2025" }), per002)
	trigger("per-002-feb-29-2025", "SLUTDATO 2025-02-29, which does not exist", r(per002),
		oneLine2025(func(l *Line) { l.Start = "2025-02-01"; l.End = "2025-02-29" }), per002)
	boundary("per-002-ok-leap-day", "STARTDATO 2024-02-29, a leap day", r(per002),
		oneLine2025(func(l *Line) { l.Amount = "190000.00"; l.Start = "2024-02-29" }))
	trigger("per-003-end-before-start", "SLUTDATO before STARTDATO", r(per003),
		oneLine2025(func(l *Line) { l.Start = jan31; l.End = jan1 }), per003)
	trigger("per-004-before-year", "A 2024 period in a 2025 delivery", r(per004),
		oneLine2025(func(l *Line) { l.Start = "2024-01-01"; l.End = "2024-01-31" }), per004)
	trigger("per-004-after-year", "A 2026 period in a 2025 delivery", r(per004),
		oneLine2025(func(l *Line) { l.Start = "2026-01-01"; l.End = "2026-01-31" }), per004)
	boundary("per-004-ok-shares-one-day", "A period sharing one day (1 January) with the budget year", r(per004),
		oneLine2025(func(l *Line) { l.Amount = "1620.00"; l.Start = "2024-12-31"; l.End = jan1 }))
	trigger("per-005-367-days", "A period of 367 days", r(per005),
		oneLine2025(func(l *Line) { l.Amount = "298000.00"; l.End = "2026-01-02" }), per005)
	boundary("per-005-ok-366-days", "A period of 366 days", r(per005),
		oneLine2025(func(l *Line) { l.Amount = "298000.00"; l.End = "2026-01-01" }))

	// The delivery as a whole.
	trigger("lev-001-empty", "A delivery without lines", r(lev001), voksen2025(), lev001)
	boundary("lev-001-ok-one-line", "A delivery of one line is not empty", r(lev001), voksen2025(ln(bent, acct51, "16300.00", jan1, jan31)))
	trigger("lev-002-duplicate", "The same line twice", r(lev002),
		voksen2025(ln(anna, acct50, "24850.00", jan1, jan31), ln(anna, acct50, "24850.00", jan1, jan31)), lev002)
	boundary("lev-002-ok-other-account", "The same citizen, amount and period on another account", r(lev002, lev003),
		voksen2025(ln(anna, acct50, "24850.00", jan1, jan31), ln(anna, acct50Over, "24850.00", jan1, jan31)))
	add(caseDef{id: "lev-002-near-duplicate-overlaps", title: "The same line with another amount is an overlap, not a duplicate", role: RoleBoundary,
		rules: r(lev002), triggers: r(lev003),
		in: voksen2025(ln(anna, acct50, "24850.00", jan1, jan31), ln(anna, acct50, "24850.01", jan1, jan31))})
	add(caseDef{id: "lev-002-ok-fictive-numbers", title: "Two equal lines of anonymous citizens are not duplicates", role: RoleBoundary,
		rules: r(lev002, lev003), note: "A fictive number stands for every anonymous citizen with that birth date and sex (SOURCES.md: dst-qa-2025), so equal lines may be two stays.",
		source: "SIU-LEV-002: modeled; " + srcAnonymous,
		in:     voksen2025(ln(fictiveWomanX, acct42, "3150.00", "2025-05-05", "2025-05-11"), ln(fictiveWomanX, acct42, "3150.00", "2025-05-05", "2025-05-11"))})
	trigger("lev-003-overlap", "Two periods of one citizen and account that overlap", r(lev003),
		voksen2025(ln(anna, acct50, "24850.00", jan1, jan31), ln(anna, acct50, "24850.00", "2025-01-15", "2025-02-15")), lev003)
	boundary("lev-003-ok-touching", "January and February of one citizen and account touch but do not overlap", r(lev003),
		voksen2025(ln(anna, acct50, "24850.00", jan1, jan31), ln(anna, acct50, "22400.00", "2025-02-01", "2025-02-28")))
	boundary("lev-003-ok-other-citizen", "The same period and account for two citizens", r(lev002, lev003),
		voksen2025(ln(anna, acct50, "24850.00", jan1, jan31), ln(bent, acct50, "24850.00", jan1, jan31)))

	examples(add)
	encodings(add)
	aggregations(add)
	deliveries(add)
	moreCases(add)
	reads(add)
	return t
}

// examples are the examples from DST's answers (SOURCES.md: dst-qa-2025).
func examples(add func(caseDef)) {
	add(caseDef{id: "example-summed-invoices", title: "Three monthly invoices for one citizen summed on one line", role: RoleExample,
		source: srcSumming,
		agg: postings(AggregateOptions{},
			ln(anna, acct50, "24850.00", jan1, jan31),
			ln(anna, acct50, "22445.16", "2025-02-01", "2025-02-28"),
			ln(anna, acct50, "24850.00", "2025-03-01", "2025-03-31"))})
	add(caseDef{id: "example-summed-invoices-line", title: "The summed line: its dates are the real expense period of the invoices", role: RoleExample,
		rules: []string{per005, lev003}, source: srcSumming,
		in: voksen2025(ln(anna, acct50, "72145.16", jan1, "2025-03-31"))})
	add(caseDef{id: "example-end-date-required", title: "An invoice line without an end date", role: RoleExample,
		rules: []string{per001}, triggers: []string{per001}, source: srcEndDate,
		in: voksen2025(ln(bent, acct52, "18600.00", "2025-05-01", ""))})
	add(caseDef{id: "example-insurance-cross-year", title: "Insurance booked in 2025 covering 2025-07-01 to 2026-06-30", role: RoleExample,
		rules: []string{per004, per005}, source: srcInsurance,
		in: voksen2025(ln(carl, acct50, "3650.00", "2025-07-01", "2026-06-30"))})
	add(caseDef{id: "example-anonymous-with-birth-date", title: "Anonymous citizens at a kvindekrisecenter with their birth dates", role: RoleExample,
		rules: []string{psr004, psr005, psr006}, source: srcAnonymous,
		in: voksen2025(
			ln(fictiveWoman, acct42, "12400.00", "2025-02-03", "2025-03-02"),
			ln(fictiveMan, acct42, "2100.00", "2025-04-10", "2025-04-16"))})
	add(caseDef{id: "example-anonymous-without-birth-date", title: "Anonymous citizens without a birth date: 1234569998 and 1234569999", role: RoleExample,
		rules: []string{psr002, psr004, psr005}, source: srcAnonymous,
		in: voksen2025(
			ln(fictiveWomanX, acct42, "6200.00", "2025-06-02", "2025-06-15"),
			ln(fictiveManX, acct42, "1800.00", "2025-06-20", "2025-06-24"))})
	add(caseDef{id: "example-full-load-empty", title: "An empty full load would erase the area's data at DST", role: RoleExample,
		rules: []string{lev001}, triggers: []string{lev001}, source: srcFullLoad,
		in: boern2025()})
	test := voksen2025(ln(dorte, acct52, "21500.00", jan1, jan31))
	test.Header.Test = "true"
	test.Header.Description = "SIU 2025 VOKSEN, test"
	add(caseDef{id: "example-test-delivery", title: "A test delivery with 2025 data", role: RoleExample,
		source: srcFullLoad + "; modeled: the test FormID of package xmlformat's profile", in: test})
	add(caseDef{id: "example-income-from-other-municipality", title: "Payment from another municipality for a place (art 7.7) as negative income", role: RoleExample,
		rules: []string{bel004}, source: srcIncome,
		in: voksen2025(
			ln(erik, acct50, "28900.00", jan1, jan31),
			ln(erik, acct50Komm, "-28900.00", jan1, jan31))})
}

// encodings pin the canonical bytes of the encoder (package xmlformat).
func encodings(add func(caseDef)) {
	esc := voksen2025(ln(anna, acct50, "24850.00", jan1, jan31))
	esc.Header.Description = "SIU 2025 – voksen & handicap <fuld>"
	esc.Header.ContactIdentifier = "Økonomi & Løn \"SIU\""
	add(caseDef{id: "encode-escaping", title: "Header texts with &, <, > and quotes are escaped; Danish letters kept", role: RoleExample,
		source: srcFormat, in: esc})
	add(caseDef{id: "encode-amount-forms", title: "Amounts are written with exactly two decimals, sign only when negative", role: RoleExample,
		source: srcFormat + " (BELOEB: signed, exactly two decimals, no plus sign)",
		in: voksen2025(
			ln(anna, acct50, "24850.00", jan1, jan31),
			ln(anna, acct50Ego, "-1250.50", jan1, jan31),
			ln(bent, acct51Ego, "-0.50", jan1, jan31),
			ln(bent, acct51, "1234567.89", jan1, "2025-12-31"))})
	utc := voksen2025(ln(anna, acct50, "24850.00", jan1, jan31))
	utc.Header.Created = "2026-03-02T08:15:00Z"
	add(caseDef{id: "encode-created-utc", title: "CommunicationDateTime in UTC", role: RoleExample,
		source: srcFormat + " (CommunicationDateTime: RFC 3339 with offset, whole seconds)", in: utc})
	add(caseDef{id: "encode-samlet-order-kept", title: "Records are written in the order given", role: RoleExample,
		source: srcFormat + " (records in the order given)",
		in: samlet2025(
			ln(ida, acct2820, "42000.00", "2025-02-01", "2025-02-28"),
			ln(anna, acct50, "24850.00", jan1, jan31),
			ln(ida, acct2820, "42000.00", jan1, jan31)),
		triggers: []string{kto007}})
}

// aggregations are postings in, lines out (SOURCES.md: dst-qa-2025; siu.Aggregate).
func aggregations(add func(caseDef)) {
	agg := func(id, title string, in *AggregateInput) {
		add(caseDef{id: id, title: title, role: RoleExample, source: srcAggregate, agg: in})
	}
	none := AggregateOptions{}
	agg("aggregate-overlapping-invoices", "Two overlapping invoices merge into one line over both periods",
		postings(none, ln(anna, acct50, "24850.00", jan1, jan31), ln(anna, acct50, "12000.00", "2025-01-15", "2025-02-15")))
	agg("aggregate-gap-kept-apart", "Invoices with a day between them stay apart by default",
		postings(none, ln(anna, acct50, "24000.00", jan1, "2025-01-30"), ln(anna, acct50, "22400.00", "2025-02-01", "2025-02-28")))
	agg("aggregate-gap-merged-max-gap-1", "With max_gap_days 1, invoices one day apart merge and the line spans the gap",
		postings(AggregateOptions{MaxGapDays: 1}, ln(anna, acct50, "24000.00", jan1, "2025-01-30"), ln(anna, acct50, "22400.00", "2025-02-01", "2025-02-28")))
	agg("aggregate-credit-note-nets", "A credit note is summed into the invoice it corrects",
		postings(none, ln(bent, acct52, "10000.00", "2025-03-01", "2025-03-31"), ln(bent, acct52, "-2500.00", "2025-03-10", "2025-03-31")))
	agg("aggregate-credit-note-to-zero", "An invoice and a credit note of the same amount sum to a zero line",
		postings(none, ln(bent, acct52, "5000.00", "2025-04-01", "2025-04-30"), ln(bent, acct52, "-5000.00", "2025-04-01", "2025-04-30")))
	agg("aggregate-accounts-kept-apart", "Expense and egenbetaling of one citizen stay on their own accounts",
		postings(none, ln(anna, acct50, "24850.00", jan1, jan31), ln(anna, acct50Ego, "-1250.50", jan1, jan31),
			ln(anna, acct50, "22445.16", "2025-02-01", "2025-02-28"), ln(anna, acct50Ego, "-1250.50", "2025-02-01", "2025-02-28")))
	agg("aggregate-citizens-kept-apart", "Two citizens on one account stay apart",
		postings(none, ln(anna, acct50, "24850.00", jan1, jan31), ln(bent, acct50, "24850.00", jan1, jan31)))
	agg("aggregate-fictive-kept-apart", "Postings of one fictive number stay apart: they may be different anonymous citizens",
		postings(none, ln(fictiveWomanX, acct42, "3150.00", "2025-05-05", "2025-05-11"), ln(fictiveWomanX, acct42, "2700.00", "2025-05-10", "2025-05-15")))
	agg("aggregate-fictive-merged-on-request", "With merge_fictive, postings of one fictive number merge",
		postings(AggregateOptions{MergeFictive: true}, ln(fictiveWomanX, acct42, "3150.00", "2025-05-05", "2025-05-11"), ln(fictiveWomanX, acct42, "2700.00", "2025-05-10", "2025-05-15")))
	agg("aggregate-missing-end-passed-through", "A posting without an end date passes through unchanged; the others merge",
		postings(none, ln(carl, acct50, "24850.00", jan1, jan31), ln(carl, acct50, "22445.16", "2025-02-01", "2025-02-28"), ln(carl, acct50, "900.00", "2025-02-10", "")))
	agg("aggregate-across-year-end", "December and January invoices merge into a line across the year end",
		postings(none, ln(dorte, acct52, "21500.00", "2024-12-01", "2024-12-31"), ln(dorte, acct52, "21500.00", jan1, jan31)))
	agg("aggregate-single-posting-unchanged", "A single posting comes out unchanged",
		postings(none, ln(erik, acct51, "16300.00", "2025-06-01", "2025-06-30")))
	agg("aggregate-order-independent", "Postings in random order give the same lines",
		postings(none,
			ln(gitte, acct42, "9000.00", "2025-03-01", "2025-03-31"),
			ln(anna, acct50, "24850.00", "2025-03-01", "2025-03-31"),
			ln(gitte, acct42, "8700.00", "2025-02-01", "2025-02-28"),
			ln(anna, acct50, "24850.00", jan1, jan31),
			ln(gitte, acct42Ego, "-600.00", "2025-02-01", "2025-03-31"),
			ln(anna, acct50, "22445.16", "2025-02-01", "2025-02-28"),
			ln(gitte, acct42, "9000.00", jan1, jan31)))
	agg("aggregate-insurance-inside-stay", "An insurance posting over a year absorbs the monthly invoices it overlaps",
		postings(none, ln(hans, acct50, "3650.00", "2025-07-01", "2026-06-30"), ln(hans, acct50, "24850.00", "2025-07-01", "2025-07-31"), ln(hans, acct50, "24850.00", "2025-08-01", "2025-08-31")))
	add(caseDef{id: "aggregate-empty", title: "No postings give no lines", role: RoleExample, source: srcAggregate,
		agg: postings(none), years: []int{2025}})
}

// deliveries are realistic full loads: one per area and one SAMLET.
func deliveries(add func(caseDef)) {
	h := header("751", "2025", "VOKSEN")
	h.Description = "SIU 2025 voksenområdet, Aarhus"
	add(caseDef{id: "delivery-voksen", title: "A full load for the adult area: monthly lines, egenbetaling, credit notes, anonymous stays, periods across the year end", role: RoleDelivery,
		source: srcDelivery, triggers: []string{bel004, lev003}, note: noteCreditNote,
		in: delivery(h,
			ln(anna, acct50, "24850.00", jan1, jan31),
			ln(anna, acct50Ego, "-1250.50", jan1, jan31),
			ln(anna, acct50, "22445.16", "2025-02-01", "2025-02-28"),
			ln(anna, acct50Ego, "-1250.50", "2025-02-01", "2025-02-28"),
			ln(anna, acct50, "-1200.00", "2025-02-10", "2025-02-14"), // credit note: SIU-BEL-004
			ln(bent, acct52, "21300.00", "2024-12-15", "2025-01-14"), // across the year end
			ln(bent, acct52Ego, "-850.00", "2024-12-15", "2025-01-14"),
			ln(carl, acct50, "3650.00", "2025-07-01", "2026-06-30"), // insurance
			ln(dorte, acct51, "16300.00", "2025-04-01", "2025-06-30"),
			ln(dorte, acct51Ego, "-2400.00", "2025-04-01", "2025-06-30"),
			ln(erik, acct45, "18200.00", "2025-09-01", "2025-09-30"),
			ln(fictiveWoman, acct42, "12400.00", "2025-02-03", "2025-03-02"),
			ln(fictiveWomanX, acct42, "6200.00", "2025-06-02", "2025-06-15"),
			ln(fictiveManX, acct42, "1800.00", "2025-06-20", "2025-06-24"),
			ln(gitte, acct42, "14700.00", "2025-11-20", "2026-01-10"),
			ln(gitte, acct42Ego, "-900.00", "2025-11-20", "2026-01-10"),
			ln(hans, acct50, "298350.00", jan1, "2025-12-31"),
		)})

	h = header("851", "2025", "BOERN")
	h.Description = "SIU 2025 børneområdet, Aalborg"
	add(caseDef{id: "delivery-boern", title: "A full load for the children's area: placements, forældrebetaling, a credit note, periods across the year end", role: RoleDelivery,
		source: srcDelivery, triggers: []string{bel004, kto007, lev003, psr004}, note: companionKTO007 + " " + noteCreditNote + " " + noteAnonymousChild,
		in: delivery(h,
			ln(ida, acct2820, "42000.00", jan1, jan31),
			ln(ida, acct2820, "42000.00", "2025-02-01", "2025-02-28"),
			ln(ida, acct2820P, "-1800.00", jan1, "2025-02-28"),
			ln(jonas, acct2822, "19500.00", "2024-12-01", "2025-02-28"), // across the year end
			ln(jonas, acct2822, "-3250.00", "2025-02-15", "2025-02-28"), // credit note: SIU-BEL-004
			ln(karla, acct2823, "61000.00", "2025-03-01", "2025-03-31"),
			ln(karla, acct2823, "61000.00", "2025-12-01", "2026-01-31"),
			ln(lukas, acct2820, "38500.00", "2025-06-01", "2025-06-30"),
			ln(lukas, acct2820P, "-1800.00", "2025-06-01", "2025-06-30"),
			ln("0304159998", acct2823, "7400.00", "2025-08-11", "2025-08-17"), // anonymous girl: SIU-PSR-004
		)})

	h = header("461", "2025", "SAMLET")
	h.Description = "SIU 2025 samlet, Odense"
	add(caseDef{id: "delivery-samlet", title: "One full load for both areas: adults and children, anonymous stays, egenbetaling, a credit note, the year end", role: RoleDelivery,
		source: srcDelivery, triggers: []string{bel004, kto007, lev003}, note: companionKTO007 + " " + noteCreditNote,
		in: delivery(h,
			ln(anna, acct50, "24850.00", jan1, jan31),
			ln(anna, acct50Ego, "-1250.50", jan1, jan31),
			ln(bent, acct52, "21300.00", "2024-12-15", "2025-01-14"),
			ln(frida, acct51, "16300.00", "2025-10-01", "2025-12-31"),
			ln(frida, acct51, "-1630.00", "2025-12-01", "2025-12-31"), // credit note: SIU-BEL-004
			ln(fictiveWoman, acct42, "12400.00", "2025-02-03", "2025-03-02"),
			ln(fictiveWomanX, acct42, "6200.00", "2025-06-02", "2025-06-15"),
			ln(ida, acct2820, "42000.00", jan1, jan31),
			ln(ida, acct2820P, "-1800.00", jan1, jan31),
			ln(jonas, acct2822, "19500.00", "2024-12-01", "2025-02-28"),
			ln(mads, acct2823, "58000.00", "2025-11-01", "2026-01-31"),
		)})
}
