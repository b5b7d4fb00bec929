package siu

import (
	"runtime"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// TestReportGivesTheSameFindings checks that ValidateOptions.Report receives
// exactly the findings that Close returns without it, and that Close then
// returns nil.
func TestReportGivesTheSameFindings(t *testing.T) {
	g := newLineGen(50, 12)
	h := Header{Municipality: 999, Year: 2025, Area: AreaBoern} // unknown municipality, other area
	feed := func(v *Validator) {
		for i := 0; i < g.lines(); i++ {
			l := g.line(i)
			if i%7 == 0 {
				l.Amount = decimal.Zero // SIU-BEL-003
			}
			v.Add(l)
		}
	}

	kept := NewValidator(h, benchOptions)
	feed(kept)
	want := kept.Findings()
	if len(want) < g.lines() {
		t.Fatalf("only %d findings for %d lines: the test data should give at least one a line", len(want), g.lines())
	}

	var got []Finding
	opts := benchOptions
	opts.Report = func(f Finding) { got = append(got, f) }
	streamed := NewValidator(h, opts)
	feed(streamed)
	if rest := streamed.Findings(); rest != nil {
		t.Errorf("Close with Report returned %d findings, want nil", len(rest))
	}
	SortFindings(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Report findings differ from Close's (-want +got):\n%s", diff)
	}
}

// TestReportEmptyDelivery checks that the delivery's own finding (an empty
// full load) reaches Report too.
func TestReportEmptyDelivery(t *testing.T) {
	var got []string
	opts := benchOptions
	opts.Report = func(f Finding) { got = append(got, f.Code) }
	v := NewValidator(withEnvelope(Header{Municipality: 851, Year: 2025, Area: AreaVoksen}), opts)
	v.Findings()
	if len(got) != 1 || got[0] != "SIU-LEV-001" {
		t.Errorf("findings = %v, want [SIU-LEV-001]", got)
	}
}

// TestReportMemoryBoundedByPairs checks that with Report the heap does not
// grow with the lines even when every line has a finding.
func TestReportMemoryBoundedByPairs(t *testing.T) {
	if testing.Short() {
		t.Skip("measures the heap of 264,000 lines")
	}
	heap := func(g *lineGen) (uint64, int) {
		n := 0
		opts := benchOptions
		opts.Report = func(Finding) { n++ }
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		// The children's area: every 5.38 line gets SIU-KTO-008.
		v := NewValidator(withEnvelope(Header{Municipality: 851, Year: 2025, Area: AreaBoern}), opts)
		for i := 0; i < g.lines(); i++ {
			v.Add(g.line(i))
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		runtime.KeepAlive(v)
		if after.HeapAlloc < before.HeapAlloc {
			return 0, n
		}
		return after.HeapAlloc - before.HeapAlloc, n
	}
	const pairs = 2_000
	base, n1 := heap(newLineGen(pairs, 12))
	tenfold, n10 := heap(newLineGen(pairs, 120))
	t.Logf("heap with Report: %d B for %d findings, %d B for %d findings", base, n1, tenfold, n10)
	if n10 < pairs*120 {
		t.Fatalf("%d findings for %d lines: want at least one a line", n10, pairs*120)
	}
	if base == 0 {
		t.Fatal("no heap measured")
	}
	if float64(tenfold) > 1.5*float64(base) {
		t.Errorf("10× the lines and findings: heap %d B, more than 1.5× %d B", tenfold, base)
	}
}
