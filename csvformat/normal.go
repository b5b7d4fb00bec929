package csvformat

import (
	"bytes"

	"github.com/siukit/siukit/kontoplan"
)

// The record grammar of package siu (siu.ParseRecord) admits one form of
// each field, the XML file's. A spreadsheet writes others; these functions
// turn the ones that mean one thing into that form and leave the rest as
// they are, for the grammar to report.

// normalPsrID returns a CPR number written DDMMYY-SSSS or DDMMYY SSSS as
// its ten digits, and any other s unchanged.
func normalPsrID(s string) string {
	if len(s) != 11 || (s[6] != '-' && s[6] != ' ') || !allDigits(s[:6]) || !allDigits(s[7:]) {
		return s
	}
	return s[:6] + s[7:]
}

// normalAccount returns an account in a printed form that kontoplan.Parse
// reads ("5.38.51.1 4.0", "5.38.51.1.0.0000.001 4.0") as its canonical
// KONTOSTRENG, and any other s unchanged.
func normalAccount(s string) string {
	if s == "" || (len(s) == kontoplan.CanonicalLen && allDigits(s)) {
		return s
	}
	a, err := kontoplan.Parse(s)
	if err != nil {
		return s
	}
	return a.String()
}

// twoDecimals rewrites the plain decimal at b[at:] (an optional '-',
// digits, and an optional '.' and digits) with exactly two decimals: it
// adds zeros, or drops zeros beyond the second decimal. Other decimals
// stay, so that nothing is rounded: the grammar reports them.
func twoDecimals(b []byte, at int) []byte {
	dot := bytes.IndexByte(b[at:], '.')
	if dot < 0 {
		return append(b, ".00"...)
	}
	frac := len(b) - at - dot - 1
	for frac > 2 && b[len(b)-1] == '0' {
		b = b[:len(b)-1]
		frac--
	}
	for ; frac < 2; frac++ {
		b = append(b, '0')
	}
	return b
}
