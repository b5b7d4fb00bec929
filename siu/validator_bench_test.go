package siu

import (
	"runtime"
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the CPU time the process has used, user and system, all
// threads (the garbage collector's included).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportLines reports lines/s of wall time and lines per CPU second: on a
// shared machine the second shows what one core does when it gets to run.
func reportLines(b *testing.B, lines int, cpu0 time.Duration) {
	n := float64(lines) * float64(b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "lines/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(n/cpu.Seconds(), "lines/cpu-s")
	}
}

// benchOptions validate against the embedded 2025 chart.
var benchOptions = ValidateOptions{Today: testToday}

// BenchmarkValidate validates a delivery of 1,000,000 lines (83,334
// citizen-account pairs with a line per month) per iteration. The target is
// 1,000,000 lines/s on one core.
func BenchmarkValidate(b *testing.B) {
	g := newLineGen(83_334, 12)
	d := g.delivery()
	d.Lines = d.Lines[:1_000_000]
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		if fs := Validate(d, benchOptions); len(fs) != 0 {
			b.Fatalf("the generated delivery has findings: %v", fs[0])
		}
	}
	reportLines(b, len(d.Lines), cpu0)
}

// BenchmarkValidateRecords is BenchmarkValidate fed as text (AddRecord),
// with the text made before the timer starts.
func BenchmarkValidateRecords(b *testing.B) {
	g := newLineGen(83_334, 12)
	recs := make([]Record, 1_000_000)
	for i := range recs {
		l := g.line(i)
		recs[i] = Record{PsrID: l.PsrID.Digits(), Account: l.Account.String(), Amount: l.Amount.StringFixed(2), Start: l.Start.String(), End: l.End.String()}
	}
	h := withEnvelope(Header{Municipality: 851, Year: 2025, Area: AreaVoksen})
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		v := NewValidator(h, benchOptions)
		for i := range recs {
			v.AddRecord(recs[i])
		}
		if fs := v.Findings(); len(fs) != 0 {
			b.Fatalf("the generated records have findings: %v", fs[0])
		}
	}
	reportLines(b, len(recs), cpu0)
}

// validatorHeap feeds g's lines to a Validator one by one (so no line is
// kept) and returns the heap the Validator holds afterwards.
func validatorHeap(g *lineGen) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	v := NewValidator(withEnvelope(Header{Municipality: 851, Year: 2025, Area: AreaVoksen}), benchOptions)
	for i := 0; i < g.lines(); i++ {
		v.Add(g.line(i))
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	if fs := v.Findings(); len(fs) != 0 {
		panic("generated lines have findings: " + fs[0].String())
	}
	runtime.KeepAlive(v)
	if after.HeapAlloc < before.HeapAlloc {
		return 0
	}
	return after.HeapAlloc - before.HeapAlloc
}

// BenchmarkValidatorMemory reports the heap a Validator holds per
// (citizen, account) pair after 10 and after 100 lines per pair.
func BenchmarkValidatorMemory(b *testing.B) {
	for _, per := range []int{10, 100} {
		b.Run("lines-per-pair="+itoa(per), func(b *testing.B) {
			const pairs = 20_000
			var heap uint64
			for b.Loop() {
				heap = validatorHeap(newLineGen(pairs, per))
			}
			b.ReportMetric(float64(heap)/pairs, "heap-B/pair")
		})
	}
}

// TestMemoryBoundedByPairs shows that a Validator's memory grows with the
// (citizen, account) pairs, not with the lines: ten times the lines over
// the same pairs (periods a tenth as long) hold about the same heap, while
// twice the pairs hold about twice as much.
func TestMemoryBoundedByPairs(t *testing.T) {
	if testing.Short() {
		t.Skip("measures the heap of 300,000 lines")
	}
	const pairs = 2_000
	base := validatorHeap(newLineGen(pairs, 12))     // 24,000 lines
	tenfold := validatorHeap(newLineGen(pairs, 120)) // 240,000 lines
	double := validatorHeap(newLineGen(2*pairs, 12)) // 48,000 lines
	t.Logf("heap: %d pairs × 12 lines %d B, × 120 lines %d B; %d pairs × 12 lines %d B", pairs, base, tenfold, 2*pairs, double)
	if base == 0 {
		t.Fatal("no heap measured")
	}
	if float64(tenfold) > 1.5*float64(base) {
		t.Errorf("10× the lines over the same pairs: heap %d B, more than 1.5× %d B", tenfold, base)
	}
	if float64(double) < 1.5*float64(base) {
		t.Errorf("2× the pairs: heap %d B, less than 1.5× %d B: the measurement does not see the pairs", double, base)
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for ; n > 0; n /= 10 {
		i--
		b[i] = byte('0' + n%10)
	}
	return string(b[i:])
}
