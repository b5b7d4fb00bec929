package civil_test

import (
	"fmt"

	"github.com/siukit/siukit/civil"
)

func ExampleDate_DaysUntil() {
	start := civil.MustParse("2025-07-01")
	end := civil.MustParse("2026-06-30")
	fmt.Println(start.DaysUntil(end)+1, "days, inclusive")
	fmt.Println(end.AddDays(1))
	// Output:
	// 365 days, inclusive
	// 2026-07-01
}
