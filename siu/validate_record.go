package siu

import (
	"errors"
	"strconv"

	"github.com/siukit/siukit/cpr"
)

// AddRecord checks the next line given as text, read with the record
// grammar (ParseRecord): a field that gives no value is reported
// (SIU-PSR-001, SIU-PSR-002, SIU-PSR-003, SIU-KTO-001, SIU-KTO-002,
// SIU-BEL-001, SIU-BEL-002, SIU-PER-001, SIU-PER-002) and the checks that
// need it are skipped; the fields that parse are checked as Add checks
// them. No message repeats a field's text.
//
// The grammar admits exactly what the XML file admits: "150180-0038",
// "5.38.51.1 4.0", "16300" and " 0101801234" are malformed here as they are
// in the file. A reader of another form (package csvformat for Danish
// spreadsheets) turns its forms into this one first.
func (v *Validator) AddRecord(r Record) {
	v.lines++
	n := v.lines
	l := readRecord(r, func(f Finding) {
		f.Line = n
		v.emit(f)
	})
	v.check(&l)
}

// cprProblemDA says in Danish what is wrong with a CPR number, from the
// cpr package's error; it never repeats the number.
func cprProblemDA(err error) string {
	switch {
	case errors.Is(err, cpr.ErrLength):
		return "det skal have 10 cifre (DDMMÅÅSSSS eller DDMMÅÅ-SSSS)"
	case errors.Is(err, cpr.ErrCharacter):
		var ce *cpr.Error
		if errors.As(err, &ce) && ce.Pos > 0 {
			return "tegn nummer " + strconv.Itoa(ce.Pos) + " er ikke et ciffer"
		}
		return "det indeholder andet end cifre"
	case errors.Is(err, cpr.ErrMonth):
		return "måneden (MM) er ikke 01-12"
	case errors.Is(err, cpr.ErrDay):
		return "dagen (DD) findes ikke i måneden"
	case errors.Is(err, cpr.ErrCentury):
		return "29. februar findes ikke i fødselsåret"
	}
	return "ugyldigt nummer"
}
