package web

import "fmt"

// messages are the texts Check says to the person at the page, in Danish
// and English, by key.
var messages = map[string][2]string{
	"municipality": {"Angiv kommunens tre cifre, fx 461.", "Give the municipality's three-digit code, e.g. 461."},
	"year":         {"Angiv budgetåret, fx 2025.", "Give the budget year, e.g. 2025."},
	"area":         {"Området skal være VOKSEN, BOERN eller SAMLET.", "The area must be VOKSEN, BOERN or SAMLET."},
	"created":      {"Dannet skal skrives som RFC 3339, fx 2026-03-02T09:15:00+01:00.", "Created must be RFC 3339, e.g. 2026-03-02T09:15:00+01:00."},
	"ignore":       {"Regler at se bort fra: %v.", "Rules to ignore: %v."},
	"decimal":      {"Decimaltegnet skal være , eller . (eller tomt).", "The decimal mark must be , or . (or empty)."},
	"empty":        {"Ingen XML-fil: filen har ingen linjer, og en tom levering ville slette områdets (%s) data for budgetåret hos DST.", "No XML file: the file has no lines, and an empty delivery would erase the data of the area (%s) for the budget year at DST."},
	"notSheet":     {"Filen er en %s-fil: siden læser CSV- og XLSX-filer. Tjek en SIU-XML-fil med 'siu check'.", "The file is a %s file: the page reads CSV and XLSX files. Check an SIU XML file with 'siu check'."},
	"unreadable":   {"Ingen XML-fil: filen kan ikke læses: %s", "No XML file: the file cannot be read: %s"},
	"noEmail":      {"Ingen XML-fil: angiv e-mailadressen, som DST sender kvitteringen til.", "No XML file: give the e-mail address that receives DST's receipt."},
	"hasErrors":    {"Ingen XML-fil: linjerne har fejl (se fundene).", "No XML file: the lines have errors (see the findings)."},
	"notWritten":   {"Ingen XML-fil: %v", "No XML file: %v"},
}

// msg returns the message key in lang ("da" or "en"), formatted with args.
func msg(lang, key string, args ...any) string {
	m := messages[key]
	s := m[0]
	if lang == "en" {
		s = m[1]
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}
