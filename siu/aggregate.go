package siu

import (
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"os"
	"slices"
	"sync"
	"sync/atomic"

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

// DefaultMemoryBudget is the memory budget of an Aggregator when
// AggregateOptions.MemoryBudget is zero: 16 MiB, room for about half a
// million postings before the first spill. The Go runtime may hold up to
// about twice the budget between collections (GOGC=100), so the default
// keeps a whole pipeline (package pipeline) around 60 MB.
const DefaultMemoryBudget = 16 << 20

// AggregateOptions tunes Aggregate and Aggregator. The zero value merges
// only postings whose periods overlap or touch, in DefaultMemoryBudget and
// os.TempDir.
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

	// MemoryBudget is the most bytes an Aggregator holds for postings:
	// the postings of the current run (32 bytes each, more for an amount
	// with more than two decimals or beyond int64 øre) and the buffers of
	// its temporary files (at most 17 of up to 64 KiB). Beyond it the
	// Aggregator sorts the postings it holds and writes them to a
	// temporary file (see Aggregator). Zero means DefaultMemoryBudget; it
	// must not be negative. A budget too small for four postings and the
	// buffers is raised to that; the lines do not depend on the budget.
	MemoryBudget int64

	// TempDir is the directory of the temporary files; "" means
	// os.TempDir().
	TempDir string
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
// A merged line is never longer than 366 days, the longest period the
// validator accepts without SIU-PER-005 (the same constant): the dates
// must reflect the expense period (SOURCES.md: dst-qa-2025), and a line
// that aggregation made longer would be flagged although none of its
// postings is. The postings of one citizen and account are taken in order
// of start date (then end date and amount), and a posting that would
// stretch the line beyond 366 days starts the next line instead; the lines
// stay as long as the rule allows, so as few as it allows. A line longer
// than 366 days is therefore a posting that was that long already. A line
// may cross the end of the budget year, as a posting may (the insurance
// case of SIU-PER-004, SOURCES.md: dst-qa-2025): cutting at the year's end
// instead would need the budget year, which postings do not carry, and
// would split stays that no rule asks to split.
//
// No posting is ever lost or changed: a posting that cannot be merged
// safely becomes a line of its own, unchanged. That is a posting whose
// PsrID or Account is not valid (the zero value), whose period is not valid
// (a date missing, or the end before the start), or whose PsrID is fictive
// unless opts.MergeFictive is set. Validate then reports what is wrong with
// such a line. A line made from a single posting keeps that posting's
// amount exactly as it was: the same value and the same number of
// decimals.
//
// The order of the input does not matter. The lines come out sorted by
// PsrID digits (the zero PsrID first), then by account KONTOSTRENG (the zero
// account first); within one citizen and account, the merged lines come
// first in order of start date, then the postings passed through unchanged,
// by start date, end date and amount (a missing date first).
//
// Aggregate is for postings already in memory; it uses an Aggregator with
// opts, so it too keeps within opts.MemoryBudget (besides the lines it
// returns) and may write temporary files, which it removes before it
// returns. The error is for options out of range, or a temporary file
// that could not be written or read. Aggregate does not modify postings.
func Aggregate(postings []Posting, opts AggregateOptions) ([]Line, error) {
	a, err := NewAggregator(opts)
	if err != nil {
		return nil, err
	}
	defer a.Close()
	for i := range postings {
		if err := a.Add(postings[i]); err != nil {
			return nil, err
		}
	}
	lines := make([]Line, 0, len(postings)/4+1)
	for l, err := range a.Lines() {
		if err != nil {
			return nil, err
		}
		lines = append(lines, l)
	}
	return slices.Clip(lines), a.Close()
}

// ErrAggregatorClosed is the error of an Aggregator used after Close, or
// after Lines has been called.
var ErrAggregatorClosed = errors.New("siu: the Aggregator is closed")

// Aggregator aggregates postings that stream by, for instance while they
// are read from a file, as Aggregate does, in memory bounded by
// AggregateOptions.MemoryBudget whatever the number of postings: Add them
// one at a time, then range over Lines once.
//
// Like Unix sort, an Aggregator holds postings (packed, 32 bytes each)
// until the budget is full, then sorts them and writes them as a sorted run
// to a temporary file, and at the end merges the runs and the postings
// still in memory into the lines, which stream out of Lines. When 16 runs
// pile up, they are merged into one, so that at most 17 files are open at
// once. A run takes about 10 bytes per posting on disk.
//
// # Temporary files hold personal data
//
// The runs hold CPR numbers and amounts. Each is created with
// os.CreateTemp in AggregateOptions.TempDir (os.TempDir() by default),
// named "siukit-aggregate-*.run", with mode 0600 (readable by its owner
// only). Where the system allows it (Unix), its name is removed as soon as
// it is created, so that no other process can open it and not even a
// killed program leaves it behind: the data lives on only while the file
// is open. Elsewhere the file is removed when it is closed. Every file is
// closed and removed when Lines ends (when its loop runs to the end, is
// stopped early by break or return, or panics), when Add or Lines fails,
// and by Close. A program that may be interrupted calls Close from its
// signal handler (os/signal.NotifyContext, then Close when the context is
// done): Close may be called from another goroutine while Add or Lines
// runs, which then fail with an error.
//
// An Aggregator is not safe for concurrent use, but for Close.
type Aggregator struct {
	opts     AggregateOptions
	runLimit int64 // bytes of postings in memory before a spill
	runCap   int   // postings in memory before a spill
	chunkCap int   // postings per chunk
	bufSize  int   // bytes of each temporary file's buffer

	pk       packer
	chunks   [][]rec // the sorted, full chunks of the current run
	cur      []rec   // the chunk being filled
	spare    [][]rec // chunks kept for the next run
	bigs     []decimal.Decimal
	sorting  sync.WaitGroup // the sorts of full chunks under way
	inRun    int            // postings in memory
	runBytes int64          // their bytes, counted against runLimit

	n       int
	err     error // sticky error of Add
	started bool  // Lines was called

	closed atomic.Bool
	mu     sync.Mutex // guards runs, spills and closeErr
	runs   []*runFile
	spills int
	cerr   error
}

// fanIn is the most runs merged at once.
const fanIn = 16

// NewAggregator returns an Aggregator with the given options, or an error
// when they are out of range.
func NewAggregator(opts AggregateOptions) (*Aggregator, error) {
	if err := opts.check(); err != nil {
		return nil, err
	}
	b := opts.MemoryBudget
	if b == 0 {
		b = DefaultMemoryBudget
	}
	a := &Aggregator{opts: opts, pk: packer{mergeFictive: opts.MergeFictive}}
	a.bufSize = int(min(max(b/(4*(fanIn+1)), 512), 64<<10))
	a.runLimit = max(b-int64((fanIn+1)*a.bufSize), 4*recSize)
	a.runCap = int(min(a.runLimit/recSize, 1<<40))
	a.chunkCap = min(a.runCap, max(a.runCap/4, 256), 1<<17)
	return a, nil
}

func (o AggregateOptions) check() error {
	if o.MaxGapDays < 0 {
		return fmt.Errorf("siu: AggregateOptions.MaxGapDays is %d: want 0 or more", o.MaxGapDays)
	}
	if o.MemoryBudget < 0 {
		return fmt.Errorf("siu: AggregateOptions.MemoryBudget is %d: want 0 or more", o.MemoryBudget)
	}
	return nil
}

// Add adds one posting. The error is for a temporary file that could not
// be written, or ErrAggregatorClosed after Close or Lines; once Add has
// failed, it fails again, and Lines yields the error.
func (a *Aggregator) Add(p Posting) error {
	if a.err != nil {
		return a.err
	}
	if a.started || a.closed.Load() {
		return ErrAggregatorClosed
	}
	r, isBig := a.pk.pack(&p)
	cost := int64(recSize)
	if isBig {
		cost += bigCost
	}
	if a.inRun > 0 && (a.inRun >= a.runCap || a.runBytes+cost > a.runLimit) {
		if err := a.spill(); err != nil {
			a.err = err
			a.Close()
			return err
		}
	}
	if isBig {
		r.amt = int64(len(a.bigs))
		a.bigs = append(a.bigs, p.Amount)
	}
	if len(a.cur) == cap(a.cur) {
		a.room()
	}
	a.cur = append(a.cur, r)
	a.inRun++
	a.runBytes += cost
	a.n++
	return nil
}

// room makes room in a.cur for one more posting: it grows the chunk up to
// chunkCap, or sorts it and starts the next one.
func (a *Aggregator) room() {
	if n := len(a.spare); len(a.cur) == 0 && n > 0 {
		a.cur, a.spare = a.spare[n-1][:0], a.spare[:n-1]
		return
	}
	limit := min(a.chunkCap, len(a.cur)+a.runCap-a.inRun)
	if cap(a.cur) < limit {
		a.cur = slices.Grow(a.cur, min(max(2*cap(a.cur), 256), limit)-len(a.cur))
		return
	}
	if len(a.cur) > 0 {
		// Sort the full chunk on another goroutine while the next one
		// fills: a chunk's recs and the bigs they index are not written
		// again until the run is merged, which waits for the sort.
		c, bigs := a.cur, a.bigs
		a.sorting.Add(1)
		go func() {
			defer a.sorting.Done()
			sortChunk(c, bigs)
		}()
		a.chunks = append(a.chunks, a.cur)
	}
	if n := len(a.spare); n > 0 {
		a.cur, a.spare = a.spare[n-1][:0], a.spare[:n-1]
	} else {
		a.cur = make([]rec, 0, max(1, min(a.chunkCap, a.runCap-a.inRun)))
	}
}

// Len returns the number of postings added so far.
func (a *Aggregator) Len() int { return a.n }

// Runs returns the number of sorted runs written to temporary files so
// far, merges of runs included: 0 while the postings fit the budget.
func (a *Aggregator) Runs() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.spills
}

// memSources sorts the chunk being filled and returns the current run's
// chunks as sources.
func (a *Aggregator) memSources() []source {
	defer a.sorting.Wait()
	if len(a.cur) > 0 {
		sortChunk(a.cur, a.bigs)
		a.chunks = append(a.chunks, a.cur)
		a.cur = nil
	}
	srcs := make([]source, 0, len(a.chunks))
	for _, c := range a.chunks {
		srcs = append(srcs, &chunkSource{recs: c, bigs: a.bigs})
	}
	return srcs
}

// spill writes the postings in memory to a new run and keeps their chunks
// for the next run.
func (a *Aggregator) spill() error {
	rf, err := a.newRun()
	if err != nil {
		return err
	}
	if err := a.writeRun(rf, newMerger(a.memSources())); err != nil {
		return err
	}
	for _, c := range a.chunks {
		a.spare = append(a.spare, c[:0])
	}
	a.chunks, a.cur, a.bigs = a.chunks[:0], nil, nil
	a.inRun, a.runBytes = 0, 0
	if a.numRuns() >= fanIn {
		return a.mergeRuns()
	}
	return nil
}

func (a *Aggregator) numRuns() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.runs)
}

// newRun creates a temporary file for a run and registers it, so that
// Close removes it from then on.
func (a *Aggregator) newRun() (*runFile, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed.Load() {
		return nil, ErrAggregatorClosed
	}
	f, err := os.CreateTemp(a.opts.TempDir, "siukit-aggregate-*.run")
	if err != nil {
		return nil, fmt.Errorf("siu: aggregating: %w", err)
	}
	rf := &runFile{f: f, name: f.Name()}
	if os.Remove(rf.name) == nil {
		rf.name = "" // Unix: the data lives on only while the file is open
	}
	a.runs = append(a.runs, rf)
	a.spills++
	return rf, nil
}

// writeRun writes the items of m to rf.
func (a *Aggregator) writeRun(rf *runFile, m *merger) error {
	w := newRunWriter(rf.f, a.bufSize)
	var werr error
	n := 0
	err := m.each(func(it *item) bool {
		werr = w.write(it)
		n++
		return werr == nil
	})
	if err == nil {
		err = werr
	}
	if err == nil {
		err = w.flush()
	}
	if err != nil {
		return fmt.Errorf("siu: aggregating: writing a temporary file: %w", err)
	}
	rf.recs = n
	return nil
}

// runSources opens a reader on each run.
func (a *Aggregator) runSources(runs []*runFile) ([]source, error) {
	srcs := make([]source, 0, len(runs))
	for _, rf := range runs {
		rr, err := newRunReader(rf, a.bufSize)
		if err != nil {
			return nil, fmt.Errorf("siu: aggregating: reading a temporary file: %w", err)
		}
		srcs = append(srcs, rr)
	}
	return srcs, nil
}

// mergeRuns merges every run into one. The runs hold consecutive parts of
// the input, but the order of the input does not matter anyway.
func (a *Aggregator) mergeRuns() error {
	a.mu.Lock()
	old := slices.Clone(a.runs)
	a.mu.Unlock()
	srcs, err := a.runSources(old)
	if err != nil {
		return err
	}
	rf, err := a.newRun()
	if err != nil {
		return err
	}
	if err := a.writeRun(rf, newMerger(srcs)); err != nil {
		return err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed.Load() {
		return ErrAggregatorClosed
	}
	var errs []error
	for _, r := range old {
		errs = append(errs, r.close())
	}
	a.runs = slices.DeleteFunc(a.runs, func(r *runFile) bool { return slices.Contains(old, r) })
	return errors.Join(errs...)
}

// close closes the run's file and removes it when its name is still there.
func (rf *runFile) close() error {
	err := rf.f.Close()
	if rf.name != "" {
		if rerr := os.Remove(rf.name); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
			err = errors.Join(err, rerr)
		}
	}
	return err
}

// Lines returns the lines of all the postings added, as Aggregate makes
// them, in Aggregate's order. It streams: the runs and the postings in
// memory are merged as the loop asks for lines, and only the postings of
// the line being made are looked at.
//
// Lines is for one loop: the Aggregator is finished when the loop ends,
// whether it ran to the end or stopped early, and its temporary files are
// removed; a second call yields ErrAggregatorClosed. An error (a
// temporary file that cannot be read or removed, an earlier error of Add,
// Close called meanwhile) is yielded once, with the zero Line, and ends
// the loop.
func (a *Aggregator) Lines() iter.Seq2[Line, error] {
	return func(yield func(Line, error) bool) {
		if a.started {
			yield(Line{}, ErrAggregatorClosed)
			return
		}
		a.started = true
		defer a.Close()
		if a.err != nil {
			yield(Line{}, a.err)
			return
		}
		if a.closed.Load() {
			yield(Line{}, ErrAggregatorClosed)
			return
		}
		a.mu.Lock()
		runs := slices.Clone(a.runs)
		a.mu.Unlock()
		srcs, err := a.runSources(runs)
		if err != nil {
			yield(Line{}, err)
			return
		}
		srcs = append(srcs, a.memSources()...)
		stopped, err := a.sweep(newMerger(srcs), yield)
		// The postings in memory are no longer needed.
		a.chunks, a.cur, a.spare, a.bigs = nil, nil, nil, nil
		if stopped {
			return
		}
		if err == nil {
			err = a.Close()
		}
		if err != nil {
			yield(Line{}, err)
		}
	}
}

// sweep makes the lines of the sorted items of m and yields them. It
// reports whether yield asked to stop.
func (a *Aggregator) sweep(m *merger, yield func(Line, error) bool) (stopped bool, err error) {
	var (
		u          unpacker
		first      item // the first posting of the line being made
		have       bool // a line is being made
		count      int  // its postings
		sum        amountSum
		start, end int64 // its period
		emitErr    error
	)
	gap := int64(a.opts.MaxGapDays)
	emit := func(it *item, count int, start, end int64) bool {
		if a.closed.Load() {
			emitErr = ErrAggregatorClosed
			return false
		}
		psr, acct, err := u.ids(&it.r)
		if err != nil {
			emitErr = err
			return false
		}
		l := Line{PsrID: psr, Account: acct, Start: dayDate(start), End: dayDate(end)}
		if count == 1 {
			l.Amount = it.amount()
		} else {
			l.Amount = sum.value()
		}
		if !yield(l, nil) {
			stopped = true
			return false
		}
		return true
	}
	err = m.each(func(it *item) bool {
		r := &it.r
		if have && !r.pass() && r.sameKey(&first.r) {
			s, e := r.start(), r.end()
			if s-end-1 <= gap && max(end, e)-start+1 <= maxPeriodDays {
				sum.addItem(it)
				count++
				end = max(end, e)
				return true
			}
		}
		if have {
			have = false
			if !emit(&first, count, start, end) {
				return false
			}
		}
		if r.pass() {
			return emit(it, 1, r.start(), r.end())
		}
		first, have, count = *it, true, 1
		sum = amountSum{}
		sum.addItem(it)
		start, end = r.start(), r.end()
		return true
	})
	if err == nil && emitErr == nil && !stopped && have {
		emit(&first, count, start, end)
	}
	if err == nil {
		err = emitErr
	}
	if err != nil && err != ErrAggregatorClosed {
		err = fmt.Errorf("siu: aggregating: %w", err)
	}
	return stopped, err
}

// amount returns the amount of the posting it stands for, exactly.
func (it *item) amount() decimal.Decimal {
	if it.r.big() {
		return it.big
	}
	return it.r.amount()
}

// Close removes the Aggregator's temporary files and makes any later Add
// or Lines fail. It may be called more than once, and from another
// goroutine while Add or Lines runs (a signal handler's); it returns the
// error of its first call.
func (a *Aggregator) Close() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed.Swap(true) {
		return a.cerr
	}
	var errs []error
	for _, rf := range a.runs {
		errs = append(errs, rf.close())
	}
	a.runs = nil
	if err := errors.Join(errs...); err != nil {
		a.cerr = fmt.Errorf("siu: aggregating: removing a temporary file: %w", err)
	}
	return a.cerr
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

// addItem adds the amount of the posting it stands for.
func (s *amountSum) addItem(it *item) {
	if it.r.big() {
		s.add(it.big)
		return
	}
	if !s.slow {
		sum := s.oere + it.r.amt
		if (it.r.amt >= 0) == (sum >= s.oere) {
			s.oere = sum
			return
		}
	}
	s.add(decimal.New(it.r.amt, -2))
}

// value returns the sum; a sum in øre has two decimals.
func (s *amountSum) value() decimal.Decimal {
	if s.slow {
		return s.dec
	}
	return decimal.New(s.oere, -2)
}
