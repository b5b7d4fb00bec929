package cpr

import (
	"testing"
	"time"

	"github.com/siukit/siukit/civil"
)

func TestFictive(t *testing.T) {
	tests := []struct {
		name   string
		birth  civil.Date
		sex    Sex
		digits string
		reads  civil.Date // BirthDate of the result
	}{
		{"woman", civil.MustNew(1980, time.May, 17), Female, "1705809998", civil.MustNew(1980, time.May, 17)},
		{"man", civil.MustNew(1980, time.May, 17), Male, "1705809999", civil.MustNew(1980, time.May, 17)},
		{"born 2010", civil.MustNew(2010, time.January, 2), Female, "0201109998", civil.MustNew(2010, time.January, 2)},
		{"edge 2036", civil.MustNew(2036, time.December, 31), Male, "3112369999", civil.MustNew(2036, time.December, 31)},
		{"edge 1937", civil.MustNew(1937, time.January, 1), Male, "0101379999", civil.MustNew(1937, time.January, 1)},
		{"leap day 2000", civil.MustNew(2000, time.February, 29), Female, "2902009998", civil.MustNew(2000, time.February, 29)},
		{"no birth date, woman", civil.Date{}, Female, "1234569998", civil.Date{}},
		{"no birth date, man", civil.Date{}, Male, "1234569999", civil.Date{}},
		// Modeled: outside 1937–2036 DDMMYY is still written, and reads
		// back in the century of the table's row for 9.
		{"born 1930 reads 2030", civil.MustNew(1930, time.June, 1), Female, "0106309998", civil.MustNew(2030, time.June, 1)},
		{"born 2040 reads 1940", civil.MustNew(2040, time.June, 1), Male, "0106409999", civil.MustNew(1940, time.June, 1)},
		{"leap day 2040 reads 1940", civil.MustNew(2040, time.February, 29), Male, "2902409999", civil.MustNew(1940, time.February, 29)},
		{"leap day 1600 reads 2000", civil.MustNew(1600, time.February, 29), Male, "2902009999", civil.MustNew(2000, time.February, 29)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := Fictive(tt.birth, tt.sex)
			if got := n.Digits(); got != tt.digits {
				t.Fatalf("Digits = %q, want %q", got, tt.digits)
			}
			if !n.IsFictive() {
				t.Error("IsFictive = false")
			}
			if got := n.Sex(); got != tt.sex {
				t.Errorf("Sex = %v, want %v", got, tt.sex)
			}
			if got := n.BirthDate(); got != tt.reads {
				t.Errorf("BirthDate = %v, want %v", got, tt.reads)
			}
			p, err := Parse(tt.digits)
			if err != nil {
				t.Fatalf("Parse of the fictive number: %v", err)
			}
			if p != n {
				t.Error("Parse(Digits) != Fictive(...)")
			}
		})
	}
}

func TestFictiveInvalidSex(t *testing.T) {
	for _, sex := range []Sex{0, 3} {
		if n := Fictive(civil.MustNew(1980, time.May, 17), sex); n.IsValid() {
			t.Errorf("Fictive with sex %v = a valid Number, want the zero Number", sex)
		}
	}
}

func TestIsFictive(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"1234569998", true},
		{"123456-9999", true},
		{"1705809998", true},
		{"1705801234", false},
		{"1705809997", false},
		{"1705808998", false},
	}
	for _, tt := range tests {
		if got := MustParse(tt.in).IsFictive(); got != tt.want {
			t.Errorf("IsFictive(serial %s) = %v, want %v", tt.in[len(tt.in)-4:], got, tt.want)
		}
	}
}

func TestDatelessFictiveOnlyWithFictiveSerial(t *testing.T) {
	// 123456 is accepted only as the date of 1234569998 and 1234569999.
	for _, s := range []string{"1234569997", "1234560000", "1234561234"} {
		if _, err := Parse(s); err == nil {
			t.Errorf("Parse(123456 with serial %s) succeeded", s[6:])
		}
	}
}
