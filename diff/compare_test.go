package diff_test

import (
	"context"
	"encoding/json"
	"errors"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/diff"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/sample"
	"github.com/siukit/siukit/siu"
)

func line(psr, account, amount, start, end string) siu.Line {
	return siu.Line{PsrID: cpr.MustParse(psr), Account: kontoplan.MustParse(account),
		Amount: decimal.RequireFromString(amount), Start: civil.MustParse(start), End: civil.MustParse(end)}
}

func seq(lines ...siu.Line) iter.Seq2[siu.Line, error] {
	return func(yield func(siu.Line, error) bool) {
		for _, l := range lines {
			if !yield(l, nil) {
				return
			}
		}
	}
}

const (
	anna = "0101801234" // fictional: no real person is meant
	bent = "0202701235"
	carl = "0303601237"
)

func testLoads() (old, new []siu.Line) {
	old = []siu.Line{
		line(anna, "5.38.50.1 4.0", "1000.00", "2025-01-01", "2025-01-31"), // unchanged
		line(anna, "5.38.50.1 4.0", "1000.00", "2025-02-01", "2025-02-28"), // amount changed
		line(anna, "5.38.50.1 4.0", "1000.00", "2025-03-01", "2025-03-31"), // period changed
		line(bent, "5.38.52.1 4.0", "500.00", "2025-01-01", "2025-01-31"),  // removed, citizen gone
		line(anna, "5.38.50.1 7.2", "-200.00", "2025-05-01", "2025-05-31"), // removed
	}
	new = []siu.Line{
		line(anna, "5.38.50.1 4.0", "1000.00", "2025-01-01", "2025-01-31"),
		line(anna, "5.38.50.1 4.0", "1100.00", "2025-02-01", "2025-02-28"),
		line(anna, "5.38.50.1 4.0", "1000.00", "2025-03-05", "2025-04-04"),
		line(anna, "5.38.50.1 4.0", "900.00", "2025-06-01", "2025-06-30"), // added
		line(carl, "5.38.42.1 4.0", "300.00", "2025-07-01", "2025-07-05"), // added, citizen new
	}
	return old, new
}

func TestCompare(t *testing.T) {
	old, new := testLoads()
	for _, runLines := range []int{0, 1, 2, 3} {
		var all []diff.Change
		r, err := diff.Compare(context.Background(), seq(old...), seq(new...),
			diff.Options{RunLines: runLines, TempDir: t.TempDir(), OnChange: func(c diff.Change) { all = append(all, c) }})
		if err != nil {
			t.Fatal(err)
		}
		got := []int{r.Unchanged, r.Added, r.Removed, r.Changed, r.AmountChanged, r.PeriodChanged, r.CitizensAdded, r.CitizensRemoved, r.Old.Lines, r.New.Lines, r.Old.Citizens, r.New.Citizens}
		want := []int{1, 2, 2, 2, 1, 1, 1, 1, 5, 5, 2, 2}
		if !equal(got, want) {
			t.Errorf("RunLines %d: counts %v, want %v", runLines, got, want)
		}
		if len(all) != 6 || len(r.Changes) != 6 {
			t.Errorf("RunLines %d: %d changes, %d listed, want 6", runLines, len(all), len(r.Changes))
		}
		if r.Old.Total.StringFixed(2) != "3300.00" || r.New.Total.StringFixed(2) != "4300.00" {
			t.Errorf("totals %s %s", r.Old.Total, r.New.Total)
		}
		if len(r.NewCitizens) != 1 || r.NewCitizens[0] != "030360-****" || r.GoneCitizens[0] != "020270-****" {
			t.Errorf("citizens %v %v", r.NewCitizens, r.GoneCitizens)
		}
		if r.Identical() {
			t.Error("Identical")
		}
	}
}

func TestCompareTotals(t *testing.T) {
	old, new := testLoads()
	r, err := diff.Compare(context.Background(), seq(old...), seq(new...), diff.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, tr := range r.Totals {
		rows = append(rows, tr.Function.String()+" "+tr.Art.String()+" "+tr.Old.StringFixed(2)+" "+tr.New.StringFixed(2)+" "+tr.Difference.StringFixed(2))
	}
	want := "5.38.42 4.0 0.00 300.00 300.00|5.38.50 4.0 3000.00 4000.00 1000.00|5.38.50 7.2 -200.00 0.00 200.00|5.38.52 4.0 500.00 0.00 -500.00"
	if got := strings.Join(rows, "|"); got != want {
		t.Errorf("totals\n got %s\nwant %s", got, want)
	}
}

func TestCompareJSONMasks(t *testing.T) {
	old, new := testLoads()
	r, _ := diff.Compare(context.Background(), seq(old...), seq(new...), diff.Options{})
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{anna, bent, carl} {
		if strings.Contains(string(b), n) {
			t.Errorf("JSON holds %s:\n%s", n, b)
		}
	}
	if !strings.Contains(string(b), `"kind":"changed","citizen":"010180-****","account":"5385010000000040","old":{"amount":"1000.00","start":"2025-02-01"`) {
		t.Errorf("JSON:\n%s", b)
	}
}

func TestCompareIdenticalSample(t *testing.T) {
	g, _ := sample.New(sample.Config{Seed: 7, Lines: 3000})
	r, err := diff.Compare(context.Background(), noErr(g.Lines()), noErr(g.Lines()), diff.Options{RunLines: 500, TempDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if !r.Identical() || r.Unchanged != 3000 || r.Old.Lines != 3000 {
		t.Errorf("%+v", r)
	}
}

// The temporary files are gone after an error of an input, as after success.
func TestCompareRemovesTempFiles(t *testing.T) {
	dir := t.TempDir()
	g, _ := sample.New(sample.Config{Seed: 1, Lines: 1000})
	boom := errors.New("boom")
	failing := func(yield func(siu.Line, error) bool) {
		n := 0
		for l, err := range noErr(g.Lines()) {
			if n++; n == 900 {
				yield(siu.Line{}, boom)
				return
			}
			if !yield(l, err) {
				return
			}
		}
	}
	if _, err := diff.Compare(context.Background(), noErr(g.Lines()), failing, diff.Options{RunLines: 100, TempDir: dir}); !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := diff.Compare(ctx, noErr(g.Lines()), noErr(g.Lines()), diff.Options{RunLines: 100, TempDir: dir}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	if _, err := diff.Compare(context.Background(), noErr(g.Lines()), noErr(g.Lines()), diff.Options{RunLines: 100, TempDir: dir}); err != nil {
		t.Fatal(err)
	}
	left, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}
	_ = os.Remove
}

func TestCheckHeaders(t *testing.T) {
	a := siu.Header{Municipality: 461, Year: 2025, Area: siu.AreaVoksen}
	b := a
	b.Year = 2024
	var me *diff.MismatchError
	if err := diff.CheckHeaders(a, b); !errors.As(err, &me) || me.Field != "Year" {
		t.Errorf("err = %v", err)
	}
	if err := diff.CheckHeaders(a, siu.Header{}); err != nil {
		t.Errorf("no header: %v", err)
	}
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func noErr(lines iter.Seq[siu.Line]) iter.Seq2[siu.Line, error] {
	return func(yield func(siu.Line, error) bool) {
		for l := range lines {
			if !yield(l, nil) {
				return
			}
		}
	}
}
