package source

import (
	"context"
	"errors"

	"github.com/siukit/siukit/siu"
)

// Aggregation is what Aggregate read: the Aggregator that holds the
// postings, ready for its Lines, and the postings that could not be read.
type Aggregation struct {
	*siu.Aggregator
	// Postings counts the postings added.
	Postings int
	// ReadErrors are the first postings that could not be read, in file
	// order, and ReadErrorCount counts all of them.
	ReadErrors     []*Error
	ReadErrorCount int
}

// Aggregate adds every posting of src (Postings: a CSV or XLSX input) to a
// new siu.Aggregator, which sorts them in its memory budget and spills to
// private temporary files beyond it, and keeps the first keepErrors read
// errors (all for 0). Cancelling ctx closes the Aggregator at once, which
// removes its files, even while Aggregate waits for input; the error is
// then ctx's. The caller closes the Aggregation on every path, after
// ranging over its Lines when ReadErrorCount is 0.
func Aggregate(ctx context.Context, src *Source, opts siu.AggregateOptions, keepErrors int) (*Aggregation, error) {
	agg, err := siu.NewAggregator(opts)
	if err != nil {
		return nil, err
	}
	a := &Aggregation{Aggregator: agg}
	stop := context.AfterFunc(ctx, func() { agg.Close() })
	defer stop()
	for p, err := range src.Postings() {
		if err != nil {
			a.ReadErrorCount++
			if keepErrors == 0 || len(a.ReadErrors) < keepErrors {
				var e *Error
				if !errors.As(err, &e) {
					e = errorOf(err, p.Pos)
				}
				a.ReadErrors = append(a.ReadErrors, e)
			}
			continue
		}
		if err := agg.Add(p.Posting); err != nil {
			if ctx.Err() != nil {
				err = ctx.Err()
			}
			return a, err
		}
		a.Postings++
	}
	return a, ctx.Err()
}
