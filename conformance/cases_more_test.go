package conformance

import (
	"fmt"
	"time"

	"github.com/siukit/siukit/civil"
)

// Cases added in 0.3.0: more boundaries, the precedence of rules (which
// finding suppresses which, SPEC.md "Which rules suppress which"), more
// aggregation and three large deliveries.

// Notes on precedence, shared by the cases that pin them.
const (
	notePrecedenceYear    = "SIU-HDR-006 (no chart) is not reported when the budget year is already rejected (SIU-HDR-002, SIU-HDR-003): the chart is missing because the year is wrong."
	notePrecedenceArea    = "A line's area is its function's area when the function is 5.28.xx (children) or 5.38.xx (adults), and the header's otherwise: a child on a children's function in a VOKSEN delivery is on the wrong function (SIU-KTO-008), not a child in the adult area (SIU-PSR-007)."
	notePrecedenceUnread  = "A field that cannot be read (missing or malformed) gets its one finding; the checks that need its value are skipped."
	notePrecedenceFictive = "A fictive number stands for many anonymous citizens: no modulus 11, birth, age, duplicate or overlap check."
	noteRounding          = "Annualised amount: |BELOEB| / days × 365, rounded to øre half away from zero, then compared with the threshold 5,000,000.00 kr: extreme only when above it."
	noteSpans             = "SIU-LEV-002 keeps at most 16 separate periods per citizen and account line by line; when a 17th separate period arrives, periods that touch are merged, and a copy of a merged line is then an overlap (SIU-LEV-003)."
)

// halfMonths returns n lines of anna on 5.38.50, each half a month of
// 2025 from 1 January, touching one another, 1000.00 kr each.
func halfMonths(n int) []Line {
	var ls []Line
	d := civil.MustParse("2025-01-01")
	for range n {
		end := d.AddDays(14) // 1st to 15th
		if d.Day() == 16 {
			end = monthEnd(d) // 16th to the end of the month
		}
		ls = append(ls, ln(anna, acct50, "1000.00", d.String(), end.String()))
		d = end.AddDays(1)
	}
	return ls
}

// monthEnd returns the last day of d's month.
func monthEnd(d civil.Date) civil.Date {
	return civil.MustNew(d.Year(), d.Month(), civil.DaysIn(d.Year(), d.Month()))
}

// gappedWeeks returns n lines of anna on 5.38.50, one week each, every
// second week, so that no two touch.
func gappedWeeks(n int) []Line {
	var ls []Line
	d := civil.MustParse("2025-01-06")
	for range n {
		ls = append(ls, ln(anna, acct50, "5600.00", d.String(), d.AddDays(6).String()))
		d = d.AddDays(14)
	}
	return ls
}

func moreCases(add func(caseDef)) {
	trigger := func(id, title string, rules []string, in *Input, triggers ...string) {
		add(caseDef{id: id, title: title, role: RoleTrigger, rules: rules, triggers: triggers, in: in})
	}
	boundary := func(id, title string, rules []string, in *Input, triggers ...string) {
		add(caseDef{id: id, title: title, role: RoleBoundary, rules: rules, triggers: triggers, in: in})
	}
	r := func(codes ...string) []string { return codes }
	jan := ln(anna, acct50, "24850.00", jan1, jan31)

	// Boundaries.
	boundary("hdr-001-ok-first-code", "Municipality code 101 (København), the lowest code, is known", r(hdr001),
		withHeader(today2026, func(h *Header) { h.Municipality = "101" }, jan))
	trigger("psr-002-feb-29-1900", "PsrID 29 February 00 with 7th digit 0: 1900, not a leap year", r(psr002),
		oneLine2025(func(l *Line) { l.PsrID = "2902000038" }), psr002)
	trigger("psr-002-day-92", "PsrID with day 92: beyond the replacement numbers' 61-91, not a date", r(psr002),
		oneLine2025(func(l *Line) { l.PsrID = "9201801234" }), psr002)
	trigger("psr-002-one-letter", "PsrID with one letter in position 8 (a replacement number has two)", r(psr002),
		oneLine2025(func(l *Line) { l.PsrID = "0101801A34" }), psr002)
	trigger("psr-002-fictive-day-32", "A fictive number whose date part has day 32", r(psr002),
		voksen2025(ln("3212859998", acct42, "3150.00", "2025-05-05", "2025-05-11")), psr002)
	trigger("psr-003-day-91", "A replacement number with day 91 (31 + 60), the last one", r(psr003),
		oneLine2025(func(l *Line) { l.PsrID = "9101801234" }), psr003)
	boundary("psr-004-ok-fictive-leap-day-2000", "The fictive number 2902009998: 29 February 2000 (7th digit 9, year 00: 2000)", r(psr002, psr004),
		voksen2025(ln("2902009998", acct42, "3150.00", "2025-05-05", "2025-05-11")))
	add(caseDef{id: "psr-004-fictive-on-childrens-function", title: "A fictive number on 5.28.23, which does not serve SEL § 109", role: RoleTrigger,
		rules: r(psr004), triggers: r(kto007, psr004), note: companionKTO007,
		in: boern2025(ln("0304159998", acct2823, "7400.00", "2025-08-11", "2025-08-17"))})
	trigger("psr-006-born-day-after-start", "Citizen born the day after the line's start date", r(psr006),
		voksen2025(ln(cprFor("2025-01-02", 'F', 0), acct50, "24850.00", jan1, jan31)), psr006)
	trigger("psr-007-day-before-18", "A citizen who turns 18 the day after the start date is a child", r(psr007),
		voksen2025(ln(nora, acct50, "810.00", "2025-02-28", "2025-02-28")), psr007)
	trigger("kto-002-dotted-form", "A KONTOSTRENG in the printed form 5.38.50.1 4.0: the file has the sixteen digits", r(kto002),
		oneLine2025(func(l *Line) { l.Account = "5.38.50.1 4.0" }), kto002)
	trigger("kto-002-dranst-8", "A KONTOSTRENG with dranst 8, which does not exist", r(kto002),
		oneLine2025(func(l *Line) { l.Account = "5385080000000040" }), kto002)
	trigger("kto-002-seventeen-digits", "A KONTOSTRENG of 17 digits", r(kto002),
		oneLine2025(func(l *Line) { l.Account = "53850100000000400" }), kto002)
	trigger("kto-003-hovedkonto-0", "Function 0.38.50 is not in the chart", r(kto003),
		oneLine2025(func(l *Line) { l.Account = "0385010000000040" }), kto003)
	trigger("kto-004-art-9-0", "Art 9.0 is not in the chart of 2025", r(kto004),
		oneLine2025(func(l *Line) { l.Account = "5385010000000090" }), kto004)
	boundary("bel-004-ok-internal-art", "Art 9.1 (internal) has no sign: neither sign is against it", r(bel004),
		oneLine2025(func(l *Line) { l.Account = "5385010000000091"; l.Amount = "-100.00" }))
	trigger("bel-001-one-decimal", "BELOEB 1250.5 with one decimal", r(bel001), oneLine2025(func(l *Line) { l.Amount = "1250.5" }), bel001)
	trigger("bel-001-leading-point", "BELOEB .50 without a digit before the point", r(bel001), oneLine2025(func(l *Line) { l.Amount = ".50" }), bel001)
	trigger("bel-001-minus-only", "BELOEB - alone", r(bel001), oneLine2025(func(l *Line) { l.Amount = "-" }), bel001)
	trigger("bel-001-space", "BELOEB with a space before the digits: no field is trimmed", r(bel001), oneLine2025(func(l *Line) { l.Amount = " 24850.00" }), bel001)
	trigger("bel-005-leap-year-366-days", "5,013,698.64 kr over 366 days is 5,000,000.0098 a year: rounds to 5,000,000.01, extreme", r(bel005),
		oneLine2025(func(l *Line) { l.Amount = "5013698.64"; l.Start = "2024-02-01"; l.End = jan31 }), bel005)
	add(caseDef{id: "bel-005-ok-leap-year-366-days", title: "5,013,698.63 kr over 366 days is 4,999,999.9999 a year: rounds to 5,000,000.00, not above", role: RoleBoundary,
		rules: r(bel005), note: noteRounding,
		in: oneLine2025(func(l *Line) { l.Amount = "5013698.63"; l.Start = "2024-02-01"; l.End = jan31 })})
	add(caseDef{id: "bel-005-half-oere-rounds-up", title: "10,000,000.01 kr over 730 days is 5,000,000.005 a year: half an øre rounds away from zero, extreme", role: RoleTrigger,
		rules: r(bel005), triggers: r(bel005, per005), note: noteRounding + " The period of 730 days is also SIU-PER-005.",
		in: oneLine2025(func(l *Line) { l.Amount = "10000000.01"; l.End = "2026-12-31" })})
	add(caseDef{id: "bel-005-ok-730-days-at-threshold", title: "10,000,000.00 kr over 730 days is 5,000,000.00 a year: not above", role: RoleBoundary,
		rules: r(bel005), triggers: r(per005), note: noteRounding + " The period of 730 days is SIU-PER-005.",
		in: oneLine2025(func(l *Line) { l.Amount = "10000000.00"; l.End = "2026-12-31" })})
	trigger("per-002-without-leading-zeros", "STARTDATO 2025-1-1 without leading zeros", r(per002), oneLine2025(func(l *Line) { l.Start = "2025-1-1" }), per002)
	trigger("per-002-with-time", "STARTDATO with a time of day", r(per002), oneLine2025(func(l *Line) { l.Start = "2025-01-01T00:00:00" }), per002)
	boundary("per-003-ok-same-day", "Start and end on the same day: one day, not end before start", r(per003),
		oneLine2025(func(l *Line) { l.Amount = "810.00"; l.Start = jan31 }))
	trigger("per-003-one-day-before", "SLUTDATO one day before STARTDATO", r(per003),
		oneLine2025(func(l *Line) { l.Start = "2025-02-01" }), per003)
	boundary("per-004-ok-last-day", "A period starting on the budget year's last day (2025-12-31 to 2026-01-06)", r(per004),
		oneLine2025(func(l *Line) { l.Amount = "5670.00"; l.Start = "2025-12-31"; l.End = "2026-01-06" }))
	trigger("per-004-ends-day-before-year", "A period ending on 2024-12-31, the day before the budget year", r(per004),
		oneLine2025(func(l *Line) { l.Start = "2024-12-01"; l.End = "2024-12-31" }), per004)
	boundary("per-005-ok-366-days-leap-year", "2024-02-01 to 2025-01-31: 366 days (29 February 2024 counted)", r(per005),
		oneLine2025(func(l *Line) { l.Amount = "298000.00"; l.Start = "2024-02-01" }))
	trigger("lev-002-third-copy", "The same line three times: two duplicates, no overlap", r(lev002),
		voksen2025(jan, jan, jan), lev002)
	trigger("lev-003-one-shared-day", "Periods sharing one day (31 January) overlap", r(lev003),
		voksen2025(jan, ln(anna, acct50, "22400.00", jan31, "2025-02-27")), lev003)
	boundary("lev-003-ok-other-ejerforhold", "The same period on two accounts that differ in ejerforhold only: two accounts", r(lev003),
		voksen2025(jan, ln(anna, "5385012000000040", "24850.00", jan1, jan31)))
	add(caseDef{id: "lev-002-copy-within-16-periods", title: "16 separate periods, then a copy of the first: a duplicate", role: RoleTrigger,
		rules: r(lev002), triggers: r(lev002), note: noteSpans,
		in: voksen2025(append(halfMonths(16), halfMonths(1)...)...)})
	add(caseDef{id: "lev-002-copy-after-17-periods", title: "17 separate periods that touch, then a copy of the first: an overlap, not a duplicate", role: RoleBoundary,
		rules: r(lev002), triggers: r(lev003), note: noteSpans,
		in: voksen2025(append(halfMonths(17), halfMonths(1)...)...)})
	add(caseDef{id: "lev-002-copy-after-17-gapped-periods", title: "17 separate periods with gaps, then a copy of the first: still a duplicate (only touching periods merge)", role: RoleTrigger,
		rules: r(lev002), triggers: r(lev002), note: noteSpans,
		in: voksen2025(append(gappedWeeks(17), gappedWeeks(1)...)...)})

	// Precedence: which finding suppresses which.
	prec := func(id, title string, rules []string, note string, in *Input, triggers ...string) {
		add(caseDef{id: id, title: title, role: RoleTrigger, rules: rules, triggers: triggers, note: note, in: in})
	}
	prec("precedence-year-too-early-no-chart-warning", "Budget year 2019: SIU-HDR-002 only, no SIU-HDR-006 though 2019 has no chart", r(hdr002), notePrecedenceYear,
		withHeader(today2026, func(h *Header) { h.Year = "2019" }, ln(anna, acct50, "24850.00", "2019-01-01", "2019-01-31")), hdr002)
	prec("precedence-future-year-no-chart-warning", "Budget year 2028 in 2026: SIU-HDR-003 only, no SIU-HDR-006", r(hdr003), notePrecedenceYear,
		withHeader(today2026, func(h *Header) { h.Year = "2028" }, ln(anna, acct50, "24850.00", "2028-01-01", "2028-01-31")), hdr003)
	add(caseDef{id: "precedence-no-chart-form-only", title: "Without a chart (2027 in 2027): a dranst 2 account on unknown function 5.38.99 with a credit gets SIU-KTO-005 only", role: RoleTrigger,
		rules: r(hdr006, kto005), triggers: r(hdr006, kto005),
		note: "Without the year's chart, accounts are checked for their form, their dranst (SIU-KTO-005) and their area (SIU-KTO-008) only: no SIU-KTO-003, SIU-KTO-004, SIU-KTO-006, SIU-KTO-007, SIU-BEL-004 or SIU-PSR-004.",
		in:   withHeader("2027-02-01", func(h *Header) { h.Year = "2027"; h.Created = created27 }, ln(anna, "5389920000000040", "-2400.00", "2027-01-01", "2027-01-31"))})
	prec("precedence-duplicate-not-overlap", "An exact copy is SIU-LEV-002, not also SIU-LEV-003", r(lev002), "A line that repeats an earlier one exactly is a duplicate; it is not reported as an overlap as well.",
		voksen2025(jan, ln(anna, acct50, "22400.00", "2025-02-01", "2025-02-28"), jan), lev002)
	prec("precedence-child-on-childrens-function-in-voksen", "A 14-year-old on 5.28.23 in a VOKSEN delivery: SIU-KTO-008, not SIU-PSR-007", r(kto008), notePrecedenceArea+" "+companionKTO007,
		voksen2025(ln(mads, acct2823, "52000.00", jan1, jan31)), kto007, kto008)
	prec("precedence-adult-on-adults-function-in-boern", "An adult on 5.38.50 in a BOERN delivery: SIU-KTO-008, not SIU-PSR-008", r(kto008), notePrecedenceArea,
		boern2025(ln(anna, acct50, "24850.00", jan1, jan31)), kto008)
	prec("precedence-adult-on-childrens-function-in-voksen", "An adult on 5.28.20 in a VOKSEN delivery: SIU-KTO-008 and, the line being the children's area, SIU-PSR-008", r(kto008, psr008), notePrecedenceArea+" "+companionKTO007,
		voksen2025(ln(anna, acct2820, "31000.00", jan1, jan31)), kto007, kto008, psr008)
	prec("precedence-child-on-adults-function-in-boern", "A 14-year-old on 5.38.50 in a BOERN delivery: SIU-KTO-008 and SIU-PSR-007", r(kto008, psr007), notePrecedenceArea,
		boern2025(ln(mads, acct50, "24850.00", jan1, jan31)), kto008, psr007)
	prec("precedence-unknown-area-uses-function", "Area ALLE: the function decides a line's area (a child on 5.38.50 gets SIU-PSR-007), and no SIU-KTO-008", r(hdr005, psr007), notePrecedenceArea,
		withHeader(today2026, func(h *Header) { h.Area = "ALLE" }, ln(mads, acct50, "24850.00", jan1, jan31)), hdr005, psr007)
	prec("precedence-not-born-no-age-rule", "A citizen not yet born on a line of the adult area: SIU-PSR-006 only, no SIU-PSR-007", r(psr006), "A citizen not born at the start date has no age: the age rules are not applied.",
		oneLine2025(func(l *Line) { l.PsrID = unborn }), psr006)
	add(caseDef{id: "precedence-fictive-no-citizen-rules", title: "A fictive number dated 2025-06-01, failing modulus 11, on 5.38.42 twice: no finding", role: RoleBoundary,
		rules: r(psr005, psr006, psr007, lev002, lev003), note: notePrecedenceFictive,
		in: voksen2025(ln("0106259998", acct42, "3150.00", jan1, "2025-01-07"), ln("0106259998", acct42, "3150.00", jan1, "2025-01-07"))})
	prec("precedence-malformed-psrid-skips-citizen-rules", "A malformed PsrID twice: SIU-PSR-002 on each line, no duplicate", r(psr002), notePrecedenceUnread,
		voksen2025(ln("3201801234", acct50, "24850.00", jan1, jan31), ln("3201801234", acct50, "24850.00", jan1, jan31)), psr002)
	prec("precedence-malformed-account-skips-account-rules", "A malformed KONTOSTRENG with a fictive number and a negative amount: SIU-KTO-002 only", r(kto002), notePrecedenceUnread+" Without an account, neither the fictive number's function (SIU-PSR-004) nor the sign (SIU-BEL-004) can be checked.",
		voksen2025(ln(fictiveWoman, "538501000000004", "-100.00", jan1, jan31)), kto002)
	prec("precedence-malformed-amount-skips-amount-rules", "BELOEB 0,00: SIU-BEL-001, not SIU-BEL-003", r(bel001), notePrecedenceUnread,
		oneLine2025(func(l *Line) { l.Amount = "0,00" }), bel001)
	prec("precedence-three-decimals-skips-amount-rules", "BELOEB -20000.005 over one day: SIU-BEL-002 only, no sign or extreme check", r(bel002), "An amount the file cannot hold (SIU-BEL-002, SIU-BEL-006) gets no zero, sign or extreme check.",
		oneLine2025(func(l *Line) { l.Amount = "-20000.005"; l.End = jan1 }), bel002)
	prec("precedence-too-large-skips-amount-rules", "BELOEB -10^16 on an expense art: SIU-BEL-006 only, no SIU-BEL-004 or SIU-BEL-005", r(bel006), "An amount the file cannot hold (SIU-BEL-002, SIU-BEL-006) gets no zero, sign or extreme check.",
		oneLine2025(func(l *Line) { l.Amount = "-10000000000000000.00" }), bel006)
	prec("precedence-zero-skips-sign", "BELOEB -0.00 on an income art: SIU-BEL-003 only", r(bel003), "A zero amount has no sign to check.",
		voksen2025(ln(anna, acct50Ego, "-0.00", jan1, jan31)), bel003)
	prec("precedence-malformed-date-skips-period-rules", "SLUTDATO 2025-02-30 on a 20,000 kr line: SIU-PER-002 only, no extreme or overlap check", r(per002), notePrecedenceUnread,
		voksen2025(jan, ln(anna, acct50, "20000.00", jan1, "2025-02-30")), per002)
	prec("precedence-end-before-start-skips-period-rules", "End before start, a year earlier: SIU-PER-003 only, no SIU-PER-004 or SIU-BEL-005", r(per003), "Without a period (end before start) there are no days: no period, extreme or overlap check.",
		oneLine2025(func(l *Line) { l.Amount = "20000.00"; l.Start = "2026-01-01"; l.End = "2024-12-31" }), per003)
	prec("precedence-missing-start-skips-age-rules", "A child without STARTDATO in a VOKSEN delivery: SIU-PER-001 only", r(per001), notePrecedenceUnread+" Age is taken at the start date.",
		voksen2025(ln(mads, acct50, "24850.00", "", jan31)), per001)
	prec("precedence-outside-and-too-long", "A period of 400 days ending before the budget year: SIU-PER-004 and SIU-PER-005 both", r(per004, per005), "The period rules are independent: both are reported.",
		oneLine2025(func(l *Line) { l.Amount = "300000.00"; l.Start = "2023-11-27"; l.End = "2024-12-30" }), per004, per005)
	prec("precedence-dranst-and-scope", "Dranst 2 on 5.38.38 (outside SIU): SIU-KTO-005 and SIU-KTO-006 both", r(kto005, kto006), "Dranst and function are separate parts of the account: both findings are reported.",
		voksen2025(ln(carl, "5383820000000040", "12000.00", jan1, jan31)), kto005, kto006)
	prec("precedence-unknown-function-and-art", "Function 5.38.99 and art 3.3 both unknown: SIU-KTO-003 and SIU-KTO-004", r(kto003, kto004), "Function and art are checked independently.",
		oneLine2025(func(l *Line) { l.Account = "5389910000000033" }), kto003, kto004)
	prec("precedence-every-field-missing", "A line with every field empty: one finding per field", r(psr001, kto001, bel001, per001), notePrecedenceUnread,
		voksen2025(ln("", "", "", "", "")), bel001, kto001, per001, psr001)
	prec("precedence-header-and-lines", "An unknown municipality does not stop the line checks", r(hdr001, bel004), "Header findings do not suppress line findings.",
		withHeader(today2026, func(h *Header) { h.Municipality = "999" }, ln(anna, acct50, "-24850.00", jan1, jan31)), bel004, hdr001)

	moreAggregations(add)
	largeDeliveries(add)
}

// moreAggregations are the aggregation cases added in 0.3.0.
func moreAggregations(add func(caseDef)) {
	agg := func(id, title string, in *AggregateInput) {
		add(caseDef{id: id, title: title, role: RoleExample, source: srcAggregate, agg: in})
	}
	none := AggregateOptions{}
	agg("aggregate-gap-of-2-merged-max-gap-2", "With max_gap_days 2, periods 2 days apart merge",
		postings(AggregateOptions{MaxGapDays: 2}, ln(anna, acct50, "24000.00", jan1, "2025-01-29"), ln(anna, acct50, "22400.00", "2025-02-01", "2025-02-28")))
	agg("aggregate-gap-of-3-kept-max-gap-2", "With max_gap_days 2, periods 3 days apart stay apart",
		postings(AggregateOptions{MaxGapDays: 2}, ln(anna, acct50, "24000.00", jan1, "2025-01-28"), ln(anna, acct50, "22400.00", "2025-02-01", "2025-02-28")))
	agg("aggregate-chain", "A overlaps B and B touches C: one line over all three",
		postings(none, ln(bent, acct52, "10000.00", "2025-03-01", "2025-03-20"), ln(bent, acct52, "5000.00", "2025-03-15", "2025-03-31"), ln(bent, acct52, "9000.00", "2025-04-01", "2025-04-30")))
	agg("aggregate-credit-note-larger", "A credit note larger than the invoice gives a negative line",
		postings(none, ln(bent, acct52, "1000.00", "2025-03-01", "2025-03-31"), ln(bent, acct52, "-1500.00", "2025-03-01", "2025-03-31")))
	agg("aggregate-exact-sums", "0.10 + 0.20 is exactly 0.30: sums are exact, never floating point",
		postings(none, ln(carl, acct50, "0.10", "2025-03-01", "2025-03-10"), ln(carl, acct50, "0.20", "2025-03-11", "2025-03-20")))
	agg("aggregate-sum-beyond-the-file", "Sums are exact even past what the file holds: 9999999999999999.99 + 0.01",
		postings(none, ln(carl, acct50, "9999999999999999.99", "2025-03-01", "2025-03-10"), ln(carl, acct50, "0.01", "2025-03-05", "2025-03-10")))
	var months []Line
	for m := 1; m <= 14; m++ {
		y, mm := 2025, m
		if m > 12 {
			y, mm = 2026, m-12
		}
		first := civil.MustNew(y, time.Month(mm), 1)
		months = append(months, ln(dorte, acct52, "21500.00", first.String(), monthEnd(first).String()))
	}
	agg("aggregate-366-day-limit", "Fourteen monthly invoices: a line of 365 days, then a new line, as no line may pass 366 days",
		postings(none, months...))
	agg("aggregate-366-day-limit-leap-year", "Monthly invoices from February 2024: the first line runs 366 days, to 31 January 2025",
		postings(none, leapMonths()...))
	agg("aggregate-long-posting-alone", "A posting of 424 days stays a line of its own; a posting inside it starts another line",
		postings(none, ln(erik, acct51, "200000.00", jan1, "2026-02-28"), ln(erik, acct51, "5000.00", "2025-03-01", "2025-03-31")))
	agg("aggregate-invalid-postings-pass-through", "Postings without PsrID, without account, without a start date, or ending before they start pass through unchanged",
		postings(none,
			ln("", acct50, "50.00", "2025-03-01", "2025-03-31"),
			ln(frida, "", "50.00", "2025-03-01", "2025-03-31"),
			ln(frida, acct50, "60.00", "", "2025-03-01"),
			ln(frida, acct50, "50.00", "2025-03-31", "2025-03-01"),
			ln(frida, acct50, "70.00", "2025-03-01", "2025-03-31"),
			ln(frida, acct50, "80.00", "2025-03-15", "2025-04-15")))
	agg("aggregate-fictive-max-gap", "With merge_fictive and max_gap_days 3, postings of one fictive number 3 days apart merge",
		postings(AggregateOptions{MergeFictive: true, MaxGapDays: 3}, ln(fictiveWoman, acct42, "3150.00", "2025-05-01", "2025-05-07"), ln(fictiveWoman, acct42, "2700.00", "2025-05-11", "2025-05-16")))
	agg("aggregate-same-start-different-end", "Postings with the same start and different ends merge to the latest end",
		postings(none, ln(gitte, acct42, "9000.00", "2025-03-01", "2025-03-31"), ln(gitte, acct42, "3000.00", "2025-03-01", "2025-03-10")))
	agg("aggregate-accounts-differing-in-ejerforhold", "Accounts that differ in ejerforhold only are two accounts",
		postings(none, ln(gitte, acct42, "9000.00", "2025-03-01", "2025-03-31"), ln(gitte, "5384212000000040", "3000.00", "2025-04-01", "2025-04-30")))
	agg("aggregate-zero-line", "Two postings summing to zero with different periods give one zero line over both",
		postings(none, ln(hans, acct50, "1200.00", "2025-05-01", "2025-05-31"), ln(hans, acct50, "-1200.00", "2025-05-20", "2025-06-10")))
}

// leapMonths are monthly invoices from February 2024 to March 2025 for
// dorte on 5.38.52.
func leapMonths() []Line {
	var ls []Line
	d := civil.MustParse("2024-02-01")
	for range 14 {
		end := monthEnd(d)
		ls = append(ls, ln(dorte, acct52, "21500.00", d.String(), end.String()))
		d = end.AddDays(1)
	}
	return ls
}

// largeDeliveries are three realistic whole deliveries of more than 100
// lines: a year of monthly invoices for many citizens, with egenbetaling,
// credit notes, anonymous stays and periods across the year end.
func largeDeliveries(add func(caseDef)) {
	add(caseDef{id: "delivery-voksen-large", title: "A year of the adult area: 12 citizens on the five boformer functions, monthly, with egenbetaling, credit notes and anonymous stays", role: RoleDelivery,
		source: srcDelivery, triggers: []string{bel004, lev003}, note: noteCreditNote,
		in: largeDelivery("751", "VOKSEN", "SIU 2025 voksenområdet, Aarhus", adultStays())})
	add(caseDef{id: "delivery-boern-large", title: "A year of the children's area: 10 children placed on 5.28.20-5.28.24, monthly, with forældrebetaling and credit notes", role: RoleDelivery,
		source: srcDelivery, triggers: []string{bel004, kto007, lev003}, note: companionKTO007 + " " + noteCreditNote,
		in: largeDelivery("851", "BOERN", "SIU 2025 børneområdet, Aalborg", childStays())})
	add(caseDef{id: "delivery-samlet-large", title: "A year of both areas in one SAMLET file: adults and children, monthly, with egenbetaling, credit notes and anonymous stays", role: RoleDelivery,
		source: srcDelivery, triggers: []string{bel004, kto007, lev003}, note: companionKTO007 + " " + noteCreditNote,
		in: largeDelivery("461", "SAMLET", "SIU 2025 samlet, Odense", append(adultStays()[:7], childStays()[:5]...))})
}

// stay is one citizen's stay for the large deliveries.
type stay struct {
	psr, acct, ego string // ego: the egenbetaling account, "" for none
	monthly        int64  // øre per month
	egoMonthly     int64  // øre per month, positive
	from, to       int    // months of 2025, 1-12
	credit         int    // a month with a credit note, 0 for none
	crossYear      bool   // the last invoice runs to 15 January 2026
}

func adultStays() []stay {
	return []stay{
		{anna, acct50, acct50Ego, 2485000, 125050, 1, 12, 3, false},
		{bent, acct52, acct52Ego, 2130000, 85000, 1, 12, 0, true},
		{carl, acct50, acct50Ego, 2660000, 140000, 1, 12, 7, false},
		{dorte, acct51, acct51Ego, 1630000, 240000, 1, 12, 0, false},
		{erik, acct45, "", 1820000, 0, 1, 12, 5, false},
		{frida, acct51, acct51Ego, 1580000, 230000, 3, 12, 0, true},
		{gitte, acct42, acct42Ego, 1470000, 90000, 1, 12, 10, false},
		{hans, acct50, acct50Ego, 2910000, 150000, 1, 12, 0, false},
		{cprFor("1966-08-14", 'F', 0), acct52, acct52Ego, 2240000, 80000, 1, 12, 0, false},
		{cprFor("1971-10-05", 'M', 0), acct50, acct50Ego, 2700000, 130000, 1, 12, 11, false},
		{cprFor("1983-05-27", 'F', 0), acct51, "", 1510000, 0, 2, 12, 0, false},
		{cprFor("1995-12-01", 'M', 0), acct52, acct52Ego, 2050000, 70000, 1, 12, 0, true},
	}
}

func childStays() []stay {
	return []stay{
		{ida, acct2820, acct2820P, 4200000, 180000, 1, 12, 4, false},
		{jonas, acct2822, "", 1950000, 0, 1, 12, 0, true},
		{karla, acct2823, acct2823P, 6100000, 180000, 1, 12, 8, false},
		{lukas, acct2820, acct2820P, 3850000, 180000, 1, 12, 0, false},
		{mads, acct2824, "", 9800000, 0, 1, 12, 0, false},
		{cprFor("2013-03-19", 'F', 0), acct2822, "", 1875000, 0, 1, 12, 6, false},
		{cprFor("2016-07-07", 'M', 0), acct2823, "", 5900000, 0, 2, 12, 0, true},
		{cprFor("2009-11-30", 'F', 0), acct2820, acct2820P, 4010000, 180000, 1, 12, 0, false},
		{cprFor("2014-01-22", 'M', 0), acct2822, "", 1990000, 0, 1, 12, 0, false},
		{cprFor("2011-09-09", 'F', 0), acct2823, "", 6250000, 0, 1, 12, 0, false},
	}
}

// largeDelivery builds the delivery of stays: for each stay and month an
// invoice and its egenbetaling, a credit note of a tenth of the month in
// its credit month, and for the VOKSEN and SAMLET areas three anonymous
// stays at a kvindekrisecenter.
func largeDelivery(municipality, area, description string, stays []stay) *Input {
	h := header(municipality, "2025", area)
	h.Description = description
	in := delivery(h)
	kr := func(oere int64) string {
		s := "-"
		if oere >= 0 {
			s = ""
		} else {
			oere = -oere
		}
		return fmt.Sprintf("%s%d.%02d", s, oere/100, oere%100)
	}
	for _, s := range stays {
		for m := s.from; m <= s.to; m++ {
			start := civil.MustNew(2025, time.Month(m), 1)
			end := monthEnd(start)
			if m == s.to && s.crossYear {
				end = civil.MustParse("2026-01-15")
			}
			in.Lines = append(in.Lines, ln(s.psr, s.acct, kr(s.monthly), start.String(), end.String()))
			if s.ego != "" {
				in.Lines = append(in.Lines, ln(s.psr, s.ego, kr(-s.egoMonthly), start.String(), end.String()))
			}
			if m == s.credit {
				in.Lines = append(in.Lines, ln(s.psr, s.acct, kr(-s.monthly/10), start.AddDays(9).String(), start.AddDays(13).String()))
			}
		}
	}
	if area != "BOERN" {
		in.Lines = append(in.Lines,
			ln(fictiveWoman, acct42, "12400.00", "2025-02-03", "2025-03-02"),
			ln(fictiveWomanX, acct42, "6200.00", "2025-06-02", "2025-06-15"),
			ln(fictiveManX, acct42, "1800.00", "2025-06-20", "2025-06-24"))
	}
	return in
}
