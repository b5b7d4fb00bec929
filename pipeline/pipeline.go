package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"sync"

	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/delivery"
	"github.com/siukit/siukit/siu"
)

// Options configures Run and RunPostings. The zero Options aggregates with
// siu's defaults (periods that overlap or touch, DefaultMemoryBudget,
// os.TempDir) and writes with delivery's (the default profile and schema,
// no empty delivery).
type Options struct {
	// Aggregate configures the aggregation of the postings into lines.
	Aggregate siu.AggregateOptions
	// Delivery configures the validation, encoding and schema check of
	// the lines and the writing of the file. Its Validate.Report, when
	// set, receives each finding as soon as it is found; when it is nil,
	// Result.Delivery.Findings keeps them. Its ReadError receives the
	// errors of the aggregation's temporary files, if any.
	Delivery delivery.Options
	// ReadError, when set, receives each error reading the postings
	// yields: for Run a *csvformat.ParseError naming the line and the
	// column. Such a posting is not aggregated, it is counted in
	// Result.ReadErrors, and the file is not written; reading goes on
	// with the next posting (a fatal ParseError ends the input).
	ReadError func(error)
	// Progress, when set, is called every ProgressEvery postings read
	// (and once at the end of the reading) with the number read so far,
	// and then every ProgressEvery lines written with the number of
	// lines; Stage says which.
	Progress func(stage Stage, n int)
}

// Stage is the part of the pipeline a Progress call reports on.
type Stage int

const (
	// Reading counts the postings read and aggregated into runs.
	Reading Stage = iota + 1
	// Writing counts the lines merged, validated and encoded.
	Writing
)

// ProgressEvery is how often Options.Progress is called.
const ProgressEvery = 100_000

// Result says what Run read, how it aggregated, and what it wrote.
type Result struct {
	// Postings counts the postings read and aggregated.
	Postings int
	// ReadErrors counts the postings that could not be read (see
	// Options.ReadError). When it is not zero, the file is not written,
	// but the lines of the postings read are still validated.
	ReadErrors int
	// Runs counts the sorted runs the aggregator wrote to temporary
	// files: 0 when the postings fit its memory budget.
	Runs int
	// Delivery is the outcome of validating, encoding, checking and
	// writing the lines (delivery.WriteFile): Delivery.Lines counts the
	// lines, Delivery.Tally the findings, and Delivery.Written says
	// whether the file at the path is the new delivery.
	Delivery delivery.Result
}

// Written reports that the file at the path is the new delivery.
func (r Result) Written() bool { return r.Delivery.Written }

// errUnread is what the lines' iterator yields first when postings could
// not be read, so that delivery.WriteFile validates the lines but does
// not write the file.
var errUnread = errors.New("pipeline: postings could not be read")

// Run reads invoice postings from the Danish CSV file in (csvformat's
// Reader with its defaults), aggregates them, and writes the delivery of
// header h and the aggregated lines to path, if it is deliverable; see
// RunPostings.
func Run(ctx context.Context, in io.Reader, path string, h siu.Header, opts Options) (Result, error) {
	return RunPostings(ctx, csvformat.NewReader(in).Postings(), path, h, opts)
}

// RunPostings aggregates postings (siu.Aggregator with opts.Aggregate),
// then validates, encodes and schema-checks the lines and writes them to
// path (delivery.WriteFile with opts.Delivery) in one stream, reading
// postings once.
//
// The file at path is written only when every posting could be read and
// the delivery is deliverable (no error finding, at least one line, the
// schema passes); otherwise any file there is left as it was, and the
// Result says why, with a nil error. The error is for everything else:
// the context's error when ctx is cancelled, the aggregator's temporary
// files failing (a full disk), or an error of delivery.WriteFile (the
// schema, the file system). On every return the temporary files are gone.
//
// postings runs on a goroutine of its own, a few batches ahead of the
// aggregation, so that reading and aggregating use two cores; it has
// stopped by the time RunPostings returns, and a panic of it is raised
// again in the caller's goroutine.
func RunPostings(ctx context.Context, postings iter.Seq2[siu.Posting, error], path string, h siu.Header, opts Options) (res Result, err error) {
	agg, err := siu.NewAggregator(opts.Aggregate)
	if err != nil {
		return res, err
	}
	defer func() {
		if cerr := agg.Close(); err == nil && cerr != nil {
			err = cerr
		}
	}()
	stop := context.AfterFunc(ctx, func() { agg.Close() })
	defer stop()

	batches, free, stopReading := readAhead(postings)
	defer stopReading()
	for b := range batches {
		for _, rerr := range b.errs {
			res.ReadErrors++
			if opts.ReadError != nil {
				opts.ReadError(rerr)
			}
		}
		for i := range b.postings {
			if err := agg.Add(b.postings[i]); err != nil {
				if cerr := ctx.Err(); cerr != nil {
					return res, cerr
				}
				return res, err
			}
			res.Postings++
			if res.Postings%ProgressEvery == 0 {
				if err := ctx.Err(); err != nil {
					return res, err
				}
				if opts.Progress != nil {
					opts.Progress(Reading, res.Postings)
				}
			}
		}
		free <- b
	}
	stopReading()
	if err := ctx.Err(); err != nil {
		return res, err
	}
	if opts.Progress != nil {
		opts.Progress(Reading, res.Postings)
	}
	res.Runs = agg.Runs()

	var aggErr error
	records := func(yield func(siu.Record, error) bool) {
		if res.ReadErrors > 0 && !yield(siu.Record{}, errUnread) {
			return
		}
		n := 0
		for l, err := range agg.Lines() {
			if err != nil {
				aggErr = err
				yield(siu.Record{}, err) // the file must not be written
				return
			}
			if !yield(l.Record(), nil) {
				return
			}
			if n++; n%ProgressEvery == 0 && opts.Progress != nil {
				opts.Progress(Writing, n)
			}
		}
	}
	dopts := opts.Delivery
	userReadError := dopts.ReadError
	dopts.ReadError = func(err error) {
		if !errors.Is(err, errUnread) && userReadError != nil {
			userReadError(err)
		}
	}
	res.Delivery, err = delivery.WriteFile(ctx, path, h, records, dopts)
	if res.ReadErrors > 0 {
		res.Delivery.ReadErrors-- // errUnread is not a read error of the lines
	}
	res.Runs = agg.Runs()
	if err != nil {
		return res, err
	}
	if aggErr != nil {
		if cerr := ctx.Err(); cerr != nil {
			return res, cerr
		}
		return res, fmt.Errorf("pipeline: %w", aggErr)
	}
	return res, nil
}

// batch is a run of what the postings' iterator yielded: the postings and,
// apart, the errors, each in order.
type batch struct {
	postings []siu.Posting
	errs     []error
}

// batchSize is the most postings in a batch.
const batchSize = 512

// readAhead ranges over postings on a goroutine of its own, so that
// reading (parsing CSV) and aggregating run at the same time, and hands
// the postings over in batches on the first channel; the caller hands
// each batch back on the second once it is done with it. stop ends the
// reading early and waits for the goroutine, which has then stopped
// using the iterator (and the reader behind it); it may be called more
// than once. A panic of the iterator is raised again by stop.
func readAhead(postings iter.Seq2[siu.Posting, error]) (batches <-chan *batch, free chan<- *batch, stop func()) {
	const inFlight = 4
	full := make(chan *batch, inFlight)
	empty := make(chan *batch, inFlight+2)
	for range inFlight + 2 {
		empty <- &batch{postings: make([]siu.Posting, 0, batchSize)}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	var panicked any
	go func() {
		defer close(finished)
		defer close(full)
		defer func() { panicked = recover() }()
		var b *batch
		get := func() bool {
			select {
			case b = <-empty:
				b.postings, b.errs = b.postings[:0], b.errs[:0]
				return true
			case <-done:
				return false
			}
		}
		send := func() bool {
			select {
			case full <- b:
				return true
			case <-done:
				return false
			}
		}
		if !get() {
			return
		}
		for p, err := range postings {
			if err != nil {
				b.errs = append(b.errs, err)
			} else {
				b.postings = append(b.postings, p)
			}
			if len(b.postings) == batchSize || len(b.errs) == batchSize {
				if !send() || !get() {
					return
				}
			}
		}
		if len(b.postings)+len(b.errs) > 0 {
			send()
		}
	}()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			close(done)
			<-finished
		})
		if panicked != nil {
			p := panicked
			panicked = nil
			panic(p)
		}
	}
	return full, empty, stop
}
