package siu

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/kontoplan"
)

func tTotal(fn, art, amount string) AccountTotal {
	return AccountTotal{Function: kontoplan.MustParseFunction(fn), Art: kontoplan.MustParseArt(art), Amount: tAmount(amount)}
}

func tRowText(r ReconcileRow) string {
	return fmt.Sprintf("%s %s n=%d ours=%s theirs=%s diff=%s within=%v", r.Function, r.Art, r.Lines,
		r.Ours.StringFixed(2), r.Theirs.StringFixed(2), r.Difference.StringFixed(2), r.Within)
}

func tRowsText(rows []ReconcileRow) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = tRowText(r)
	}
	return out
}

// tReconcileLines: 5.38.42 art 4.0 (two lines), 5.38.42 art 7.2 (income),
// 5.38.50 art 4.0 with an insurance across the year end, and a line without
// an account.
func tReconcileLines() []Line {
	A, B := tCitizenA, tCitizenB
	return []Line{
		tPosting(B, "5385010000000040", "12000.00", "2025-07-01", "2026-06-30").line(),
		tPosting(A, "5384210000000040", "90000.00", "2025-01-01", "2025-03-31").line(),
		tPosting(B, "5384210000000040", "10000.50", "2025-02-01", "2025-02-28").line(),
		tPosting(A, "5384210000000072", "-3000.00", "2025-01-01", "2025-03-31").line(),
		tPosting(A, "", "5.00", "2025-01-01", "2025-01-31").line(),
	}
}

func TestTotals(t *testing.T) {
	tests := []struct {
		name string
		year int
		want []string
	}{
		{"whole amounts", 0, []string{
			" |  | 5.00",
			"5.38.42 | 4.0 | 100000.50",
			"5.38.42 | 7.2 | -3000.00",
			"5.38.50 | 4.0 | 12000.00",
		}},
		// 12,000 × 184 / 365 = 6,049.32 of the insurance falls in 2025.
		{"shares in 2025", 2025, []string{
			" |  | 5.00",
			"5.38.42 | 4.0 | 100000.50",
			"5.38.42 | 7.2 | -3000.00",
			"5.38.50 | 4.0 | 6049.32",
		}},
		{"shares in 2026", 2026, []string{
			" |  | 0.00",
			"5.38.42 | 4.0 | 0.00",
			"5.38.42 | 7.2 | 0.00",
			"5.38.50 | 4.0 | 5950.68",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tot := range Totals(tReconcileLines(), ReconcileOptions{Year: tt.year}) {
				got = append(got, fmt.Sprintf("%s | %s | %s", tot.Function, tot.Art, tot.Amount.StringFixed(2)))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Totals (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTotalsInvalidPeriodCountsWhole(t *testing.T) {
	lines := []Line{tPosting(tCitizenA, "5384210000000040", "100", "2025-01-01", "").line()}
	got := Totals(lines, ReconcileOptions{Year: 2025})
	if len(got) != 1 || !got[0].Amount.Equal(tAmount("100")) {
		t.Fatalf("Totals = %+v, want the whole 100", got)
	}
}

func TestReconcile(t *testing.T) {
	accounts := []AccountTotal{
		tTotal("5.38.42", "4.0", "60000.00"), // two entries for one function and art add up
		tTotal("5.38.42", "4.0", "40000.00"),
		tTotal("5.38.42", "7.2", "-3000.00"),
		tTotal("5.38.50", "4.0", "12000.00"),
		tTotal("5.28.23", "4.0", "750.00"), // only in the accounts
	}
	tests := []struct {
		name string
		opts ReconcileOptions
		want []string
		diff []string
	}{
		{
			name: "exact",
			want: []string{
				"  n=1 ours=5.00 theirs=0.00 diff=5.00 within=false",
				"5.28.23 4.0 n=0 ours=0.00 theirs=750.00 diff=-750.00 within=false",
				"5.38.42 4.0 n=2 ours=100000.50 theirs=100000.00 diff=0.50 within=false",
				"5.38.42 7.2 n=1 ours=-3000.00 theirs=-3000.00 diff=0.00 within=true",
				"5.38.50 4.0 n=1 ours=12000.00 theirs=12000.00 diff=0.00 within=true",
			},
		},
		{
			name: "tolerance 5 kr: the boundary is within",
			opts: ReconcileOptions{Tolerance: tAmount("5")},
			want: []string{
				"  n=1 ours=5.00 theirs=0.00 diff=5.00 within=true",
				"5.28.23 4.0 n=0 ours=0.00 theirs=750.00 diff=-750.00 within=false",
				"5.38.42 4.0 n=2 ours=100000.50 theirs=100000.00 diff=0.50 within=true",
				"5.38.42 7.2 n=1 ours=-3000.00 theirs=-3000.00 diff=0.00 within=true",
				"5.38.50 4.0 n=1 ours=12000.00 theirs=12000.00 diff=0.00 within=true",
			},
		},
		{
			name: "year shares",
			opts: ReconcileOptions{Year: 2025, Tolerance: tAmount("1")},
			want: []string{
				"  n=1 ours=5.00 theirs=0.00 diff=5.00 within=false",
				"5.28.23 4.0 n=0 ours=0.00 theirs=750.00 diff=-750.00 within=false",
				"5.38.42 4.0 n=2 ours=100000.50 theirs=100000.00 diff=0.50 within=true",
				"5.38.42 7.2 n=1 ours=-3000.00 theirs=-3000.00 diff=0.00 within=true",
				"5.38.50 4.0 n=1 ours=6049.32 theirs=12000.00 diff=-5950.68 within=false",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Reconcile(tReconcileLines(), accounts, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, tRowsText(r.Rows)); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
			var wantDiffs []string
			for _, w := range tt.want {
				if strings.HasSuffix(w, "within=false") {
					wantDiffs = append(wantDiffs, w)
				}
			}
			if diff := cmp.Diff(wantDiffs, tRowsText(r.Differences())); diff != "" {
				t.Errorf("Differences (-want +got):\n%s", diff)
			}
			if r.Agrees() != (len(wantDiffs) == 0) {
				t.Errorf("Agrees() = %v with %d differences", r.Agrees(), len(wantDiffs))
			}
			sumOurs, sumTheirs := decimal.Zero, decimal.Zero
			for _, row := range r.Rows {
				sumOurs, sumTheirs = sumOurs.Add(row.Ours), sumTheirs.Add(row.Theirs)
			}
			if !r.Ours.Equal(sumOurs) || !r.Theirs.Equal(sumTheirs) || !r.Difference.Equal(sumOurs.Sub(sumTheirs)) {
				t.Errorf("grand totals %s, %s, %s; rows add up to %s, %s", r.Ours, r.Theirs, r.Difference, sumOurs, sumTheirs)
			}
		})
	}
}

func TestReconcileAgrees(t *testing.T) {
	lines := tReconcileLines()[:4]
	r, err := Reconcile(lines, Totals(lines, ReconcileOptions{}), ReconcileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !r.Agrees() || len(r.Differences()) != 0 || !r.Difference.IsZero() {
		t.Errorf("lines reconciled with their own totals disagree: %v", tRowsText(r.Rows))
	}
}

func TestReconcileNegativeTolerance(t *testing.T) {
	if _, err := Reconcile(nil, nil, ReconcileOptions{Tolerance: tAmount("-0.01")}); err == nil {
		t.Error("negative tolerance: no error")
	}
}
