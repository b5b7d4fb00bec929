package siu

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
)

// tinyBudget is so small that an Aggregator spills every four postings.
const tinyBudget = 1

// unlimited is a budget no test input reaches.
const unlimited = 1 << 40

// tCollect ranges over a.Lines and fails the test on an error.
func tCollect(t testing.TB, a *Aggregator) []Line {
	t.Helper()
	var lines []Line
	for l, err := range a.Lines() {
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, l)
	}
	return lines
}

// tLineExact prints a line with its whole CPR number and its amount as
// stored, exponent included, so that "1.5" and "1.50" differ.
func tLineExact(l Line) string {
	return fmt.Sprintf("%s %s %se%d %s %s", l.PsrID.Digits(), l.Account, l.Amount.Coefficient(), l.Amount.Exponent(), l.Start, l.End)
}

func tLinesExact(lines []Line) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = tLineExact(l)
	}
	return out
}

// aggregateWith aggregates postings with opts and budget in a fresh
// temporary directory, checks that the directory is empty afterwards, and
// returns the lines and the number of runs written.
func aggregateWith(t testing.TB, postings []Posting, opts AggregateOptions, budget int64) ([]Line, int) {
	t.Helper()
	opts.MemoryBudget = budget
	opts.TempDir = t.TempDir()
	a, err := NewAggregator(opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range postings {
		if err := a.Add(p); err != nil {
			t.Fatal(err)
		}
	}
	runs := a.Runs()
	lines := tCollect(t, a)
	tNoFiles(t, opts.TempDir)
	return lines, runs
}

// tNoFiles fails when dir holds a file.
func tNoFiles(t testing.TB, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Errorf("temporary file left behind: %s", e.Name())
	}
}

// tHostilePostings are postings meant to break the packing and the
// merge: every kind of invalid or zero field, amounts with many decimals
// or beyond int64 øre, the same value with other exponents, exact
// duplicates, periods far apart, one day long, reversed, and at the ends
// of the calendar.
func tHostilePostings() []Posting {
	A, B, F := tCitizenA, tCitizenB, tFictive
	H, L := tAcctHerberg, tAcctBotilb
	ps := []Posting{
		tPosting(A, H, "100", "2025-01-01", "2025-01-31"),
		tPosting(A, H, "100.00", "2025-01-01", "2025-01-31"), // same value, other exponent
		tPosting(A, H, "100.0", "2025-01-01", "2025-01-31"),
		tPosting(A, H, "100.000", "2025-01-01", "2025-01-31"),
		tPosting(A, H, "1E+3", "2025-02-01", "2025-02-01"),
		tPosting(A, H, "0.001", "2025-02-01", "2025-02-28"),
		tPosting(A, H, "-0.000000000000000000001", "2025-02-02", "2025-02-03"),
		tPosting(A, H, "123456789012345678901234567890.12", "2025-03-01", "2025-03-31"),
		tPosting(A, H, "-123456789012345678901234567890.12", "2025-03-01", "2025-03-31"),
		tPosting(A, H, "92233720368547758.07", "2025-04-01", "2025-04-30"),
		tPosting(A, H, "92233720368547758.07", "2025-04-01", "2025-04-30"), // duplicate
		tPosting(A, H, "0", "2025-05-01", "2025-05-31"),
		tPosting(A, H, "0.00", "2025-05-01", "2025-05-31"),
		tPosting(A, H, "7", "2025-06-01", ""),
		tPosting(A, H, "8", "", "2025-06-01"),
		tPosting(A, H, "9", "", ""),
		tPosting(A, H, "10", "2025-07-31", "2025-07-01"),
		tPosting(A, H, "11", "0001-01-01", "0001-01-01"),
		tPosting(A, H, "12", "9999-12-31", "9999-12-31"),
		tPosting(A, H, "13", "0001-01-01", "9999-12-31"),
		tPosting(A, H, "14", "2020-01-01", "2030-12-31"),
		tPosting(A, L, "15", "2025-01-01", "2025-12-31"),
		tPosting(A, L, "16", "2026-01-01", "2026-01-01"), // would make 366 days and 1
		tPosting(A, L, "17", "2024-12-31", "2024-12-31"),
		tPosting("", H, "18", "2025-01-01", "2025-01-31"),
		tPosting("", "", "19", "", ""),
		tPosting(A, "", "20", "2025-01-01", "2025-01-31"),
		tPosting(F, H, "21", "2025-01-01", "2025-01-31"),
		tPosting(F, H, "22", "2025-02-01", "2025-02-28"),
		tPosting(B, "5385019999999972", "-23.45", "2025-01-01", "2025-01-31"),
		tPosting(B, "5385019999999972", "23.45", "2025-01-15", "2025-02-15"),
		tPosting("0101000000", H, "24", "2025-01-01", "2025-01-31"),
		tPosting("3112999999", H, "25", "2025-01-01", "2025-01-31"),
	}
	ps = append(ps, Posting{PsrID: cpr.MustParse(A), Account: kontoplan.MustParse(H),
		Start: civil.MustParse("2025-08-01"), End: civil.MustParse("2025-08-31")}) // the zero Decimal
	return ps
}

// TestAggregateBudgetDifferential aggregates generated and hostile
// postings with every gap setting, with and without MergeFictive, in
// shuffled order, once with a budget so small that every four postings
// spill (and runs are merged in cascades) and once with a budget never
// reached, and requires the same lines, amounts exactly as stored.
func TestAggregateBudgetDifferential(t *testing.T) {
	postings := append(tGenPostings(3000, 11), tHostilePostings()...)
	rand.New(rand.NewPCG(3, 4)).Shuffle(len(postings), func(i, j int) {
		postings[i], postings[j] = postings[j], postings[i]
	})
	for _, opts := range []AggregateOptions{
		{}, {MergeFictive: true}, {MaxGapDays: 1}, {MaxGapDays: 3}, {MaxGapDays: 30, MergeFictive: true},
		{MaxGapDays: 400}, {MaxGapDays: 1 << 30},
	} {
		t.Run(fmt.Sprintf("gap%d-fictive%v", opts.MaxGapDays, opts.MergeFictive), func(t *testing.T) {
			want, runs := aggregateWith(t, postings, opts, unlimited)
			if runs != 0 {
				t.Fatalf("unlimited budget: %d runs", runs)
			}
			got, runs := aggregateWith(t, postings, opts, tinyBudget)
			if runs < len(postings)/4 {
				t.Fatalf("tiny budget: %d runs for %d postings, want one every four", runs, len(postings))
			}
			if diff := cmp.Diff(tLinesExact(want), tLinesExact(got)); diff != "" {
				t.Errorf("tiny budget gives other lines (-unlimited +tiny):\n%s", diff)
			}
			mid, _ := aggregateWith(t, postings, opts, 64<<10)
			if diff := cmp.Diff(tLinesExact(want), tLinesExact(mid)); diff != "" {
				t.Errorf("64 KiB budget gives other lines (-unlimited +64KiB):\n%s", diff)
			}
		})
	}
}

// FuzzAggregateBudget builds postings from arbitrary bytes (a few
// citizens, fictive and zero numbers, a few accounts and the zero
// account, dates around two year ends and at the ends of the calendar,
// missing and reversed dates, amounts of every size and exponent, credit
// notes) and requires a budget that spills every four postings to give
// exactly the lines of an unlimited one, whatever MaxGapDays and
// MergeFictive, and the reversed input the same lines too.
func FuzzAggregateBudget(f *testing.F) {
	f.Add([]byte{0, 0, 10, 5, 1, 0, 0, 20, 5, 2, 1, 1, 1, 1, 1, 1, 1}, uint16(0))
	f.Add([]byte{1, 2, 0, 0, 255, 3, 1, 250, 30, 128, 2, 2, 1, 1, 1, 9, 9, 9, 9, 9, 9, 9}, uint16(3))
	f.Add([]byte("the quick brown fox jumps over the lazy dog, twice: the quick brown fox"), uint16(0x1ff))
	psrs := []string{"", tCitizenA, tCitizenB, tFictive, "0101000000", "3112999999"}
	accts := []string{"", tAcctHerberg, tAcctBotilb, "5385019999999972"}
	amounts := []string{"0", "0.00", "1", "1.0", "-1.00", "0.001", "1E+3", "92233720368547758.07",
		"123456789012345678901234567890.5", "-0.000000000000000000000001", "100.050"}
	base := civil.MustParse("2024-12-01")
	f.Fuzz(func(t *testing.T, data []byte, knobs uint16) {
		var postings []Posting
		for len(data) >= 6 && len(postings) < 80 {
			b := data[:6]
			data = data[6:]
			p := tPosting(psrs[int(b[0])%len(psrs)], accts[int(b[1])%len(accts)], "0", "", "")
			if b[5] < 200 {
				p.Amount = decimal.New(int64(int8(b[4]))*int64(b[5]+1)*997, -int32(b[5]%4))
			} else {
				p.Amount = tAmount(amounts[int(b[4])%len(amounts)])
			}
			switch {
			case b[2] == 255:
				p.Start = civil.MustParse("0001-01-01")
			case b[2] != 0:
				p.Start = base.AddDays(int(b[2]) * 3)
			}
			switch {
			case b[3] == 255:
				p.End = civil.MustParse("9999-12-31")
			case b[3] != 0 && p.Start.IsValid():
				p.End = p.Start.AddDays(int(b[3])*2 - 20)
			case b[3] != 0:
				p.End = base.AddDays(int(b[3]))
			}
			postings = append(postings, p)
		}
		gaps := []int{0, 1, 2, 7, 30, 365, 366, 1 << 20}
		opts := AggregateOptions{MaxGapDays: gaps[knobs%8], MergeFictive: knobs&8 != 0}
		want, _ := aggregateWith(t, postings, opts, unlimited)
		got, _ := aggregateWith(t, postings, opts, tinyBudget)
		if diff := cmp.Diff(tLinesExact(want), tLinesExact(got)); diff != "" {
			t.Fatalf("tiny budget gives other lines (-unlimited +tiny):\n%s", diff)
		}
		reversed := slices.Clone(postings)
		slices.Reverse(reversed)
		again, _ := aggregateWith(t, reversed, opts, tinyBudget)
		if diff := cmp.Diff(tLinesExact(want), tLinesExact(again)); diff != "" {
			t.Fatalf("reversed input gives other lines (-first +reversed):\n%s", diff)
		}
		in, out := decimal.Zero, decimal.Zero
		for _, p := range postings {
			in = in.Add(p.Amount)
		}
		for _, l := range want {
			out = out.Add(l.Amount)
		}
		if !in.Equal(out) {
			t.Fatalf("postings add up to %s, lines to %s", in, out)
		}
	})
}

// TestAggregatorTempFiles checks the temporary files while they exist:
// private (mode 0600), in TempDir, and on Unix without a name from the
// start; and that none is left, nor open, when the loop over Lines runs to
// the end, is stopped after one line, or panics, nor after Close.
func TestAggregatorTempFiles(t *testing.T) {
	postings := tGenPostings(400, 5)
	start := func(t *testing.T) (*Aggregator, string) {
		dir := t.TempDir()
		a, err := NewAggregator(AggregateOptions{MemoryBudget: tinyBudget, TempDir: dir})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range postings {
			if err := a.Add(p); err != nil {
				t.Fatal(err)
			}
		}
		if len(a.runs) == 0 || a.Runs() < len(postings)/4 {
			t.Fatalf("%d runs open, %d written; want some", len(a.runs), a.Runs())
		}
		if len(a.runs) > fanIn {
			t.Errorf("%d runs open, want at most %d", len(a.runs), fanIn)
		}
		for _, rf := range a.runs {
			fi, err := rf.f.Stat()
			if err != nil {
				t.Fatal(err)
			}
			if fi.Mode().Perm() != 0o600 {
				t.Errorf("run file mode %v, want 0600", fi.Mode().Perm())
			}
			if !strings.HasPrefix(fi.Name(), "siukit-aggregate-") {
				t.Errorf("run file %q", fi.Name())
			}
		}
		return a, dir
	}
	closed := func(t *testing.T, a *Aggregator, files []*runFile, dir string) {
		t.Helper()
		tNoFiles(t, dir)
		for _, rf := range files {
			if _, err := rf.f.Stat(); !errors.Is(err, os.ErrClosed) {
				t.Errorf("a run file is still open (Stat: %v)", err)
			}
		}
		if err := a.Add(postings[0]); !errors.Is(err, ErrAggregatorClosed) {
			t.Errorf("Add after the end: %v, want ErrAggregatorClosed", err)
		}
	}

	t.Run("to the end", func(t *testing.T) {
		a, dir := start(t)
		files := slices.Clone(a.runs)
		n := len(tCollect(t, a))
		if n == 0 {
			t.Fatal("no lines")
		}
		closed(t, a, files, dir)
		for _, err := range a.Lines() {
			if !errors.Is(err, ErrAggregatorClosed) {
				t.Errorf("Lines again: %v, want ErrAggregatorClosed", err)
			}
		}
	})
	t.Run("stopped early", func(t *testing.T) {
		a, dir := start(t)
		files := slices.Clone(a.runs)
		for _, err := range a.Lines() {
			if err != nil {
				t.Fatal(err)
			}
			break
		}
		closed(t, a, files, dir)
	})
	t.Run("panic", func(t *testing.T) {
		a, dir := start(t)
		files := slices.Clone(a.runs)
		func() {
			defer func() { recover() }()
			for range a.Lines() {
				panic("consumer")
			}
		}()
		closed(t, a, files, dir)
	})
	t.Run("Close", func(t *testing.T) {
		a, dir := start(t)
		files := slices.Clone(a.runs)
		if err := a.Close(); err != nil {
			t.Fatal(err)
		}
		if err := a.Close(); err != nil {
			t.Fatalf("second Close: %v", err)
		}
		closed(t, a, files, dir)
		for _, err := range a.Lines() {
			if !errors.Is(err, ErrAggregatorClosed) {
				t.Errorf("Lines after Close: %v, want ErrAggregatorClosed", err)
			}
		}
	})
	t.Run("no directory", func(t *testing.T) {
		a, err := NewAggregator(AggregateOptions{MemoryBudget: tinyBudget, TempDir: t.TempDir() + "/missing"})
		if err != nil {
			t.Fatal(err)
		}
		var addErr error
		for _, p := range postings {
			if addErr = a.Add(p); addErr != nil {
				break
			}
		}
		if addErr == nil || !errors.Is(a.Add(postings[0]), addErr) {
			t.Fatalf("Add into a missing directory: %v, then %v", addErr, a.Add(postings[0]))
		}
		for _, err := range a.Lines() {
			if !errors.Is(err, addErr) {
				t.Errorf("Lines after a failed Add: %v, want %v", err, addErr)
			}
		}
	})
}

// TestAggregatorCloseConcurrently closes an Aggregator from another
// goroutine, as a signal handler would, while postings are added and
// while lines are read: the loop must end with an error, and no file may
// stay behind. Run it with -race.
func TestAggregatorCloseConcurrently(t *testing.T) {
	postings := tGenPostings(3000, 6)
	for _, tc := range []struct {
		during string
		budget int64
	}{{"Add", tinyBudget}, {"Lines", tinyBudget}, {"Lines", unlimited}} {
		during := tc.during
		t.Run(fmt.Sprintf("%s-budget%d", during, tc.budget), func(t *testing.T) {
			dir := t.TempDir()
			a, err := NewAggregator(AggregateOptions{MemoryBudget: tc.budget, TempDir: dir})
			if err != nil {
				t.Fatal(err)
			}
			var wg sync.WaitGroup
			closeNow := make(chan struct{})
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-closeNow
				a.Close()
			}()
			var failed error
			for i, p := range postings {
				if during == "Add" && i == len(postings)/2 {
					close(closeNow)
					wg.Wait()
				}
				if failed = a.Add(p); failed != nil {
					break
				}
			}
			if during == "Add" && !errors.Is(failed, ErrAggregatorClosed) {
				t.Errorf("Add after Close: %v", failed)
			}
			n := 0
			for _, err := range a.Lines() {
				if err != nil {
					failed = err
					break
				}
				if n++; n == 10 && during == "Lines" {
					close(closeNow)
					wg.Wait()
				}
			}
			if failed == nil {
				t.Errorf("closed during %s, and yet no error", during)
			}
			tNoFiles(t, dir)
		})
	}
}

// TestAggregatorReusesChunks: after a spill the next run fills the
// chunks of the last one, so the memory held stays within the budget
// however many runs are written.
func TestAggregatorReusesChunks(t *testing.T) {
	for _, budget := range []int64{tinyBudget, 64 << 10} {
		a, err := NewAggregator(AggregateOptions{MemoryBudget: budget, TempDir: t.TempDir()})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range tGenPostings(20000, 8) {
			if err := a.Add(p); err != nil {
				t.Fatal(err)
			}
			held := cap(a.cur)
			for _, c := range slices.Concat(a.chunks, a.spare) {
				held += cap(c)
			}
			if held*recSize > int(a.runLimit)+256*recSize {
				t.Fatalf("budget %d: %d postings held in chunks, %d runs; want at most %d", budget, held, a.Runs(), a.runCap)
			}
		}
		if a.Runs() < 10 {
			t.Errorf("budget %d: %d runs, want many", budget, a.Runs())
		}
		a.Close()
	}
}

func TestAggregateMemoryBudgetError(t *testing.T) {
	if _, err := NewAggregator(AggregateOptions{MemoryBudget: -1}); err == nil {
		t.Error("NewAggregator with MemoryBudget -1: no error")
	}
}

// TestPackRoundTrip packs postings into recs and back, through a run
// file, for every field's edge values.
func TestPackRoundTrip(t *testing.T) {
	postings := append(tHostilePostings(), tGenPostings(500, 2)...)
	for _, p := range postings {
		lines, err := Aggregate([]Posting{p}, AggregateOptions{MemoryBudget: tinyBudget, TempDir: t.TempDir()})
		if err != nil {
			t.Fatal(err)
		}
		if len(lines) != 1 || tLineExact(lines[0]) != tLineExact(p.line()) {
			t.Errorf("%s came back as %v", tLineExact(p.line()), tLinesExact(lines))
		}
	}
}

// periodRules are the rules on a line's own period and citizen: a finding
// of theirs on an aggregated line must come from one of its postings.
var periodRules = []string{"SIU-PER-001", "SIU-PER-002", "SIU-PER-003", "SIU-PER-004", "SIU-PER-005",
	"SIU-PSR-001", "SIU-PSR-002", "SIU-PSR-003", "SIU-PSR-004", "SIU-PSR-005", "SIU-PSR-006", "SIU-PSR-007", "SIU-PSR-008"}

// TestAggregateAddsNoPeriodFindings validates each generated posting as a
// one-line delivery and each aggregated line, and requires every finding
// of a period or citizen rule on a line to be found on one of the
// postings behind it: aggregation never makes a line that the validator
// flags when none of its postings is flagged, SIU-PER-005 in particular.
// Amount rules are not held to this (see the Aggregate documentation): a
// sum can be zero (SIU-BEL-003) or extreme (SIU-BEL-005) when no posting
// is, and that is what the citizen cost.
func TestAggregateAddsNoPeriodFindings(t *testing.T) {
	postings := tGenPostings(20000, 13)
	// Long stays: two years of monthly invoices for some citizens, which
	// merged whole would run over 366 days.
	for i := range 40 {
		psr := person(fmt.Sprintf("19%02d-03-04", 60+i), true)
		d := civil.MustParse("2024-07-01")
		for range 24 {
			e := d.AddDays(civil.DaysIn(d.Year(), d.Month()) - 1)
			postings = append(postings, Posting{PsrID: psr, Account: kontoplan.MustParse(tAcctBotilb), Amount: tAmount("30000"), Start: d, End: e})
			d = e.AddDays(1)
		}
	}
	// And a few postings that are too long by themselves.
	for i := range 5 {
		psr := person(fmt.Sprintf("19%02d-05-06", 50+i), true)
		d := civil.MustParse("2025-01-01").AddDays(i * 30)
		postings = append(postings, Posting{PsrID: psr, Account: kontoplan.MustParse(tAcctHerberg), Amount: tAmount("90000"), Start: d, End: d.AddDays(400)})
	}
	// The rules checked are each about one line alone, so one Validator
	// validates every line as if it were a delivery of its own.
	h, vopts := testHeader(), testOptions()
	findings := func(lines []Line) []map[string]bool {
		out := make([]map[string]bool, len(lines))
		for i := range out {
			out[i] = map[string]bool{}
		}
		vopts.Report = func(f Finding) {
			if f.Line > 0 && slices.Contains(periodRules, f.Code) {
				out[f.Line-1][f.Code] = true
			}
		}
		v := NewValidator(h, vopts)
		for _, l := range lines {
			v.Add(l)
		}
		v.Findings()
		return out
	}
	type key struct {
		psr  cpr.Number
		acct kontoplan.Account
	}
	type flagged struct {
		p     Posting
		codes map[string]bool
	}
	byKey := map[key][]flagged{}
	postingLines := make([]Line, len(postings))
	for i, p := range postings {
		postingLines[i] = p.line()
	}
	for i, codes := range findings(postingLines) {
		p := postings[i]
		k := key{p.PsrID, p.Account}
		byKey[k] = append(byKey[k], flagged{p, codes})
	}
	for _, gap := range []int{0, 3, 40} {
		lines, err := Aggregate(postings, AggregateOptions{MaxGapDays: gap})
		if err != nil {
			t.Fatal(err)
		}
		long, cut := 0, 0
		lineFindings := findings(lines)
		for i, l := range lines {
			if i > 0 && lines[i-1].PsrID == l.PsrID && lines[i-1].Account == l.Account && !l.PsrID.IsFictive() &&
				lines[i-1].Period().IsValid() && l.Period().IsValid() && lines[i-1].End.DaysUntil(l.Start)-1 <= gap {
				cut++ // kept apart by maxPeriodDays alone
			}
			fl := lineFindings[i]
			for _, code := range periodRules {
				if !fl[code] {
					continue
				}
				// The postings behind l: same citizen and account, period
				// inside l's (for a pass-through line, l itself).
				ok := false
				for _, f := range byKey[key{l.PsrID, l.Account}] {
					p := f.p
					if p.Period().IsValid() && l.Period().IsValid() &&
						(p.Start.Before(l.Start) || p.End.After(l.End)) {
						continue
					}
					if f.codes[code] {
						ok = true
						break
					}
				}
				if !ok {
					t.Errorf("MaxGapDays %d: %s on line %s, and on none of its postings", gap, code, tLineText(l))
				}
				if code == "SIU-PER-005" {
					long++
				}
			}
		}
		if long != 5 || cut < 40 {
			t.Errorf("MaxGapDays %d: %d lines with SIU-PER-005, want the 5 long postings; %d lines cut at %d days, want at least 40",
				gap, long, cut, maxPeriodDays)
		}
		t.Logf("MaxGapDays %d: %d postings, %d lines, %d cut at %d days, %d with SIU-PER-005 (each from a posting)",
			gap, len(postings), len(lines), cut, maxPeriodDays, long)
	}
}
