package siu

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/kontoplan"
)

// AccountTotal is an amount for one function and art: a total from the
// municipality's accounts (what Reconcile compares with), or a total of
// lines (what Totals returns).
type AccountTotal struct {
	Function kontoplan.Function
	Art      kontoplan.Art
	Amount   decimal.Decimal
}

// ReconcileOptions tunes Totals and Reconcile.
type ReconcileOptions struct {
	// Year, when not 0, counts of each line only its share in that
	// calendar year (Period.ShareIn, rounded to øre per line) instead of
	// its whole amount: an insurance booked in 2025 for 2025-07-01 to
	// 2026-06-30 counts 184/365 of its amount for 2025. A line whose period
	// is not valid has no share; it counts with its whole amount, so that
	// no amount drops out of the totals. With Year 0 every line counts with
	// its whole amount, as booked.
	Year int

	// Tolerance is the largest difference, in kroner, between our total and
	// the accounts' that still counts as agreeing. Zero asks for exact
	// agreement. It must not be negative.
	Tolerance decimal.Decimal
}

// ReconcileRow compares the lines' total for one function and art with the
// accounts'.
type ReconcileRow struct {
	Function kontoplan.Function
	Art      kontoplan.Art
	// Lines is the number of lines behind Ours.
	Lines int
	// Ours is the total of the lines, Theirs the total from the accounts
	// (zero when the accounts have none), and Difference is Ours − Theirs.
	Ours, Theirs, Difference decimal.Decimal
	// Within reports whether |Difference| ≤ the tolerance.
	Within bool
}

// Reconciliation is the result of Reconcile.
type Reconciliation struct {
	// Rows holds one row for each function and art found in the lines or
	// in the accounts, sorted by function then art (the zero Function and
	// Art, from lines without a valid account, first).
	Rows []ReconcileRow
	// Ours, Theirs and Difference are the grand totals.
	Ours, Theirs, Difference decimal.Decimal
}

// Differences returns the rows whose difference is above the tolerance, in
// the order of Rows.
func (r Reconciliation) Differences() []ReconcileRow {
	var out []ReconcileRow
	for _, row := range r.Rows {
		if !row.Within {
			out = append(out, row)
		}
	}
	return out
}

// Agrees reports whether every row is within the tolerance.
func (r Reconciliation) Agrees() bool {
	for _, row := range r.Rows {
		if !row.Within {
			return false
		}
	}
	return true
}

type faKey struct {
	fn  kontoplan.Function
	art kontoplan.Art
}

func (k faKey) compare(o faKey) int {
	if c := cmp.Compare(functionCode(k.fn), functionCode(o.fn)); c != 0 {
		return c
	}
	return cmp.Compare(artCode(k.art), artCode(o.art))
}

func functionCode(f kontoplan.Function) int {
	if !f.IsValid() {
		return -1
	}
	return f.Code()
}

func artCode(a kontoplan.Art) int {
	if !a.IsValid() {
		return -1
	}
	return a.Code()
}

type faSum struct {
	lines int
	ours  amountSum
	their amountSum
}

// Totals returns the lines' totals per function and art of their accounts,
// sorted by function then art, counting whole amounts or, with opts.Year,
// each line's share in that year (see ReconcileOptions). Lines without a
// valid account are totalled under the zero Function and Art.
// opts.Tolerance is not used.
func Totals(lines []Line, opts ReconcileOptions) []AccountTotal {
	sums := sumLines(lines, opts.Year)
	keys := sortedKeys(sums)
	out := make([]AccountTotal, len(keys))
	for i, k := range keys {
		out[i] = AccountTotal{Function: k.fn, Art: k.art, Amount: sums[k].ours.value()}
	}
	return out
}

func sumLines(lines []Line, year int) map[faKey]*faSum {
	sums := make(map[faKey]*faSum)
	for i := range lines {
		l := &lines[i]
		k := faKey{l.Account.Function(), l.Account.Art()}
		s := sums[k]
		if s == nil {
			s = new(faSum)
			sums[k] = s
		}
		s.lines++
		if p := l.Period(); year != 0 && p.IsValid() {
			s.ours.add(p.ShareIn(year, l.Amount))
		} else {
			s.ours.add(l.Amount)
		}
	}
	return sums
}

func sortedKeys(sums map[faKey]*faSum) []faKey {
	keys := make([]faKey, 0, len(sums))
	for k := range sums {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, faKey.compare)
	return keys
}

// Reconcile compares the lines' totals per function and art (see Totals)
// with the totals from the municipality's accounts, as DST does before its
// final approval (SOURCES.md: dst-doc-siu), so that a vendor sees the
// differences first. accounts may hold several entries for one function and
// art (for instance one per full account string); they are added up.
//
// Every function and art on either side gets a row. It returns an error
// only for a negative tolerance.
func Reconcile(lines []Line, accounts []AccountTotal, opts ReconcileOptions) (Reconciliation, error) {
	if opts.Tolerance.IsNegative() {
		return Reconciliation{}, fmt.Errorf("siu: ReconcileOptions.Tolerance is %s: want 0 or more", opts.Tolerance)
	}
	sums := sumLines(lines, opts.Year)
	for _, a := range accounts {
		k := faKey{a.Function, a.Art}
		s := sums[k]
		if s == nil {
			s = new(faSum)
			sums[k] = s
		}
		s.their.add(a.Amount)
	}
	var r Reconciliation
	var ours, theirs amountSum
	keys := sortedKeys(sums)
	r.Rows = make([]ReconcileRow, len(keys))
	for i, k := range keys {
		s := sums[k]
		row := ReconcileRow{Function: k.fn, Art: k.art, Lines: s.lines, Ours: s.ours.value(), Theirs: s.their.value()}
		row.Difference = row.Ours.Sub(row.Theirs)
		row.Within = row.Difference.Abs().LessThanOrEqual(opts.Tolerance)
		ours.add(row.Ours)
		theirs.add(row.Theirs)
		r.Rows[i] = row
	}
	r.Ours, r.Theirs = ours.value(), theirs.value()
	r.Difference = r.Ours.Sub(r.Theirs)
	return r, nil
}
