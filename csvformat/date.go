package csvformat

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/siukit/siukit/civil"
)

// wantDate says, in error messages, what a date looks like.
const wantDate = "want dd-mm-åååå, e.g. 01-03-2025"

// appendDate appends the date s, written dd-mm-yyyy, dd.mm.yyyy or
// yyyy-mm-dd (day and month with one or two digits), as YYYY-MM-DD. A time of
// day may follow after a space or a 'T' when it is midnight ("00:00",
// "00:00:00", with optional fractions and a final 'Z'). An empty s appends
// nothing.
func appendDate(dst []byte, s string) ([]byte, error) {
	s = trimSpace(s)
	if s == "" {
		return dst, nil
	}
	notDate := func() ([]byte, error) {
		return dst, detail(ErrDate, "%s is not a date (%s)", quoteValue(s), wantDate)
	}
	datePart := s
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' || c == '-' || c == '.' || c == '/' {
			continue
		}
		// The date ends here: what follows must be a time of day.
		rest := trimSpace(s[i+1:])
		if i < 8 || (c != ' ' && c != 'T') || rest == "" || rest[0] < '0' || rest[0] > '9' || !strings.Contains(rest, ":") {
			return notDate()
		}
		datePart = s[:i]
		if !isMidnight(rest) {
			if _, err := appendDate(nil, datePart); err != nil {
				return dst, err
			}
			return dst, detail(ErrDate, "%s has a time of day other than midnight", quoteValue(s))
		}
		break
	}
	var parts [3]string
	var sep byte
	n := 0
	start := 0
	for i := 0; i <= len(datePart); i++ {
		if i < len(datePart) {
			c := datePart[i]
			if c >= '0' && c <= '9' {
				continue
			}
			if sep != 0 && c != sep {
				return notDate()
			}
			sep = c
		}
		if n == 3 {
			return notDate()
		}
		parts[n] = datePart[start:i]
		n++
		start = i + 1
	}
	if n != 3 {
		return notDate()
	}
	if sep == '/' {
		return dst, detail(ErrDate, "%s uses slashes, which can mean day/month or month/day (%s)", quoteValue(s), wantDate)
	}
	var y, m, d string
	switch {
	case len(parts[0]) == 4 && sep == '-':
		y, m, d = parts[0], parts[1], parts[2]
	case len(parts[2]) == 4:
		d, m, y = parts[0], parts[1], parts[2]
	case len(parts[0]) == 4:
		return dst, detail(ErrDate, "%s: a date that starts with the year takes '-' (åååå-mm-dd)", quoteValue(s))
	default:
		return dst, detail(ErrDate, "%s: the year must have four digits (%s)", quoteValue(s), wantDate)
	}
	if len(m) < 1 || len(m) > 2 || len(d) < 1 || len(d) > 2 {
		return dst, detail(ErrDate, "%s: day and month take one or two digits (%s)", quoteValue(s), wantDate)
	}
	yy, _ := strconv.Atoi(y)
	mm, _ := strconv.Atoi(m)
	dd, _ := strconv.Atoi(d)
	date, err := civil.New(yy, time.Month(mm), dd)
	if err != nil {
		if mm < 1 || mm > 12 {
			return dst, detail(ErrDate, "%s: no such day: there is no month %d", quoteValue(s), mm)
		}
		return dst, detail(ErrDate, "%s: no such day: %s %d has %d days", quoteValue(s), time.Month(mm), yy, civil.DaysIn(yy, time.Month(mm)))
	}
	return date.AppendTo(dst), nil
}

// isMidnight reports whether t is a time of day at midnight: 00:00 or
// 00:00:00, optionally with a fraction of zeros and a final Z.
func isMidnight(t string) bool {
	if n := len(t); n > 0 && t[n-1] == 'Z' {
		t = t[:n-1]
	}
	if len(t) != 5 && len(t) < 8 {
		return false
	}
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case i == 2 || i == 5:
			if c != ':' {
				return false
			}
		case i == 8:
			if c != '.' && c != ',' {
				return false
			}
		case c != '0':
			return false
		}
	}
	return true
}

// maxSerial is 9999-12-31 as an Excel day number (1900 date system).
const maxSerial = 2958465

// appendSerialDate appends the date of an Excel day number (the stored value
// of a date cell) as YYYY-MM-DD. The number must be whole: a time of day
// other than midnight is an error. In the 1900 date system day 1 is
// 1900-01-01 and day 60 is Excel's 29 February 1900, which never existed;
// in the 1904 system day 0 is 1904-01-01.
func appendSerialDate(dst []byte, s string, date1904 bool) ([]byte, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || !isXMLNumber(s) {
		return dst, detail(ErrDate, "date cell holds %s", quoteValue(s))
	}
	if f != math.Trunc(f) {
		return dst, detail(ErrDate, "date cell holds a time of day other than midnight")
	}
	var d civil.Date
	switch {
	case date1904 && f >= 0 && f <= maxSerial-1462:
		d = civil.MustNew(1904, time.January, 1).AddDays(int(f))
	case !date1904 && f >= 61 && f <= maxSerial:
		d = civil.MustNew(1899, time.December, 30).AddDays(int(f))
	case !date1904 && f >= 1 && f < 60:
		d = civil.MustNew(1899, time.December, 31).AddDays(int(f))
	case !date1904 && f == 60:
		return dst, detail(ErrDate, "date cell holds day 60, Excel's 29 February 1900, which does not exist")
	default:
		return dst, detail(ErrDate, "date cell holds the day number %s, outside 1900-9999", quoteValue(s))
	}
	return d.AppendTo(dst), nil
}
