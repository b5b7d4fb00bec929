package cpr

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/siukit/siukit/civil"
)

// Redact returns s with every CPR number it may hold masked, so that s can
// go into an error message, a log or a report. It is the one redaction
// function of the module: every package that puts text from its input into
// a message passes the message through it.
//
// A digit is an ASCII digit 0-9 or a full-width digit U+FF10-U+FF19; a run
// is a maximal sequence of digits, in any mixture of the two. Whatever
// stands before or after a run (letters, a dot, a slash) does not matter,
// so CPR1705801234, 1705801234abc and 1705801234.csv are masked. Redact
// masks, where DDMMYY is a birth-date part as defined below:
//
//   - a run of exactly ten digits that starts with DDMMYY (1705801234);
//   - a run of exactly eleven digits whose first ten or last ten start with
//     DDMMYY: a CPR number typed with one digit too many (17058012345);
//   - a run of exactly six digits DDMMYY, one separator, and a run of four
//     or five digits (170580-1234, 170580 1234, 170580-12345);
//   - a replacement number of the eCPR form: DDMMYY, an optional
//     separator, a digit, two ASCII letters and a run of one digit
//     (1705801AB4, 170580-1AB4).
//
// A separator is one of '-', ' ', a no-break space (U+00A0, U+2007,
// U+202F), U+3000, or a hyphen or dash (U+2010-U+2014, U+2212, U+FE63,
// U+FF0D). Two separators, or a tab, do not join the two parts.
//
// DDMMYY is a birth-date part when MM is 01-12 and DD is a day of that
// month (29 February counts, whatever the year: the century is not known
// from six digits), or that day plus 60 (a replacement number, DD 61-91),
// or when DDMMYY is 123456 (SIU's fictive number without a birth date).
//
// A masked number becomes its first six digits, in ASCII, a hyphen and one
// '*' for each digit hidden: 170580-**** (170580-***** for eleven digits),
// so 170580 1234 and １７０５８０１２３４ both become 170580-****.
//
// Everything else is left as it is, byte for byte, invalid UTF-8
// included: a run of ten digits that does not start with DDMMYY
// (1073741824, whose MM is 37), runs of other lengths (the seven digits of
// 1048576, the sixteen of an account such as 5385010000000040), dates such
// as 2025-01-31, amounts, line and column numbers. A ten-digit number that
// is not a CPR number but starts with a valid DDMMYY (a phone number, a
// Unix time) is masked too: Redact cannot tell them apart.
//
// Redact returns s itself, without allocating, when nothing is masked.
func Redact(s string) string {
	var b strings.Builder // empty until the first number is masked
	last := 0             // s[last:] has not been copied to b
	for i := 0; i < len(s); {
		if _, w := digitAt(s, i); w == 0 {
			i++ // stepping by bytes is safe: a digit never starts inside a rune
			continue
		}
		// s[i] starts a run, and s[i-1] is not a digit: runs are read whole.
		var d [11]byte // the run's first digits, in ASCII
		n, j := digitRun(s, i, d[:])
		end, hidden := maskedSpan(s, d, n, j)
		if end < 0 {
			i = j
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:i])
		b.Write(d[:6])
		b.WriteByte('-')
		for range hidden {
			b.WriteByte('*')
		}
		last, i = end, end
	}
	if b.Len() == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// maskedSpan decides about the run of n digits (the first of them in d)
// that ends at s[j]. When it starts a number that Redact masks, maskedSpan
// returns where the number ends in s and how many digits the mask hides;
// otherwise end is -1.
func maskedSpan(s string, d [11]byte, n, j int) (end, hidden int) {
	switch n {
	case 10:
		if isBirthPart(d[:6]) {
			return j, 4
		}
	case 11:
		if isBirthPart(d[:6]) || isBirthPart(d[1:7]) {
			return j, 5
		}
	case 7:
		if e := eCPRTail(s, j); e >= 0 && isBirthPart(d[:6]) {
			return e, 4
		}
	case 6:
		w := separatorAt(s, j)
		if w == 0 || !isBirthPart(d[:6]) {
			break
		}
		var serial [1]byte
		m, k := digitRun(s, j+w, serial[:])
		switch {
		case m == 4 || m == 5:
			return k, m
		case m == 1:
			if e := eCPRTail(s, k); e >= 0 {
				return e, 4
			}
		}
	}
	return -1, 0
}

// isBirthPart reports whether the six ASCII digits d are DDMMYY as Redact
// defines it.
func isBirthPart(d []byte) bool {
	dd := int(d[0]-'0')*10 + int(d[1]-'0')
	mm := int(d[2]-'0')*10 + int(d[3]-'0')
	yy := int(d[4]-'0')*10 + int(d[5]-'0')
	if dd*1e4+mm*1e2+yy == datelessFictive {
		return true
	}
	if mm < 1 || mm > 12 {
		return false
	}
	if isReplacementDay(dd) {
		dd -= 60
	}
	// 2000 is a leap year, so 29 February passes.
	return dd >= 1 && dd <= civil.DaysIn(2000, time.Month(mm))
}

// eCPRTail returns the end of the two ASCII letters and the single digit
// that follow the 7th digit of an eCPR number at s[k:], or -1.
func eCPRTail(s string, k int) int {
	if k+2 >= len(s) || !isASCIILetter(rune(s[k])) || !isASCIILetter(rune(s[k+1])) {
		return -1
	}
	var last [1]byte
	if m, e := digitRun(s, k+2, last[:]); m == 1 {
		return e
	}
	return -1
}

// digitRun reads the run of digits that starts at s[i]. It returns how many
// digits it holds and where it ends, and stores the first len(d) of them
// in d as ASCII digits.
func digitRun(s string, i int, d []byte) (n, end int) {
	for {
		c, w := digitAt(s, i)
		if w == 0 {
			return n, i
		}
		if n < len(d) {
			d[n] = c
		}
		n++
		i += w
	}
}

// digitAt returns the digit at s[i] as an ASCII digit and its width in
// bytes: 1 for '0'-'9', 3 for a full-width digit (U+FF10-U+FF19, encoded
// EF BC 90-99). It returns width 0 when s[i] does not start a digit or i
// is past the end.
func digitAt(s string, i int) (byte, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; '0' <= c && c <= '9' {
		return c, 1
	}
	if s[i] == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && 0x90 <= s[i+2] && s[i+2] <= 0x99 {
		return '0' + s[i+2] - 0x90, 3
	}
	return 0, 0
}

// separatorAt returns the width in bytes of the separator at s[i], or 0
// when there is none.
func separatorAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		if c == '-' || c == ' ' {
			return 1
		}
		return 0
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	switch r {
	case '\u00A0', '\u2007', '\u202F', '\u3000', // spaces
		'\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uFE63', '\uFF0D': // hyphens and dashes
		return w
	}
	return 0
}
