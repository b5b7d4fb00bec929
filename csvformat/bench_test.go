package csvformat

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"runtime"
	"sync"
	"testing"
)

const benchRows = 1_000_000

var benchInput = sync.OnceValues(func() (danish, plain []byte) {
	var d, p bytes.Buffer
	d.WriteString("\ufeffCPR;Kontostreng;Beløb;Startdato;Slutdato;Tekst\r\n")
	p.WriteString("CPR;Kontostreng;Beløb;Startdato;Slutdato;Tekst\r\n")
	for i := range benchRows {
		day, month := i%28+1, i%12+1
		fmt.Fprintf(&d, "%06d9998;5385010000000040;%d.%03d,%02d;%02d-%02d-2025;%02d-%02d-2025;Faktura %d\r\n",
			i%1_000_000, i%90+1, i%1000, i%100, day, month, day, month, i)
		fmt.Fprintf(&p, "%06d9998;5385010000000040;%d%03d.%02d;2025-%02d-%02d;2025-%02d-%02d;Faktura %d\r\n",
			i%1_000_000, i%90+1, i%1000, i%100, month, day, month, day, i)
	}
	return d.Bytes(), p.Bytes()
})

// BenchmarkRead reads 1,000,000 lines per operation: in Danish form (decimal
// comma, thousands dots, dd-mm-yyyy: every amount and date is rewritten),
// in plain form (already normal), and, as the baseline, the plain input
// with encoding/csv alone.
func BenchmarkRead(b *testing.B) {
	danish, plain := benchInput()
	run := func(b *testing.B, data []byte, read func(io.Reader) int) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		n := 0
		for b.Loop() {
			n += read(bytes.NewReader(data))
		}
		runtime.ReadMemStats(&after)
		if n != benchRows*b.N {
			b.Fatalf("read %d lines, want %d", n, benchRows*b.N)
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "lines/s")
		b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(n), "allocs/line")
	}
	readAll := func(in io.Reader) int {
		n := 0
		for _, err := range NewReader(in).Records() {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		return n
	}
	b.Run("danish", func(b *testing.B) { run(b, danish, readAll) })
	b.Run("plain", func(b *testing.B) { run(b, plain, readAll) })
	b.Run("encoding-csv", func(b *testing.B) {
		run(b, plain, func(in io.Reader) int {
			cr := csv.NewReader(in)
			cr.Comma = ';'
			cr.ReuseRecord = true
			n := -1 // the header
			for {
				_, err := cr.Read()
				if err == io.EOF {
					return n
				}
				if err != nil {
					b.Fatal(err)
				}
				n++
			}
		})
	})
}
