package cpr

import (
	"errors"
	"strconv"
	"unicode"
)

// Part names the part of a CPR number that an *Error is about.
type Part uint8

// The parts of a CPR number that Parse checks, in the order it checks them.
const (
	// PartLength: the input is not ten digits, with or without one hyphen
	// after the sixth (DDMMYYSSSS or DDMMYY-SSSS).
	PartLength Part = iota + 1
	// PartCharacter: a character of the number is not a digit.
	PartCharacter
	// PartReplacement: the input is a replacement number
	// (erstatningspersonnummer), which is not a CPR number.
	PartReplacement
	// PartMonth: the month MM (positions 3–4) is not 01–12.
	PartMonth
	// PartDay: the day DD (positions 1–2) is 00, above 31 or past the end
	// of the month.
	PartDay
	// PartCentury: the date does not exist in the century that the 7th
	// digit and YY give: 29 February of a year that is not a leap year
	// (such as 1900, which 290100-0xxx would mean).
	PartCentury
)

// String returns the part's name in lower case, e.g. "day".
func (p Part) String() string {
	switch p {
	case PartLength:
		return "length"
	case PartCharacter:
		return "character"
	case PartReplacement:
		return "replacement"
	case PartMonth:
		return "month"
	case PartDay:
		return "day"
	case PartCentury:
		return "century"
	}
	return "Part(" + strconv.Itoa(int(p)) + ")"
}

// Sentinel errors for errors.Is: ErrInvalid matches every *Error, and each
// of the others matches the *Error of one Part.
var (
	ErrInvalid     = errors.New("cpr: invalid number")
	ErrLength      = errors.New("cpr: wrong length")
	ErrCharacter   = errors.New("cpr: not a digit")
	ErrReplacement = errors.New("cpr: replacement number (erstatningspersonnummer), not a CPR number")
	ErrMonth       = errors.New("cpr: invalid month")
	ErrDay         = errors.New("cpr: invalid day")
	ErrCentury     = errors.New("cpr: date does not exist in its century")
)

// Error is the error Parse and the unmarshalling methods return for text
// that is not a CPR number. It says which part is wrong and where, and never
// holds the input: its message contains no digit of the number (at most the
// one non-digit character that is wrong).
//
// Positions are 1-based and count the ten characters of the number, without
// the hyphen: DD is 1–2, MM 3–4, YY 5–6, SSSS 7–10 (7 is the century digit).
type Error struct {
	// Part is the part that is wrong.
	Part Part
	// Pos is the 1-based position of the wrong character for PartCharacter;
	// 0 when the wrong character is the separator between DDMMYY and SSSS
	// (an eleven-character input with something else than '-' there), and
	// for the other parts.
	Pos int
	// Len is the length of the input in characters (runes), after removing
	// surrounding spaces; set for PartLength.
	Len int
	// Char is the wrong character for PartCharacter. It is never an ASCII
	// digit.
	Char rune
	// detail is set for a replacement number with letters in positions 8–9
	// (unset: day + 60), and for a day past the end of its month (unset: a
	// day outside 01–31).
	detail bool
}

// Error returns a message in English that names the part and position that
// are wrong, without the number.
func (e *Error) Error() string {
	switch e.Part {
	case PartLength:
		if e.Len == 0 {
			return "cpr: empty, want 10 digits (DDMMYYSSSS or DDMMYY-SSSS)"
		}
		return "cpr: want 10 digits (DDMMYYSSSS or DDMMYY-SSSS), got " + strconv.Itoa(e.Len) + " characters"
	case PartCharacter:
		if e.Pos == 0 {
			return "cpr: the separator after DDMMYY is " + describe(e.Char) + ", want '-' or none"
		}
		return "cpr: position " + strconv.Itoa(e.Pos) + " (" + partAt(e.Pos) + ") is " + describe(e.Char) + ", want a digit"
	case PartReplacement:
		if e.detail {
			return "cpr: replacement number (erstatningspersonnummer, letters in positions 8-9), not a CPR number"
		}
		return "cpr: replacement number (erstatningspersonnummer, day DD is 61-91), not a CPR number"
	case PartMonth:
		return "cpr: month (MM, positions 3-4) is not 01-12"
	case PartDay:
		if e.detail {
			return "cpr: day (DD, positions 1-2) does not exist in the month"
		}
		return "cpr: day (DD, positions 1-2) is not 01-31"
	case PartCentury:
		return "cpr: 29 February does not exist in the birth year that YY and position 7 give (not a leap year)"
	}
	return "cpr: invalid number"
}

// Is reports whether target is ErrInvalid or the sentinel of e's Part, so
// that errors.Is(err, cpr.ErrReplacement) works.
func (e *Error) Is(target error) bool {
	if target == ErrInvalid {
		return true
	}
	switch e.Part {
	case PartLength:
		return target == ErrLength
	case PartCharacter:
		return target == ErrCharacter
	case PartReplacement:
		return target == ErrReplacement
	case PartMonth:
		return target == ErrMonth
	case PartDay:
		return target == ErrDay
	case PartCentury:
		return target == ErrCentury
	}
	return false
}

// describe quotes r when it is printable, and otherwise names its kind
// without a code (an escape such as '\u2000' would put digits in the
// message).
func describe(r rune) string {
	switch {
	case unicode.IsPrint(r):
		return strconv.QuoteRune(r)
	case unicode.IsSpace(r):
		return "a space character"
	}
	return "a non-printable character"
}

// partAt names the field that holds position pos (1–10).
func partAt(pos int) string {
	switch {
	case pos <= 2:
		return "day DD"
	case pos <= 4:
		return "month MM"
	case pos <= 6:
		return "year YY"
	}
	return "serial number SSSS"
}
