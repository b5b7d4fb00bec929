// Package sample generates realistic, wholly fictional SIU data, and ships a
// fictional municipality's year as sample data.
//
// # The generator
//
// New returns a Generator for a Config: a seed, a number of lines, a budget
// year, a municipality code and an area. Its Postings, Lines and Records
// produce exactly Config.Lines items as an iterator, generated as they are
// consumed, in constant memory whatever the number; Delivery
// collects them with a header. The same Config gives the same data on
// every machine, architecture and Go version from 1.24: the only source of
// randomness is the raw output of math/rand/v2's PCG, and every value is
// derived from it with integer arithmetic.
//
// The data looks like a municipality's year (the numbers are modeled, in
// one table in profile.go): citizens with stays of days (kvindekrisecentre,
// herberger) to years (botilbud) on functions 5.38.42, 5.38.45, 5.38.50,
// 5.38.51 and 5.38.52 for adults and 5.28.20, 5.28.22, 5.28.23 and 5.28.24
// for children (the functions the year's chart puts in SIU's scope); monthly invoices prorated by days, per-day rates at shelters,
// some stays invoiced quarterly in advance so that the last period runs
// into the next year, DST's insurance case (1 July to 30 June), egenbetaling
// on art 7.2 as negative amounts, occasional credit notes (negative amounts
// on an expense art), and some citizens who move from one kind of stay to
// another. Expenses are booked on arts 4.0, 4.7 and 4.8, all with dranst 1.
//
// # Numbers: no real persons
//
// Every citizen gets one of SIU's fictive numbers (cpr.Fictive): a birth
// date followed by 9998 for a woman or 9999 for a man, or 1234569998 and
// 1234569999 for some anonymous women at shelters. DST prescribes these
// numbers for anonymous citizens and treats them as fictive, so no
// generated line can be taken for a real person's data. Inventing serial
// numbers instead would make numbers that CPR may have issued to someone.
// The birth dates are spread over the age group (adults 18 and over,
// children under 18) without repeats for the first 25,000 or so adults
// and 6,000 or so children of each sex; beyond that numbers repeat.
//
// The price: siu's validator warns (SIU-PSR-004) about a fictive number
// outside a § 109 function, which is every generated line that is not on
// 5.38.42. For benchmark data that is as it should be; when validating
// the sample data, expect that warning on those lines.
//
// # Sample data
//
// PostingsCSV returns a fictional municipality's 3,010 postings for budget
// year 2025 over both areas, as a Danish spreadsheet exports them
// (semicolons, decimal comma with thousands dots, dd-mm-yyyy dates, and two
// extra columns, Bilag and Tekst, that csvformat ignores); FS gives the
// same file as an fs.FS, and Header the header to deliver it with. The
// header carries a real municipality code (461) because a delivery must,
// but the data belongs to no municipality.
//
// The file holds twelve deliberate mistakes, which Mistakes lists with the
// rule each should trigger: an invoice without an end date (SIU-PER-001),
// an amount with three decimals (SIU-BEL-002), dranst 3 (SIU-KTO-005), a
// replacement number made from a fictive one by adding 60 to the day
// (SIU-PSR-003), start and end swapped (SIU-PER-003),
// egenbetaling with a positive sign (SIU-BEL-004), a function outside SIU
// (SIU-KTO-006), the activity period instead of the expense period
// (SIU-PER-005), an amount typed ten times too large (SIU-BEL-005), a zero
// amount (SIU-BEL-003), a nine-digit CPR number (SIU-PSR-002) and a late
// invoice for the year before (SIU-PER-004). CorrectedPostingsCSV is the
// same file with every mistake corrected.
//
// Mistakes a validator cannot see in this data are left out: a duplicate
// invoice and a child on an adult function, because the validator
// deliberately does not compare the lines of fictive numbers or apply age
// rules to them.
//
// The files are made by this package's own generator: go test ./sample
// -run TestSampleData -update rewrites them, and plain go test checks that
// they are up to date.
package sample
