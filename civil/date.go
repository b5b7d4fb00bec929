package civil

import (
	"errors"
	"fmt"
	"time"
)

// Date is a day of the proleptic Gregorian calendar between year 1 and 9999.
//
// The zero value is not a date: IsValid reports false for it, and String
// prints an empty string. Two dates are equal exactly when == says so.
type Date struct {
	year  uint16
	month uint8
	day   uint8
}

// Error is the error returned by Parse, New and UnmarshalText. It never holds
// more of the input than the part that is wrong.
type Error struct {
	// Input is the text that was parsed, set only when it has the shape
	// YYYY-MM-DD (so it cannot be a CPR number in the wrong column).
	Input string
	// Reason says what is wrong, in English.
	Reason string
}

// Error implements the error interface.
func (e *Error) Error() string {
	if e.Input == "" {
		return "civil: invalid date: " + e.Reason
	}
	return fmt.Sprintf("civil: invalid date %q: %s", e.Input, e.Reason)
}

// ErrInvalid is the sentinel every *Error matches with errors.Is.
var ErrInvalid = errors.New("civil: invalid date")

// Is reports whether target is ErrInvalid.
func (e *Error) Is(target error) bool { return target == ErrInvalid }

// New returns the date year-month-day, or an error when no such day exists
// (30 February, month 13, year 0).
func New(year int, month time.Month, day int) (Date, error) {
	if year < 1 || year > 9999 {
		return Date{}, &Error{Reason: fmt.Sprintf("year %d is outside 1-9999", year)}
	}
	if month < time.January || month > time.December {
		return Date{}, &Error{Reason: fmt.Sprintf("month %d is outside 1-12", int(month))}
	}
	if day < 1 || day > DaysIn(year, month) {
		return Date{}, &Error{Reason: fmt.Sprintf("day %d does not exist in %04d-%02d", day, year, int(month))}
	}
	return Date{year: uint16(year), month: uint8(month), day: uint8(day)}, nil
}

// MustNew is New for dates known to exist, such as constants in tests. It
// panics when the date does not exist.
func MustNew(year int, month time.Month, day int) Date {
	d, err := New(year, month, day)
	if err != nil {
		panic(err)
	}
	return d
}

// Parse reads a date in the form YYYY-MM-DD (xs:date without a zone), the
// only form SIU files use. It does not allocate unless it fails.
func Parse(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		// The input is not quoted: a value of the wrong shape may be
		// anything, a CPR number in the wrong column included.
		return Date{}, &Error{Reason: "want the form YYYY-MM-DD"}
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, &Error{Input: s, Reason: "want the form YYYY-MM-DD"}
	}
	date, err := New(y, time.Month(m), d)
	if err != nil {
		err.(*Error).Input = s
		return Date{}, err
	}
	return date, nil
}

// MustParse is Parse for dates known to be right, such as constants in
// tests. It panics when s is not a date.
func MustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// FromTime returns the date of t in t's own location.
func FromTime(t time.Time) Date {
	y, m, d := t.Date()
	date, err := New(y, m, d)
	if err != nil {
		return Date{}
	}
	return date
}

// IsValid reports whether d is a date, that is, not the zero value.
func (d Date) IsValid() bool { return d.month != 0 }

// Year returns the year of d.
func (d Date) Year() int { return int(d.year) }

// Month returns the month of d.
func (d Date) Month() time.Month { return time.Month(d.month) }

// Day returns the day of the month of d.
func (d Date) Day() int { return int(d.day) }

// In returns the time.Time at midnight starting d in loc.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, loc)
}

// Compare returns -1 when d is before e, +1 when it is after, and 0 when they
// are the same day. The zero Date sorts before every date.
func (d Date) Compare(e Date) int {
	switch a, b := d.packed(), e.packed(); {
	case a < b:
		return -1
	case a > b:
		return +1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.packed() < e.packed() }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.packed() > e.packed() }

// Min returns the earlier of a and b. The zero Date is earlier than every
// date.
func Min(a, b Date) Date {
	if b.Before(a) {
		return b
	}
	return a
}

// Max returns the later of a and b.
func Max(a, b Date) Date {
	if b.After(a) {
		return b
	}
	return a
}

// AddDays returns the date n days after d (before it when n is negative). It
// returns the zero Date when d is not valid or the result falls outside
// years 1-9999.
func (d Date) AddDays(n int) Date {
	if !d.IsValid() {
		return Date{}
	}
	return fromOrdinal(d.ordinal() + n)
}

// DaysUntil returns the number of days from d to e: 0 for the same day, 1
// when e is the day after d, negative when e is before d.
func (d Date) DaysUntil(e Date) int { return e.ordinal() - d.ordinal() }

// String returns d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if !d.IsValid() {
		return ""
	}
	var b [10]byte
	return string(d.AppendTo(b[:0]))
}

// AppendTo appends d as YYYY-MM-DD to b and returns the extended buffer. It
// appends nothing for the zero Date.
func (d Date) AppendTo(b []byte) []byte {
	if !d.IsValid() {
		return b
	}
	y, m, day := int(d.year), int(d.month), int(d.day)
	return append(b,
		byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-',
		byte('0'+day/10), byte('0'+day%10))
}

// MarshalText implements encoding.TextMarshaler: YYYY-MM-DD, or empty text
// for the zero Date.
func (d Date) MarshalText() ([]byte, error) { return d.AppendTo(nil), nil }

// AppendText implements encoding.TextAppender: it appends what MarshalText
// returns to b.
func (d Date) AppendText(b []byte) ([]byte, error) { return d.AppendTo(b), nil }

// UnmarshalText implements encoding.TextUnmarshaler. Empty text gives the
// zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	date, err := Parse(string(text))
	if err != nil {
		return err
	}
	*d = date
	return nil
}

// IsLeapYear reports whether year has a 29 February.
func IsLeapYear(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// DaysIn returns the number of days in month of year.
func DaysIn(year int, month time.Month) int {
	switch month {
	case time.February:
		if IsLeapYear(year) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// DaysInYear returns 366 for a leap year and 365 otherwise.
func DaysInYear(year int) int {
	if IsLeapYear(year) {
		return 366
	}
	return 365
}

// packed orders dates as the integer YYYYMMDD.
func (d Date) packed() uint32 {
	return uint32(d.year)<<16 | uint32(d.month)<<8 | uint32(d.day)
}

// ordinal returns the day number of d counted from 0001-01-01 = 1, using the
// days-from-civil algorithm (Howard Hinnant, "chrono-Compatible Low-Level
// Date Algorithms"). The zero Date gives 0.
func (d Date) ordinal() int {
	if !d.IsValid() {
		return 0
	}
	y, m, day := int(d.year), int(d.month), int(d.day)
	if m <= 2 {
		y--
	}
	era := y / 400 // y >= 0 here, so no floor correction is needed
	yoe := y - era*400
	mp := (m + 9) % 12 // March = 0
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 305 // 0000-03-01 is day -305 from 0001-01-01 = 1
}

// fromOrdinal is the inverse of ordinal. It returns the zero Date outside
// years 1-9999.
func fromOrdinal(n int) Date {
	z := n + 305
	if n < 1 {
		return Date{}
	}
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	if y < 1 || y > 9999 {
		return Date{}
	}
	return Date{year: uint16(y), month: uint8(m), day: uint8(day)}
}

// digits reads an unsigned decimal number made only of ASCII digits.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
