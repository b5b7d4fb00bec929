package siu_test

import (
	"fmt"
	"log"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// Before sending, compare the lines with the totals of the municipality's
// accounts, as DST will before its final approval.
func ExampleReconcile() {
	lines := []siu.Line{
		exampleLine("0101801234", "5385010000000040", "480000.00"),
		exampleLine("0202902345", "5385010000000040", "120000.00"),
		exampleLine("0202902345", "5385010000000072", "-24000.00"), // egenbetaling, art 7.2
	}
	accounts := []siu.AccountTotal{
		{Function: kontoplan.MustParseFunction("5.38.50"), Art: kontoplan.MustParseArt("4.0"),
			Amount: decimal.RequireFromString("612500.00")},
		{Function: kontoplan.MustParseFunction("5.38.50"), Art: kontoplan.MustParseArt("7.2"),
			Amount: decimal.RequireFromString("-24000.00")},
	}
	r, err := siu.Reconcile(lines, accounts, siu.ReconcileOptions{Tolerance: decimal.NewFromInt(100)})
	if err != nil {
		log.Fatal(err)
	}
	for _, row := range r.Differences() {
		fmt.Println(row.Function, row.Art, row.Ours.StringFixed(2), row.Theirs.StringFixed(2), row.Difference.StringFixed(2))
	}
	fmt.Println("agrees:", r.Agrees())
	// Output:
	// 5.38.50 4.0 600000.00 612500.00 -12500.00
	// agrees: false
}

// A file of any size is totalled a line at a time: memory grows with the
// functions and arts, not with the lines.
func ExampleSums() {
	s := siu.NewSums(siu.ReconcileOptions{})
	for _, l := range []siu.Line{
		exampleLine("0101801234", "5385010000000040", "480000.00"),
		exampleLine("0202902345", "5385010000000040", "120000.00"),
		exampleLine("0202902345", "5385010000000072", "-24000.00"),
	} {
		s.Add(l) // for instance while the lines are read from a file
	}
	for _, t := range s.Totals() {
		fmt.Println(t.Function, t.Art, t.Amount.StringFixed(2), s.Count(t.Function, t.Art))
	}
	// Output:
	// 5.38.50 4.0 600000.00 2
	// 5.38.50 7.2 -24000.00 1
}
