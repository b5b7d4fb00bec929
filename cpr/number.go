package cpr

import (
	"cmp"

	"github.com/siukit/siukit/civil"
)

// Number is a Danish CPR number (personnummer), or one of SIU's fictive
// numbers for anonymous citizens (see Fictive).
//
// Number is a small comparable value: two numbers are equal exactly when ==
// says so, and a Number can be a map key. The zero value is "no number":
// IsValid reports false for it. A non-zero Number only comes from Parse,
// MustParse, Fictive or the unmarshalling methods, so it is always valid.
//
// Printing a Number never shows its ten digits: String, every fmt verb and
// slog show the masked form "DDMMYY-****". The digits come only from Digits,
// AppendDigits and the serialisers' methods (MarshalText, AppendText,
// MarshalBinary, AppendBinary, Value).
type Number struct {
	// x holds (v+1)*scramble modulo 2^64, where v is the ten digits read as
	// a decimal integer; 0 means no number. The digits are not stored as
	// they are because fmt prints an unexported struct field by reflection,
	// without calling its methods: %v of a caller's struct{ n cpr.Number }
	// would otherwise print the whole number. Multiplying by an odd constant
	// is a bijection, so == still means "same number".
	x uint64
}

// scramble is odd, so it has an inverse modulo 2^64 (unscramble); see Number.
const (
	scramble   = 0x9E3779B97F4A7C15
	unscramble = 0xF1DE83E19937733D
)

// fromValue returns the Number whose ten digits read as the integer v
// (0 <= v <= 9999999999).
func fromValue(v uint64) Number { return Number{x: (v + 1) * scramble} }

// value returns the ten digits of n read as a decimal integer; n must be
// valid.
func (n Number) value() uint64 { return n.x*unscramble - 1 }

// IsValid reports whether n is a number, and not the zero value.
func (n Number) IsValid() bool { return n.x != 0 }

// fields returns the day DD, month MM, year YY and the 7th digit (the
// century digit) of n.
func (n Number) fields() (dd, mm, yy, d7 int) {
	v := n.value()
	return int(v / 1e8), int(v / 1e6 % 100), int(v / 1e4 % 100), int(v / 1e3 % 10)
}

// BirthDate returns the birth date that n encodes: DDMMYY, with the century
// read from the 7th digit and YY (see the package documentation). It returns
// the zero Date for the zero Number and for the fictive numbers 1234569998
// and 1234569999, which carry no birth date.
func (n Number) BirthDate() civil.Date {
	if !n.IsValid() || n.isDatelessFictive() {
		return civil.Date{}
	}
	dd, mm, yy, d7 := n.fields()
	return dateOf(dd, mm, yy, d7)
}

// Sex returns Male when the last digit of n is odd and Female when it is
// even. It returns the zero Sex for the zero Number.
func (n Number) Sex() Sex {
	if !n.IsValid() {
		return 0
	}
	if n.value()%2 == 1 {
		return Male
	}
	return Female
}

// Digits returns the ten digits of n, without a hyphen ("1705801234"), or ""
// for the zero Number. It is, with AppendDigits and the serialisers'
// methods, the only way to get the whole number: use it only where the
// whole number must go (a SIU file, a database), never in a message or log.
func (n Number) Digits() string {
	if !n.IsValid() {
		return ""
	}
	var b [10]byte
	return string(n.AppendDigits(b[:0]))
}

// AppendDigits appends the ten digits of n to b and returns the extended
// buffer. It appends nothing for the zero Number.
func (n Number) AppendDigits(b []byte) []byte {
	if !n.IsValid() {
		return b
	}
	var d [10]byte
	v := n.value()
	for i := 9; i >= 0; i-- {
		d[i] = byte('0' + v%10)
		v /= 10
	}
	return append(b, d[:]...)
}

// Compare returns -1, 0 or +1 as n is before, equal to or after m in the
// order of their ten digits read as a number; the zero Number is before
// every number. It suits slices.SortFunc; the order says nothing about the
// birth dates.
func (n Number) Compare(m Number) int {
	switch {
	case n == m:
		return 0
	case !n.IsValid():
		return -1
	case !m.IsValid():
		return +1
	}
	return cmp.Compare(n.value(), m.value())
}
