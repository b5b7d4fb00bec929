package csvformat

import (
	"strings"
	"unicode"
)

// field is one of the five SIU columns.
type field int

const (
	fieldPsrID field = iota
	fieldAccount
	fieldAmount
	fieldStart
	fieldEnd
	numFields
)

// columnNames are the names the Writer writes, one per field: the first
// name a reader of the file sees.
var columnNames = [numFields]string{"CPR", "Konto", "Beløb", "Startdato", "Slutdato"}

// aliases maps the folded form of every accepted header name (see fold) to
// its field. doc.go lists the same names; keep the two in step.
var aliases = map[string]field{
	"cpr":          fieldPsrID,
	"cprnr":        fieldPsrID,
	"cprnummer":    fieldPsrID,
	"personnummer": fieldPsrID,
	"psrid":        fieldPsrID,

	"konto":       fieldAccount,
	"kontonr":     fieldAccount,
	"kontonummer": fieldAccount,
	"kontostreng": fieldAccount,
	"account":     fieldAccount,

	"beloeb": fieldAmount,
	"belob":  fieldAmount,
	"amount": fieldAmount,

	"start":        fieldStart,
	"startdato":    fieldStart,
	"fra":          fieldStart,
	"fradato":      fieldStart,
	"periodestart": fieldStart,
	"startdate":    fieldStart,

	"slut":        fieldEnd,
	"slutdato":    fieldEnd,
	"til":         fieldEnd,
	"tildato":     fieldEnd,
	"periodeslut": fieldEnd,
	"end":         fieldEnd,
	"enddate":     fieldEnd,
}

// fold returns the form in which header names are compared: lower case, æ ø
// å written ae oe aa, and everything but letters and digits dropped. So
// "Beløb", "BELOEB" and "beloeb" are one name, as are "CPR-nummer" and
// "cpr nummer".
func fold(name string) string {
	var b strings.Builder
	for _, r := range name {
		r = unicode.ToLower(r)
		switch {
		case r == 'æ':
			b.WriteString("ae")
		case r == 'ø':
			b.WriteString("oe")
		case r == 'å':
			b.WriteString("aa")
		case r < utf8RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			b.WriteRune(r)
		case r >= utf8RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		}
	}
	return b.String()
}

const utf8RuneSelf = 0x80

// Header describes the header line of the input.
type Header struct {
	// Comma is the field separator: found in the header line or set in
	// Reader.Comma. Zero for XLSX.
	Comma rune
	// Line is the line (CSV) or row (XLSX) of the header.
	Line int
	// Names are the column names as the file writes them (decoded to UTF-8
	// and trimmed), in file order.
	Names []string
	// Ignored are the names of the columns the Reader does not use, in file
	// order. Unnamed columns are not listed.
	Ignored []string
	// Skipped are the lines (rows) above the header that are not blank and
	// were skipped as titles, in file order.
	Skipped []int
}

// columnMap says where each field sits in a record.
type columnMap [numFields]int

// mapHeader finds the five fields among the header names. It reports a
// missing or duplicate column as an error naming it, and how many of the
// five fields it found (a duplicate counts once).
func mapHeader(names []string) (columnMap, []string, int, error) {
	var m columnMap
	for i := range m {
		m[i] = -1
	}
	var ignored []string
	var dup error
	found := 0
	for i, name := range names {
		f, ok := columnOf(name)
		if !ok {
			if name != "" {
				ignored = append(ignored, name)
			}
			continue
		}
		if j := m[f]; j >= 0 {
			if dup == nil {
				dup = &ParseError{Column: i + 1, Name: name, Err: detail(ErrDuplicateColumn,
					"columns %d (%s) and %d (%s) are both the %s column", j+1, safeText(names[j]), i+1, safeText(name), columnNames[f])}
			}
			continue
		}
		m[f] = i
		found++
	}
	if dup != nil {
		return m, nil, found, dup
	}
	for f, j := range m {
		if j < 0 {
			return m, nil, found, &ParseError{Err: detail(ErrMissingColumn,
				"no %s column (accepted names: %s)", columnNames[f], acceptedNames(field(f)))}
		}
	}
	return m, ignored, found, nil
}

// columnOf returns the field a header name means: its folded form is an
// accepted name, either as it is or without a trailing unit or
// parenthetical (see stripUnit).
func columnOf(name string) (field, bool) {
	if f, ok := aliases[fold(name)]; ok {
		return f, true
	}
	if base := stripUnit(name); base != name {
		if f, ok := aliases[fold(base)]; ok {
			return f, true
		}
	}
	return 0, false
}

// units are the words, folded, that may follow a column name as its unit:
// "Beløb kr.", "Beløb i kr", "Beløb, DKK".
var units = map[string]bool{"kr": true, "kroner": true, "dkk": true}

// stripUnit returns name without what may follow a column name: any
// trailing parentheticals ("Beløb (kr.)", "Startdato (dd-mm-åååå)",
// "Beløb [DKK]"), then a trailing unit word, optionally after "i" or "in"
// or a comma ("Beløb i kr", "Beløb, kr.", "Beløb DKK"). Only whole words are
// stripped, so "Beløbstype" stays as it is. It never strips the whole name.
func stripUnit(name string) string {
	s := strings.TrimSpace(name)
	for {
		n := len(s)
		if n == 0 || (s[n-1] != ')' && s[n-1] != ']') {
			break
		}
		open := strings.LastIndexByte(s, map[byte]byte{')': '(', ']': '['}[s[n-1]])
		if open <= 0 {
			break
		}
		s = strings.TrimSpace(s[:open])
	}
	// The last word, and what stands before it.
	t := strings.TrimRight(s, " .")
	i := strings.LastIndexAny(t, " ,")
	if i > 0 && units[fold(t[i+1:])] {
		rest := strings.TrimRight(t[:i], " ,")
		if j := strings.LastIndexByte(rest, ' '); j > 0 && (fold(rest[j+1:]) == "i" || fold(rest[j+1:]) == "in") {
			rest = strings.TrimRight(rest[:j], " ,")
		}
		if fold(rest) != "" {
			s = rest
		}
	}
	if fold(s) == "" {
		return name
	}
	return s
}

// accepted lists the header names of each field as doc.go shows them.
var accepted = [numFields]string{
	"CPR, CPR-nr, CPR-nummer, Personnummer, PsrID",
	"Konto, Kontonr, Kontonummer, Kontostreng, Account",
	"Beløb, Beloeb, Belob, Amount",
	"Startdato, Start, Fra, Fra dato, Periodestart, StartDate",
	"Slutdato, Slut, Til, Til dato, Periodeslut, End, EndDate",
}

func acceptedNames(f field) string { return accepted[f] }
