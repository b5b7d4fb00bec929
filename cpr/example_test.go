package cpr_test

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
)

func ExampleParse() {
	n, err := cpr.Parse("070761-4285")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.BirthDate(), n.Sex(), n.PassesModulus11())
	fmt.Println(n)          // masked
	fmt.Println(n.Digits()) // the whole number, for a SIU file only
	// Output:
	// 1961-07-07 male true
	// 070761-****
	// 0707614285
}

func ExampleParse_errors() {
	for _, s := range []string{"3204801234", "290200-0123", "1705801x34", "17058"} {
		_, err := cpr.Parse(s)
		var e *cpr.Error
		if errors.As(err, &e) {
			fmt.Printf("%s: %v\n", e.Part, err)
		}
	}
	// Output:
	// day: cpr: day (DD, positions 1-2) is not 01-31
	// century: cpr: 29 February does not exist in the birth year that YY and position 7 give (not a leap year)
	// character: cpr: position 8 (serial number SSSS) is 'x', want a digit
	// length: cpr: want 10 digits (DDMMYYSSSS or DDMMYY-SSSS), got 5 characters
}

func ExampleParse_replacement() {
	for _, s := range []string{"770580-1234", "170580-1AB4"} {
		_, err := cpr.Parse(s)
		fmt.Println(errors.Is(err, cpr.ErrReplacement), cpr.IsReplacement(s))
		fmt.Println(err)
	}
	// Output:
	// true true
	// cpr: replacement number (erstatningspersonnummer, day DD is 61-91), not a CPR number
	// true true
	// cpr: replacement number (erstatningspersonnummer, letters in positions 8-9), not a CPR number
}

func ExampleFictive() {
	woman := cpr.Fictive(civil.MustNew(1980, time.May, 17), cpr.Female)
	unknown := cpr.Fictive(civil.Date{}, cpr.Male)
	fmt.Println(woman.Digits(), woman.IsFictive(), woman.BirthDate())
	fmt.Println(unknown.Digits(), unknown.IsFictive(), unknown.BirthDate().IsValid())

	// Parse accepts them, though 123456 is not a date.
	n, err := cpr.Parse("1234569998")
	fmt.Println(n.IsFictive(), n.Sex(), err)
	// Output:
	// 1705809998 true 1980-05-17
	// 1234569999 true false
	// true female <nil>
}

func ExampleNumber_String() {
	n := cpr.MustParse("1705801234")
	fmt.Println(n)
	fmt.Printf("%v %s %q %#v\n", n, n, n, n)
	fmt.Println(struct{ PsrID cpr.Number }{n})

	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{} // a stable output for the example
			}
			return a
		},
	}))
	logger.Info("line rejected", "psr", n)

	text, _ := n.MarshalText() // serialisers get the whole number
	fmt.Println(string(text))
	// Output:
	// 170580-****
	// 170580-**** 170580-**** "170580-****" cpr.Number{170580-****}
	// {170580-****}
	// level=INFO msg="line rejected" psr=170580-****
	// 1705801234
}

func ExampleRedact() {
	for _, s := range []string{
		"open 1705801234.csv: permission denied",
		"PsrID 170580 1234 and CPR1705801234x",
		"read error: １７０５８０１２３４",
		"line 1048576, account 5385010000000040, the 1073741824 bytes limit",
		"period 2025-01-01..2025-01-31, amount 24850.00",
	} {
		fmt.Println(cpr.Redact(s))
	}
	// Output:
	// open 170580-****.csv: permission denied
	// PsrID 170580-**** and CPR170580-****x
	// read error: 170580-****
	// line 1048576, account 5385010000000040, the 1073741824 bytes limit
	// period 2025-01-01..2025-01-31, amount 24850.00
}
