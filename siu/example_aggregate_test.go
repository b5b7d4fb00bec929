package siu_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"os/signal"
	"time"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// Three monthly invoices for one citizen's stay at a forsorgshjem
// (SEL § 110, function 5.38.42) become one line for the whole stay
// (SOURCES.md: dst-qa-2025), here with a credit note for February.
func ExampleAggregate() {
	citizen := cpr.MustParse("0101801234")
	herberg := kontoplan.MustParse("5384210000000040") // 5.38.42, drift, art 4.0
	invoice := func(amount, start, end string) siu.Posting {
		return siu.Posting{
			PsrID:   citizen,
			Account: herberg,
			Amount:  decimal.RequireFromString(amount),
			Start:   civil.MustParse(start),
			End:     civil.MustParse(end),
		}
	}
	postings := []siu.Posting{
		invoice("31000.00", "2025-03-01", "2025-03-31"), // the order does not matter
		invoice("31000.00", "2025-01-01", "2025-01-31"),
		invoice("28000.00", "2025-02-01", "2025-02-28"),
		invoice("-1500.00", "2025-02-10", "2025-02-12"), // credit note
	}
	lines, err := siu.Aggregate(postings, siu.AggregateOptions{})
	if err != nil {
		log.Fatal(err)
	}
	for _, l := range lines {
		fmt.Println(l.PsrID, l.Account.Function(), l.Amount.StringFixed(2), l.Start, l.End)
	}
	// Output:
	// 010180-**** 5.38.42 88500.00 2025-01-01 2025-03-31
}

// A gap between two stays keeps them on two lines, unless MaxGapDays
// allows it.
func ExampleAggregateOptions() {
	citizen := cpr.MustParse("0101801234")
	herberg := kontoplan.MustParse("5384210000000040")
	postings := []siu.Posting{
		{PsrID: citizen, Account: herberg, Amount: decimal.NewFromInt(1000),
			Start: civil.MustParse("2025-01-01"), End: civil.MustParse("2025-01-20")},
		{PsrID: citizen, Account: herberg, Amount: decimal.NewFromInt(500),
			Start: civil.MustParse("2025-01-24"), End: civil.MustParse("2025-01-31")},
	}
	for _, gap := range []int{0, 3} {
		lines, err := siu.Aggregate(postings, siu.AggregateOptions{MaxGapDays: gap})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("MaxGapDays %d:", gap)
		for _, l := range lines {
			fmt.Printf(" [%s %s]", l.Period(), l.Amount.StringFixed(2))
		}
		fmt.Println()
	}
	// Output:
	// MaxGapDays 0: [2025-01-01..2025-01-20 1000.00] [2025-01-24..2025-01-31 500.00]
	// MaxGapDays 3: [2025-01-01..2025-01-31 1500.00]
}

func ExampleAggregator() {
	agg, err := siu.NewAggregator(siu.AggregateOptions{})
	if err != nil {
		log.Fatal(err)
	}
	citizen := cpr.MustParse("0202902345")
	botilbud := kontoplan.MustParse("5385010000000040") // 5.38.50
	for month := 1; month <= 12; month++ {
		start := civil.MustNew(2025, time.Month(month), 1)
		end := start.AddDays(civil.DaysIn(2025, time.Month(month)) - 1)
		err := agg.Add(siu.Posting{PsrID: citizen, Account: botilbud, Amount: decimal.NewFromInt(40000), Start: start, End: end})
		if err != nil {
			log.Fatal(err)
		}
	}
	for l, err := range agg.Lines() {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(agg.Len(), "postings:", l.Period(), l.Amount.StringFixed(2))
	}
	// Output:
	// 12 postings: 2025-01-01..2025-12-31 480000.00
}

// An Aggregator in a small memory budget spills sorted runs of postings
// to private temporary files and merges them as the lines stream out: here
// a year of monthly invoices for 250 anonymous residents of a
// forsorgshjem (§ 110, where fictive numbers are allowed), month by month.
// A program that may be interrupted closes the Aggregator when its
// context is cancelled (here by SIGINT), which removes the files at once.
func ExampleAggregator_memoryBudget() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	agg, err := siu.NewAggregator(siu.AggregateOptions{MemoryBudget: 64 << 10, MergeFictive: true})
	if err != nil {
		log.Fatal(err)
	}
	defer agg.Close()
	context.AfterFunc(ctx, func() { agg.Close() })

	herberg := kontoplan.MustParse("5384210000000040")
	for month := time.January; month <= time.December; month++ {
		start := civil.MustNew(2025, month, 1)
		end := start.AddDays(civil.DaysIn(2025, month) - 1)
		for c := range 250 {
			resident := cpr.Fictive(civil.MustNew(1950+c%50, time.Month(1+c/50), 1), cpr.Male)
			err := agg.Add(siu.Posting{PsrID: resident, Account: herberg, Amount: decimal.NewFromInt(9000), Start: start, End: end})
			if err != nil {
				log.Fatal(err)
			}
		}
	}
	lines := 0
	for l, err := range agg.Lines() {
		if err != nil {
			log.Fatal(err)
		}
		if lines == 0 {
			fmt.Println("first line:", l.PsrID, l.Period(), l.Amount.StringFixed(2))
		}
		lines++
	}
	fmt.Println(agg.Len(), "postings,", lines, "lines, spilled:", agg.Runs() > 0)
	// Output:
	// first line: 010150-**** 2025-01-01..2025-12-31 108000.00
	// 3000 postings, 250 lines, spilled: true
}
