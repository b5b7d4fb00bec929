package siu

import (
	"testing"
)

// FuzzValidator feeds random records to the validator: it must not panic,
// every finding must come from the catalogue, and no finding may hold a
// whole CPR number.
func FuzzValidator(f *testing.F) {
	r := baseRecord()
	f.Add(r.PsrID, r.Account, r.Amount, r.Start, r.End, 2025, uint8(1))
	f.Add("1234569998", r.Account, "-0.001", "2025-02-29", "2024-12-31", 2022, uint8(2))
	f.Add("7705801234", "5.38.50", "1e9", "", "2025-01-01", 0, uint8(3))
	f.Add("170580-1234", r.PsrID, r.PsrID, r.PsrID, r.PsrID, 1705801234, uint8(0))
	f.Add(" 0101004321 ", "0538501000000040", "99999999999999999999.99", "0001-01-01", "9999-12-31", 9999, uint8(9))
	f.Fuzz(func(t *testing.T, psr, acct, amount, start, end string, year int, area uint8) {
		h := Header{Municipality: 101, Year: year, Area: Area(area)}
		v := NewValidator(h, testOptions())
		rec := Record{PsrID: psr, Account: acct, Amount: amount, Start: start, End: end}
		v.AddRecord(rec)
		v.AddRecord(rec) // a duplicate, when it parses
		v.AddRecord(Record{PsrID: psr, Account: acct, Amount: "1.00", Start: start, End: end})
		v.AddRecord(baseRecord())
		fs := v.Findings()
		checkFindings(t, fs, 4)
	})
}

// FuzzServesParagraph109 checks that reading paragraph lists ends and does
// not panic on any text.
func FuzzServesParagraph109(f *testing.F) {
	for _, s := range []string{"SEL § 109", "§§ 107-110", "§§ 107, 109 og 110", "§", "§ 1090", "§ 1-", "§ 5, og"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		servesParagraph109([]string{s})
	})
}
