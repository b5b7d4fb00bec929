package delivery_test

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/siukit/siukit/delivery"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
)

func TestWriteFileClean(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "siu.xml")
	res, err := delivery.WriteFile(context.Background(), path, testHeader(), seq(cleanRecords()),
		delivery.Options{Validate: testOptions()})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 3 {
		t.Errorf("Findings: got %d, want the 3 infos", len(res.Findings))
	}
	res.Findings = nil
	want := delivery.Result{Lines: 3, Tally: siu.Tally{Infos: 3}, Written: true}
	if diff := cmp.Diff(want, res); diff != "" {
		t.Errorf("Result (-want +got):\n%s", diff)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, encoded(t)) {
		t.Errorf("the file differs from xmlformat.Encode's bytes:\n%s", got)
	}
	if diff := cmp.Diff([]string{"siu.xml"}, names(t, dir)); diff != "" {
		t.Errorf("directory (-want +got):\n%s", diff)
	}
}

func TestWriteFileReplacesExisting(t *testing.T) {
	dir := t.TempDir()
	path := writeTemp(t, dir, "siu.xml", []byte("the previous delivery"))
	res, err := delivery.WriteFile(context.Background(), path, testHeader(), seq(cleanRecords()),
		delivery.Options{Validate: testOptions()})
	if err != nil || !res.Written {
		t.Fatalf("Written %v, error %v", res.Written, err)
	}
	got, _ := os.ReadFile(path)
	if !bytes.Equal(got, encoded(t)) {
		t.Errorf("the file is not the new delivery:\n%s", got)
	}
}

func TestWriteFileReportStreams(t *testing.T) {
	var streamed []siu.Finding
	opts := delivery.Options{Validate: testOptions()}
	opts.Validate.Report = func(f siu.Finding) { streamed = append(streamed, f) }
	recs := append(cleanRecords(), badRecord)
	res, err := delivery.WriteFile(context.Background(), filepath.Join(t.TempDir(), "siu.xml"), testHeader(), seq(recs), opts)
	if err != nil {
		t.Fatal(err)
	}
	if res.Findings != nil {
		t.Errorf("Findings = %v, want nil when Report is set", res.Findings)
	}
	if got := siu.TallyOf(streamed); got != res.Tally || got.Errors != 1 {
		t.Errorf("Tally %+v, streamed findings tally %+v, want one error", res.Tally, got)
	}
}

// failure is a delivery that must not be written: its records, its
// options, and what WriteFile must say about it.
type failure struct {
	name    string
	records func(cancel context.CancelFunc) iter.Seq2[siu.Record, error]
	opts    func(*delivery.Options)
	check   func(t *testing.T, res delivery.Result, err error)
}

var failures = []failure{
	{
		name: "error finding",
		records: func(context.CancelFunc) iter.Seq2[siu.Record, error] {
			return seq(append(cleanRecords(), badRecord))
		},
		check: func(t *testing.T, res delivery.Result, err error) {
			if err != nil || res.Tally.Errors != 1 || res.Lines != 4 {
				t.Errorf("got %+v, %v; want 4 lines, one error, no error returned", res, err)
			}
		},
	},
	{
		name: "unparsable record",
		records: func(context.CancelFunc) iter.Seq2[siu.Record, error] {
			r := cleanRecords()
			r[1].Amount = "12,50 kr"
			return seq(r)
		},
		check: func(t *testing.T, res delivery.Result, err error) {
			if err != nil || res.Unparsed != 1 || !res.Tally.HasErrors() {
				t.Errorf("got %+v, %v; want one unparsed record with an error finding", res, err)
			}
		},
	},
	{
		name: "read error",
		records: func(context.CancelFunc) iter.Seq2[siu.Record, error] {
			return func(yield func(siu.Record, error) bool) {
				recs := cleanRecords()
				_ = yield(recs[0], nil) && yield(siu.Record{}, errors.New("line 2: bad quote")) &&
					yield(recs[1], nil) && yield(recs[2], nil)
			}
		},
		check: func(t *testing.T, res delivery.Result, err error) {
			if err != nil || res.ReadErrors != 1 || res.Lines != 3 || res.Tally.HasErrors() {
				t.Errorf("got %+v, %v; want one read error and reading to go on", res, err)
			}
		},
	},
	{
		name: "cancelled",
		records: func(cancel context.CancelFunc) iter.Seq2[siu.Record, error] {
			return func(yield func(siu.Record, error) bool) {
				recs := cleanRecords()
				_ = yield(recs[0], nil) && yield(recs[1], nil)
				cancel()
				_ = yield(recs[2], nil)
			}
		},
		check: func(t *testing.T, res delivery.Result, err error) {
			if !errors.Is(err, context.Canceled) {
				t.Errorf("error %v, want context.Canceled", err)
			}
		},
	},
	{
		name: "empty",
		records: func(context.CancelFunc) iter.Seq2[siu.Record, error] {
			return seq(nil)
		},
		check: func(t *testing.T, res delivery.Result, err error) {
			if err != nil || !res.EmptyRefused || res.Tally.Warnings != 1 {
				t.Errorf("got %+v, %v; want EmptyRefused and the SIU-LEV-001 warning", res, err)
			}
		},
	},
	{
		name: "schema",
		records: func(context.CancelFunc) iter.Seq2[siu.Record, error] {
			return seq(cleanRecords())
		},
		opts: func(o *delivery.Options) {
			// A valid profile the encoder writes, which the default
			// schema refuses: another root element.
			p := xmlformat.DefaultProfile()
			p.Root = "AndenLeverance"
			o.Profile = &p
		},
		check: func(t *testing.T, res delivery.Result, err error) {
			var se *delivery.SchemaError
			if !errors.As(err, &se) || len(se.Problems) == 0 {
				t.Fatalf("error %v, want a *SchemaError with problems", err)
			}
			if !strings.Contains(err.Error(), "AndenLeverance") {
				t.Errorf("error %q does not name the root the schema refused", err)
			}
		},
	},
}

// Every failure leaves the directory as it was: no file and no temporary
// file when there was none, the old file untouched when there was one.
func TestWriteFileFailures(t *testing.T) {
	for _, tc := range failures {
		for _, existing := range []bool{false, true} {
			name := tc.name
			if existing {
				name += "/existing file"
			}
			t.Run(name, func(t *testing.T) {
				dir := t.TempDir()
				path := filepath.Join(dir, "siu.xml")
				old := []byte("the previous delivery")
				if existing {
					writeTemp(t, dir, "siu.xml", old)
				}
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				var readErrs []error
				opts := delivery.Options{Validate: testOptions(), ReadError: func(err error) { readErrs = append(readErrs, err) }}
				if tc.opts != nil {
					tc.opts(&opts)
				}
				res, err := delivery.WriteFile(ctx, path, testHeader(), tc.records(cancel), opts)
				tc.check(t, res, err)
				if res.Written {
					t.Error("Written is true")
				}
				if len(readErrs) != res.ReadErrors {
					t.Errorf("ReadError called %d times, ReadErrors %d", len(readErrs), res.ReadErrors)
				}
				var want []string
				if existing {
					want = []string{"siu.xml"}
				}
				if diff := cmp.Diff(want, names(t, dir)); diff != "" {
					t.Errorf("directory (-want +got):\n%s", diff)
				}
				if existing {
					if got, _ := os.ReadFile(path); !bytes.Equal(got, old) {
						t.Errorf("the existing file changed: %q", got)
					}
				}
			})
		}
	}
}

func TestWriteFileAllowEmpty(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "siu.xml")
	res, err := delivery.WriteFile(context.Background(), path, testHeader(), seq(nil),
		delivery.Options{Validate: testOptions(), AllowEmpty: true})
	if err != nil || !res.Written || res.EmptyRefused {
		t.Fatalf("got %+v, %v; want the empty delivery written", res, err)
	}
	var want bytes.Buffer
	if err := xmlformat.Encode(&want, xmlformat.DefaultProfile(), siu.Delivery{Header: testHeader()}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, want.Bytes()) {
		t.Errorf("the file differs from xmlformat.Encode's bytes:\n%s", got)
	}
}

// The temporary file is private while it is written: mode 0600, a hidden
// name in the target's directory.
func TestWriteFileTempPrivate(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "siu.xml")
	var seen []string
	records := func(yield func(siu.Record, error) bool) {
		for _, r := range cleanRecords() {
			for _, n := range names(t, dir) {
				fi, err := os.Stat(filepath.Join(dir, n))
				if err != nil {
					t.Fatal(err)
				}
				if !strings.HasPrefix(n, ".siu.xml.") || !strings.HasSuffix(n, ".tmp") {
					t.Errorf("temporary file %q: want .siu.xml.*.tmp", n)
				}
				if m := fi.Mode().Perm(); m != 0o600 {
					t.Errorf("temporary file %q has mode %v, want 0600", n, m)
				}
				seen = append(seen, n)
			}
			if !yield(r, nil) {
				return
			}
		}
	}
	res, err := delivery.WriteFile(context.Background(), path, testHeader(), records, delivery.Options{Validate: testOptions()})
	if err != nil || !res.Written {
		t.Fatalf("got %+v, %v", res, err)
	}
	if len(seen) != 3 {
		t.Errorf("saw %d temporary files in 3 looks, want one each time: %v", len(seen), seen)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if m := fi.Mode().Perm(); m != 0o600 {
		t.Errorf("the file has mode %v, want 0600", m)
	}
}

// An error names no whole CPR number, even when the path holds one, and
// still matches its cause.
func TestWriteFileErrorRedacted(t *testing.T) {
	path := filepath.Join(t.TempDir(), "0101801234", "siu.xml") // no such directory
	_, err := delivery.WriteFile(context.Background(), path, testHeader(), seq(cleanRecords()), delivery.Options{})
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("error %v, want fs.ErrNotExist", err)
	}
	if strings.Contains(err.Error(), "0101801234") {
		t.Errorf("error %q holds the whole number", err)
	}
}
