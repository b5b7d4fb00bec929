package siu

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
)

func tPeriod(start, end string) Period {
	var p Period
	if start != "" {
		p.Start = civil.MustParse(start)
	}
	if end != "" {
		p.End = civil.MustParse(end)
	}
	return p
}

func tAmount(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestPeriodIsValidAndDays(t *testing.T) {
	tests := []struct {
		name       string
		p          Period
		valid      bool
		days       int
		first, end int
	}{
		{"january", tPeriod("2025-01-01", "2025-01-31"), true, 31, 2025, 2025},
		{"one day", tPeriod("2025-03-10", "2025-03-10"), true, 1, 2025, 2025},
		{"february in a common year", tPeriod("2025-02-01", "2025-02-28"), true, 28, 2025, 2025},
		{"february in a leap year", tPeriod("2024-02-01", "2024-02-29"), true, 29, 2024, 2024},
		{"leap year", tPeriod("2024-01-01", "2024-12-31"), true, 366, 2024, 2024},
		{"year 2000 is leap", tPeriod("2000-01-01", "2000-12-31"), true, 366, 2000, 2000},
		{"year 2100 is not leap", tPeriod("2100-01-01", "2100-12-31"), true, 365, 2100, 2100},
		{"insurance across the year end", tPeriod("2025-07-01", "2026-06-30"), true, 365, 2025, 2026},
		{"across a leap day", tPeriod("2023-07-01", "2024-06-30"), true, 366, 2023, 2024},
		{"end before start", tPeriod("2025-02-01", "2025-01-31"), false, 0, 0, 0},
		{"no start", tPeriod("", "2025-01-31"), false, 0, 0, 0},
		{"no end", tPeriod("2025-01-01", ""), false, 0, 0, 0},
		{"zero", Period{}, false, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.IsValid(); got != tt.valid {
				t.Errorf("IsValid() = %v, want %v", got, tt.valid)
			}
			if got := tt.p.Days(); got != tt.days {
				t.Errorf("Days() = %d, want %d", got, tt.days)
			}
			if f, l := tt.p.Years(); f != tt.first || l != tt.end {
				t.Errorf("Years() = %d, %d, want %d, %d", f, l, tt.first, tt.end)
			}
		})
	}
}

func TestPeriodOverlapsTouches(t *testing.T) {
	jan := tPeriod("2025-01-01", "2025-01-31")
	tests := []struct {
		name              string
		p, q              Period
		overlaps, touches bool
	}{
		{"same", jan, jan, true, false},
		{"q starts the day after p ends", jan, tPeriod("2025-02-01", "2025-02-28"), false, true},
		{"q ends the day before p starts", jan, tPeriod("2024-12-01", "2024-12-31"), false, true},
		{"one day gap", jan, tPeriod("2025-02-02", "2025-02-28"), false, false},
		{"share the last day", jan, tPeriod("2025-01-31", "2025-02-28"), true, false},
		{"q inside p", jan, tPeriod("2025-01-10", "2025-01-12"), true, false},
		{"p inside q", jan, tPeriod("2024-12-01", "2025-03-01"), true, false},
		{"touch across leap day", tPeriod("2024-02-01", "2024-02-28"), tPeriod("2024-02-29", "2024-03-31"), false, true},
		{"gap is the leap day", tPeriod("2024-02-01", "2024-02-28"), tPeriod("2024-03-01", "2024-03-31"), false, false},
		{"invalid q", jan, tPeriod("2025-02-01", "2025-01-01"), false, false},
		{"zero p", Period{}, jan, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.Overlaps(tt.q); got != tt.overlaps {
				t.Errorf("p.Overlaps(q) = %v, want %v", got, tt.overlaps)
			}
			if got := tt.q.Overlaps(tt.p); got != tt.overlaps {
				t.Errorf("q.Overlaps(p) = %v, want %v", got, tt.overlaps)
			}
			if got := tt.p.Touches(tt.q); got != tt.touches {
				t.Errorf("p.Touches(q) = %v, want %v", got, tt.touches)
			}
			if got := tt.q.Touches(tt.p); got != tt.touches {
				t.Errorf("q.Touches(p) = %v, want %v", got, tt.touches)
			}
		})
	}
}

func TestPeriodContains(t *testing.T) {
	p := tPeriod("2024-02-28", "2024-03-01")
	tests := []struct {
		d    string
		want bool
	}{
		{"2024-02-27", false},
		{"2024-02-28", true},
		{"2024-02-29", true},
		{"2024-03-01", true},
		{"2024-03-02", false},
	}
	for _, tt := range tests {
		if got := p.Contains(civil.MustParse(tt.d)); got != tt.want {
			t.Errorf("Contains(%s) = %v, want %v", tt.d, got, tt.want)
		}
	}
	if p.Contains(civil.Date{}) {
		t.Error("Contains(zero date) = true")
	}
}

func TestPeriodDaysIn(t *testing.T) {
	tests := []struct {
		name string
		p    Period
		year int
		want int
	}{
		{"insurance, first year", tPeriod("2025-07-01", "2026-06-30"), 2025, 184},
		{"insurance, second year", tPeriod("2025-07-01", "2026-06-30"), 2026, 181},
		{"insurance, year before", tPeriod("2025-07-01", "2026-06-30"), 2024, 0},
		{"insurance, year after", tPeriod("2025-07-01", "2026-06-30"), 2027, 0},
		{"leap winter, 2023", tPeriod("2023-12-01", "2024-03-01"), 2023, 31},
		{"leap winter, 2024", tPeriod("2023-12-01", "2024-03-01"), 2024, 61},
		{"three years, middle leap year", tPeriod("2023-12-31", "2025-01-01"), 2024, 366},
		{"three years, first", tPeriod("2023-12-31", "2025-01-01"), 2023, 1},
		{"three years, last", tPeriod("2023-12-31", "2025-01-01"), 2025, 1},
		{"within one year", tPeriod("2025-03-01", "2025-03-31"), 2025, 31},
		{"invalid", tPeriod("2025-03-31", "2025-03-01"), 2025, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.DaysIn(tt.year); got != tt.want {
				t.Errorf("DaysIn(%d) = %d, want %d", tt.year, got, tt.want)
			}
		})
	}
}

func TestPeriodShareIn(t *testing.T) {
	ins := tPeriod("2025-07-01", "2026-06-30")
	tests := []struct {
		name   string
		p      Period
		amount string
		year   int
		want   string
	}{
		// 12,000 × 184 / 365 = 6,049.3150…
		{"insurance 2025", ins, "12000.00", 2025, "6049.32"},
		{"insurance 2026", ins, "12000.00", 2026, "5950.68"},
		{"insurance 2024", ins, "12000.00", 2024, "0"},
		{"credit, sign kept", ins, "-12000.00", 2025, "-6049.32"},
		{"credit, second year", ins, "-12000.00", 2026, "-5950.68"},
		{"one year, whole amount", tPeriod("2025-01-01", "2025-01-31"), "123.45", 2025, "123.45"},
		// 0.01 × 1 / 2 = 0.005: half away from zero.
		{"half rounds away from zero", tPeriod("2025-12-31", "2026-01-01"), "0.01", 2025, "0.01"},
		{"remainder to the last year", tPeriod("2025-12-31", "2026-01-01"), "0.01", 2026, "0"},
		{"negative half", tPeriod("2025-12-31", "2026-01-01"), "-0.01", 2025, "-0.01"},
		{"leap year days", tPeriod("2023-12-01", "2024-03-01"), "920.00", 2024, "610.00"},
		{"invalid period", tPeriod("2026-01-01", "2025-01-01"), "100", 2025, "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.p.ShareIn(tt.year, tAmount(tt.amount))
			if !got.Equal(tAmount(tt.want)) {
				t.Errorf("ShareIn(%d, %s) = %s, want %s", tt.year, tt.amount, got, tt.want)
			}
		})
	}
}

// TestPeriodShareInSums checks, over many random periods and amounts, that
// the year shares add up exactly to the amount and that each share is within
// one øre of the exact proportion.
func TestPeriodShareInSums(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	base := civil.MustParse("2022-01-01")
	for i := 0; i < 3000; i++ {
		start := base.AddDays(r.IntN(1500))
		p := Period{Start: start, End: start.AddDays(r.IntN(1200))}
		var amount decimal.Decimal
		switch i % 3 {
		case 0:
			amount = decimal.New(r.Int64N(2_000_000_00)-1_000_000_00, -2)
		case 1:
			amount = decimal.New(r.Int64N(1000)-500, -2) // small: rounding dominates
		default:
			amount = decimal.New(r.Int64N(1<<62), -2) // above the fast path's products
		}
		sum := decimal.Zero
		for y := p.Start.Year() - 1; y <= p.End.Year()+1; y++ {
			share := p.ShareIn(y, amount)
			sum = sum.Add(share)
			exact := new(big.Rat).Mul(amount.Rat(), big.NewRat(int64(p.DaysIn(y)), int64(p.Days())))
			diff := new(big.Rat).Sub(share.Rat(), exact)
			if diff.Abs(diff).Cmp(big.NewRat(1, 100)) >= 0 {
				t.Fatalf("%v: ShareIn(%d, %s) = %s, exact %s: off by a øre or more",
					p, y, amount, share, exact.FloatString(6))
			}
		}
		if !sum.Equal(amount) {
			t.Fatalf("%v: shares of %s add up to %s", p, amount, sum)
		}
	}
}

func TestAnnualised(t *testing.T) {
	tests := []struct {
		name   string
		amount string
		p      Period
		want   string
	}{
		{"january", "31000.00", tPeriod("2025-01-01", "2025-01-31"), "365000.00"},
		{"whole common year", "365000.00", tPeriod("2025-01-01", "2025-12-31"), "365000.00"},
		// Modeled: 365 even in a leap year, so a full leap year scales down.
		{"whole leap year", "366000.00", tPeriod("2024-01-01", "2024-12-31"), "365000.00"},
		{"one day", "100.00", tPeriod("2025-05-05", "2025-05-05"), "36500.00"},
		// 0.01 / 2 × 365 = 1.825: half away from zero.
		{"half up", "0.01", tPeriod("2025-01-01", "2025-01-02"), "1.83"},
		{"half away from zero, negative", "-0.01", tPeriod("2025-01-01", "2025-01-02"), "-1.83"},
		{"insurance", "12000.00", tPeriod("2025-07-01", "2026-06-30"), "12000.00"},
		{"more decimals (exact path)", "0.005", tPeriod("2025-01-01", "2025-01-02"), "0.91"},
		{"invalid period", "100", tPeriod("2025-01-02", "2025-01-01"), "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Annualised(tAmount(tt.amount), tt.p)
			if !got.Equal(tAmount(tt.want)) {
				t.Errorf("Annualised(%s, %v) = %s, want %s", tt.amount, tt.p, got, tt.want)
			}
		})
	}
}

func TestAnnualisedExceeds(t *testing.T) {
	jan := tPeriod("2025-01-01", "2025-01-31")
	limit := tAmount("5000000")
	// 5,000,000 / 365 × 31 = 424,657.534…; Annualised of 424,657.53 is
	// 4,999,999.95 and of 424,657.54 is 5,000,000.07.
	tests := []struct {
		name      string
		amount    string
		p         Period
		threshold decimal.Decimal
		want      bool
	}{
		{"below", "424657.53", jan, limit, false},
		{"above", "424657.54", jan, limit, true},
		{"equal is not above", "5000000", tPeriod("2025-01-01", "2025-12-31"), limit, false},
		{"one øre above a year", "5000000.01", tPeriod("2025-01-01", "2025-12-31"), limit, true},
		{"credit counts by size", "-424657.54", jan, limit, true},
		{"small credit", "-100", jan, limit, false},
		{"invalid period", "99999999", tPeriod("2025-02-01", "2025-01-01"), limit, false},
		{"negative threshold", "0", jan, tAmount("-1"), true},
		{"rounding to the threshold is not above", "0.01", tPeriod("2025-01-01", "2025-01-02"), tAmount("1.83"), false},
		{"just above after rounding", "0.01", tPeriod("2025-01-01", "2025-01-02"), tAmount("1.82"), true},
		{"three decimals (exact path)", "424657.535", jan, limit, true},
		{"huge amount (exact path)", "123456789012345678901234.00", jan, limit, true},
		{"huge threshold (exact path)", "424657.54", jan, tAmount("1e30"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := AnnualisedExceeds(tAmount(tt.amount), tt.p, tt.threshold); got != tt.want {
				t.Errorf("AnnualisedExceeds(%s, %v, %s) = %v, want %v", tt.amount, tt.p, tt.threshold, got, tt.want)
			}
		})
	}
}

// TestAnnualisedExceedsAgrees checks the integer fast path against the
// definition, |Annualised(amount, p)| > threshold, on random values around
// the threshold.
func TestAnnualisedExceedsAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	base := civil.MustParse("2024-01-01")
	for i := 0; i < 20000; i++ {
		start := base.AddDays(r.IntN(800))
		p := Period{Start: start, End: start.AddDays(r.IntN(400))}
		threshold := decimal.New(r.Int64N(1_000_000_000), -2)
		// An amount whose annualised value lands near the threshold.
		near := threshold.Mul(decimal.NewFromInt(int64(p.Days()))).Div(decimal.NewFromInt(AnnualisationDays)).Round(2)
		amount := near.Add(decimal.New(r.Int64N(5)-2, -2))
		if i%2 == 1 {
			amount = amount.Neg()
		}
		want := Annualised(amount, p).Abs().GreaterThan(threshold)
		if got := AnnualisedExceeds(amount, p, threshold); got != want {
			t.Fatalf("AnnualisedExceeds(%s, %v, %s) = %v, want %v (annualised %s)",
				amount, p, threshold, got, want, Annualised(amount, p))
		}
	}
}

func TestAnnualisedExceedsAllocs(t *testing.T) {
	amount, threshold := tAmount("424657.54"), tAmount("5000000.00")
	p := tPeriod("2025-01-01", "2025-01-31")
	allocs := testing.AllocsPerRun(100, func() {
		if !AnnualisedExceeds(amount, p, threshold) {
			t.Fatal("want true")
		}
	})
	if allocs != 0 {
		t.Errorf("AnnualisedExceeds allocates %v times per call, want 0", allocs)
	}
}

func TestOere(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"0", 0, true},
		{"1", 100, true},
		{"1.5", 150, true},
		{"-1.25", -125, true},
		{"1.250", 125, true},
		{"1.255", 0, false},
		{"1e3", 100000, true},
		{"9999999999999999.99", 999999999999999999, true},
		{"-9999999999999999.99", -999999999999999999, true},
		{"10000000000000000.00", 0, false}, // 19 digits: left to the exact path
		{"1e16", 1e18, true},
		{"1e17", 0, false},
		{"0e-30", 0, true},
	}
	for _, tt := range tests {
		got, ok := oere(tAmount(tt.in))
		if got != tt.want || ok != tt.ok {
			t.Errorf("oere(%s) = %d, %v, want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLinePeriod(t *testing.T) {
	l := Line{Start: civil.MustParse("2025-07-01"), End: civil.MustParse("2026-06-30")}
	if got, want := l.Period(), tPeriod("2025-07-01", "2026-06-30"); got != want {
		t.Errorf("Period() = %v, want %v", got, want)
	}
}

func BenchmarkAnnualisedExceeds(b *testing.B) {
	amount, threshold := tAmount("424657.54"), tAmount("5000000.00")
	p := tPeriod("2025-01-01", "2025-01-31")
	b.ReportAllocs()
	for b.Loop() {
		AnnualisedExceeds(amount, p, threshold)
	}
}
