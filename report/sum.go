package report

import (
	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

// Sum is the totals per function and art of a file's lines, added up while
// they stream by, in memory that grows with the distinct functions and
// arts, not with the lines: the form of 'siu summary'.
type Sum struct {
	sums *siu.Sums
	// ReadErrors are the first MaxReadErrors records that could not be
	// read or parsed, in file order; ReadErrorCount counts all of them.
	ReadErrors     []*source.Error
	ReadErrorCount int
}

// MaxReadErrors is the most read errors a Sum keeps to show.
const MaxReadErrors = 25

// SumLines reads every record of src, parses it into a line
// (siu.ParseRecord) and adds it up per function and art: with shareYear
// not 0 each line counts with its share in that year, as
// siu.ReconcileOptions.Year says. A record that cannot be read or parsed
// is a read error, as source.ReadLines has it.
func SumLines(src *source.Source, shareYear int) *Sum {
	s := &Sum{sums: siu.NewSums(siu.ReconcileOptions{Year: shareYear})}
	for l, err := range source.Lines(src) {
		if err == nil {
			s.sums.Add(l)
			continue
		}
		s.ReadErrorCount++
		if len(s.ReadErrors) < MaxReadErrors {
			s.ReadErrors = append(s.ReadErrors, err)
		}
	}
	return s
}

// Lines counts the lines added.
func (s *Sum) Lines() int { return s.sums.Len() }

// Totals returns the totals per function and art, sorted as siu.Totals
// sorts them.
func (s *Sum) Totals() []siu.AccountTotal { return s.sums.Totals() }

// Reconcile compares the totals with the accounts, as siu.Reconcile does.
func (s *Sum) Reconcile(accounts []siu.AccountTotal, tolerance decimal.Decimal) (siu.Reconciliation, error) {
	return s.sums.Reconcile(accounts, tolerance)
}
