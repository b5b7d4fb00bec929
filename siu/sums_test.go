package siu

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/kontoplan"
)

// sumsCmp compares totals: functions and arts by value, amounts with Equal.
var sumsCmp = cmp.Options{
	cmpopts.EquateComparable(kontoplan.Function{}, kontoplan.Art{}),
	cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) }),
}

// TestSumsEqualsTotalsAndReconcile checks that Sums, fed one line at a
// time, gives what Totals and Reconcile give for the whole slice, with and
// without a year, and that reconciling does not change the Sums.
func TestSumsEqualsTotalsAndReconcile(t *testing.T) {
	ins := baseLine()
	ins.Amount = dec("36500.00")
	ins.Start, ins.End = date("2025-07-01"), date("2026-06-30")
	ego := baseLine()
	ego.Account = account("5.38.50", "7.2")
	ego.Amount = dec("-1250.50")
	lines := []Line{baseLine(), ins, ego, {Amount: dec("7.00")}}
	accounts := []AccountTotal{{Function: ego.Account.Function(), Art: ego.Account.Art(), Amount: dec("-1250.50")},
		{Function: account("5.38.52", "4.0").Function(), Art: account("5.38.52", "4.0").Art(), Amount: dec("10.00")}}
	for _, opts := range []ReconcileOptions{{}, {Year: 2025}, {Year: 2025, Tolerance: dec("1")}} {
		s := NewSums(opts)
		for _, l := range lines {
			s.Add(l)
		}
		if s.Len() != len(lines) {
			t.Errorf("Len = %d, want %d", s.Len(), len(lines))
		}
		if diff := cmp.Diff(Totals(lines, opts), s.Totals(), sumsCmp); diff != "" {
			t.Errorf("year %d: Totals (-func +Sums):\n%s", opts.Year, diff)
		}
		want, _ := Reconcile(lines, accounts, opts)
		got, err := s.Reconcile(accounts, opts.Tolerance)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got, sumsCmp); diff != "" {
			t.Errorf("year %d: Reconcile (-func +Sums):\n%s", opts.Year, diff)
		}
		if n := len(s.Totals()); n != 3 {
			t.Errorf("after Reconcile the Sums hold %d functions and arts, want 3 (the accounts' own stay out)", n)
		}
		if s.Count(ego.Account.Function(), ego.Account.Art()) != 1 {
			t.Errorf("Count of 5.38.50 7.2 = %d, want 1", s.Count(ego.Account.Function(), ego.Account.Art()))
		}
	}
	if _, err := NewSums(ReconcileOptions{}).Reconcile(nil, dec("-1")); err == nil {
		t.Error("a negative tolerance is accepted")
	}
}
