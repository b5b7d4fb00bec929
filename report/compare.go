package report

import (
	"context"

	"github.com/siukit/siukit/diff"
	"github.com/siukit/siukit/source"
)

// Compare compares the lines of two full loads (diff.Compare over
// diff.Lines), refusing loads of different municipalities, budget years or
// areas (as far as their files say: a CSV file says nothing;
// diff.CheckHeaders) unless allow. A record that cannot be read or parsed
// is not compared: it goes to skip, with the source it is in, and is
// counted in skipped.
func Compare(ctx context.Context, old, new *source.Source, allow bool, opts diff.Options, skip func(*source.Source, *source.Error)) (r *diff.Result, skipped int, err error) {
	ho, _ := old.Header()
	hn, _ := new.Header()
	if err := diff.CheckHeaders(ho, hn); err != nil && !allow {
		return nil, 0, &DifferentLoadsError{err}
	}
	skipOf := func(src *source.Source) func(*source.Error) {
		return func(e *source.Error) {
			skipped++
			if skip != nil {
				skip(src, e)
			}
		}
	}
	r, err = diff.Compare(ctx, diff.Lines(old, skipOf(old)), diff.Lines(new, skipOf(new)), opts)
	return r, skipped, err
}

// DifferentLoadsError is Compare's refusal of two loads that do not
// replace each other: Err is diff.CheckHeaders'.
type DifferentLoadsError struct{ Err error }

func (e *DifferentLoadsError) Error() string { return e.Err.Error() }

// Unwrap returns e.Err.
func (e *DifferentLoadsError) Unwrap() error { return e.Err }
