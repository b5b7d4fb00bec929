package siu

import (
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
)

// fieldMask marks the fields of a record that were malformed and already
// reported, so the line checks skip them.
type fieldMask uint8

const (
	badPsrID fieldMask = 1 << iota
	badAccount
	badAmount
	badStart
	badEnd
)

// lineData is a line as the checks see it.
type lineData struct {
	psr  cpr.Number
	acct kontoplan.Account
	// oere is the amount in øre when oereOK; otherwise amount holds it
	// (more than two decimals, or too large for an int64 in øre).
	oere   int64
	oereOK bool
	amount decimal.Decimal
	start  civil.Date
	end    civil.Date
	bad    fieldMask
}

// check runs the line checks on the line just counted.
func (v *Validator) check(l *lineData) {
	n := v.lines

	var facts *accountFacts
	switch {
	case l.bad&badAccount != 0:
	case !l.acct.IsValid():
		v.report(ktoMissing, n, FieldAccount, textKtoMissingDA, textKtoMissingEN)
	default:
		facts = v.facts(l.acct)
		for _, af := range facts.findings {
			v.report(af.id, n, "", af.da, af.en)
		}
	}

	periodOK := v.checkPeriod(n, l)
	v.checkPsrID(n, l, facts)
	v.checkAmount(n, l, facts, periodOK)

	if periodOK && facts != nil && l.psr.IsValid() && !l.psr.IsFictive() {
		v.pairs.add(v, n, l, facts.id)
	}
}

// checkPeriod checks the dates and reports whether they make a period.
func (v *Validator) checkPeriod(n int, l *lineData) bool {
	if l.bad&badStart == 0 && !l.start.IsValid() {
		da, en := missingDateText(FieldStart)
		v.report(perMissing, n, FieldStart, da, en)
	}
	if l.bad&badEnd == 0 && !l.end.IsValid() {
		da, en := missingDateText(FieldEnd)
		v.report(perMissing, n, FieldEnd, da, en)
	}
	if !l.start.IsValid() || !l.end.IsValid() {
		return false
	}
	if l.end.Before(l.start) {
		v.report(perEndBeforeStart, n, "",
			"Slutdatoen "+l.end.String()+" er før startdatoen "+l.start.String()+".",
			"The end date "+l.end.String()+" is before the start date "+l.start.String()+".")
		return false
	}
	if v.yearOK && (l.end.Before(v.yearFirst) || l.start.After(v.yearLast)) {
		y := strconv.Itoa(v.header.Year)
		p := l.start.String() + ".." + l.end.String()
		v.report(perOutsideYear, n, "",
			"Perioden "+p+" ligger helt uden for budgetåret "+y+".",
			"The period "+p+" lies wholly outside the budget year "+y+".")
	}
	if days := l.start.DaysUntil(l.end) + 1; days > maxPeriodDays {
		d := strconv.Itoa(days)
		v.report(perTooLong, n, "",
			"Perioden er "+d+" dage, mere end "+maxPeriodDaysText+"; datoerne skal afspejle udgiftsperioden, ikke indsatsens aktivitetsperiode.",
			"The period is "+d+" days, more than "+maxPeriodDaysText+"; the dates must reflect the expense period, not the service's activity period.")
	}
	return true
}

// checkPsrID checks the citizen.
func (v *Validator) checkPsrID(n int, l *lineData, facts *accountFacts) {
	if l.bad&badPsrID != 0 {
		return
	}
	if !l.psr.IsValid() {
		v.report(psrMissing, n, FieldPsrID, textPsrMissingDA, textPsrMissingEN)
		return
	}
	if l.psr.IsFictive() {
		if facts != nil && facts.functionKnown && !facts.serves109 {
			fn := l.acct.Function().String()
			v.report(psrFictive, n, "",
				"Fiktivt CPR-nummer på funktion "+fn+", som ikke omfatter anonyme ophold efter SEL § 109.",
				"Fictive CPR number on function "+fn+", which does not cover anonymous stays under SEL § 109.")
		}
		return // modeled: no age or modulus rules for fictive numbers
	}
	if !l.psr.PassesModulus11() {
		v.report(psrModulus11, n, "",
			"CPR-nummeret opfylder ikke modulus 11-kontrollen (tilladt for numre udstedt siden 1. oktober 2007).",
			"The CPR number fails the modulus 11 check (allowed for numbers issued since 1 October 2007).")
	}
	if !l.start.IsValid() {
		return
	}
	birth := l.psr.BirthDate()
	if !birth.IsValid() {
		return
	}
	if birth.After(l.start) {
		v.report(psrNotBorn, n, "",
			"Borgeren (født "+birth.String()+") er ikke født på startdatoen "+l.start.String()+".",
			"The citizen (born "+birth.String()+") is not born at the start date "+l.start.String()+".")
		return
	}
	area := v.header.Area
	if facts != nil && facts.area != 0 {
		area = facts.area // modeled: a 5.28 or 5.38 function decides the line's area
	}
	age := ageAt(birth, l.start)
	switch {
	case area == AreaVoksen && age < adultAge:
		a := strconv.Itoa(age)
		v.report(psrChildInAdultArea, n, "",
			"Borgeren er "+a+" år på startdatoen, under "+adultAgeText+", men linjen hører til voksenområdet.",
			"The citizen is "+a+" at the start date, under "+adultAgeText+", but the line belongs to the adult area.")
	case area == AreaBoern && age >= adultAge:
		a := strconv.Itoa(age)
		v.report(psrAdultInChildArea, n, "",
			"Borgeren er "+a+" år på startdatoen, "+adultAgeText+" eller ældre, men linjen hører til børneområdet.",
			"The citizen is "+a+" at the start date, "+adultAgeText+" or older, but the line belongs to the children's area.")
	}
}

// checkAmount checks the amount.
func (v *Validator) checkAmount(n int, l *lineData, facts *accountFacts, periodOK bool) {
	if l.bad&badAmount != 0 {
		return
	}
	var sign int
	writable := true // the file can hold the amount (no SIU-BEL-002, SIU-BEL-006)
	if l.oereOK {
		switch {
		case l.oere > 0:
			sign = 1
		case l.oere < 0:
			sign = -1
		}
	} else {
		if moreThanTwoDecimals(l.amount) {
			writable = false
			v.report(belDecimals, n, FieldAmount, textDecimalsDA, textDecimalsEN)
		}
		sign = l.amount.Sign()
	}
	if amountTooLarge(l) {
		writable = false
		v.report(belTooLarge, n, FieldAmount, textTooLargeDA, textTooLargeEN)
	}
	if !writable {
		// As for a record whose amount the grammar refuses (readRecord):
		// an amount the file cannot hold gets no further checks.
		return
	}
	if sign == 0 {
		v.report(belZero, n, "", "Beløbet er nul.", "The amount is zero.")
		return
	}
	if facts != nil {
		switch {
		case facts.expense && sign < 0:
			art := l.acct.Art().String()
			v.report(belSign, n, "",
				"Negativt beløb på udgiftsart "+art+"; udgifter er positive.",
				"Negative amount on expense art "+art+"; expenses are positive.")
		case facts.income && sign > 0:
			art := l.acct.Art().String()
			v.report(belSign, n, "",
				"Positivt beløb på indtægtsart "+art+" (fx egenbetaling); indtægter er negative.",
				"Positive amount on income art "+art+" (e.g. own payment); income is negative.")
		}
	}
	if periodOK && v.extreme(l) {
		t := v.threshold.StringFixed(2)
		v.report(belExtreme, n, "",
			"Beløbet omregnet til helår (beløb / dage × "+annualisationText+") er over "+t+" kr.",
			"The annualised amount (amount / days × "+annualisationText+") is above "+t+" kr.")
	}
}

// extreme reports whether the annualised amount of a line with a valid
// period is above the threshold, without allocating in the common case.
func (v *Validator) extreme(l *lineData) bool {
	p := Period{Start: l.start, End: l.end}
	if l.oereOK && v.thresholdFast {
		return exceedsOere(l.oere, p.Days(), v.thresholdOere)
	}
	amount := l.amount
	if l.oereOK {
		amount = decimal.New(l.oere, -2)
	}
	return AnnualisedExceeds(amount, p, v.threshold)
}

// amountLimit is 10^MaxAmountDigits, the least amount in kroner the file
// cannot hold (SIU-BEL-006), as messages write it.
var amountLimit = "10^" + strconv.Itoa(MaxAmountDigits)

// maxOere is 10^MaxAmountDigits kroner in øre.
var maxOere = oerePow10[MaxAmountDigits+2]

// amountTooLarge reports whether the line's amount is 10^MaxAmountDigits
// kroner or more in magnitude (SIU-BEL-006). It never scales the amount,
// so an amount with a huge exponent costs no time.
func amountTooLarge(l *lineData) bool {
	if l.oereOK {
		return l.oere >= maxOere || l.oere <= -maxOere
	}
	d := l.amount
	if d.Sign() == 0 {
		return false
	}
	// A coefficient of k digits times 10^e lies in [10^(k-1+e), 10^(k+e)).
	return int64(d.NumDigits())+int64(d.Exponent()) > MaxAmountDigits
}

// moreThanTwoDecimals reports whether d cannot be written with two
// decimals without rounding (SIU-BEL-002). It scales d only by as many
// digits as its coefficient has, so an amount with a huge negative exponent
// costs no time.
func moreThanTwoDecimals(d decimal.Decimal) bool {
	e := int64(d.Exponent())
	if e >= -2 || d.Sign() == 0 {
		return false
	}
	if -2-e > int64(d.NumDigits()) {
		return true // the coefficient is too short to end in that many zeros
	}
	return !d.Equal(d.Round(2))
}
