package conformance

import (
	"fmt"

	"github.com/siukit/siukit/siu"
)

// AggregateInput is the input of an aggregation case (postings.json): the
// invoices and credit notes of a finance system, each in the form of a
// Line, and how to aggregate them. Empty values are missing values; an
// aggregator passes such a posting through unchanged.
type AggregateInput struct {
	// Options are the aggregation's options.
	Options AggregateOptions `json:"options"`
	// Postings are the invoices and credit notes, in no particular order.
	Postings []Line `json:"postings"`
}

// AggregateOptions are siu.AggregateOptions in the neutral form.
type AggregateOptions struct {
	// MaxGapDays is the largest number of days between two periods that
	// still lets them merge; 0 merges only periods that overlap or touch.
	MaxGapDays int `json:"max_gap_days"`
	// MergeFictive merges postings of fictive numbers like any other;
	// by default each such posting stays a line of its own.
	MergeFictive bool `json:"merge_fictive"`
}

// SIUPostings parses the postings. A malformed value is an *InputError
// naming the posting and the field.
func (in AggregateInput) SIUPostings() ([]siu.Posting, error) {
	out := make([]siu.Posting, 0, len(in.Postings))
	for i, p := range in.Postings {
		l, err := p.SIULine()
		if err != nil {
			if ie, ok := err.(*InputError); ok {
				ie.Line = i + 1
			}
			return nil, err
		}
		out = append(out, siu.Posting{PsrID: l.PsrID, Account: l.Account, Amount: l.Amount, Start: l.Start, End: l.End})
	}
	return out, nil
}

// SIUOptions returns the options as siu.AggregateOptions.
func (o AggregateOptions) SIUOptions() (siu.AggregateOptions, error) {
	if o.MaxGapDays < 0 {
		return siu.AggregateOptions{}, fmt.Errorf("conformance: max_gap_days is %d: want 0 or more", o.MaxGapDays)
	}
	return siu.AggregateOptions{MaxGapDays: o.MaxGapDays, MergeFictive: o.MergeFictive}, nil
}
