// Package report renders what siukit finds for people to read: the
// validation report as text and JSON (the forms of 'siu validate'), the
// totals per function and art and their reconciliation with the accounts
// (the forms of 'siu summary'), the comparison of two full loads (package
// diff; the form of 'siu diff'), and one self-contained HTML report of all
// of it (the form of 'siu report').
//
// # The HTML report
//
// Build reads a file's records once (package source) and returns a Page;
// WriteHTML writes it as one HTML file with inline CSS and inline SVG, no
// script, and no request to the network or to another file, so that it
// opens from file:// anywhere, offline, as 'go tool cover -html' does. Its
// content follows DST's own validation report (SOURCES.md: dst-dialog): the
// verdict, the red marks (errors: DST rejects) and yellow marks (warnings:
// the municipality must comment) counted and then listed by rule with the
// lines they concern, the totals per function and art (reconciled with the
// accounts when they are given, SOURCES.md: dst-doc-siu), and three
// pictures drawn with gonum.org/v1/plot: the distribution of the lines'
// annualised amounts (siu.Annualised) with the extreme-value threshold of
// SIU-BEL-005 marked, the expenses per month of the budget year per area,
// and the functions with the most findings. The page is in Danish by
// default, in English with Options.Lang "en". Every text that comes from
// the input is escaped by html/template.
//
// The report is bounded whatever the size of the input: each rule lists at
// most Options.MaxPerRule findings (DefaultMaxPerRule) and counts the rest,
// and the totals and the pictures are added up line by line in fixed-size
// tables (Builder); only the validator's own state grows with the input
// (see siu.Validator).
//
// # Answers to yellow marks
//
// DST asks the municipality to comment on each warning. The municipality
// keeps its comments in a CSV file beside the export (ReadAnswers): the rule,
// the line's identity by citizen, account and period, never a line number,
// so that an answer survives a re-export and a reordering, and the comment:
//
//	Regel;CPR;Konto;Start;Slut;Kommentar
//	SIU-BEL-004;010180-1234;5.38.50.1 4.0;01-03-2025;31-03-2025;Kreditnota for februar
//
// Validate and Build match each warning with its answer (Answers.Match) and
// show it answered or open; Answers.Unused lists the answers that no longer
// match any warning. WriteAnswers writes the same form, a template to fill in.
//
// The answers file holds CPR numbers: it is personal data like the export
// beside which it is kept, and must be stored and deleted like it.
//
// # Personal data
//
// No report holds a whole CPR number: lines show it masked (DDMMYY-****,
// cpr.Number's String), and every message and comment passes through
// cpr.Redact. A report still shows data about individuals (amounts,
// periods and birth dates of identifiable citizens): treat it as personal
// data too.
package report
