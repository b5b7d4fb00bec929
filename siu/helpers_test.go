package siu

import (
	"fmt"
	"os"
	"regexp"
	"sync"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
)

// testToday is the fixed "today" of the tests.
var testToday = civil.MustParse("2026-03-01")

// testChart is testdata/chart-2025-test.csv.
var testChart = sync.OnceValue(func() *kontoplan.Chart {
	f, err := os.Open("testdata/chart-2025-test.csv")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	c, err := kontoplan.ParseChart(f, "chart-2025-test.csv")
	if err != nil {
		panic(err)
	}
	return c
})

// testOptions are the options of the rule tests: the test chart and a
// fixed today.
func testOptions() ValidateOptions {
	return ValidateOptions{Chart: testChart(), Today: testToday}
}

// testHeader is a clean header.
func testHeader() Header {
	return withEnvelope(Header{Municipality: 101, Year: 2025, Area: AreaVoksen})
}

// withEnvelope returns h with the fields only the file's envelope carries
// (Created, Description, System, Contact) set to clean values.
func withEnvelope(h Header) Header {
	h.Created = time.Date(2026, time.March, 2, 9, 15, 0, 0, time.FixedZone("", 3600))
	h.Description = "SIU test"
	h.System = System{Name: "siukit-test", Version: "1"}
	h.Contact = Contact{Identifier: "Økonomi", Email: "siu@kommune.example"}
	return h
}

// person returns a CPR number for a citizen born on birth (YYYY-MM-DD)
// that passes the modulus 11 check when mod11 is true and fails it
// otherwise.
func person(birth string, mod11 bool) cpr.Number {
	d := civil.MustParse(birth)
	for serial := 0; serial < 10000; serial++ {
		s := fmt.Sprintf("%02d%02d%02d%04d", d.Day(), d.Month(), d.Year()%100, serial)
		n, err := cpr.Parse(s)
		if err != nil || n.IsFictive() || n.BirthDate() != d {
			continue
		}
		if n.PassesModulus11() == mod11 {
			return n
		}
	}
	panic("no CPR number for " + birth)
}

// account returns the drift account of function fn and art art.
func account(fn, art string) kontoplan.Account {
	return accountDranst(fn, kontoplan.DranstDrift, art)
}

func accountDranst(fn string, d kontoplan.Dranst, art string) kontoplan.Account {
	a, err := kontoplan.NewAccount(kontoplan.MustParseFunction(fn), d, kontoplan.MustParseArt(art))
	if err != nil {
		panic(err)
	}
	return a
}

// baseLine is a clean line: an adult on 5.38.50, an expense in January 2025.
func baseLine() Line {
	return Line{
		PsrID:   person("1980-05-17", true),
		Account: account("5.38.50", "4.0"),
		Amount:  decimal.RequireFromString("24850.00"),
		Start:   civil.MustParse("2025-01-01"),
		End:     civil.MustParse("2025-01-31"),
	}
}

// baseRecord is baseLine as text.
func baseRecord() Record {
	l := baseLine()
	return Record{
		PsrID:   l.PsrID.Digits(),
		Account: l.Account.String(),
		Amount:  l.Amount.StringFixed(2),
		Start:   l.Start.String(),
		End:     l.End.String(),
	}
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func date(s string) civil.Date { return civil.MustParse(s) }

// codes returns the codes of fs, in order.
func codes(fs []Finding) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.Code)
	}
	return out
}

// checkFindings checks what every finding must satisfy: a catalogue code
// with the catalogue's severity, a line in range, both messages, and no
// whole CPR number (no run of ten digits) anywhere.
func checkFindings(t testing.TB, fs []Finding, lines int) {
	t.Helper()
	for _, f := range fs {
		r, ok := LookupRule(f.Code)
		if !ok {
			t.Errorf("finding %v: code not in the catalogue", f)
			continue
		}
		if f.Severity != r.Severity {
			t.Errorf("finding %v: severity %v, catalogue says %v", f, f.Severity, r.Severity)
		}
		if f.Line < 0 || f.Line > lines {
			t.Errorf("finding %v: line out of 0..%d", f, lines)
		}
		if f.Message == "" || f.MessageEN == "" {
			t.Errorf("finding %v: a message is empty", f)
		}
		for _, s := range []string{f.Message, f.MessageEN, f.Field, f.Code} {
			if hasTenDigits(s) || cprWithHyphen.MatchString(s) {
				t.Errorf("finding %s on line %d: a text holds ten digits in a row", f.Code, f.Line)
			}
		}
	}
}

// cprWithHyphen is a whole CPR number written DDMMYY-SSSS.
var cprWithHyphen = regexp.MustCompile(`\d{6}-\d{4}`)

// hasTenDigits reports whether s holds a run of ten or more ASCII digits.
func hasTenDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run >= 10 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
