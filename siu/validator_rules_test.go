package siu

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
)

// ruleCase is one case of TestRules. A case is about one rule: either it
// triggers that rule and nothing else (want is just the rule's code), or it
// is a boundary case next to the trigger that must not give the rule.
type ruleCase struct {
	rule    string // the rule the case is about
	name    string
	header  func(*Header)
	opts    func(*ValidateOptions)
	edit    func(*Line)   // applied to baseLine; the delivery is that one line
	lines   []func(*Line) // several lines, each baseLine edited
	records []func(*Record)
	empty   bool // no lines at all
	want    []string
	field   string // the field of the rule's finding, when it triggers
	line    int    // the line of the rule's finding, when it triggers
}

func ruleCases() []ruleCase {
	born := func(b string) func(*Line) { return func(l *Line) { l.PsrID = person(b, true) } }
	return []ruleCase{
		// header
		{rule: "SIU-HDR-001", name: "code 999", header: func(h *Header) { h.Municipality = 999 }, want: []string{"SIU-HDR-001"}, field: "Municipality"},
		{rule: "SIU-HDR-001", name: "long code", header: func(h *Header) { h.Municipality = 1705801234 }, want: []string{"SIU-HDR-001"}, field: "Municipality"},
		{rule: "SIU-HDR-001", name: "860 Hjørring, the last code", header: func(h *Header) { h.Municipality = 860 }},
		{rule: "SIU-HDR-002", name: "2021", header: func(h *Header) { h.Year = 2021 }, edit: periodIn("2021"), want: []string{"SIU-HDR-002"}, field: "Year"},
		{rule: "SIU-HDR-002", name: "2022 is voluntary, not too early", header: func(h *Header) { h.Year = 2022 }, edit: periodIn("2022"), want: []string{"SIU-HDR-004"}},
		{rule: "SIU-HDR-003", name: "next year", header: func(h *Header) { h.Year = 2027 }, edit: periodIn("2027"), want: []string{"SIU-HDR-003"}, field: "Year"},
		{rule: "SIU-HDR-003", name: "this year", header: func(h *Header) { h.Year = 2026 }, edit: periodIn("2026")},
		{rule: "SIU-HDR-004", name: "2024", header: func(h *Header) { h.Year = 2024 }, edit: periodIn("2024"), want: []string{"SIU-HDR-004"}, field: "Year"},
		{rule: "SIU-HDR-004", name: "2025 is mandatory"},
		{rule: "SIU-HDR-005", name: "zero area", header: func(h *Header) { h.Area = 0 }, want: []string{"SIU-HDR-005"}, field: "Area"},
		{rule: "SIU-HDR-005", name: "SAMLET", header: func(h *Header) { h.Area = AreaSamlet }},
		{rule: "SIU-HDR-006", name: "no embedded chart for 2027",
			header: func(h *Header) { h.Year = 2027 }, edit: periodIn("2027"),
			opts: func(o *ValidateOptions) { o.Chart, o.Today = nil, date("2027-06-01") }, want: []string{"SIU-HDR-006"}, field: "Year"},
		{rule: "SIU-HDR-006", name: "embedded chart for 2026",
			header: func(h *Header) { h.Year = 2026 }, edit: periodIn("2026"),
			opts: func(o *ValidateOptions) { o.Chart, o.Today = nil, date("2027-06-01") }},

		// header: the envelope
		{rule: "SIU-HDR-007", name: "no Created", header: func(h *Header) { h.Created = time.Time{} }, want: []string{"SIU-HDR-007"}, field: "Created"},
		{rule: "SIU-HDR-007", name: "Created at the first second", header: func(h *Header) { h.Created = time.Date(1, 1, 1, 0, 0, 1, 0, time.UTC) }},
		{rule: "SIU-HDR-008", name: "offset +14:01", header: func(h *Header) { h.Created = h.Created.In(time.FixedZone("", 14*3600+60)) }, want: []string{"SIU-HDR-008"}, field: "Created"},
		{rule: "SIU-HDR-008", name: "offset of seconds", header: func(h *Header) { h.Created = h.Created.In(time.FixedZone("LMT", 12*60+34)) }, want: []string{"SIU-HDR-008"}, field: "Created"},
		{rule: "SIU-HDR-008", name: "year 10000", header: func(h *Header) { h.Created = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) }, want: []string{"SIU-HDR-008"}, field: "Created"},
		{rule: "SIU-HDR-008", name: "offset -14:00, year 9999", header: func(h *Header) { h.Created = time.Date(9999, 12, 31, 23, 59, 59, 999, time.FixedZone("", -14*3600)) }},
		{rule: "SIU-HDR-009", name: "NUL in the description", header: func(h *Header) { h.Description = "SIU\x00" }, want: []string{"SIU-HDR-009"}, field: "Description"},
		{rule: "SIU-HDR-009", name: "invalid UTF-8 in the e-mail", header: func(h *Header) { h.Contact.Email = "siu@kommune\xff" }, want: []string{"SIU-HDR-009"}, field: "ContactEmail"},
		{rule: "SIU-HDR-009", name: "U+FFFE in the system version", header: func(h *Header) { h.System.Version = "1\ufffe" }, want: []string{"SIU-HDR-009"}, field: "SystemVersion"},
		{rule: "SIU-HDR-009", name: "tab, line feed, carriage return, DEL", header: func(h *Header) { h.Description = "a\tb\nc\rd\x7f" }},
		{rule: "SIU-HDR-010", name: "description of 51", header: func(h *Header) { h.Description = strings.Repeat("ø", MaxDescriptionLen+1) }, want: []string{"SIU-HDR-010"}, field: "Description"},
		{rule: "SIU-HDR-010", name: "contact of 101", header: func(h *Header) { h.Contact.Identifier = strings.Repeat("x", MaxContactIdentifierLen+1) }, want: []string{"SIU-HDR-010"}, field: "ContactIdentifier"},
		{rule: "SIU-HDR-010", name: "system name of 51", header: func(h *Header) { h.System.Name = strings.Repeat("x", MaxSystemNameLen+1) }, want: []string{"SIU-HDR-010"}, field: "SystemName"},
		{rule: "SIU-HDR-010", name: "system version of 21", header: func(h *Header) { h.System.Version = strings.Repeat("9", MaxSystemVersionLen+1) }, want: []string{"SIU-HDR-010"}, field: "SystemVersion"},
		{rule: "SIU-HDR-010", name: "every text at its limit", header: func(h *Header) {
			h.Description = strings.Repeat("😀", MaxDescriptionLen)
			h.System = System{Name: strings.Repeat("ø", MaxSystemNameLen), Version: strings.Repeat("9", MaxSystemVersionLen)}
			h.Contact.Identifier = strings.Repeat("Æ", MaxContactIdentifierLen)
		}},
		{rule: "SIU-HDR-011", name: "no e-mail", header: func(h *Header) { h.Contact.Email = "" }, want: []string{"SIU-HDR-011"}, field: "ContactEmail"},
		{rule: "SIU-HDR-011", name: "shortest e-mail", header: func(h *Header) { h.Contact.Email = "@x" }},
		{rule: "SIU-HDR-012", name: "no @", header: func(h *Header) { h.Contact.Email = "kommune.example" }, want: []string{"SIU-HDR-012"}, field: "ContactEmail"},
		{rule: "SIU-HDR-012", name: "no domain", header: func(h *Header) { h.Contact.Email = "siu@" }, want: []string{"SIU-HDR-012"}, field: "ContactEmail"},
		{rule: "SIU-HDR-012", name: "line feed", header: func(h *Header) { h.Contact.Email = "siu@kommune.example\n" }, want: []string{"SIU-HDR-012"}, field: "ContactEmail"},
		{rule: "SIU-HDR-012", name: "local part of 192", header: func(h *Header) { h.Contact.Email = strings.Repeat("a", MaxEmailLocalLen+1) + "@b" }, want: []string{"SIU-HDR-012"}, field: "ContactEmail"},
		{rule: "SIU-HDR-012", name: "domain of 65", header: func(h *Header) { h.Contact.Email = "a@" + strings.Repeat("b", MaxEmailDomainLen+1) }, want: []string{"SIU-HDR-012"}, field: "ContactEmail"},
		{rule: "SIU-HDR-012", name: "local part of 191, domain of 64", header: func(h *Header) {
			h.Contact.Email = strings.Repeat("ø", MaxEmailLocalLen) + "@" + strings.Repeat("b", MaxEmailDomainLen)
		}},

		// PsrID
		{rule: "SIU-PSR-001", name: "zero", edit: func(l *Line) { l.PsrID = cpr.Number{} }, want: []string{"SIU-PSR-001"}, field: "PsrID", line: 1},
		{rule: "SIU-PSR-001", name: "empty text", records: []func(*Record){func(r *Record) { r.PsrID = "" }}, want: []string{"SIU-PSR-001"}, field: "PsrID", line: 1},
		{rule: "SIU-PSR-002", name: "spaces only", records: []func(*Record){func(r *Record) { r.PsrID = "  " }}, want: []string{"SIU-PSR-002"}, field: "PsrID", line: 1},
		{rule: "SIU-PSR-001", name: "present", edit: func(l *Line) {}},
		{rule: "SIU-PSR-002", name: "day 32", records: []func(*Record){func(r *Record) { r.PsrID = "3205801234" }}, want: []string{"SIU-PSR-002"}, field: "PsrID", line: 1},
		{rule: "SIU-PSR-002", name: "nine digits", records: []func(*Record){func(r *Record) { r.PsrID = "170580123" }}, want: []string{"SIU-PSR-002"}, field: "PsrID", line: 1},
		{rule: "SIU-PSR-002", name: "with hyphen", records: []func(*Record){func(r *Record) { r.PsrID = r.PsrID[:6] + "-" + r.PsrID[6:] }}, want: []string{"SIU-PSR-002"}, field: "PsrID", line: 1},
		{rule: "SIU-PSR-002", name: "with spaces around", records: []func(*Record){func(r *Record) { r.PsrID = " " + r.PsrID + " " }}, want: []string{"SIU-PSR-002"}, field: "PsrID", line: 1},
		{rule: "SIU-PSR-002", name: "ten digits", records: []func(*Record){func(r *Record) {}}},
		{rule: "SIU-PSR-003", name: "day + 60", records: []func(*Record){func(r *Record) { r.PsrID = "7705801234" }}, want: []string{"SIU-PSR-003"}, field: "PsrID", line: 1},
		{rule: "SIU-PSR-003", name: "day 31", records: []func(*Record){func(r *Record) { r.PsrID = person("1980-05-31", true).Digits() }}},
		{rule: "SIU-PSR-004", name: "fictive on § 108", edit: func(l *Line) { l.PsrID = cpr.Fictive(date("1980-05-17"), cpr.Female) }, want: []string{"SIU-PSR-004"}, field: "PsrID", line: 1},
		{rule: "SIU-PSR-004", name: "fictive without birth date on § 108", edit: func(l *Line) { l.PsrID = cpr.Fictive(civil.Date{}, cpr.Male) }, want: []string{"SIU-PSR-004"}, field: "PsrID", line: 1},
		{rule: "SIU-PSR-004", name: "fictive on § 109", edit: func(l *Line) {
			l.PsrID = cpr.Fictive(date("1980-05-17"), cpr.Female)
			l.Account = account("5.38.42", "4.0")
		}},
		{rule: "SIU-PSR-004", name: "fictive child on § 109, no age rule", edit: func(l *Line) {
			l.PsrID = cpr.Fictive(date("2015-05-17"), cpr.Female)
			l.Account = account("5.38.42", "4.0")
		}},
		{rule: "SIU-PSR-005", name: "fails modulus 11", edit: func(l *Line) { l.PsrID = person("1980-05-17", false) }, want: []string{"SIU-PSR-005"}, field: "PsrID", line: 1},
		{rule: "SIU-PSR-005", name: "passes modulus 11", edit: born("1980-05-17")},
		{rule: "SIU-PSR-006", name: "born after the start", edit: born("2025-01-02"), want: []string{"SIU-PSR-006"}, field: "PsrID", line: 1},
		{rule: "SIU-PSR-006", name: "born on the start date", header: func(h *Header) { h.Area = AreaBoern },
			edit: func(l *Line) { l.PsrID = person("2025-01-01", true); l.Account = account("5.28.23", "4.0") }},
		{rule: "SIU-PSR-007", name: "17 at the start", edit: born("2007-01-02"), want: []string{"SIU-PSR-007"}, field: "PsrID", line: 1},
		{rule: "SIU-PSR-007", name: "18 on the start date", edit: born("2007-01-01")},
		{rule: "SIU-PSR-007", name: "child on 5.38 in SAMLET", header: func(h *Header) { h.Area = AreaSamlet }, edit: born("2010-06-01"), want: []string{"SIU-PSR-007"}, field: "PsrID", line: 1},
		{rule: "SIU-PSR-007", name: "17 the day before the 18th birthday", edit: func(l *Line) {
			l.PsrID = person("2007-03-01", true)
			l.Start, l.End, l.Amount = date("2025-02-28"), date("2025-02-28"), dec("1000")
		}, want: []string{"SIU-PSR-007"}, field: "PsrID", line: 1},
		{rule: "SIU-PSR-007", name: "18 on the 18th birthday", edit: func(l *Line) {
			l.PsrID = person("2007-03-01", true)
			l.Start, l.End, l.Amount = date("2025-03-01"), date("2025-03-01"), dec("1000")
		}},
		{rule: "SIU-PSR-008", name: "18 in BOERN", header: func(h *Header) { h.Area = AreaBoern },
			edit: func(l *Line) { l.PsrID = person("2007-01-01", true); l.Account = account("5.28.23", "4.0") },
			want: []string{"SIU-PSR-008"}, field: "PsrID", line: 1},
		{rule: "SIU-PSR-008", name: "17 in BOERN", header: func(h *Header) { h.Area = AreaBoern },
			edit: func(l *Line) { l.PsrID = person("2007-01-02", true); l.Account = account("5.28.23", "4.0") }},

		// account
		{rule: "SIU-KTO-001", name: "zero", edit: func(l *Line) { l.Account = kontoplan.Account{} }, want: []string{"SIU-KTO-001"}, field: "KONTOSTRENG", line: 1},
		{rule: "SIU-KTO-001", name: "empty text", records: []func(*Record){func(r *Record) { r.Account = "" }}, want: []string{"SIU-KTO-001"}, field: "KONTOSTRENG", line: 1},
		{rule: "SIU-KTO-001", name: "present", records: []func(*Record){func(r *Record) {}}},
		{rule: "SIU-KTO-002", name: "letters", records: []func(*Record){func(r *Record) { r.Account = "5.38.x" }}, want: []string{"SIU-KTO-002"}, field: "KONTOSTRENG", line: 1},
		{rule: "SIU-KTO-002", name: "a CPR number in the account column", records: []func(*Record){func(r *Record) { r.Account = r.PsrID }}, want: []string{"SIU-KTO-002"}, field: "KONTOSTRENG", line: 1},
		{rule: "SIU-KTO-002", name: "with spaces around", records: []func(*Record){func(r *Record) { r.Account = " " + r.Account + " " }}, want: []string{"SIU-KTO-002"}, field: "KONTOSTRENG", line: 1},
		{rule: "SIU-KTO-002", name: "dotted", records: []func(*Record){func(r *Record) { r.Account = "5.38.50.1 4.0" }}, want: []string{"SIU-KTO-002"}, field: "KONTOSTRENG", line: 1},
		{rule: "SIU-KTO-002", name: "canonical", records: []func(*Record){func(r *Record) {}}},
		{rule: "SIU-KTO-003", name: "5.38.99", edit: func(l *Line) { l.Account = account("5.38.99", "4.0") }, want: []string{"SIU-KTO-003"}, field: "KONTOSTRENG", line: 1},
		{rule: "SIU-KTO-003", name: "5.38.42", edit: func(l *Line) { l.Account = account("5.38.42", "4.0") }},
		{rule: "SIU-KTO-004", name: "art 4.4", edit: func(l *Line) { l.Account = account("5.38.50", "4.4") }, want: []string{"SIU-KTO-004"}, field: "KONTOSTRENG", line: 1},
		{rule: "SIU-KTO-004", name: "art 9.1 (internal: no sign rule)", edit: func(l *Line) { l.Account = account("5.38.50", "9.1"); l.Amount = dec("-10") }},
		{rule: "SIU-KTO-005", name: "dranst 2", edit: func(l *Line) { l.Account = accountDranst("5.38.50", 2, "4.0") }, want: []string{"SIU-KTO-005"}, field: "KONTOSTRENG", line: 1},
		{rule: "SIU-KTO-005", name: "dranst 7 unknown to the chart", edit: func(l *Line) { l.Account = accountDranst("5.38.50", 7, "4.0") }, want: []string{"SIU-KTO-005"}, field: "KONTOSTRENG", line: 1},
		{rule: "SIU-KTO-005", name: "dranst 1", edit: func(l *Line) { l.Account = accountDranst("5.38.50", 1, "4.0") }},
		{rule: "SIU-KTO-006", name: "5.38.35", edit: func(l *Line) { l.Account = account("5.38.35", "4.0") }, want: []string{"SIU-KTO-006"}, field: "KONTOSTRENG", line: 1},
		{rule: "SIU-KTO-006", name: "5.38.45 is voluntary", edit: func(l *Line) { l.Account = account("5.38.45", "4.0") }, want: []string{"SIU-KTO-007"}},
		{rule: "SIU-KTO-007", name: "5.38.45", edit: func(l *Line) { l.Account = account("5.38.45", "4.0") }, want: []string{"SIU-KTO-007"}, field: "KONTOSTRENG", line: 1},
		{rule: "SIU-KTO-007", name: "5.38.50", edit: func(l *Line) { l.Account = account("5.38.50", "4.0") }},
		{rule: "SIU-KTO-008", name: "5.28 in VOKSEN", edit: func(l *Line) { l.PsrID = person("2010-06-01", true); l.Account = account("5.28.23", "4.0") }, want: []string{"SIU-KTO-008"}, field: "KONTOSTRENG", line: 1},
		{rule: "SIU-KTO-008", name: "5.38 in BOERN", header: func(h *Header) { h.Area = AreaBoern }, want: []string{"SIU-KTO-008"}, field: "KONTOSTRENG", line: 1},
		{rule: "SIU-KTO-008", name: "5.28 in SAMLET", header: func(h *Header) { h.Area = AreaSamlet }, edit: func(l *Line) { l.PsrID = person("2010-06-01", true); l.Account = account("5.28.23", "4.0") }},

		// amount
		{rule: "SIU-BEL-001", name: "comma", records: []func(*Record){func(r *Record) { r.Amount = "24850,00" }}, want: []string{"SIU-BEL-001"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-001", name: "empty", records: []func(*Record){func(r *Record) { r.Amount = "" }}, want: []string{"SIU-BEL-001"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-001", name: "plus sign", records: []func(*Record){func(r *Record) { r.Amount = "+10.00" }}, want: []string{"SIU-BEL-001"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-001", name: "a CPR number with hyphen", records: []func(*Record){func(r *Record) { r.Amount = "170580-1234" }}, want: []string{"SIU-BEL-001"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-001", name: "no decimals", records: []func(*Record){func(r *Record) { r.Amount = "24850" }}, want: []string{"SIU-BEL-001"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-001", name: "exponent", records: []func(*Record){func(r *Record) { r.Amount = "1e2" }}, want: []string{"SIU-BEL-001"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-001", name: "two decimals", records: []func(*Record){func(r *Record) { r.Amount = "24850.00" }}},
		{rule: "SIU-BEL-002", name: "three decimals", edit: func(l *Line) { l.Amount = dec("100.005") }, want: []string{"SIU-BEL-002"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-002", name: "three decimals as text", records: []func(*Record){func(r *Record) { r.Amount = "100.005" }}, want: []string{"SIU-BEL-002"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-002", name: "a trailing zero", edit: func(l *Line) { l.Amount = dec("100.050") }},
		{rule: "SIU-BEL-002", name: "a trailing zero as text", records: []func(*Record){func(r *Record) { r.Amount = "100.050" }}, want: []string{"SIU-BEL-002"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-003", name: "zero", edit: func(l *Line) { l.Amount = dec("0") }, want: []string{"SIU-BEL-003"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-003", name: "-0.00 as text", records: []func(*Record){func(r *Record) { r.Amount = "-0.00" }}, want: []string{"SIU-BEL-003"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-003", name: "one øre", edit: func(l *Line) { l.Amount = dec("0.01") }},
		{rule: "SIU-BEL-004", name: "negative expense", edit: func(l *Line) { l.Amount = dec("-100") }, want: []string{"SIU-BEL-004"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-004", name: "positive income", edit: func(l *Line) { l.Account = account("5.38.50", "7.2"); l.Amount = dec("100") }, want: []string{"SIU-BEL-004"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-004", name: "negative income", edit: func(l *Line) { l.Account = account("5.38.50", "7.2"); l.Amount = dec("-100") }},
		// 424,657.54 over the 31 days of January is 5,000,000.07 a year;
		// 424,657.53 is 4,999,999.95.
		{rule: "SIU-BEL-005", name: "above the threshold", edit: func(l *Line) { l.Amount = dec("424657.54") }, want: []string{"SIU-BEL-005"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-005", name: "negative, above", edit: func(l *Line) { l.Account = account("5.38.50", "7.2"); l.Amount = dec("-424657.54") }, want: []string{"SIU-BEL-005"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-005", name: "as text, above", records: []func(*Record){func(r *Record) { r.Amount = "424657.54" }}, want: []string{"SIU-BEL-005"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-005", name: "below the threshold", edit: func(l *Line) { l.Amount = dec("424657.53") }},
		{rule: "SIU-BEL-005", name: "own threshold", opts: func(o *ValidateOptions) { o.ExtremeThreshold = dec("1000000") }, edit: func(l *Line) { l.Amount = dec("84931.51") }, want: []string{"SIU-BEL-005"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-005", name: "own threshold, below", opts: func(o *ValidateOptions) { o.ExtremeThreshold = dec("1000000") }, edit: func(l *Line) { l.Amount = dec("84931.50") }},
		{rule: "SIU-BEL-005", name: "threshold with three decimals", opts: func(o *ValidateOptions) { o.ExtremeThreshold = dec("1000000.039") }, edit: func(l *Line) { l.Amount = dec("84931.51") }, want: []string{"SIU-BEL-005"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-005", name: "threshold with three decimals, below", opts: func(o *ValidateOptions) { o.ExtremeThreshold = dec("1000000.041") }, edit: func(l *Line) { l.Amount = dec("84931.51") }},
		{rule: "SIU-BEL-006", name: "an amount beyond int64 øre", edit: func(l *Line) { l.Amount = dec("100000000000000000000") }, want: []string{"SIU-BEL-006"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-006", name: "10^16 kroner", edit: func(l *Line) { l.Amount = dec("10000000000000000") }, want: []string{"SIU-BEL-006"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-006", name: "-10^16 kroner as text", records: []func(*Record){func(r *Record) { r.Amount = "-10000000000000000.00" }}, want: []string{"SIU-BEL-006"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-006", name: "a huge exponent", edit: func(l *Line) { l.Amount = decimal.New(1, 1_000_000_000) }, want: []string{"SIU-BEL-006"}, field: "BELOEB", line: 1},
		{rule: "SIU-BEL-006", name: "the largest amount, income", edit: func(l *Line) { l.Amount = dec("-9999999999999999.99"); l.Account = account("5.38.50", "7.2") }, want: []string{"SIU-BEL-005"}},
		{rule: "SIU-BEL-005", name: "a year at the threshold", edit: func(l *Line) { l.Amount = dec("5000000"); l.End = date("2025-12-31") }},

		// period
		{rule: "SIU-PER-001", name: "no start", edit: func(l *Line) { l.Start = civil.Date{} }, want: []string{"SIU-PER-001"}, field: "STARTDATO", line: 1},
		{rule: "SIU-PER-001", name: "no end", records: []func(*Record){func(r *Record) { r.End = "" }}, want: []string{"SIU-PER-001"}, field: "SLUTDATO", line: 1},
		{rule: "SIU-PER-001", name: "one day", edit: func(l *Line) { l.End, l.Amount = l.Start, dec("1000") }},
		{rule: "SIU-PER-002", name: "month 13", records: []func(*Record){func(r *Record) { r.Start = "2025-13-01" }}, want: []string{"SIU-PER-002"}, field: "STARTDATO", line: 1},
		{rule: "SIU-PER-002", name: "Danish form", records: []func(*Record){func(r *Record) { r.End = "31-01-2025" }}, want: []string{"SIU-PER-002"}, field: "SLUTDATO", line: 1},
		{rule: "SIU-PER-002", name: "31 December", records: []func(*Record){func(r *Record) { r.End = "2025-12-31" }}},
		{rule: "SIU-PER-003", name: "end the day before start", edit: func(l *Line) { l.End = l.Start.AddDays(-1) }, want: []string{"SIU-PER-003"}, field: "SLUTDATO", line: 1},
		{rule: "SIU-PER-003", name: "end on start", edit: func(l *Line) { l.End, l.Amount = l.Start, dec("1000") }},
		{rule: "SIU-PER-004", name: "2024", edit: func(l *Line) { l.Start, l.End = date("2024-01-01"), date("2024-12-31") }, want: []string{"SIU-PER-004"}, field: "STARTDATO", line: 1},
		{rule: "SIU-PER-004", name: "2026", edit: func(l *Line) { l.Start, l.End = date("2026-01-01"), date("2026-01-31") }, want: []string{"SIU-PER-004"}, field: "STARTDATO", line: 1},
		{rule: "SIU-PER-004", name: "ends on 1 January", edit: func(l *Line) { l.Start, l.End = date("2024-12-01"), date("2025-01-01") }},
		{rule: "SIU-PER-004", name: "the insurance case of dst-qa-2025", edit: func(l *Line) { l.Start, l.End = date("2025-07-01"), date("2026-06-30") }},
		{rule: "SIU-PER-005", name: "367 days", edit: func(l *Line) { l.Start, l.End = date("2025-01-01"), date("2026-01-02") }, want: []string{"SIU-PER-005"}, field: "SLUTDATO", line: 1},
		{rule: "SIU-PER-005", name: "366 days", edit: func(l *Line) { l.Start, l.End = date("2025-01-01"), date("2026-01-01") }},

		// delivery
		{rule: "SIU-LEV-001", name: "no lines", empty: true, want: []string{"SIU-LEV-001"}},
		{rule: "SIU-LEV-001", name: "one line", edit: func(l *Line) {}},
		{rule: "SIU-LEV-002", name: "the same line twice", lines: []func(*Line){func(*Line) {}, func(*Line) {}}, want: []string{"SIU-LEV-002"}, line: 2},
		{rule: "SIU-LEV-002", name: "a copy after other months", lines: []func(*Line){
			func(*Line) {}, monthOf("2025-02-01", "2025-02-28"), monthOf("2025-03-01", "2025-03-31"), func(*Line) {},
		}, want: []string{"SIU-LEV-002"}, line: 4},
		{rule: "SIU-LEV-002", name: "same period, another amount", lines: []func(*Line){func(*Line) {}, func(l *Line) { l.Amount = dec("1.00") }}, want: []string{"SIU-LEV-003"}},
		{rule: "SIU-LEV-002", name: "same line, another citizen", lines: []func(*Line){func(*Line) {}, born("1981-05-17")}},
		{rule: "SIU-LEV-003", name: "one day in common", lines: []func(*Line){func(*Line) {}, monthOf("2025-01-31", "2025-02-28")}, want: []string{"SIU-LEV-003"}, line: 2},
		{rule: "SIU-LEV-003", name: "months that touch", lines: []func(*Line){func(*Line) {}, monthOf("2025-02-01", "2025-02-28")}},
		{rule: "SIU-LEV-003", name: "same period, another account", lines: []func(*Line){func(*Line) {}, func(l *Line) { l.Account = account("5.38.42", "4.0") }}},
		{rule: "SIU-LEV-003", name: "fictive numbers stand for many citizens", lines: []func(*Line){
			func(l *Line) { l.PsrID = cpr.MustParse("1234569998"); l.Account = account("5.38.42", "4.0") },
			func(l *Line) { l.PsrID = cpr.MustParse("1234569998"); l.Account = account("5.38.42", "4.0") },
		}},
	}
}

func periodIn(year string) func(*Line) {
	return func(l *Line) { l.Start, l.End = date(year+"-01-01"), date(year+"-01-31") }
}

func monthOf(start, end string) func(*Line) {
	return func(l *Line) { l.Start, l.End = date(start), date(end) }
}

// run feeds the case to a Validator.
func (tc ruleCase) run() ([]Finding, int) {
	h := testHeader()
	if tc.header != nil {
		tc.header(&h)
	}
	o := testOptions()
	if tc.opts != nil {
		tc.opts(&o)
	}
	v := NewValidator(h, o)
	switch {
	case tc.empty:
	case tc.records != nil:
		for _, e := range tc.records {
			r := baseRecord()
			if tc.edit != nil {
				panic("edit and records")
			}
			e(&r)
			v.AddRecord(r)
		}
	case tc.lines != nil:
		for _, e := range tc.lines {
			l := baseLine()
			if tc.edit != nil {
				tc.edit(&l)
			}
			e(&l)
			v.Add(l)
		}
	default:
		l := baseLine()
		if tc.edit != nil {
			tc.edit(&l)
		}
		v.Add(l)
	}
	return v.Findings(), v.Len()
}

func TestRules(t *testing.T) {
	if fs := Validate(Delivery{Header: testHeader(), Lines: []Line{baseLine()}}, testOptions()); len(fs) != 0 {
		t.Fatalf("the base line is not clean: %v", fs)
	}
	for _, tc := range ruleCases() {
		t.Run(tc.rule+"/"+tc.name, func(t *testing.T) {
			fs, n := tc.run()
			checkFindings(t, fs, n)
			want := tc.want
			if want == nil {
				want = []string{}
			}
			if diff := cmp.Diff(want, codes(fs)); diff != "" {
				t.Fatalf("codes (-want +got):\n%s\nfindings: %v", diff, fs)
			}
			for _, f := range fs {
				if f.Code != tc.rule {
					continue
				}
				if tc.field != "" && f.Field != tc.field {
					t.Errorf("field %q, want %q", f.Field, tc.field)
				}
				if f.Line != tc.line {
					t.Errorf("line %d, want %d", f.Line, tc.line)
				}
			}
		})
	}
}

// TestRulesCovered checks that every rule of the catalogue has a case that
// triggers it alone and a boundary case that does not trigger it.
func TestRulesCovered(t *testing.T) {
	alone, boundary := map[string]bool{}, map[string]bool{}
	for _, tc := range ruleCases() {
		if slices.Equal(tc.want, []string{tc.rule}) {
			alone[tc.rule] = true
		}
		if !slices.Contains(tc.want, tc.rule) {
			boundary[tc.rule] = true
		}
		if _, ok := LookupRule(tc.rule); !ok {
			t.Errorf("case %s/%s: no such rule", tc.rule, tc.name)
		}
	}
	for _, r := range Rules() {
		if !alone[r.Code] {
			t.Errorf("%s: no case triggers it alone", r.Code)
		}
		if !boundary[r.Code] {
			t.Errorf("%s: no boundary case", r.Code)
		}
	}
}
