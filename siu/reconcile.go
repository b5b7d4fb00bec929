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
}

// Sums totals lines per function and art one line at a time, in memory
// that grows with the distinct functions and arts, not with the lines: the
// streaming form of Totals and Reconcile, which are built on it. Create it
// with NewSums.
type Sums struct {
	year  int
	lines int
	m     map[faKey]*faSum
}

// NewSums returns empty Sums that count whole amounts or, with opts.Year,
// each line's share in that year (see ReconcileOptions). opts.Tolerance is
// not used.
func NewSums(opts ReconcileOptions) *Sums {
	return &Sums{year: opts.Year, m: make(map[faKey]*faSum)}
}

// Add counts l under the function and art of its account; a line without
// a valid account is counted under the zero Function and Art.
func (s *Sums) Add(l Line) {
	e := s.entry(faKey{l.Account.Function(), l.Account.Art()})
	e.lines++
	s.lines++
	if p := l.Period(); s.year != 0 && p.IsValid() {
		e.ours.add(p.ShareIn(s.year, l.Amount))
	} else {
		e.ours.add(l.Amount)
	}
}

// Len returns the number of lines added.
func (s *Sums) Len() int { return s.lines }

// Count returns the number of lines added under function fn and art art.
func (s *Sums) Count(fn kontoplan.Function, art kontoplan.Art) int {
	if e := s.m[faKey{fn, art}]; e != nil {
		return e.lines
	}
	return 0
}

// Totals returns the totals per function and art, sorted by function then
// art (the zero Function and Art first).
func (s *Sums) Totals() []AccountTotal {
	keys := s.sortedKeys()
	out := make([]AccountTotal, len(keys))
	for i, k := range keys {
		out[i] = AccountTotal{Function: k.fn, Art: k.art, Amount: s.m[k].ours.value()}
	}
	return out
}

// Reconcile compares the totals with the accounts' as the function
// Reconcile does. It returns an error only for a negative tolerance. The
// Sums are not changed: accounts are compared on a copy.
func (s *Sums) Reconcile(accounts []AccountTotal, tolerance decimal.Decimal) (Reconciliation, error) {
	if tolerance.IsNegative() {
		return Reconciliation{}, fmt.Errorf("siu: ReconcileOptions.Tolerance is %s: want 0 or more", tolerance)
	}
	theirs := make(map[faKey]*amountSum)
	all := &Sums{m: make(map[faKey]*faSum, len(s.m))}
	for k, e := range s.m {
		all.m[k] = &faSum{lines: e.lines, ours: e.ours}
	}
	for _, a := range accounts {
		k := faKey{a.Function, a.Art}
		all.entry(k)
		if theirs[k] == nil {
			theirs[k] = new(amountSum)
		}
		theirs[k].add(a.Amount)
	}
	var r Reconciliation
	var ours, their amountSum
	keys := all.sortedKeys()
	r.Rows = make([]ReconcileRow, len(keys))
	for i, k := range keys {
		e := all.m[k]
		row := ReconcileRow{Function: k.fn, Art: k.art, Lines: e.lines, Ours: e.ours.value()}
		if t := theirs[k]; t != nil {
			row.Theirs = t.value()
		}
		row.Difference = row.Ours.Sub(row.Theirs)
		row.Within = row.Difference.Abs().LessThanOrEqual(tolerance)
		ours.add(row.Ours)
		their.add(row.Theirs)
		r.Rows[i] = row
	}
	r.Ours, r.Theirs = ours.value(), their.value()
	r.Difference = r.Ours.Sub(r.Theirs)
	return r, nil
}

// entry returns the sum of k, adding an empty one.
func (s *Sums) entry(k faKey) *faSum {
	e := s.m[k]
	if e == nil {
		e = new(faSum)
		s.m[k] = e
	}
	return e
}

func (s *Sums) sortedKeys() []faKey {
	keys := make([]faKey, 0, len(s.m))
	for k := range s.m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, faKey.compare)
	return keys
}

// Totals returns the lines' totals per function and art of their accounts,
// sorted by function then art, counting whole amounts or, with opts.Year,
// each line's share in that year (see ReconcileOptions). Lines without a
// valid account are totalled under the zero Function and Art.
// opts.Tolerance is not used. It is NewSums, Add for each line and
// Sums.Totals.
func Totals(lines []Line, opts ReconcileOptions) []AccountTotal {
	return sumLines(lines, opts).Totals()
}

func sumLines(lines []Line, opts ReconcileOptions) *Sums {
	s := NewSums(opts)
	for i := range lines {
		s.Add(lines[i])
	}
	return s
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
	return sumLines(lines, opts).Reconcile(accounts, opts.Tolerance)
}
