package siu_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/siu"
)

// An insurance premium booked in 2025 covers 1 July 2025 to 30 June 2026
// (SOURCES.md: dst-qa-2025): the line keeps the real period, and the period API
// tells how much of it falls in each budget year.
func ExamplePeriod_DaysIn() {
	p := siu.Period{Start: civil.MustParse("2025-07-01"), End: civil.MustParse("2026-06-30")}
	fmt.Println(p, p.Days(), "days")
	fmt.Println("2025:", p.DaysIn(2025))
	fmt.Println("2026:", p.DaysIn(2026))
	// Output:
	// 2025-07-01..2026-06-30 365 days
	// 2025: 184
	// 2026: 181
}

func ExamplePeriod_ShareIn() {
	p := siu.Period{Start: civil.MustParse("2025-07-01"), End: civil.MustParse("2026-06-30")}
	premium := decimal.RequireFromString("12000.00")
	in2025 := p.ShareIn(2025, premium)
	in2026 := p.ShareIn(2026, premium)
	fmt.Println(in2025.StringFixed(2), in2026.StringFixed(2), in2025.Add(in2026).StringFixed(2))
	// Output:
	// 6049.32 5950.68 12000.00
}

func ExamplePeriod_Days() {
	feb := siu.Period{Start: civil.MustParse("2024-02-01"), End: civil.MustParse("2024-02-29")}
	fmt.Println(feb.Days(), feb.IsValid())
	backwards := siu.Period{Start: civil.MustParse("2024-02-29"), End: civil.MustParse("2024-02-01")}
	fmt.Println(backwards.Days(), backwards.IsValid())
	// Output:
	// 29 true
	// 0 false
}

func ExamplePeriod_Touches() {
	jan := siu.Period{Start: civil.MustParse("2025-01-01"), End: civil.MustParse("2025-01-31")}
	feb := siu.Period{Start: civil.MustParse("2025-02-01"), End: civil.MustParse("2025-02-28")}
	fmt.Println(jan.Touches(feb), jan.Overlaps(feb))
	// Output:
	// true false
}

func ExampleAnnualised() {
	jan := siu.Period{Start: civil.MustParse("2025-01-01"), End: civil.MustParse("2025-01-31")}
	amount := decimal.RequireFromString("31000.00")
	fmt.Println(siu.Annualised(amount, jan).StringFixed(2))
	fmt.Println(siu.AnnualisedExceeds(amount, jan, decimal.NewFromInt(5_000_000)))
	// Output:
	// 365000.00
	// false
}
