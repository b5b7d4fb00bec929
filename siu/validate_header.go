package siu

import (
	"fmt"
	"strconv"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/kontoplan"
)

// checkHeader reports the header's findings and picks the chart.
func (v *Validator) checkHeader(today civil.Date, chart *kontoplan.Chart) {
	h := v.header
	if _, ok := LookupMunicipality(h.Municipality); !ok {
		da, en := shortNumber(h.Municipality)
		v.report(hdrMunicipality, 0, "",
			"Kommunekoden "+da+" er ikke en af de 98 kommuners koder.",
			"The municipality code "+en+" is not one of the 98 municipalities' codes.")
	}
	yearBad := false
	y, yEN := shortNumber(h.Year)
	switch {
	case h.Year < firstSIUYear:
		yearBad = true
		v.report(hdrYearTooEarly, 0, "",
			"Budgetåret "+y+" er før "+strconv.Itoa(firstSIUYear)+", det første år med indberetning til SIU.",
			"The budget year "+yEN+" is before "+strconv.Itoa(firstSIUYear)+", the first year of reporting to SIU.")
	case h.Year > today.Year():
		yearBad = true
		v.report(hdrYearFuture, 0, "",
			fmt.Sprintf("Budgetåret %s er efter indeværende år (%d).", y, today.Year()),
			fmt.Sprintf("The budget year %s is after the current year (%d).", yEN, today.Year()))
	case h.Year < firstMandatoryYear:
		v.report(hdrYearVoluntary, 0, "",
			"Budgetåret "+y+" var et frivilligt år; indberetning er obligatorisk fra budgetår "+strconv.Itoa(firstMandatoryYear)+".",
			"The budget year "+yEN+" was a voluntary year; reporting is mandatory from budget year "+strconv.Itoa(firstMandatoryYear)+".")
	}
	if !h.Area.IsValid() {
		v.report(hdrArea, 0, "",
			"Området er ikke VOKSEN, BOERN eller SAMLET.",
			"The area is not VOKSEN, BOERN or SAMLET.")
	}
	v.chart = chart
	if v.chart == nil {
		c, err := kontoplan.ChartFor(h.Year)
		if err == nil {
			v.chart = c
		} else if !yearBad {
			v.report(hdrNoChart, 0, "",
				"Der findes ingen kontoplan for budgetåret "+y+"; kontostrenge kontrolleres kun for deres form.",
				"There is no chart of accounts for the budget year "+yEN+"; accounts are checked for their form only.")
		}
	}
}

// shortNumber formats n for a message when it has at most four digits, and
// otherwise says how many digits it has: a long number in a header field
// may be personal data in the wrong place.
// It returns the Danish and the English form.
func shortNumber(n int) (da, en string) {
	if n > -10000 && n < 10000 {
		s := strconv.Itoa(n)
		return s, s
	}
	digits := len(strconv.Itoa(n))
	if n < 0 {
		digits--
	}
	d := strconv.Itoa(digits)
	return "(et tal med " + d + " cifre)", "(a number of " + d + " digits)"
}
