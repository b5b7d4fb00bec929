package siu

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
)

// Posting is one invoice or credit note from a finance system: an amount for
// one citizen on one account, and the period it covers. Aggregate turns
// postings into lines.
type Posting struct {
	PsrID   cpr.Number
	Account kontoplan.Account
	// Amount is positive for an expense and negative for a credit note or
	// income, as on a Line.
	Amount decimal.Decimal
	// Start and End are the first and last day the amount covers, both
	// inclusive.
	Start, End civil.Date
}

// Period returns the period p covers.
func (p Posting) Period() Period { return Period{Start: p.Start, End: p.End} }

// line returns p unchanged as a line.
func (p Posting) line() Line {
	return Line{PsrID: p.PsrID, Account: p.Account, Amount: p.Amount, Start: p.Start, End: p.End}
}

// AggregateOptions tunes Aggregate and Aggregator. The zero value merges
// only postings whose periods overlap or touch.
type AggregateOptions struct {
	// MaxGapDays is the largest number of days between two periods that
	// still lets them merge: 0 merges only periods that overlap or touch
	// (January and February); 1 also merges 1–30 January with 1–28
	// February, and so on. The merged line spans the gap. It must not be
	// negative.
	MaxGapDays int

	// MergeFictive merges postings of SIU's fictive numbers (DDMMYY9998,
	// 1234569999, …) like any other number. By default each posting with
	// a fictive number stays a line of its own. Modeled: one fictive number
	// stands for every anonymous citizen with that birth date and sex (for
	// 1234569998, every anonymous woman), so merging their postings could
	// make two stays at a kvindekrisecenter look like one citizen's.
	MergeFictive bool
}

// Aggregate turns postings into lines, as DST allows (SOURCES.md: dst-qa-2025:
// several invoices for one citizen may be summed on one line whose dates
// still reflect the real expense period).
//
// For each citizen (PsrID) and account, postings whose periods overlap or
// touch, or lie at most opts.MaxGapDays days apart, merge into one line
// that runs from the earliest start to the latest end, with the sum of their
// amounts. Credit notes (negative amounts) sum in like any other posting,
// so a line may come out with a zero or negative amount; the validator
// reports those. Sums are exact.
//
// No posting is ever lost or changed: a posting that cannot be merged
// safely becomes a line of its own, unchanged. That is a posting whose
// PsrID or Account is not valid (the zero value), whose period is not valid
// (a date missing, or the end before the start), or whose PsrID is fictive
// unless opts.MergeFictive is set. Validate then reports what is wrong with
// such a line. A line made from a single posting keeps that posting's
// amount exactly as it was.
//
// The order of the input does not matter. The lines come out sorted by
// PsrID digits (the zero PsrID first), then by account KONTOSTRENG (the zero
// account first); within one citizen and account, the merged lines come
// first in order of start date, then the postings passed through unchanged,
// by start date, end date and amount (a missing date first).
//
// The only error is for options out of range. Aggregate does not modify
// postings.
func Aggregate(postings []Posting, opts AggregateOptions) ([]Line, error) {
	if err := opts.check(); err != nil {
		return nil, err
	}
	return aggregate(postings, opts), nil
}

// Aggregator collects postings one at a time, for instance while they are
// read from a file, and aggregates them as Aggregate does. Its memory grows
// with the number of postings added.
type Aggregator struct {
	opts     AggregateOptions
	postings []Posting
}

// NewAggregator returns an Aggregator with the given options, or an error
// when they are out of range.
func NewAggregator(opts AggregateOptions) (*Aggregator, error) {
	if err := opts.check(); err != nil {
		return nil, err
	}
	return &Aggregator{opts: opts}, nil
}

// Add adds one posting.
func (a *Aggregator) Add(p Posting) { a.postings = append(a.postings, p) }

// Len returns the number of postings added so far.
func (a *Aggregator) Len() int { return len(a.postings) }

// Lines returns the lines of all the postings added so far, as Aggregate
// does. Adding more postings afterwards and calling Lines again aggregates
// them all.
func (a *Aggregator) Lines() []Line { return aggregate(a.postings, a.opts) }

func (o AggregateOptions) check() error {
	if o.MaxGapDays < 0 {
		return fmt.Errorf("siu: AggregateOptions.MaxGapDays is %d: want 0 or more", o.MaxGapDays)
	}
	return nil
}

// aggKey is what aggregate sorts: the identity and period of one posting
// packed into integers, so that sorting compares two words and neither
// allocates nor calls methods.
//
//	hi: PsrID digits + 1 (34 bits; 0 for no number), account rank + 1
//	    (28 bits; 0 for no account), pass (1 bit, passed through unchanged)
//	lo: start day number (22 bits), end day number (22 bits), 20 zero bits;
//	    day numbers count from 0001-01-01 = 1, and 0 is a missing date
type aggKey struct {
	hi, lo uint64
	oere   int64 // the amount in øre when oereOK
	idx    int32 // index in the input
	oereOK bool
}

const (
	aggRankBits = 28
	aggDayBits  = 22 // 9999-12-31 is day 3,652,059 < 2^22
	aggDayMask  = 1<<aggDayBits - 1
	aggStartPos = 64 - aggDayBits
	aggEndPos   = aggStartPos - aggDayBits
)

func (k aggKey) pass() bool   { return k.hi&1 != 0 }
func (k aggKey) start() int64 { return int64(k.lo >> aggStartPos) }
func (k aggKey) end() int64   { return int64(k.lo >> aggEndPos & aggDayMask) }

// dayOne is day number 1.
var dayOne = civil.MustNew(1, 1, 1)

// dayNumber returns d's day number counted from 0001-01-01 = 1, or 0 for the
// zero Date.
func dayNumber(d civil.Date) uint64 {
	if !d.IsValid() {
		return 0
	}
	return uint64(dayOne.DaysUntil(d) + 1)
}

// accountRanks numbers the distinct accounts of postings from 1 in the order
// of their KONTOSTRENG; the zero Account gets 0.
func accountRanks(postings []Posting) map[kontoplan.Account]uint64 {
	ranks := make(map[kontoplan.Account]uint64)
	var last kontoplan.Account
	for i := range postings {
		a := postings[i].Account
		if a == last && i > 0 {
			continue
		}
		last = a
		ranks[a] = 0
	}
	distinct := make([]kontoplan.Account, 0, len(ranks))
	for a := range ranks {
		distinct = append(distinct, a)
	}
	slices.SortFunc(distinct, func(a, b kontoplan.Account) int {
		var ba, bb [32]byte
		return bytes.Compare(a.AppendTo(ba[:0]), b.AppendTo(bb[:0]))
	})
	n := uint64(0)
	for _, a := range distinct {
		if a.IsValid() {
			n++
			ranks[a] = n
		}
	}
	return ranks
}

func newAggKey(p *Posting, idx int, rank uint64, opts AggregateOptions) aggKey {
	var psr uint64
	var buf [16]byte
	if b := p.PsrID.AppendDigits(buf[:0]); len(b) > 0 {
		for _, c := range b {
			psr = psr*10 + uint64(c-'0')
		}
		psr++
	}
	pass := psr == 0 || rank == 0 || !p.Period().IsValid() ||
		(!opts.MergeFictive && p.PsrID.IsFictive())
	k := aggKey{
		hi:  psr<<(aggRankBits+1) | rank<<1,
		lo:  dayNumber(p.Start)<<aggStartPos | dayNumber(p.End)<<aggEndPos,
		idx: int32(idx),
	}
	if pass {
		k.hi |= 1
	}
	k.oere, k.oereOK = oere(p.Amount)
	return k
}

func compareAggKeys(postings []Posting) func(a, b aggKey) int {
	return func(a, b aggKey) int {
		switch {
		case a.hi < b.hi:
			return -1
		case a.hi > b.hi:
			return +1
		case a.lo < b.lo:
			return -1
		case a.lo > b.lo:
			return +1
		}
		if a.oereOK && b.oereOK {
			if c := cmp.Compare(a.oere, b.oere); c != 0 {
				return c
			}
		} else if c := postings[a.idx].Amount.Cmp(postings[b.idx].Amount); c != 0 {
			return c
		}
		return cmp.Compare(a.idx, b.idx)
	}
}

func aggregate(postings []Posting, opts AggregateOptions) []Line {
	if len(postings) == 0 {
		return []Line{}
	}
	ranks := accountRanks(postings)
	keys := make([]aggKey, len(postings))
	var last kontoplan.Account
	var rank uint64
	for i := range postings {
		p := &postings[i]
		if i == 0 || p.Account != last {
			last, rank = p.Account, ranks[p.Account]
		}
		keys[i] = newAggKey(p, i, rank, opts)
	}
	slices.SortFunc(keys, compareAggKeys(postings))

	lines := make([]Line, 0, len(postings)/4+1)
	maxGap := int64(opts.MaxGapDays)
	for i := 0; i < len(keys); {
		k := keys[i]
		first := &postings[k.idx]
		if k.pass() {
			lines = append(lines, first.line())
			i++
			continue
		}
		// The run's amounts come from the keys while they are in øre, so
		// that the sweep reads only the first posting of each line.
		var sum amountSum
		sum.addKey(k, postings)
		end := k.end()
		j := i + 1
		for ; j < len(keys); j++ {
			q := keys[j]
			if q.hi != k.hi || q.start()-end-1 > maxGap {
				break
			}
			sum.addKey(q, postings)
			end = max(end, q.end())
		}
		l := first.line()
		if end != k.end() {
			l.End = dayOne.AddDays(int(end) - 1)
		}
		if j-i > 1 {
			l.Amount = sum.value()
		}
		lines = append(lines, l)
		i = j
	}
	return slices.Clip(lines)
}

// amountSum adds amounts exactly: in øre in an int64 while every amount has
// at most two decimals and the sum fits, and with decimal arithmetic from
// then on. The zero value is a sum of nothing.
type amountSum struct {
	oere int64
	dec  decimal.Decimal // the sum, once slow
	slow bool
}

func (s *amountSum) add(d decimal.Decimal) {
	if !s.slow {
		if v, ok := oere(d); ok {
			sum := s.oere + v // wraps on overflow, which the test below catches
			if (v >= 0) == (sum >= s.oere) {
				s.oere = sum
				return
			}
		}
		s.slow = true
		s.dec = decimal.New(s.oere, -2)
	}
	s.dec = s.dec.Add(d)
}

// addKey adds the amount of the posting k stands for, from k when it holds
// the amount in øre.
func (s *amountSum) addKey(k aggKey, postings []Posting) {
	if k.oereOK && !s.slow {
		sum := s.oere + k.oere
		if (k.oere >= 0) == (sum >= s.oere) {
			s.oere = sum
			return
		}
	}
	s.add(postings[k.idx].Amount)
}

// value returns the sum; a sum in øre has two decimals.
func (s *amountSum) value() decimal.Decimal {
	if s.slow {
		return s.dec
	}
	return decimal.New(s.oere, -2)
}
