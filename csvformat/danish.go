package csvformat

import (
	"encoding/csv"

	"github.com/siukit/siukit/internal/errtext"
	"github.com/siukit/siukit/siu"
)

// danish is the Danish wording of this package's errors, in one place: of
// each cause (the Err variables, and the causes of other packages that a
// ParseError wraps), of each format of detail, phrase and notText, and of
// the texts shown whole (the hints). ParseError.Danish, LimitError.Danish
// and Hint.Danish read it; TestDanish checks that it is complete.
var danish = &errtext.Table{
	Causes: map[error]string{
		ErrEmpty:           "ingen overskriftslinje: filen er tom",
		ErrNotText:         "filen er ikke en tekstfil",
		ErrMissingColumn:   "en påkrævet kolonne mangler",
		ErrDuplicateColumn: "kolonnen er angivet to gange",
		ErrFieldCount:      "forkert antal felter",
		ErrFieldTooLong:    "feltet er for langt",
		ErrRecordTooLong:   "posten er for lang",
		ErrEncoding:        "ugyldig UTF-8",
		ErrAmount:          "ugyldigt beløb",
		ErrAmbiguousAmount: "ugyldigt beløb, tvetydigt",
		ErrEmptyField:      "tomt felt",
		ErrDate:            "ugyldig dato",
		ErrNumberCell:      "tal i eksponentform, cifre er gået tabt",
		ErrSheet:           "arket findes ikke",
		ErrXLSX:            "XLSX-filen kan ikke læses",
		ErrTooLarge:        "filen er for stor",
		ErrMergedCell:      "flettede celler",

		// Causes of encoding/csv and of the record grammar (package siu),
		// which a ParseError wraps as they are.
		csv.ErrQuote:     `ekstra eller manglende " i et felt i anførselstegn`,
		csv.ErrBareQuote: `" i et felt uden anførselstegn`,
		siu.ErrMissing:   "værdien mangler",
		siu.ErrMalformed: "ugyldig værdi",
		siu.ErrRange:     "værdien er uden for det tilladte område",
		siu.ErrDecimals:  "beløbet har mere end to decimaler",
	},
	Words: map[string]string{
		HintLostZero: "CPR-kolonnen ser ud til at være gemt som tal i Excel og har mistet sit foranstillede nul: gem kolonnen som tekst",
		HintSaveCSV:  "gem arket som CSV (semikolonsepareret) i Excel, og læs den fil i stedet",
		"ambiguous amount: 1.250 could be 1250 or 1,25; write 1.250,00 or 1250.00": "tvetydigt beløb: 1.250 kan være 1250 eller 1,25; skriv 1.250,00 eller 1250.00",

		hiddenValue: "værdien (vises ikke: ti cifre eller flere)",
		hiddenName:  "navnet vises ikke: ti cifre eller flere",
		wantDate:    "skriv dd-mm-åååå, f.eks. 01-03-2025",

		// LimitError.What and Part.
		"the workbook":           "projektmappen",
		"bytes":                  "bytes",
		"parts":                  "dele",
		"bytes unpacked in all":  "bytes pakket ud i alt",
		"bytes unpacked":         "bytes pakket ud",
		"ranges of merged cells": "områder af flettede celler",
		"shared strings":         "delte strenge",
		"cells":                  "celler",
	},
	Formats: map[string]string{
		// LimitError
		"%v: %s: more than %d %s": "%v: %s: mere end %d %s",

		// Amounts
		"two signs": "to fortegn",
		"%s holds %s; want digits, an optional sign, a decimal mark and thousands separators": "%s indeholder %s; skriv cifre, evt. et fortegn, et decimaltegn og tusindtalsseparatorer",
		"%s holds no digits":       "%s indeholder ingen cifre",
		"%s has two decimal marks": "%s har to decimaltegn",
		"%s could be read with %q as decimal mark or as thousands separator, and no earlier amount shows the file's decimal mark": "%s kan læses med %q som decimaltegn eller som tusindtalsseparator, og intet tidligere beløb viser filens decimaltegn",
		"%s groups thousands with both spaces and %q":                                   "%s deler tusinder med både mellemrum og %q",
		"%s uses %q as decimal mark, but the file uses %q":                              "%s bruger %q som decimaltegn, men filen bruger %q",
		"%s has no digits after the decimal mark":                                       "%s har ingen cifre efter decimaltegnet",
		"%s has a separator among its decimals":                                         "%s har en separator blandt decimalerne",
		"%s has thousands separators in the wrong places (want groups of three digits)": "%s har tusindtalsseparatorer de forkerte steder (skriv grupper af tre cifre)",
		"a byte that is not text":                                                       "en byte, der ikke er tekst",
		"the character %s":                                                              "tegnet %s",
		"number cell holds %s":                                                          "talcellen indeholder %s",
		"empty":                                                                         "tomt",
		"not a number":                                                                  "ikke et tal",
		"%s is not a plain decimal such as -1250.50":                                    "%s er ikke et simpelt decimaltal som -1250.50",
		"use %s , when the file's amounts have a decimal comma (1.250,00), or %s . when they have a decimal point (1,250.00)": "brug %s , når filens beløb har decimalkomma (1.250,00), eller %s . når de har decimalpunktum (1,250.00)",
		"the spreadsheet stored the %s column as numbers; store it as text":                                                   "regnearket har gemt kolonnen %s som tal; gem den som tekst",
		"%v":                     "%v",
		"invalid CPR number: %v": "ugyldigt CPR-nummer: %v",
		"invalid account: %v":    "ugyldig konto: %v",
		"a posting needs its %s": "en postering skal have sin %s",
		"the file starts with a UTF-8 byte order mark, but this field is not UTF-8": "filen starter med et UTF-8-byte-order-mark, men dette felt er ikke UTF-8",
		"the field is neither UTF-8 nor Windows-1252":                               "feltet er hverken UTF-8 eller Windows-1252",
		"the header must be in line %d (%s %d)":                                     "overskriften skal stå i linje %d (%s %d)",
		"%s; if the lines are on another sheet, name it with %s (%s)":               "%s; hvis linjerne står på et andet ark, så angiv det med %s (%s)",
		"%s; if the lines are on another sheet, name it with %s":                    "%s; hvis linjerne står på et andet ark, så angiv det med %s",
		"the input has no line %d that is not blank":                                "filen har ingen linje %d, der ikke er tom",
		"line %d is blank": "linje %d er tom",
		"columns %d (%s) and %d (%s) are both the %s column":                                           "kolonne %d (%s) og %d (%s) er begge kolonnen %s",
		"no %s column (accepted names: %s)":                                                            "ingen kolonne %s (godkendte navne: %s)",
		"line %d is longer than %d bytes":                                                              "linje %d er længere end %d bytes",
		"%d fields, but the header has %d":                                                             "%d felter, men overskriften har %d",
		"%d bytes; the limit is %d":                                                                    "%d bytes; grænsen er %d",
		"a record is longer than %d bytes (is a quote never closed?); reading stopped":                 "en post er længere end %d bytes (er et anførselstegn aldrig lukket?); læsningen er stoppet",
		"it holds control characters":                                                                  "den indeholder kontroltegn",
		"the first line holds control characters":                                                      "første linje indeholder kontroltegn",
		"it looks like an XLSX (ZIP) file; read it with OpenXLSX":                                      "den ligner en XLSX-fil (ZIP); læs den med OpenXLSX",
		"it looks like an old Excel (.xls) file; save it as CSV or XLSX":                               "den ligner en gammel Excel-fil (.xls); gem den som CSV eller XLSX",
		"%v (a field with a quote in it must be quoted and the quote doubled, as in \"=\"\"...\"\"\")": "%v (et felt med et anførselstegn i skal stå i anførselstegn, og anførselstegnet skal fordobles, som i \"=\"\"...\"\"\")",
		"%v (the record runs on to line %d)":                                                           "%v (posten fortsætter til linje %d)",
		"the header must name the columns within the first %d lines that are not blank; if it is further down, give its line number with %s": "overskriften skal navngive kolonnerne inden for de første %d linjer, der ikke er tomme; står den længere nede, så angiv dens linjenummer med %s",

		// Dates
		"%s is not a date (%s)":                                                  "%s er ikke en dato (%s)",
		"%s has a time of day other than midnight":                               "%s har et klokkeslæt, der ikke er midnat",
		"%s uses slashes, which can mean day/month or month/day (%s)":            "%s bruger skråstreger, som kan betyde dag/måned eller måned/dag (%s)",
		"%s: a date that starts with the year takes '-' (åååå-mm-dd)":            "%s: en dato, der starter med året, skrives med '-' (åååå-mm-dd)",
		"%s: the year must have four digits (%s)":                                "%s: året skal have fire cifre (%s)",
		"%s: day and month take one or two digits (%s)":                          "%s: dag og måned har et eller to cifre (%s)",
		"%s: no such day: there is no month %d":                                  "%s: dagen findes ikke: der er ingen måned %d",
		"%s: no such day: %s %d has %d days":                                     "%s: dagen findes ikke: %s %d har %d dage",
		"date cell holds %s":                                                     "datocellen indeholder %s",
		"date cell holds a time of day other than midnight":                      "datocellen indeholder et klokkeslæt, der ikke er midnat",
		"date cell holds day 60, Excel's 29 February 1900, which does not exist": "datocellen indeholder dag 60, Excels 29. februar 1900, som ikke findes",
		"date cell holds the day number %s, outside 1900-9999":                   "datocellen indeholder dagnummeret %s, uden for 1900-9999",
		"%s is not a date YYYY-MM-DD":                                            "%s er ikke en dato ÅÅÅÅ-MM-DD",

		// Totals
		"more than %d bytes or %d lines":                      "mere end %d bytes eller %d linjer",
		"want a header line funktion;art;beløb":               "skriv en overskriftslinje funktion;art;beløb",
		"a second %s column":                                  "endnu en kolonne %s",
		"no %s column: want a header line funktion;art;beløb": "ingen kolonne %s: skriv en overskriftslinje funktion;art;beløb",
		"not a function such as 5.38.50":                      "ikke en funktion som 5.38.50",
		"not an art such as 4.0":                              "ikke en art som 4.0",

		// XLSX
		"the workbook is damaged":                              "projektmappen er beskadiget",
		"the file is not an XLSX workbook (a ZIP archive)":     "filen er ikke en XLSX-projektmappe (et ZIP-arkiv)",
		"the workbook is damaged (%v)":                         "projektmappen er beskadiget (%v)",
		"the sheet is damaged (%v)":                            "arket er beskadiget (%v)",
		"the workbook has no sheet":                            "projektmappen har intet ark",
		"no sheet named %s":                                    "intet ark med navnet %s",
		"name one of the workbook's sheets with %s: %s":        "angiv et af projektmappens ark med %s: %s",
		"sheet %s is not a worksheet (a chart?) or is missing": "arket %s er ikke et regneark (et diagram?) eller mangler",
		"name another sheet with %s: %s":                       "angiv et andet ark med %s: %s",
		"%s and %d more":                                       "%s og %d til",
		"%s":                                                   "%s",
		"cells %s %s":                                          "cellerne %s %s",
		"are merged across columns; unmerge them":              "er flettet på tværs af kolonner; ophæv fletningen",
		"are merged: the amount in %s cannot count for every row; unmerge the cells and give each row its amount": "er flettet: beløbet i %s kan ikke gælde for hver række; ophæv fletningen, og giv hver række sit beløb",
		"are merged, and the value in %s is too long to apply to every row; unmerge them":                         "er flettet, og værdien i %s er for lang til at gælde for hver række; ophæv fletningen",
	},
}
