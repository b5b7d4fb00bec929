package siu

import (
	"errors"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
)

// AddRecord checks the next line given as raw text. A malformed field is
// reported (SIU-PSR-002, SIU-PSR-003, SIU-KTO-002, SIU-BEL-001, SIU-PER-002)
// and the checks that need it are skipped; the fields that parse are checked
// as Add checks them. Leading and trailing spaces are ignored. No message
// repeats a field's text.
//
// AddRecord reads the fields the way cpr.Parse, kontoplan.Parse and the
// csvformat reader do, so it accepts the printed forms a finance system
// exports ("150180-0038", "5.38.51.1 4.0", "16300"). The XML file admits
// only the canonical forms (ten digits, sixteen digits, two decimals): for
// a file, check it against the schema (package xmlformat/xsd) or read it
// with xmlformat's Decoder.Next, which refuses any other form.
func (v *Validator) AddRecord(r Record) {
	v.lines++
	n := v.lines
	var l lineData

	if s := strings.TrimSpace(r.PsrID); s != "" {
		p, err := cpr.Parse(s)
		switch {
		case err == nil:
			l.psr = p
		case errors.Is(err, cpr.ErrReplacement):
			l.bad |= badPsrID
			v.report(psrReplacement, n, "",
				"PsrID er et erstatningspersonnummer, ikke et CPR-nummer eller et fiktivt nummer.",
				"The PsrID is a replacement number (erstatningspersonnummer), not a CPR number or a fictive number.")
		default:
			l.bad |= badPsrID
			v.report(psrMalformed, n, "",
				"PsrID er ikke et gyldigt CPR-nummer: "+cprProblemDA(err)+".",
				"The PsrID is not a valid CPR number: "+err.Error()+".")
		}
	}

	if s := strings.TrimSpace(r.Account); s != "" {
		a, err := kontoplan.Parse(s)
		if err == nil {
			l.acct = a
		} else {
			l.bad |= badAccount
			v.report(ktoMalformed, n, "",
				"Kontostrengen kan ikke læses som en konto i den autoriserede kontoplan.",
				"The account string cannot be read as an account of the authorised chart: "+err.Error()+".")
		}
	}

	if s := strings.TrimSpace(r.Amount); s == "" {
		l.bad |= badAmount
		v.report(belMalformed, n, "", "Beløb mangler.", "The amount is missing.")
	} else if o, ok, form := parseOere(s); ok {
		l.oere, l.oereOK = o, true
	} else if form {
		d, err := decimal.NewFromString(s) // long or more than two decimals
		if err != nil {
			l.bad |= badAmount
			v.report(belMalformed, n, "", "Beløbet kan ikke læses.", "The amount cannot be read.")
		} else {
			l.amount = d
			l.oere, l.oereOK = oere(d)
		}
	} else {
		l.bad |= badAmount
		v.report(belMalformed, n, "",
			"Beløbet er ikke et tal i kroner som -1250.50 (kun cifre, evt. minus foran og punktum før decimalerne).",
			"The amount is not a number of kroner such as -1250.50 (digits only, an optional leading minus, a point before the decimals).")
	}

	l.start = v.parseDate(n, r.Start, FieldStart, badStart, &l.bad)
	l.end = v.parseDate(n, r.End, FieldEnd, badEnd, &l.bad)
	v.check(&l)
}

// parseDate reads a date field; a malformed one is reported and marked bad.
// An empty field gives the zero Date, which check reports as missing.
func (v *Validator) parseDate(n int, s, field string, mask fieldMask, bad *fieldMask) civil.Date {
	s = strings.TrimSpace(s)
	if s == "" {
		return civil.Date{}
	}
	d, err := civil.Parse(s)
	if err != nil {
		*bad |= mask
		name, nameEN := "Startdatoen", "The start date"
		if field == FieldEnd {
			name, nameEN = "Slutdatoen", "The end date"
		}
		v.report(perMalformed, n, field,
			name+" er ikke en dato på formen ÅÅÅÅ-MM-DD.",
			nameEN+" is not a date in the form YYYY-MM-DD.")
	}
	return d
}

// parseOere reads an amount of the form -?digits(.digits)? in øre. ok is
// true when it fits an int64 with at most two significant decimals; form
// is true when s has that form at all (so a value too long or with more
// decimals can be read as a decimal instead).
func parseOere(s string) (v int64, ok, form bool) {
	i, neg := 0, false
	if s[0] == '-' {
		neg, i = true, 1
	}
	intStart := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	intEnd := i
	if intEnd == intStart {
		return 0, false, false
	}
	fracStart, fracEnd := i, i
	if i < len(s) && s[i] == '.' {
		i++
		fracStart = i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		fracEnd = i
		if fracEnd == fracStart {
			return 0, false, false
		}
	}
	if i != len(s) {
		return 0, false, false
	}
	frac := s[fracStart:fracEnd]
	for len(frac) > 2 && frac[len(frac)-1] == '0' {
		frac = frac[:len(frac)-1]
	}
	if len(frac) > 2 || intEnd-intStart > 16 {
		return 0, false, true
	}
	for _, c := range []byte(s[intStart:intEnd]) {
		v = v*10 + int64(c-'0')
	}
	for k := 0; k < 2; k++ {
		v *= 10
		if k < len(frac) {
			v += int64(frac[k] - '0')
		}
	}
	if neg {
		v = -v
	}
	return v, true, true
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
