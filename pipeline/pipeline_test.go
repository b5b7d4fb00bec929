package pipeline

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/delivery"
	"github.com/siukit/siukit/sample"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
)

// testData returns n generated postings, their header and their CSV file.
func testData(t *testing.T, n int) (siu.Header, []siu.Posting, []byte) {
	t.Helper()
	g, err := sample.New(sample.Config{Seed: 7, Lines: n, Year: 2025, Area: siu.AreaSamlet})
	if err != nil {
		t.Fatal(err)
	}
	postings := slices.Collect(g.Postings())
	var csv bytes.Buffer
	w := csvformat.NewWriter(&csv)
	for _, p := range postings {
		if err := w.WriteLine(siu.Line{PsrID: p.PsrID, Account: p.Account, Amount: p.Amount, Start: p.Start, End: p.End}); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		t.Fatal(err)
	}
	return g.Header(), postings, csv.Bytes()
}

// testOptions validates with a fixed today, so that the findings do not
// depend on the date of the run.
func testOptions() Options {
	var o Options
	o.Delivery.Validate.Today = civil.MustNew(2026, 3, 2)
	return o
}

// dirEntries lists the names in dir.
func dirEntries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

// TestRun runs the pipeline over a generated CSV file, with the default
// budget and with one so small that every few postings spill, and
// requires each time the file that encoding siu.Aggregate's lines gives,
// and no temporary file left behind.
func TestRun(t *testing.T) {
	h, postings, csv := testData(t, 3000)
	lines, err := siu.Aggregate(postings, siu.AggregateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := xmlformat.Encode(&want, xmlformat.DefaultProfile(), siu.Delivery{Header: h, Lines: lines}); err != nil {
		t.Fatal(err)
	}
	for _, budget := range []int64{0, 1} {
		dir, tmp := t.TempDir(), t.TempDir()
		path := filepath.Join(dir, "siu.xml")
		opts := testOptions()
		opts.Aggregate.MemoryBudget = budget
		opts.Aggregate.TempDir = tmp
		var progress []Stage
		opts.Progress = func(s Stage, n int) { progress = append(progress, s) }
		res, err := Run(context.Background(), bytes.NewReader(csv), path, h, opts)
		if err != nil {
			t.Fatal(err)
		}
		if !res.Written() || res.Postings != len(postings) || res.ReadErrors != 0 || res.Delivery.Lines != len(lines) {
			t.Fatalf("budget %d: %+v; want written, %d postings, %d lines", budget, res, len(postings), len(lines))
		}
		if (budget == 1) != (res.Runs > 0) {
			t.Errorf("budget %d: %d runs", budget, res.Runs)
		}
		if len(progress) == 0 || progress[len(progress)-1] != Reading {
			t.Errorf("progress %v, want Reading at the end of the reading", progress)
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("budget %d: the file is not the encoding of siu.Aggregate's lines", budget)
		}
		if names := dirEntries(t, dir); len(names) != 1 {
			t.Errorf("target directory holds %v", names)
		}
		if names := dirEntries(t, tmp); len(names) != 0 {
			t.Errorf("temporary directory holds %v", names)
		}
	}
}

// TestRunUnreadPostings: a line that cannot be read keeps the file from
// being written, but the other lines are still validated.
func TestRunUnreadPostings(t *testing.T) {
	h, _, csv := testData(t, 200)
	nl := bytes.IndexByte(csv, '\n') + 1
	bad := slices.Concat(csv[:nl], bytes.Replace(csv[nl:], []byte(";"), []byte(";x"), 1)) // the first line's account
	dir := t.TempDir()
	path := filepath.Join(dir, "siu.xml")
	var readErrs []error
	opts := testOptions()
	opts.ReadError = func(err error) { readErrs = append(readErrs, err) }
	opts.Delivery.ReadError = func(err error) { t.Errorf("delivery.ReadError(%v)", err) }
	res, err := Run(context.Background(), bytes.NewReader(bad), path, h, opts)
	if err != nil {
		t.Fatal(err)
	}
	var pe *csvformat.ParseError
	if res.Written() || res.ReadErrors != 1 || len(readErrs) != 1 || !errors.As(readErrs[0], &pe) {
		t.Fatalf("%+v, read errors %v: want one *csvformat.ParseError and nothing written", res, readErrs)
	}
	if res.Delivery.Lines == 0 || res.Delivery.ReadErrors != 0 {
		t.Errorf("Delivery = %+v: want the lines validated and no read error of theirs", res.Delivery)
	}
	if names := dirEntries(t, dir); len(names) != 0 {
		t.Errorf("target directory holds %v", names)
	}
}

// TestRunNotDeliverable: an error finding keeps the file from being
// written, with a nil error.
func TestRunNotDeliverable(t *testing.T) {
	h, _, csv := testData(t, 200)
	h.Year = 1999 // SIU-HDR-002
	dir := t.TempDir()
	res, err := Run(context.Background(), bytes.NewReader(csv), filepath.Join(dir, "siu.xml"), h, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if res.Written() || !res.Delivery.Tally.HasErrors() || len(res.Delivery.Findings) == 0 {
		t.Fatalf("%+v: want error findings and nothing written", res)
	}
	if names := dirEntries(t, dir); len(names) != 0 {
		t.Errorf("target directory holds %v", names)
	}
}

// cancelReader cancels a context once it has been read past half.
type cancelReader struct {
	r      *bytes.Reader
	cancel context.CancelFunc
	half   int64
}

func (c *cancelReader) Read(p []byte) (int, error) {
	if c.r.Size()-int64(c.r.Len()) > c.half {
		c.cancel()
	}
	return c.r.Read(p[:min(len(p), 4096)])
}

// TestRunCancelled cancels the context while the postings are read, with
// runs on disk: Run returns the context's error and leaves nothing behind.
func TestRunCancelled(t *testing.T) {
	h, _, csv := testData(t, 3*ProgressEvery/2)
	dir, tmp := t.TempDir(), t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	opts := testOptions()
	opts.Aggregate.MemoryBudget = 256 << 10
	opts.Aggregate.TempDir = tmp
	in := &cancelReader{r: bytes.NewReader(csv), cancel: cancel, half: int64(len(csv)) * 3 / 4}
	res, err := Run(ctx, in, filepath.Join(dir, "siu.xml"), h, opts)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run = %+v, %v; want context.Canceled", res, err)
	}
	if res.Written() {
		t.Error("written")
	}
	if names := append(dirEntries(t, dir), dirEntries(t, tmp)...); len(names) != 0 {
		t.Errorf("left behind: %v", names)
	}
}

// TestRunPostingsMatchesDelivery: RunPostings with postings in memory
// gives the same result as delivery.WriteFile with siu.Aggregate's lines.
func TestRunPostingsMatchesDelivery(t *testing.T) {
	h, postings, _ := testData(t, 1000)
	lines, err := siu.Aggregate(postings, siu.AggregateOptions{MaxGapDays: 5})
	if err != nil {
		t.Fatal(err)
	}
	records := func(yield func(siu.Record, error) bool) {
		for _, l := range lines {
			if !yield(l.Record(), nil) {
				return
			}
		}
	}
	dopts := testOptions().Delivery
	want, err := delivery.WriteFile(context.Background(), filepath.Join(t.TempDir(), "a.xml"), h, records, dopts)
	if err != nil {
		t.Fatal(err)
	}
	opts := testOptions()
	opts.Aggregate.MaxGapDays = 5
	opts.Aggregate.MemoryBudget = 1
	opts.Aggregate.TempDir = t.TempDir()
	got, err := RunPostings(context.Background(), func(yield func(siu.Posting, error) bool) {
		for _, p := range postings {
			if !yield(p, nil) {
				return
			}
		}
	}, filepath.Join(t.TempDir(), "b.xml"), h, opts)
	if err != nil {
		t.Fatal(err)
	}
	if got.Delivery.Lines != want.Lines || got.Delivery.Tally != want.Tally || !got.Written() ||
		len(got.Delivery.Findings) != len(want.Findings) {
		t.Errorf("RunPostings = %+v, want %+v", got.Delivery, want)
	}
}

// TestRunPostingsPanic: a panic of the postings' iterator, which runs on
// a goroutine of its own, is raised again in the caller's, and nothing is
// left behind.
func TestRunPostingsPanic(t *testing.T) {
	h, postings, _ := testData(t, 2000)
	opts := testOptions()
	opts.Aggregate.MemoryBudget = 1
	opts.Aggregate.TempDir = t.TempDir()
	defer func() {
		if r := recover(); r != "iterator" {
			t.Errorf("recovered %v, want the iterator's panic", r)
		}
		if names := dirEntries(t, opts.Aggregate.TempDir); len(names) != 0 {
			t.Errorf("left behind: %v", names)
		}
	}()
	RunPostings(context.Background(), func(yield func(siu.Posting, error) bool) {
		for i, p := range postings {
			if i == 1500 {
				panic("iterator")
			}
			if !yield(p, nil) {
				return
			}
		}
	}, filepath.Join(t.TempDir(), "siu.xml"), h, opts)
	t.Error("RunPostings returned")
}

// TestRunPostingsStopsReading: once RunPostings has returned (here on a
// cancelled context), the postings' iterator is no longer running.
func TestRunPostingsStopsReading(t *testing.T) {
	h, postings, _ := testData(t, 2000)
	ctx, cancel := context.WithCancel(context.Background())
	var returned, usedAfter atomic.Bool
	_, err := RunPostings(ctx, func(yield func(siu.Posting, error) bool) {
		for i := 0; ; i++ {
			if returned.Load() {
				usedAfter.Store(true)
			}
			if i == 1000 {
				cancel()
			}
			if !yield(postings[i%len(postings)], nil) {
				return
			}
		}
	}, filepath.Join(t.TempDir(), "siu.xml"), h, testOptions())
	returned.Store(true)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("RunPostings: %v, want context.Canceled", err)
	}
	time.Sleep(10 * time.Millisecond)
	if usedAfter.Load() {
		t.Error("the iterator ran after RunPostings returned")
	}
}
