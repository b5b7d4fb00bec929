// Package fatotals totals lines per function and art one line at a time,
// in memory that grows with the distinct functions and arts, not with the
// lines, and hands the totals to siu.Reconcile, which keeps the one
// statement of how totals are compared.
package fatotals

import (
	"cmp"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

type key struct {
	fn  kontoplan.Function
	art kontoplan.Art
}

type sum struct {
	lines  int
	amount decimal.Decimal
}

// Sums holds the totals of the lines added so far. The zero value is not
// usable; call New.
type Sums struct {
	year  int
	lines int
	m     map[key]*sum
}

// New returns empty Sums. With year not 0 each line counts with its share
// in that calendar year, as siu.ReconcileOptions.Year says; with 0 with its
// whole amount.
func New(year int) *Sums { return &Sums{year: year, m: make(map[key]*sum)} }

// Add counts l.
func (s *Sums) Add(l siu.Line) {
	k := key{l.Account.Function(), l.Account.Art()}
	e := s.m[k]
	if e == nil {
		e = &sum{}
		s.m[k] = e
	}
	e.lines++
	s.lines++
	if p := l.Period(); s.year != 0 && p.IsValid() {
		e.amount = e.amount.Add(p.ShareIn(s.year, l.Amount))
	} else {
		e.amount = e.amount.Add(l.Amount)
	}
}

// Lines returns the number of lines added.
func (s *Sums) Lines() int { return s.lines }

// Reconcile returns siu.Reconcile's comparison of the totals with accounts:
// one line per function and art stands for the lines added, and each row's
// Lines is set back to the number of lines behind it.
func (s *Sums) Reconcile(accounts []siu.AccountTotal, tolerance decimal.Decimal) (siu.Reconciliation, error) {
	lines := make([]siu.Line, 0, len(s.m))
	for k, e := range s.m {
		var acc kontoplan.Account
		if k.fn.IsValid() && k.art.IsValid() {
			acc, _ = kontoplan.NewAccount(k.fn, 1, k.art)
		}
		lines = append(lines, siu.Line{Account: acc, Amount: e.amount})
	}
	rec, err := siu.Reconcile(lines, accounts, siu.ReconcileOptions{Tolerance: tolerance})
	if err != nil {
		return rec, err
	}
	for i := range rec.Rows {
		r := &rec.Rows[i]
		r.Lines = 0
		if e := s.m[key{r.Function, r.Art}]; e != nil {
			r.Lines = e.lines
		}
	}
	return rec, nil
}

// Totals returns the totals per function and art, sorted as siu.Totals
// sorts them.
func (s *Sums) Totals() []siu.AccountTotal {
	out := make([]siu.AccountTotal, 0, len(s.m))
	for k, e := range s.m {
		out = append(out, siu.AccountTotal{Function: k.fn, Art: k.art, Amount: e.amount})
	}
	slices.SortFunc(out, func(a, b siu.AccountTotal) int {
		return cmp.Or(cmp.Compare(fnCode(a.Function), fnCode(b.Function)), cmp.Compare(artCode(a.Art), artCode(b.Art)))
	})
	return out
}

func fnCode(f kontoplan.Function) int {
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

// Count returns the number of lines added under function fn and art art.
func (s *Sums) Count(fn kontoplan.Function, art kontoplan.Art) int {
	if e := s.m[key{fn, art}]; e != nil {
		return e.lines
	}
	return 0
}
