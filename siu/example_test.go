package siu_test

import (
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

func ExampleValidate() {
	line := func(psr, account, amount, start, end string) siu.Line {
		return siu.Line{
			PsrID:   cpr.MustParse(psr),
			Account: kontoplan.MustParse(account),
			Amount:  decimal.RequireFromString(amount),
			Start:   civil.MustParse(start),
			End:     civil.MustParse(end),
		}
	}
	d := siu.Delivery{
		Header: siu.Header{
			Municipality: 851, Year: 2025, Area: siu.AreaVoksen,
			// The envelope: what the file says about itself.
			Created:     time.Date(2026, time.March, 1, 10, 0, 0, 0, time.UTC),
			Description: "SIU 2025 VOKSEN",
			System:      siu.System{Name: "Sagssystem", Version: "4.2"},
			Contact:     siu.Contact{Identifier: "Økonomi", Email: "siu@aalborg.example"},
		},
		Lines: []siu.Line{
			// 5.38.50 (§ 108), art 4.0: an expense for January.
			line("1705800002", "5385010000000040", "24850.00", "2025-01-01", "2025-01-31"),
			// The same line again.
			line("1705800002", "5385010000000040", "24850.00", "2025-01-01", "2025-01-31"),
			// A 15-year-old in the adult area, and no amount.
			line("1403094001", "5385010000000040", "0.00", "2025-02-01", "2025-02-28"),
			// A fictive number outside the § 109 shelters.
			line("1234569998", "5385010000000040", "12000.00", "2025-03-01", "2025-03-31"),
			// Own payment (art 7.2) on 5.38.42 over a year from July:
			// no finding (SOURCES.md: dst-qa-2025).
			line("0211750006", "5384210000000072", "-1500.00", "2025-07-01", "2026-06-30"),
		},
	}
	for _, f := range siu.Validate(d, siu.ValidateOptions{Today: civil.MustParse("2026-03-01")}) {
		fmt.Println(f)
	}
	// Output:
	// line 2: SIU-LEV-002 warning: The line duplicates line 1: same CPR number, account, amount, start and end date.
	// line 3 BELOEB: SIU-BEL-003 warning: The amount is zero.
	// line 3 PsrID: SIU-PSR-007 warning: The citizen is 15 at the start date, under 18, but the line belongs to the adult area.
	// line 4 PsrID: SIU-PSR-004 warning: Fictive CPR number on function 5.38.50, which does not cover anonymous stays under SEL § 109.
}

func ExampleValidator() {
	// A delivery streams by as text: the header first, then each record.
	// The text must have the XML file's forms: the second record's
	// hyphenated CPR number and Danish amount are reported.
	h := siu.Header{
		Municipality: 101, Year: 2025, Area: siu.AreaVoksen,
		Created: time.Date(2026, time.March, 1, 10, 0, 0, 0, time.UTC),
		System:  siu.System{Name: "Sagssystem", Version: "4.2"},
		Contact: siu.Contact{Email: "siu@kk.example"},
	}
	v := siu.NewValidator(h, siu.ValidateOptions{Today: civil.MustParse("2026-03-01")})
	for _, r := range []siu.Record{
		{PsrID: "1705800002", Account: "5385010000000040", Amount: "24850.00", Start: "2025-01-01", End: "2025-01-31"},
		{PsrID: "170580-0002", Account: "5385010000000040", Amount: "24.850,00", Start: "2025-01-15", End: ""},
		{PsrID: "1705800002", Account: "5385010000000040", Amount: "3100.00", Start: "2025-01-20", End: "2025-02-19"},
	} {
		v.AddRecord(r)
	}
	enc := json.NewEncoder(os.Stdout)
	for _, f := range v.Findings() {
		enc.Encode(f)
	}
	// Output:
	// {"code":"SIU-BEL-001","severity":"error","line":2,"field":"BELOEB","message":"Beløbet skal være kroner med præcis to decimaler og punktum som decimaltegn, fx -1250.50 (kun cifre, evt. minus foran).","message_en":"The amount must be kroner with exactly two decimals and '.' as decimal mark, such as -1250.50 (digits only, an optional leading minus)."}
	// {"code":"SIU-PER-001","severity":"error","line":2,"field":"SLUTDATO","message":"Slutdato mangler; alle udgifter skal have en slutdato.","message_en":"The end date is missing; every expense needs one."}
	// {"code":"SIU-PSR-002","severity":"error","line":2,"field":"PsrID","message":"PsrID skal være ti cifre uden bindestreg eller mellemrum (fandt 11 tegn).","message_en":"The PsrID must be ten digits without hyphen or space (found 11 characters)."}
	// {"code":"SIU-LEV-003","severity":"warning","line":3,"message":"Perioden 2025-01-20..2025-02-19 overlapper linje 1 for samme borger og konto; udgiften kan blive talt to gange.","message_en":"The period 2025-01-20..2025-02-19 overlaps line 1 for the same citizen and account; the expense may be counted twice."}
}

func ExampleLookupRule() {
	r, _ := siu.LookupRule("SIU-PER-003")
	fmt.Println(r.Code, r.Severity, r.Field, "-", r.Title, "/", r.TitleDA)
	// Output:
	// SIU-PER-003 error SLUTDATO - End before start / Slutdato før startdato
}

func ExampleLookupMunicipality() {
	m, ok := siu.LookupMunicipality(851)
	fmt.Println(m.Code, m.Name, ok)
	_, ok = siu.LookupMunicipality(411)
	fmt.Println(ok)
	// Output:
	// 851 Aalborg true
	// false
}
