package siu

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
)

// Test accounts: canonical KONTOSTRENG, drift, art 4.0.
const (
	tAcctHerberg = "5384210000000040" // 5.38.42 botilbud, § 110 forsorgshjem
	tAcctBotilb  = "5385010000000040" // 5.38.50 længerevarende botilbud
	tCitizenA    = "0101801234"
	tCitizenB    = "0202902345"
	tFictive     = "1234569998"
)

// tPosting builds a posting from text; an empty field leaves the zero value.
func tPosting(psr, acct, amount, start, end string) Posting {
	var p Posting
	if psr != "" {
		p.PsrID = cpr.MustParse(psr)
	}
	if acct != "" {
		p.Account = kontoplan.MustParse(acct)
	}
	p.Amount = tAmount(amount)
	if start != "" {
		p.Start = civil.MustParse(start)
	}
	if end != "" {
		p.End = civil.MustParse(end)
	}
	return p
}

// tLineText prints a line with its whole CPR number, for comparing in
// tests only.
func tLineText(l Line) string {
	return fmt.Sprintf("%s %s %s %s %s", l.PsrID.Digits(), l.Account, l.Amount.StringFixed(2), l.Start, l.End)
}

func tLinesText(lines []Line) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = tLineText(l)
	}
	return out
}

func TestAggregate(t *testing.T) {
	A, B, F := tCitizenA, tCitizenB, tFictive
	H, L := tAcctHerberg, tAcctBotilb
	tests := []struct {
		name     string
		opts     AggregateOptions
		postings []Posting
		want     []string
	}{
		{
			name: "three monthly invoices become one line",
			postings: []Posting{
				tPosting(A, H, "31000.00", "2025-01-01", "2025-01-31"),
				tPosting(A, H, "28000.00", "2025-02-01", "2025-02-28"),
				tPosting(A, H, "31000.00", "2025-03-01", "2025-03-31"),
			},
			want: []string{A + " " + H + " 90000.00 2025-01-01 2025-03-31"},
		},
		{
			name: "unsorted input, chain through the middle posting",
			postings: []Posting{
				tPosting(A, H, "31000.00", "2025-03-01", "2025-03-31"),
				tPosting(A, H, "31000.00", "2025-01-01", "2025-01-31"),
				tPosting(A, H, "28000.00", "2025-02-01", "2025-02-28"),
			},
			want: []string{A + " " + H + " 90000.00 2025-01-01 2025-03-31"},
		},
		{
			name: "a one-day gap keeps postings apart",
			postings: []Posting{
				tPosting(A, H, "100", "2025-01-01", "2025-01-30"),
				tPosting(A, H, "200", "2025-02-01", "2025-02-28"),
			},
			want: []string{
				A + " " + H + " 100.00 2025-01-01 2025-01-30",
				A + " " + H + " 200.00 2025-02-01 2025-02-28",
			},
		},
		{
			name: "MaxGapDays 1 merges a one-day gap and spans it",
			opts: AggregateOptions{MaxGapDays: 1},
			postings: []Posting{
				tPosting(A, H, "100", "2025-01-01", "2025-01-30"),
				tPosting(A, H, "200", "2025-02-01", "2025-02-28"),
			},
			want: []string{A + " " + H + " 300.00 2025-01-01 2025-02-28"},
		},
		{
			name: "MaxGapDays 1 keeps a two-day gap apart",
			opts: AggregateOptions{MaxGapDays: 1},
			postings: []Posting{
				tPosting(A, H, "100", "2025-01-01", "2025-01-29"),
				tPosting(A, H, "200", "2025-02-01", "2025-02-28"),
			},
			want: []string{
				A + " " + H + " 100.00 2025-01-01 2025-01-29",
				A + " " + H + " 200.00 2025-02-01 2025-02-28",
			},
		},
		{
			name: "overlapping and contained periods merge to the latest end",
			postings: []Posting{
				tPosting(A, H, "500", "2025-01-01", "2025-06-30"),
				tPosting(A, H, "50", "2025-02-01", "2025-02-10"),
				tPosting(A, H, "70", "2025-06-15", "2025-07-15"),
			},
			want: []string{A + " " + H + " 620.00 2025-01-01 2025-07-15"},
		},
		{
			name: "different accounts stay apart",
			postings: []Posting{
				tPosting(A, L, "100", "2025-01-01", "2025-01-31"),
				tPosting(A, H, "200", "2025-02-01", "2025-02-28"),
			},
			want: []string{
				A + " " + H + " 200.00 2025-02-01 2025-02-28",
				A + " " + L + " 100.00 2025-01-01 2025-01-31",
			},
		},
		{
			name: "different citizens stay apart",
			postings: []Posting{
				tPosting(B, H, "100", "2025-01-01", "2025-01-31"),
				tPosting(A, H, "200", "2025-02-01", "2025-02-28"),
			},
			want: []string{
				A + " " + H + " 200.00 2025-02-01 2025-02-28",
				B + " " + H + " 100.00 2025-01-01 2025-01-31",
			},
		},
		{
			name: "credit notes sum in",
			postings: []Posting{
				tPosting(A, H, "31000.00", "2025-01-01", "2025-01-31"),
				tPosting(A, H, "-1000.50", "2025-01-10", "2025-01-12"),
			},
			want: []string{A + " " + H + " 29999.50 2025-01-01 2025-01-31"},
		},
		{
			name: "a credit note that cancels gives a zero line",
			postings: []Posting{
				tPosting(A, H, "-400", "2025-01-01", "2025-01-31"),
				tPosting(A, H, "400", "2025-01-01", "2025-01-31"),
			},
			want: []string{A + " " + H + " 0.00 2025-01-01 2025-01-31"},
		},
		{
			name: "leap day touches",
			postings: []Posting{
				tPosting(A, H, "100", "2024-02-01", "2024-02-28"),
				tPosting(A, H, "100", "2024-02-29", "2024-03-31"),
			},
			want: []string{A + " " + H + " 200.00 2024-02-01 2024-03-31"},
		},
		{
			name: "the leap day is a gap",
			postings: []Posting{
				tPosting(A, H, "100", "2024-02-01", "2024-02-28"),
				tPosting(A, H, "100", "2024-03-01", "2024-03-31"),
			},
			want: []string{
				A + " " + H + " 100.00 2024-02-01 2024-02-28",
				A + " " + H + " 100.00 2024-03-01 2024-03-31",
			},
		},
		{
			name: "no leap day in 2025: 28 February touches 1 March",
			postings: []Posting{
				tPosting(A, H, "100", "2025-02-01", "2025-02-28"),
				tPosting(A, H, "100", "2025-03-01", "2025-03-31"),
			},
			want: []string{A + " " + H + " 200.00 2025-02-01 2025-03-31"},
		},
		{
			name: "a posting spanning the year end",
			postings: []Posting{
				tPosting(A, H, "2000", "2026-01-01", "2026-01-31"),
				tPosting(A, H, "6000", "2025-11-01", "2025-12-31"),
				tPosting(A, H, "12000.00", "2025-07-01", "2026-06-30"),
			},
			want: []string{A + " " + H + " 20000.00 2025-07-01 2026-06-30"},
		},
		{
			name: "postings with invalid fields pass through unchanged and unmerged",
			postings: []Posting{
				tPosting(A, H, "100", "2025-01-01", "2025-01-31"),
				tPosting(A, H, "7", "2025-02-01", ""),           // no end
				tPosting(A, H, "8", "2025-02-28", "2025-02-01"), // end before start
				tPosting(A, H, "9", "", "2025-01-31"),           // no start
				tPosting("", H, "10", "2025-01-01", "2025-01-31"),
				tPosting("", H, "11", "2025-02-01", "2025-02-28"),
				tPosting(A, "", "12", "2025-01-01", "2025-01-31"),
			},
			want: []string{
				" " + H + " 10.00 2025-01-01 2025-01-31",
				" " + H + " 11.00 2025-02-01 2025-02-28",
				A + "  12.00 2025-01-01 2025-01-31",
				A + " " + H + " 100.00 2025-01-01 2025-01-31",
				A + " " + H + " 9.00  2025-01-31",
				A + " " + H + " 7.00 2025-02-01 ",
				A + " " + H + " 8.00 2025-02-28 2025-02-01",
			},
		},
		{
			name: "fictive numbers are not merged by default",
			postings: []Posting{
				tPosting(F, H, "100", "2025-01-01", "2025-01-31"),
				tPosting(F, H, "200", "2025-01-15", "2025-02-28"),
			},
			want: []string{
				F + " " + H + " 100.00 2025-01-01 2025-01-31",
				F + " " + H + " 200.00 2025-01-15 2025-02-28",
			},
		},
		{
			name: "MergeFictive merges fictive numbers",
			opts: AggregateOptions{MergeFictive: true},
			postings: []Posting{
				tPosting(F, H, "100", "2025-01-01", "2025-01-31"),
				tPosting(F, H, "200", "2025-01-15", "2025-02-28"),
			},
			want: []string{F + " " + H + " 300.00 2025-01-01 2025-02-28"},
		},
		{
			name: "amounts with more decimals sum exactly",
			postings: []Posting{
				tPosting(A, H, "0.001", "2025-01-01", "2025-01-31"),
				tPosting(A, H, "0.002", "2025-02-01", "2025-02-28"),
				tPosting(A, H, "0.10", "2025-03-01", "2025-03-31"),
			},
			want: []string{A + " " + H + " 0.10 2025-01-01 2025-03-31"}, // 0.103 printed with two decimals
		},
		{
			name: "sums beyond int64 øre are exact",
			postings: []Posting{
				tPosting(A, H, "90000000000000000.00", "2025-01-01", "2025-01-31"),
				tPosting(A, H, "90000000000000000.01", "2025-02-01", "2025-02-28"),
			},
			want: []string{A + " " + H + " 180000000000000000.01 2025-01-01 2025-02-28"},
		},
		{
			name:     "no postings",
			postings: nil,
			want:     []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines, err := Aggregate(tt.postings, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, tLinesText(lines)); diff != "" {
				t.Errorf("Aggregate lines (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAggregateExactSum(t *testing.T) {
	lines, err := Aggregate([]Posting{
		tPosting(tCitizenA, tAcctHerberg, "0.001", "2025-01-01", "2025-01-31"),
		tPosting(tCitizenA, tAcctHerberg, "0.002", "2025-02-01", "2025-02-28"),
	}, AggregateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 1 || !lines[0].Amount.Equal(tAmount("0.003")) {
		t.Fatalf("got %v, want one line of 0.003", tLinesText(lines))
	}
}

func TestAggregateKeepsSinglePostingAmount(t *testing.T) {
	p := tPosting(tCitizenA, tAcctHerberg, "1234.5", "2025-01-01", "2025-01-31")
	lines, err := Aggregate([]Posting{p}, AggregateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// The same value and the same number of decimals (not the same
	// *big.Int: the Aggregator packs amounts to sort them).
	if len(lines) != 1 || tLineExact(lines[0]) != tLineExact(p.line()) || lines[0].Amount.Exponent() != -1 {
		t.Fatalf("got %v, want the posting unchanged", tLinesText(lines))
	}
}

func TestAggregateOptionsError(t *testing.T) {
	if _, err := Aggregate(nil, AggregateOptions{MaxGapDays: -1}); err == nil {
		t.Error("Aggregate with MaxGapDays -1: no error")
	}
	if _, err := NewAggregator(AggregateOptions{MaxGapDays: -1}); err == nil {
		t.Error("NewAggregator with MaxGapDays -1: no error")
	}
}

func TestAggregateDoesNotModifyInput(t *testing.T) {
	postings := tGenPostings(2000, 1)
	before := tPostingsText(postings)
	if _, err := Aggregate(postings, AggregateOptions{}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, tPostingsText(postings)); diff != "" {
		t.Errorf("input changed (-before +after):\n%s", diff)
	}
}

func tPostingsText(ps []Posting) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = tLineText(p.line())
	}
	return out
}

// TestAggregateProperties checks, on generated postings with every option,
// that the input order does not matter, that no amount is lost per citizen
// and account, that the output is sorted, and that lines of one citizen and
// account are kept apart by more than MaxGapDays.
func TestAggregateProperties(t *testing.T) {
	postings := tGenPostings(10000, 7)
	for _, opts := range []AggregateOptions{{}, {MaxGapDays: 3}, {MaxGapDays: 40, MergeFictive: true}} {
		t.Run(fmt.Sprintf("%+v", opts), func(t *testing.T) {
			lines, err := Aggregate(postings, opts)
			if err != nil {
				t.Fatal(err)
			}
			if len(lines) >= len(postings) || len(lines) == 0 {
				t.Fatalf("%d postings gave %d lines: expected some merging", len(postings), len(lines))
			}

			// Order does not matter.
			shuffled := append([]Posting(nil), postings...)
			rand.New(rand.NewPCG(9, 9)).Shuffle(len(shuffled), func(i, j int) {
				shuffled[i], shuffled[j] = shuffled[j], shuffled[i]
			})
			again, err := Aggregate(shuffled, opts)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tLinesText(lines), tLinesText(again)); diff != "" {
				t.Fatalf("shuffled input gives other lines (-first +shuffled):\n%s", diff)
			}

			// The streaming Aggregator agrees.
			agg, err := NewAggregator(opts)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range shuffled {
				if err := agg.Add(p); err != nil {
					t.Fatal(err)
				}
			}
			if diff := cmp.Diff(tLinesText(lines), tLinesText(tCollect(t, agg))); diff != "" {
				t.Fatalf("Aggregator differs from Aggregate (-Aggregate +Aggregator):\n%s", diff)
			}

			// No amount is lost per citizen and account, and every posting's
			// period lies inside one line's period.
			type key struct {
				psr  cpr.Number
				acct kontoplan.Account
			}
			sums := map[key]decimal.Decimal{}
			for _, p := range postings {
				k := key{p.PsrID, p.Account}
				sums[k] = sums[k].Add(p.Amount)
			}
			for _, l := range lines {
				k := key{l.PsrID, l.Account}
				sums[k] = sums[k].Sub(l.Amount)
			}
			for k, s := range sums {
				if !s.IsZero() {
					t.Errorf("citizen %v account %v: posted minus aggregated = %s", k.psr, k.acct, s)
				}
			}
			byKey := map[key][]Line{}
			for _, l := range lines {
				k := key{l.PsrID, l.Account}
				byKey[k] = append(byKey[k], l)
			}
			for _, p := range postings {
				if !p.Period().IsValid() {
					continue
				}
				found := false
				for _, l := range byKey[key{p.PsrID, p.Account}] {
					if l.Start.Compare(p.Start) <= 0 && l.End.Compare(p.End) >= 0 {
						found = true
						break
					}
				}
				if !found {
					t.Fatalf("posting %v: no line covers its period", p.Period())
				}
			}

			// Sorted, and merged lines of one key are apart by more than
			// the gap.
			for i := 1; i < len(lines); i++ {
				a, b := lines[i-1], lines[i]
				ka := a.PsrID.Digits() + "/" + a.Account.String()
				kb := b.PsrID.Digits() + "/" + b.Account.String()
				switch {
				case ka > kb:
					t.Fatalf("lines %d and %d out of order: %s > %s", i-1, i, tLineText(a), tLineText(b))
				case ka == kb && a.Period().IsValid() && b.Period().IsValid() &&
					(!a.PsrID.IsFictive() || opts.MergeFictive):
					if a.Start.After(b.Start) {
						t.Fatalf("lines %d and %d out of order by start", i-1, i)
					}
					// Lines close enough to merge stay apart only when
					// together they would run over maxPeriodDays.
					if gap := a.End.DaysUntil(b.Start) - 1; gap <= opts.MaxGapDays &&
						a.Start.DaysUntil(civil.Max(a.End, b.End))+1 <= maxPeriodDays {
						t.Fatalf("lines %d and %d are %d days apart and should have merged", i-1, i, gap)
					}
					if d := a.Period().Days(); d > maxPeriodDays {
						t.Fatalf("line %d runs %d days", i-1, d)
					}
				}
			}
		})
	}
}

// tGenPostings returns n deterministic postings in shuffled order, like a
// finance system's invoices: per citizen, one or two accounts with runs of
// monthly invoices, some gaps, credit notes, a few postings spanning the
// year end, fictive numbers, and (when n is large enough) a few postings
// with a missing end date.
func tGenPostings(n int, seed uint64) []Posting {
	r := rand.New(rand.NewPCG(seed, 0x5155))
	accounts := []kontoplan.Account{
		kontoplan.MustParse("5384210000000040"),
		kontoplan.MustParse("5385010000000040"),
		kontoplan.MustParse("5385210000000040"),
		kontoplan.MustParse("5282310000000040"),
	}
	out := make([]Posting, 0, n)
	var buf [10]byte
	for len(out) < n {
		var psr cpr.Number
		if r.IntN(50) == 0 {
			psr = cpr.MustParse(tFictive)
		} else {
			// DDMMYY and a sequence number below 4000 (19xx, never fictive).
			v := uint64(r.IntN(28)+1)*1e8 + uint64(r.IntN(12)+1)*1e6 + uint64(r.IntN(100))*1e4 + uint64(r.IntN(4000))
			s := buf[:]
			for i := 9; i >= 0; i-- {
				s[i] = byte('0' + v%10)
				v /= 10
			}
			psr = cpr.MustParse(string(s))
		}
		for a := r.IntN(2); a >= 0 && len(out) < n; a-- {
			acct := accounts[r.IntN(len(accounts))]
			month := r.IntN(12)
			start := civil.MustNew(2025, 1, 1)
			for m := 0; m < month; m++ {
				start = start.AddDays(civil.DaysIn(start.Year(), start.Month()))
			}
			for k := 6 + r.IntN(14); k > 0 && len(out) < n; k-- {
				days := civil.DaysIn(start.Year(), start.Month())
				end := start.AddDays(days - 1)
				if r.IntN(40) == 0 {
					end = end.AddDays(-r.IntN(5) - 1) // a gap of a few days
				}
				amount := decimal.New(int64(r.IntN(6_000_000)+100), -2)
				p := Posting{PsrID: psr, Account: acct, Amount: amount, Start: start, End: end}
				switch x := r.IntN(100); {
				case x < 5: // a credit note over part of the month
					p.Amount = amount.Neg()
					p.End = start.AddDays(r.IntN(days))
				case x < 6: // an insurance across the year end
					p.End = start.AddDays(364)
				case x < 7 && n >= 1000: // a missing end date
					p.End = civil.Date{}
				}
				out = append(out, p)
				start = start.AddDays(days)
			}
		}
	}
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	// Make each amount afresh in the final order, as a decoder reading the
	// postings from a file would: the shuffle above would otherwise leave
	// the amounts' digits scattered in memory in an order no reader makes.
	for i := range out {
		out[i].Amount = decimal.New(out[i].Amount.CoefficientInt64(), out[i].Amount.Exponent())
	}
	return out
}

func TestGenPostingsDeterministic(t *testing.T) {
	a, b := tGenPostings(500, 3), tGenPostings(500, 3)
	if diff := cmp.Diff(tPostingsText(a), tPostingsText(b)); diff != "" {
		t.Fatalf("generator is not deterministic:\n%s", diff)
	}
	if strings.Join(tPostingsText(a), "\n") == strings.Join(tPostingsText(tGenPostings(500, 4)), "\n") {
		t.Fatal("generator ignores its seed")
	}
}

func TestAmountSum(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want string
	}{
		{"none", nil, "0"},
		{"øre", []string{"1.25", "-0.5", "100"}, "100.75"},
		{"overflow up", []string{"92233720368547758.07", "0.01"}, "92233720368547758.08"},
		{"overflow down", []string{"-9000000000000000.00", "-9000000000000000.00", "-9000000000000000.00"}, "-27000000000000000"},
		{"more decimals", []string{"0.001", "0.01"}, "0.011"},
		{"back and forth", []string{"9000000000000000", "-9000000000000000", "0.01"}, "0.01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s amountSum
			for _, a := range tt.in {
				s.add(tAmount(a))
			}
			if got := s.value(); !got.Equal(tAmount(tt.want)) {
				t.Errorf("sum = %s, want %s", got, tt.want)
			}
		})
	}
}

// BenchmarkAggregate aggregates 1,000,000 postings (target: at most 1.5 s,
// that is at least 666,667 lines/s, where a line is an input posting).
// "file-order" has the amounts allocated in input order, as a decoder makes
// them; "scattered" allocates them in another order, the worst case for the
// cache.
func BenchmarkAggregate(b *testing.B) {
	const n = 1_000_000
	fileOrder := tGenPostings(n, 42)
	scattered := slices.Clone(fileOrder)
	perm := rand.New(rand.NewPCG(5, 5)).Perm(n)
	for _, i := range perm {
		scattered[i].Amount = decimal.New(scattered[i].Amount.CoefficientInt64(), scattered[i].Amount.Exponent())
	}
	for _, bc := range []struct {
		name     string
		postings []Posting
	}{{"file-order", fileOrder}, {"scattered", scattered}} {
		b.Run(bc.name, func(b *testing.B) {
			var lines []Line
			b.ReportAllocs()
			for b.Loop() {
				var err error
				lines, err = Aggregate(bc.postings, AggregateOptions{})
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
			b.ReportMetric(float64(len(lines)), "out-lines/op")
		})
	}
}

// FuzzAggregate builds postings from arbitrary bytes (a few citizens and
// accounts, dates around two year ends, missing and reversed dates, credit
// notes, fictive numbers) and checks that Aggregate does not panic, loses
// no amount, makes no more lines than postings, and does not depend on the
// input order.
func FuzzAggregate(f *testing.F) {
	f.Add([]byte{0, 0, 10, 5, 1, 0, 0, 20, 5, 2}, uint8(0))
	f.Add([]byte{1, 2, 0, 0, 255, 3, 1, 250, 30, 128, 2, 2, 1, 1, 1}, uint8(3))
	f.Fuzz(func(t *testing.T, data []byte, gap uint8) {
		psrs := []string{"", tCitizenA, tCitizenB, tFictive}
		accts := []string{"", tAcctHerberg, tAcctBotilb}
		base := civil.MustParse("2024-12-01")
		var postings []Posting
		for len(data) >= 5 && len(postings) < 64 {
			b := data[:5]
			data = data[5:]
			p := tPosting(psrs[b[0]%4], accts[b[1]%3], "0", "", "")
			p.Amount = decimal.New(int64(int8(b[4]))*1234, -2)
			if b[2] != 0 {
				p.Start = base.AddDays(int(b[2]) * 3)
			}
			if b[3] != 0 {
				p.End = p.Start.AddDays(int(b[3]) - 20)
				if !p.Start.IsValid() {
					p.End = base.AddDays(int(b[3]))
				}
			}
			postings = append(postings, p)
		}
		opts := AggregateOptions{MaxGapDays: int(gap % 8), MergeFictive: gap&8 != 0}
		lines, err := Aggregate(postings, opts)
		if err != nil {
			t.Fatal(err)
		}
		if len(lines) > len(postings) || (len(postings) > 0 && len(lines) == 0) {
			t.Fatalf("%d postings gave %d lines", len(postings), len(lines))
		}
		in, out := decimal.Zero, decimal.Zero
		for _, p := range postings {
			in = in.Add(p.Amount)
		}
		for _, l := range lines {
			out = out.Add(l.Amount)
		}
		if !in.Equal(out) {
			t.Fatalf("postings add up to %s, lines to %s", in, out)
		}
		reversed := slices.Clone(postings)
		slices.Reverse(reversed)
		again, err := Aggregate(reversed, opts)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tLinesText(lines), tLinesText(again)); diff != "" {
			t.Fatalf("reversed input gives other lines (-first +reversed):\n%s", diff)
		}
	})
}
