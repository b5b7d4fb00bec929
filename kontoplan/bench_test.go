package kontoplan

import (
	"strconv"
	"testing"
	"time"
)

// Targets (issue 3): Parse at most 50 ns/op with 0 allocs/op; a chart lookup
// at most 20 ns/op.

var sinkAccount Account
var sinkErr error
var sinkUint uint64

// BenchmarkBaselineParseUint reads the same 16 digits with strconv: the
// floor for any parser, measured in the same run as BenchmarkParse so the
// figures can be compared on a loaded machine.
func BenchmarkBaselineParseUint(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkUint, sinkErr = strconv.ParseUint("5385010000000072", 10, 64)
	}
}

func BenchmarkParse(b *testing.B) {
	for _, bm := range []struct{ name, in string }{
		{"canonical", "5385010000000072"},
		{"compact", "53850172"},
		{"apart", "538501-72"},
		{"dotted", "5.38.50.1 7.2"},
		{"gruppering+local", "5.38.50.1.092 7.2 PSP-1234"},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			start := time.Now()
			for i := 0; i < b.N; i++ {
				sinkAccount, sinkErr = Parse(bm.in)
			}
			took := time.Since(start)
			if sinkErr != nil {
				b.Fatal(sinkErr)
			}
			reportVsBaseline(b, took)
		})
	}
}

func BenchmarkLayoutParse(b *testing.B) {
	l := MustLayout("xxxx KHHFF-D-GGG A.a*")
	b.ReportAllocs()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		sinkAccount, sinkErr = l.Parse("4711 53852-1-001 7.2 Botilbud Vest")
	}
	took := time.Since(start)
	if sinkErr != nil {
		b.Fatal(sinkErr)
	}
	reportVsBaseline(b, took)
}

// reportVsBaseline times b.N strconv.ParseUint calls on the canonical 16
// digits right after the measured loop and reports the ratio, which holds
// better than ns/op on a loaded machine.
func reportVsBaseline(b *testing.B, took time.Duration) {
	b.StopTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		sinkUint, sinkErr = strconv.ParseUint("5385010000000072", 10, 64)
	}
	base := time.Since(start)
	if base > 0 {
		b.ReportMetric(float64(took)/float64(base), "x-ParseUint")
	}
}

func BenchmarkAppendTo(b *testing.B) {
	a := MustParse("5.38.50.1 7.2")
	buf := make([]byte, 0, 32)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buf = a.AppendTo(buf[:0])
	}
}

var sinkScope Scope
var sinkKind Kind
var sinkInfo FunctionInfo

func BenchmarkChartLookup(b *testing.B) {
	c := mustChart(b, 2025)
	a := MustParse("5.38.50.1 7.2")
	f := a.Function()
	b.Run("Scope", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkScope = c.Scope(f)
		}
	})
	b.Run("Function", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkInfo, _ = c.Function(f)
		}
	})
	b.Run("Kind", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkKind = c.Kind(a)
		}
	})
	b.Run("Check", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkErr = c.Check(a)
		}
	})
	b.Run("AccountScope", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkScope = c.AccountScope(a)
		}
	})
}
