package cpr

import "github.com/siukit/siukit/civil"

// SIU's fictive numbers (DST's answers, SOURCES.md: dst-qa-2025): an anonymous citizen
// (kvindekrisecentre, SEL § 109, anonymous stays) is reported with the birth
// date DDMMYY followed by 9998 for a woman or 9999 for a man; without a
// birth date, 123456 stands in place of the date.
//
// Modeled: the 7th digit of a fictive number is 9, so reading it back
// follows the century table like any number: YY 00–36 is 20xx and YY 37–99
// is 19xx. Fictive writes DDMMYY for any birth date, as DST asks, so a birth
// year outside 1937–2036 reads back in the other century (born 1930 reads as
// 2030). 29 February always reads back as a leap day, so every number
// Fictive makes is one Parse accepts.
const (
	// datelessFictive is what stands in place of DDMMYY without a birth date.
	datelessFictive = 123456
	// fictiveFemale and fictiveMale are the serial numbers SSSS.
	fictiveFemale = 9998
	fictiveMale   = 9999
)

// Fictive returns SIU's fictive number for an anonymous citizen born on
// birth, of sex sex: DDMMYY9998 for a woman and DDMMYY9999 for a man. When
// birth is the zero Date (unknown), it returns 1234569998 or 1234569999.
//
// A birth year outside 1937–2036 still gives DDMMYY, but BirthDate of the
// result then reads the year in the century the table gives for a 7th digit
// of 9 (20xx for YY 00–36, 19xx otherwise). Fictive returns the zero Number
// when sex is neither Female nor Male.
func Fictive(birth civil.Date, sex Sex) Number {
	var serial uint64
	switch sex {
	case Female:
		serial = fictiveFemale
	case Male:
		serial = fictiveMale
	default:
		return Number{}
	}
	date := uint64(datelessFictive)
	if birth.IsValid() {
		date = uint64(birth.Day())*1e4 + uint64(birth.Month())*1e2 + uint64(birth.Year()%100)
	}
	return fromValue(date*1e4 + serial)
}

// IsFictive reports whether n has the form of SIU's fictive numbers: serial
// number 9998 or 9999 (DDMMYY9998, DDMMYY9999, 1234569998, 1234569999).
//
// It tells the form, not the origin: a real CPR number with serial number
// 9998 or 9999 and a 7th digit of 9 cannot be told apart from a fictive one.
func (n Number) IsFictive() bool {
	return n.IsValid() && isFictiveValue(n.value())
}

// isFictiveValue reports whether the ten digits v end in a fictive serial.
func isFictiveValue(v uint64) bool {
	s := v % 1e4
	return s == fictiveFemale || s == fictiveMale
}

// isDatelessFictive reports whether n is 1234569998 or 1234569999.
func (n Number) isDatelessFictive() bool {
	return n.IsValid() && n.value()/1e4 == datelessFictive
}
