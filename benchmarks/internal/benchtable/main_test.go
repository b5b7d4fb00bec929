package main

import (
	"strings"
	"testing"
)

const sampleOutput = `goos: linux
cpu: Some CPU @ 2.0GHz
BenchmarkEncode-2         	       1	  21814537 ns/op	 0.0002 allocs/line	 4000000 lines/s	 250.0 ns/line	 15.5 peak-RSS-MiB	   69600 B/op	      24 allocs/op
BenchmarkEncode-2         	       1	  21814537 ns/op	 0.0002 allocs/line	 5000000 lines/s	 200.0 ns/line	 15.5 peak-RSS-MiB	   69600 B/op	      24 allocs/op
BenchmarkEncode-2         	       1	  21814537 ns/op	 0.0002 allocs/line	 6000000 lines/s	 100.0 ns/line	 15.5 peak-RSS-MiB	   69600 B/op	      24 allocs/op
BenchmarkEncodeBaseline-2 	       1	 377949884 ns/op	 7.0 allocs/line	  250000 lines/s	 4000 ns/line	 17.3 peak-RSS-MiB	16124520 B/op	  700120 allocs/op
BenchmarkXSD              	       1	 377949884 ns/op	 0 allocs/line	  100000 lines/s	 10000 ns/line
BenchmarkXSDBaseline      	       1	 377949884 ns/op	  200000 lines/s	 5000 ns/line
BenchmarkAggregate-2      	       1	 300000000 ns/op	 0 allocs/line	 3000000 lines/s	 300.0 ns/line	 40.0 peak-RSS-MiB
BenchmarkAggregateSmallBudget-2 	 1	 600000000 ns/op	 0 allocs/line	 1500000 lines/s	 600.0 ns/line	 12.0 peak-RSS-MiB
BenchmarkAggregateSQLite-2 	       1	 4200000000 ns/op	  238095 lines/s	 4200 ns/line	 14.0 peak-RSS-MiB
PASS
`

func TestParseAndTable(t *testing.T) {
	res, err := parseBench(strings.NewReader(sampleOutput))
	if err != nil {
		t.Fatal(err)
	}
	if res.cpu != "Some CPU @ 2.0GHz" {
		t.Errorf("cpu = %q", res.cpu)
	}
	tests := []struct {
		bench, unit string
		med         float64
		n           int
		spread      float64
	}{
		{"Encode", "ns/line", 200, 3, 50},
		{"Encode", "lines/s", 5_000_000, 3, 20},
		{"EncodeBaseline", "ns/line", 4000, 1, 0},
		{"XSD", "lines/s", 100_000, 1, 0},
	}
	for _, tt := range tests {
		med, n, spread, ok := res.median(tt.bench, tt.unit)
		if !ok || med != tt.med || n != tt.n || spread != tt.spread {
			t.Errorf("median(%s, %s) = %v, %d, %v, %v; want %v, %d, %v", tt.bench, tt.unit, med, n, spread, ok, tt.med, tt.n, tt.spread)
		}
	}
	if _, _, _, ok := res.median("Decode", "ns/line"); ok {
		t.Error("median of a missing benchmark is ok")
	}
	var b strings.Builder
	res.table(&b)
	for _, want := range []string{
		"| Encoding (xmlformat.Encoder) | 5,000,000 ±20% | 200.0 ±50% | 0.00 | 15.5 | **20.0×** faster |",
		"| XSD validation (xmlformat/xsd) | 100,000 | 10000.0 | 0.00 | — | **2.0×** slower |",
		"| Decoding (xmlformat.Decoder) | — | — | — | — | — |",
		"| Aggregation (siu.Aggregator, default 16 MiB budget) | 3,000,000 | 300.0 | 0.00 | 40.0 | **14.0×** faster |",
		"| Aggregation (siu.Aggregator, 1 MiB budget: sorted runs on disk) | 1,500,000 | 600.0 | 0.00 | 12.0 | **7.0×** faster |",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, b.String())
		}
	}
	if n := strings.Count(b.String(), "baseline: SQLite"); n != 1 {
		t.Errorf("the SQLite baseline has %d rows, want 1:\n%s", n, b.String())
	}
}

func TestThousands(t *testing.T) {
	for in, want := range map[float64]string{0: "0", 999: "999", 1000: "1,000", 1234567.6: "1,234,568"} {
		if got := thousands(in); got != want {
			t.Errorf("thousands(%v) = %q, want %q", in, got, want)
		}
	}
}
