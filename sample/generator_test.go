package sample

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

var update = flag.Bool("update", false, "rewrite the golden files and the embedded sample data")

func mustNew(t testing.TB, cfg Config) *Generator {
	t.Helper()
	g, err := New(cfg)
	if err != nil {
		t.Fatalf("New(%+v): %v", cfg, err)
	}
	return g
}

// recordsText renders the generator's records one per line.
func recordsText(g *Generator) []byte {
	var b bytes.Buffer
	for r := range g.Records() {
		fmt.Fprintf(&b, "%s;%s;%s;%s;%s\n", r.PsrID, r.Account, r.Amount, r.Start, r.End)
	}
	return b.Bytes()
}

func hashOf(g *Generator) [32]byte { return sha256.Sum256(recordsText(g)) }

func TestDeterminism(t *testing.T) {
	cfg := Config{Seed: 42, Lines: 5000}
	a, b := mustNew(t, cfg), mustNew(t, cfg)
	ha := hashOf(a)
	if hb := hashOf(b); ha != hb {
		t.Errorf("two generators with the same config differ")
	}
	if again := hashOf(a); again != ha {
		t.Errorf("a second pass over the same generator differs from the first")
	}
	for _, seed := range []uint64{0, 1, 43, 1 << 63} {
		if h := hashOf(mustNew(t, Config{Seed: seed, Lines: 5000})); h == ha {
			t.Errorf("seed %d gives the same data as seed 42", seed)
		}
	}
}

// TestGolden pins the output of one seed, so that a change of the data on
// another machine or Go version, or by an edit of the generator, shows up.
// go test -run TestGolden -update rewrites the file after a deliberate
// change.
func TestGolden(t *testing.T) {
	got := recordsText(mustNew(t, Config{Seed: 1, Lines: 300}))
	path := filepath.Join("testdata", "seed1-300.golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("seed 1 no longer gives %s; if the change is deliberate, run go test -run TestGolden -update", path)
	}
}

func TestExactCount(t *testing.T) {
	for _, n := range []int{0, 1, 2, 17, 1000} {
		g := mustNew(t, Config{Seed: 3, Lines: n})
		count := 0
		for range g.Postings() {
			count++
		}
		if count != n {
			t.Errorf("Lines %d: got %d postings", n, count)
		}
		if d := g.Delivery(); len(d.Lines) != n {
			t.Errorf("Lines %d: Delivery has %d lines", n, len(d.Lines))
		}
	}
}

func TestEarlyStop(t *testing.T) {
	g := mustNew(t, Config{Seed: 3, Lines: 1000})
	count := 0
	for range g.Lines() {
		count++
		if count == 10 {
			break
		}
	}
	if count != 10 {
		t.Errorf("got %d lines before break, want 10", count)
	}
}

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		want string
	}{
		{"negative lines", Config{Lines: -1}, "Lines"},
		{"bad area", Config{Area: 9}, "Area"},
		{"no chart", Config{Year: 1999}, "1999"},
		{"bad municipality", Config{Municipality: 1000}, "Municipality"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.cfg)
			if err == nil {
				t.Fatalf("New(%+v) succeeded", tt.cfg)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not name %q", err, tt.want)
			}
		})
	}
}

func TestYears(t *testing.T) {
	for year := 2022; year <= 2026; year++ {
		g := mustNew(t, Config{Seed: 1, Lines: 2000, Year: year})
		s := collect(t, g)
		if s.n != 2000 || s.adults == 0 || s.children == 0 {
			t.Errorf("year %d: %+v", year, s)
		}
	}
}

func TestDefaults(t *testing.T) {
	h := mustNew(t, Config{}).Header()
	if h.Year != 2025 || h.Municipality != 461 || h.Area != siu.AreaSamlet || !h.Test {
		t.Errorf("default header = %+v", h)
	}
	if _, ok := siu.LookupMunicipality(h.Municipality); !ok {
		t.Errorf("default municipality %d is not one of the 98", h.Municipality)
	}
}

// stats are counts over generated postings.
type stats struct {
	n, egen, credit, crossYear, insurance, adults, children int
	fictiveDateless                                         int
}

func collect(t *testing.T, g *Generator) stats {
	t.Helper()
	cfg := g.Config()
	chart, err := kontoplan.ChartFor(cfg.Year)
	if err != nil {
		t.Fatal(err)
	}
	yearStart := civil.MustNew(cfg.Year, time.January, 1)
	yearEnd := civil.MustNew(cfg.Year, time.December, 31)
	var s stats
	for p := range g.Postings() {
		s.n++
		if !p.PsrID.IsFictive() {
			t.Fatalf("posting %d: number %v is not fictive", s.n, p.PsrID)
		}
		if !p.PsrID.BirthDate().IsValid() {
			s.fictiveDateless++
		}
		if err := chart.Check(p.Account); err != nil {
			t.Fatalf("posting %d: %v", s.n, err)
		}
		if p.Account.Dranst() != kontoplan.DranstDrift {
			t.Fatalf("posting %d: dranst %v", s.n, p.Account.Dranst())
		}
		if chart.Scope(p.Account.Function()) == kontoplan.ScopeOut {
			t.Fatalf("posting %d: function %v is outside SIU", s.n, p.Account.Function())
		}
		if !p.Period().IsValid() || p.End.Before(yearStart) || p.Start.After(yearEnd) {
			t.Fatalf("posting %d: period %v is not a period in %d", s.n, p.Period(), cfg.Year)
		}
		if p.Amount.Exponent() != -2 || p.Amount.IsZero() {
			t.Fatalf("posting %d: amount %v is not non-zero kroner and øre", s.n, p.Amount)
		}
		income := chart.Kind(p.Account) == kontoplan.KindIncome
		switch {
		case income && p.Amount.IsNegative():
			s.egen++
		case income:
			t.Fatalf("posting %d: positive income %v", s.n, p.Amount)
		case p.Amount.IsNegative():
			s.credit++
		}
		if p.End.Year() > cfg.Year {
			s.crossYear++
		}
		if p.Start.Month() == time.July && p.Start.Day() == 1 && p.End == civil.MustNew(cfg.Year+1, time.June, 30) {
			s.insurance++
		}
		if p.Account.Function().Hovedfunktion() == 28 {
			s.children++
		} else {
			s.adults++
		}
		// Monthly invoices and per-day rates stay in plausible ranges.
		if !income && p.Amount.IsPositive() && !p.Period().Contains(civil.MustNew(cfg.Year+1, time.January, 1)) {
			perDay := p.Amount.Div(decimal.NewFromInt(int64(p.Period().Days())))
			if perDay.GreaterThan(decimal.NewFromInt(7000)) {
				t.Errorf("posting %d: %v kr over %d days is more than 7,000 kr a day", s.n, p.Amount, p.Period().Days())
			}
		}
	}
	return s
}

func TestDistribution(t *testing.T) {
	s := collect(t, mustNew(t, Config{Seed: 7, Lines: 20000}))
	pct := func(k int) float64 { return 100 * float64(k) / float64(s.n) }
	checks := []struct {
		what   string
		got    float64
		lo, hi float64
	}{
		{"egenbetaling postings, %", pct(s.egen), 10, 35},
		{"credit notes, %", pct(s.credit), 0.3, 3},
		{"postings running into the next year, %", pct(s.crossYear), 0.3, 10},
		{"insurance postings (1 July to 30 June), %", pct(s.insurance), 0.05, 2},
		{"children's postings, %", pct(s.children), 10, 40},
		{"adults' postings, %", pct(s.adults), 60, 90},
		{"anonymous numbers without a birth date, %", pct(s.fictiveDateless), 0.1, 5},
	}
	for _, c := range checks {
		t.Logf("%s = %.2f", c.what, c.got)
		if c.got < c.lo || c.got > c.hi {
			t.Errorf("%s = %.2f, want %.2f–%.2f", c.what, c.got, c.lo, c.hi)
		}
	}
}

func TestAreas(t *testing.T) {
	for _, area := range []siu.Area{siu.AreaVoksen, siu.AreaBoern} {
		g := mustNew(t, Config{Seed: 5, Lines: 3000, Area: area})
		want := 38
		if area == siu.AreaBoern {
			want = 28
		}
		for l := range g.Lines() {
			if got := l.Account.Function().Hovedfunktion(); got != want {
				t.Fatalf("area %v: function %v", area, l.Account.Function())
			}
		}
		if got := g.Header().Area; got != area {
			t.Errorf("header area %v, want %v", got, area)
		}
	}
}

// TestValid checks generated data with siu's validator: no errors, and
// only the warnings generated data is bound to give.
func TestValid(t *testing.T) {
	g := mustNew(t, Config{Seed: 11, Lines: 20000})
	d := g.Delivery()
	expected := map[string]bool{
		"SIU-PSR-004": true, // fictive numbers outside § 109: every number is fictive
		"SIU-BEL-004": true, // credit notes: a negative amount on an expense art
		"SIU-KTO-007": true, // children's functions are voluntary
	}
	counts := map[string]int{}
	for _, f := range siu.Validate(d, siu.ValidateOptions{Today: civil.MustNew(2026, time.June, 1)}) {
		counts[f.Code]++
		if !expected[f.Code] {
			t.Errorf("unexpected finding: %v", f)
		}
	}
	if counts["SIU-PSR-004"] == 0 {
		t.Errorf("no SIU-PSR-004: are all lines on 5.38.42?")
	}
	t.Logf("findings by code: %v", counts)
}

// TestStreamingMemory generates many lines and checks that the live heap
// does not grow with them.
func TestStreamingMemory(t *testing.T) {
	n := 2_000_000
	if testing.Short() || raceEnabled {
		n = 300_000
	}
	g := mustNew(t, Config{Seed: 9, Lines: n})
	var ms runtime.MemStats
	live := func() uint64 {
		runtime.GC()
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	base := live()
	var peak uint64
	count := 0
	for range g.Lines() {
		count++
		if count%(n/10) == 0 {
			peak = max(peak, live())
		}
	}
	if count != n {
		t.Fatalf("got %d lines, want %d", count, n)
	}
	const limit = 1 << 20
	if peak > base+limit {
		t.Errorf("live heap grew from %d to %d bytes over %d lines; want less than %d bytes of growth", base, peak, n, limit)
	}
}

func TestConcurrentUse(t *testing.T) {
	g := mustNew(t, Config{Seed: 13, Lines: 3000})
	want := hashOf(g)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := hashOf(g); got != want {
				t.Errorf("concurrent pass differs")
			}
		}()
	}
	wg.Wait()
}

func BenchmarkLines(b *testing.B) {
	g := mustNew(b, Config{Seed: 1, Lines: 100_000})
	b.ReportAllocs()
	b.ResetTimer()
	lines := 0
	for b.Loop() {
		for range g.Lines() {
			lines++
		}
	}
	b.ReportMetric(float64(lines)/b.Elapsed().Seconds(), "lines/s")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(lines), "ns/line")
}
