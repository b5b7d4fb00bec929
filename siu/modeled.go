package siu

import (
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
)

// This file holds the validator's modeled parameters: decisions of this
// project where no public source says more (SOURCES.md, "Modeled decisions"). The rules that
// use them say "modeled" in their Source (see RULES.md). The rest of the
// validator takes them from here only.

// defaultExtremeThreshold is the annualised amount above which a line is
// reported as extreme (SIU-BEL-005) when ValidateOptions.ExtremeThreshold is zero:
// 5,000,000 kr. Modeled: DST watches extreme values but publishes no limit.
var defaultExtremeThreshold = decimal.New(5_000_000, 0)

// DefaultExtremeThreshold returns the annualised amount in kroner above
// which a line is extreme (SIU-BEL-005) when
// ValidateOptions.ExtremeThreshold is zero: 5,000,000 kr (modeled).
func DefaultExtremeThreshold() decimal.Decimal { return defaultExtremeThreshold }

const (
	// firstSIUYear is the first budget year of SIU (voluntary, SOURCES.md:
	// social-analysis-2024) and firstMandatoryYear the first mandatory one
	// (SOURCES.md: sm-hoering-2024). Earlier
	// years give SIU-HDR-002; the years between give SIU-HDR-004.
	firstSIUYear       = 2022
	firstMandatoryYear = 2025

	// adultAge is the age from which a citizen belongs to the adult area
	// (SIU-PSR-007, SIU-PSR-008). Modeled: 18, the age of majority; SEL
	// covers adults and Barnets lov children (SOURCES.md: barnets-lov).
	adultAge = 18

	// maxPeriodDays is the longest period without SIU-PER-005. Modeled:
	// one year, leap years included.
	maxPeriodDays = 366
)

// Other modeled decisions, each documented where it is applied:
//   - the area of a function (5.28 children, 5.38 adults) is AreaOf's
//     table in areas.go, shared with SplitByArea (SIU-KTO-008, and a line's
//     area in the age rules);
//   - fictive numbers get no age, modulus 11, duplicate or overlap rules: a
//     fictive number stands for many anonymous citizens (checkPsrID, check);
//   - a line's area is its function's area when that is 5.28 or 5.38, and
//     the header's otherwise (checkPsrID);
//   - a Line's amount is judged by its value: 100.050 has two decimals
//     (oere); a record's text has exactly two (the record grammar);
//   - an amount the file cannot hold (SIU-BEL-002, SIU-BEL-006) gets no
//     zero, sign or extreme check (checkAmount), as a record's amount the
//     grammar refuses;
//   - the file is XML 1.0 in UTF-8, so a header text must be XML text
//     (SIU-HDR-009, IsXMLText); the limits DST's envelope sets are not
//     modeled and live with the header checks (MaxDescriptionLen and its
//     siblings, validate_header.go), MaxAmountDigits with the record
//     grammar (record.go);
//   - the annualised amount is |amount| / days × 365 (AnnualisedExceeds).

// The modeled parameters as the messages and the catalogue state them, so
// that no message retypes a number.
var (
	adultAgeText      = strconv.Itoa(adultAge)
	maxPeriodDaysText = strconv.Itoa(maxPeriodDays)
	exactSpansText    = strconv.Itoa(exactSpans)
	annualisationText = strconv.Itoa(AnnualisationDays)
)

// ageAt returns the age in whole years on day d of a citizen born on birth.
// Modeled: someone born on 29 February has a birthday on 1 March in other
// years.
func ageAt(birth, d civil.Date) int {
	age := d.Year() - birth.Year()
	if d.Month() < birth.Month() || (d.Month() == birth.Month() && d.Day() < birth.Day()) {
		age--
	}
	return age
}
