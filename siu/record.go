package siu

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
)

// Record is a line as text, the way it arrives from a file or another
// system, before its fields are parsed. ParseRecord reads it; Validating a
// Record (Validator.AddRecord) reports a field that cannot be read as a
// finding, which a Line cannot hold.
type Record struct {
	PsrID   string
	Account string
	Amount  string
	Start   string
	End     string
}

// Causes of the errors the field parsers return, for errors.Is. Package
// xmlformat reports the same values.
var (
	// ErrMissing: the field is empty.
	ErrMissing = errors.New("value missing")
	// ErrMalformed: the text does not have the field's one form.
	ErrMalformed = errors.New("malformed value")
	// ErrRange: the value is outside what the file can hold, such as an
	// amount of 10^16 kroner or more.
	ErrRange = errors.New("value out of range")
	// ErrDecimals: an amount has more than two decimals. Amounts are never
	// rounded.
	ErrDecimals = errors.New("amount has more than two decimals")
)

// MaxAmountDigits is the largest number of digits an amount may have
// before its decimal point: amounts are below 10^16 kroner in magnitude, so
// that every amount in øre fits a 64-bit integer. Modeled: DST publishes
// no limit; no municipal line comes near it.
const MaxAmountDigits = 16

// The record grammar is the one form each field takes in the XML file, and
// nothing else:
//
//	PsrID        ten ASCII digits, a number cpr.Parse accepts (no hyphen, no space)
//	KONTOSTRENG  the sixteen digits of the canonical KONTOSTRENG (kontoplan)
//	BELOEB       an optional '-', 1 to 16 digits, '.', exactly two digits
//	STARTDATO    YYYY-MM-DD, a day that exists
//	SLUTDATO     likewise
//
// No field is trimmed or otherwise normalised. Locale forms (a decimal
// comma, dd-mm-yyyy, a hyphenated CPR number, a dotted account) are the
// business of the reader that meets them (package csvformat turns them into
// this form).

// ParsePsrID reads a PsrID in the record grammar: ten digits that
// cpr.Parse accepts. An empty s is ErrMissing; a replacement number is
// cpr.ErrReplacement, whether it adds 60 to the day or has letters in
// positions 8-9; another length or a character that is not a digit is
// ErrMalformed; otherwise the error is cpr.Parse's (a *cpr.Error).
// No error repeats s.
func ParsePsrID(s string) (cpr.Number, error) {
	if s == "" {
		return cpr.Number{}, ErrMissing
	}
	if len(s) == 10 && !allDigits(s) {
		// Ten characters, not all digits: cpr.Parse says which position
		// is wrong, or that the letters make a replacement number.
		_, err := cpr.Parse(s)
		if errors.Is(err, cpr.ErrReplacement) {
			return cpr.Number{}, err // the health sector's letters in positions 8-9
		}
		return cpr.Number{}, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if len(s) != 10 {
		return cpr.Number{}, fmt.Errorf("%w: want ten digits without hyphen or space (found %d characters)", ErrMalformed, len(s))
	}
	return cpr.Parse(s)
}

// ParseAccount reads a KONTOSTRENG in the record grammar: the sixteen
// digits of an account's canonical form (kontoplan.Account.String). An
// empty s is ErrMissing; anything but sixteen digits, or digits that are
// not the canonical form of the account they parse to, is ErrMalformed;
// digits that are no account are kontoplan.Parse's error.
func ParseAccount(s string) (kontoplan.Account, error) {
	if s == "" {
		return kontoplan.Account{}, ErrMissing
	}
	if len(s) != kontoplan.CanonicalLen || !allDigits(s) {
		return kontoplan.Account{}, fmt.Errorf("%w: want the account's %d digits without dots or spaces (found %d characters)", ErrMalformed, kontoplan.CanonicalLen, len(s))
	}
	a, err := kontoplan.Parse(s)
	if err != nil {
		return kontoplan.Account{}, err
	}
	var buf [kontoplan.CanonicalLen]byte
	if string(a.AppendTo(buf[:0])) != s {
		return kontoplan.Account{}, fmt.Errorf("%w: not the canonical form of the account", ErrMalformed)
	}
	return a, nil
}

// ParseAmount reads a BELOEB in the record grammar: kroner with an
// optional '-', 1 to MaxAmountDigits digits, '.' and exactly two decimals
// ("-1250.50", "0.00"). An empty s is ErrMissing; more digits before the
// point is ErrRange; more than two decimals is ErrDecimals; any other form
// ("16300", "1250,50", "+5", "1e2", ".5") is ErrMalformed.
func ParseAmount(s string) (decimal.Decimal, error) {
	o, err := parseOere(s)
	if err != nil {
		return decimal.Decimal{}, err
	}
	return decimal.New(o, -2), nil
}

// ParseDate reads a STARTDATO or SLUTDATO in the record grammar:
// YYYY-MM-DD (civil.Parse). An empty s is ErrMissing.
func ParseDate(s string) (civil.Date, error) {
	if s == "" {
		return civil.Date{}, ErrMissing
	}
	return civil.Parse(s)
}

// ParseRecord reads a record in the record grammar (see ParsePsrID,
// ParseAccount, ParseAmount and ParseDate) and returns its line, with one
// finding for each field that gives no value: missing (SIU-PSR-001,
// SIU-KTO-001, SIU-BEL-001, SIU-PER-001) or malformed (SIU-PSR-002,
// SIU-PSR-003, SIU-KTO-002, SIU-BEL-001, SIU-BEL-002, SIU-BEL-006,
// SIU-PER-002). Each
// finding's Field names the field and its Line is 0: the caller knows the
// line. With no findings, every field of the line is set.
//
// Validator.AddRecord, the csvformat reader, the conformance suite and the
// command all read records with this one grammar, which admits exactly the
// values the XML file admits: a record that ParseRecord accepts encodes,
// and reads back from the XML file, as the same line.
func ParseRecord(r Record) (Line, []Finding) {
	var fs []Finding
	ld := readRecord(r, func(f Finding) { fs = append(fs, f) })
	return ld.line(), fs
}

// readRecord parses r into the checks' form, handing a finding (Line 0)
// for each field that gives no value to report and marking the field bad.
func readRecord(r Record, report func(Finding)) lineData {
	var l lineData
	emit := func(id ruleID, field, da, en string) {
		report(ruleFinding(id, 0, field, da, en))
	}

	if p, err := ParsePsrID(r.PsrID); err != nil {
		l.bad |= badPsrID
		switch {
		case errors.Is(err, ErrMissing):
			emit(psrMissing, FieldPsrID, textPsrMissingDA, textPsrMissingEN)
		case errors.Is(err, ErrMalformed) && !errors.As(err, new(*cpr.Error)):
			emit(psrMalformed, FieldPsrID,
				"PsrID skal være ti cifre uden bindestreg eller mellemrum (fandt "+strconv.Itoa(len(r.PsrID))+" tegn).",
				"The PsrID must be ten digits without hyphen or space (found "+strconv.Itoa(len(r.PsrID))+" characters).")
		case errors.Is(err, cpr.ErrReplacement):
			emit(psrReplacement, FieldPsrID,
				"PsrID er et erstatningspersonnummer, ikke et CPR-nummer eller et fiktivt nummer.",
				"The PsrID is a replacement number (erstatningspersonnummer), not a CPR number or a fictive number.")
		default:
			var ce *cpr.Error
			why := err.Error()
			if errors.As(err, &ce) {
				why = ce.Error()
			}
			emit(psrMalformed, FieldPsrID,
				"PsrID er ikke et gyldigt CPR-nummer: "+cprProblemDA(err)+".",
				"The PsrID is not a valid CPR number: "+why+".")
		}
	} else {
		l.psr = p
	}

	if a, err := ParseAccount(r.Account); err != nil {
		l.bad |= badAccount
		switch {
		case errors.Is(err, ErrMissing):
			emit(ktoMissing, FieldAccount, textKtoMissingDA, textKtoMissingEN)
		case errors.Is(err, ErrMalformed):
			emit(ktoMalformed, FieldAccount,
				"Kontostrengen skal være kontoplanens "+strconv.Itoa(kontoplan.CanonicalLen)+" cifre uden punktummer eller mellemrum (fandt "+strconv.Itoa(len(r.Account))+" tegn).",
				"The account string must be the chart's "+strconv.Itoa(kontoplan.CanonicalLen)+" digits without dots or spaces (found "+strconv.Itoa(len(r.Account))+" characters).")
		default:
			emit(ktoMalformed, FieldAccount,
				"Kontostrengen kan ikke læses som en konto i den autoriserede kontoplan.",
				"The account string cannot be read as an account of the authorised chart: "+err.Error()+".")
		}
	} else {
		l.acct = a
	}

	if o, err := parseOere(r.Amount); err != nil {
		l.bad |= badAmount
		switch {
		case errors.Is(err, ErrMissing):
			emit(belMalformed, FieldAmount, "Beløb mangler.", "The amount is missing.")
		case errors.Is(err, ErrDecimals):
			emit(belDecimals, FieldAmount, textDecimalsDA, textDecimalsEN)
		case errors.Is(err, ErrRange):
			emit(belTooLarge, FieldAmount, textTooLargeDA, textTooLargeEN)
		default:
			emit(belMalformed, FieldAmount,
				"Beløbet skal være kroner med præcis to decimaler og punktum som decimaltegn, fx -1250.50 (kun cifre, evt. minus foran).",
				"The amount must be kroner with exactly two decimals and '.' as decimal mark, such as -1250.50 (digits only, an optional leading minus).")
		}
	} else {
		l.oere, l.oereOK = o, true
	}

	l.start = readDate(r.Start, FieldStart, badStart, &l.bad, emit)
	l.end = readDate(r.End, FieldEnd, badEnd, &l.bad, emit)
	return l
}

// readDate reads a date field for readRecord.
func readDate(s, field string, mask fieldMask, bad *fieldMask, emit func(ruleID, string, string, string)) civil.Date {
	d, err := ParseDate(s)
	if err == nil {
		return d
	}
	*bad |= mask
	if errors.Is(err, ErrMissing) {
		da, en := missingDateText(field)
		emit(perMissing, field, da, en)
		return civil.Date{}
	}
	name, nameEN := "Startdatoen", "The start date"
	if field == FieldEnd {
		name, nameEN = "Slutdatoen", "The end date"
	}
	emit(perMalformed, field,
		name+" er ikke en dato på formen ÅÅÅÅ-MM-DD.",
		nameEN+" is not a date in the form YYYY-MM-DD.")
	return civil.Date{}
}

// The messages for a missing or undecidable field, shared by the record
// grammar and the line checks so that both paths say the same.
const (
	textPsrMissingDA = "Linjen har intet CPR-nummer (PsrID)."
	textPsrMissingEN = "The line has no CPR number (PsrID)."
	textKtoMissingDA = "Linjen har ingen kontostreng."
	textKtoMissingEN = "The line has no account (KONTOSTRENG)."
	textDecimalsDA   = "Beløbet har mere end to decimaler; det skal angives i kroner med to decimaler."
	textDecimalsEN   = "The amount has more than two decimals; it must be in kroner with two decimals."
)

// The messages for an amount of 10^MaxAmountDigits kroner or more.
var (
	textTooLargeDA = "Beløbet er " + amountLimit + " kr. eller mere i absolut værdi; filen rummer højst " + strconv.Itoa(MaxAmountDigits) + " cifre før decimalpunktet."
	textTooLargeEN = "The amount is " + amountLimit + " kr or more in magnitude; the file holds at most " + strconv.Itoa(MaxAmountDigits) + " digits before the decimal point."
)

// missingDateText says that the start or end date is missing.
func missingDateText(field string) (da, en string) {
	if field == FieldEnd {
		return "Slutdato mangler; alle udgifter skal have en slutdato.", "The end date is missing; every expense needs one."
	}
	return "Startdato mangler.", "The start date is missing."
}

// parseOere reads BELOEB text in the record grammar, in øre.
func parseOere(s string) (int64, error) {
	if s == "" {
		return 0, ErrMissing
	}
	i, neg := 0, false
	if s[0] == '-' {
		neg, i = true, 1
	}
	start := i
	var v int64
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		if i-start == MaxAmountDigits {
			if rest := s[i:]; isAmountTail(rest) {
				return 0, fmt.Errorf("%w: more than %d digits before the decimal point", ErrRange, MaxAmountDigits)
			}
			return 0, malformedAmount(s)
		}
		v = v*10 + int64(s[i]-'0')
		i++
	}
	if i == start || i == len(s) || s[i] != '.' {
		return 0, malformedAmount(s)
	}
	frac := s[i+1:]
	if len(frac) < 2 || !allDigits(frac) {
		return 0, malformedAmount(s)
	}
	if len(frac) > 2 {
		return 0, ErrDecimals
	}
	v = v*100 + int64(frac[0]-'0')*10 + int64(frac[1]-'0')
	if neg {
		v = -v
	}
	return v, nil
}

// malformedAmount is the error for BELOEB text that is not an amount. It
// never quotes s, which may be a CPR number in the wrong column.
func malformedAmount(s string) error {
	return fmt.Errorf("%w: want kroner with exactly two decimals, '.' as separator, e.g. -1250.50 (%d characters)", ErrMalformed, len(s))
}

// isAmountTail reports whether s is digits, then '.' and digits: the rest
// of an amount that is well formed but too long.
func isAmountTail(s string) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i < len(s) && s[i] == '.' && i+1 < len(s) && allDigits(s[i+1:])
}

// allDigits reports whether s is made of ASCII digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// line returns the parsed fields as a Line.
func (l *lineData) line() Line {
	out := Line{PsrID: l.psr, Account: l.acct, Start: l.start, End: l.end}
	if l.oereOK {
		out.Amount = decimal.New(l.oere, -2)
	} else {
		out.Amount = l.amount
	}
	return out
}

// Record returns l as text in the record grammar, the inverse of
// ParseRecord: PsrID as ten digits, the canonical KONTOSTRENG, the amount
// with exactly two decimals (or every decimal, when it has more: nothing is
// rounded) and dates YYYY-MM-DD. A zero field gives empty text. For every
// line with its fields set and an amount in øre below 10^16 kroner,
// ParseRecord(l.Record()) gives l back.
func (l Line) Record() Record {
	var r Record
	if l.PsrID.IsValid() {
		r.PsrID = l.PsrID.Digits()
	}
	if l.Account.IsValid() {
		r.Account = l.Account.String()
	}
	if l.Amount.Equal(l.Amount.Round(2)) {
		r.Amount = l.Amount.StringFixed(2)
	} else {
		r.Amount = l.Amount.String()
	}
	if l.Start.IsValid() {
		r.Start = l.Start.String()
	}
	if l.End.IsValid() {
		r.End = l.End.String()
	}
	return r
}
