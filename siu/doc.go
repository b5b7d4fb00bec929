// Package siu models SIU, Danmarks Statistik's statistic of the municipal
// expenses for social services per citizen (individhenførbare udgifter),
// and checks a delivery the way DST will.
//
// A Delivery is one file: a Header (municipality, budget year, area, test
// or production, system, receipt contact) and its Lines, each one citizen's
// expense or income on one account over one period. The 98 municipalities
// are embedded (LookupMunicipality, Municipalities).
//
// # Validation
//
// Validate checks a whole delivery; a Validator checks one that streams by,
// a line (Add) or a raw text record (AddRecord) at a time, in memory that
// grows with the distinct (citizen, account) pairs, not with the lines.
// Both return every Finding at once: a stable rule code, a severity, the
// 1-based line number, the field, and a message in Danish and English.
//
// Every code comes from one catalogue (Rules, LookupRule), rendered as
// RULES.md at the root of the repository (WriteRulesMarkdown). Each rule
// names its source: a public DST or ministry document, or "modeled" for a
// decision of this project where no public source says more. Severities are
// modeled on DST's validation reports: Error for red (DST rejects), Warning
// for yellow (the municipality must comment), Info for a note.
//
// No finding holds a CPR number, whole or masked, nor repeats a field's raw
// text: a finding names its line, and the line names the citizen.
package siu
