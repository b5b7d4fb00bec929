//go:build cgo

package xsd

import (
	"runtime"
	"strings"
	"testing"
)

// TestNoLeak validates documents of every outcome 2,000 times and checks
// that neither the Go heap nor the process (libxml2's C heap included)
// keeps growing: every tree, parser and validation context is freed.
func TestNoLeak(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	s := mustDefault(t)
	valid := readValid(t)
	docs := []string{
		valid,
		strings.Replace(valid, "<BELOEB>24850.00</BELOEB>", "<BELOEB>24850.005</BELOEB>", 1),
		strings.Replace(valid, "<OMRAADE>VOKSEN</OMRAADE>", "<OMRAADE>X</OMRAADE>", 1),
		strings.Replace(valid, "</SLUTDATO>", "</SLUTDATOX>", 1),
		strings.Replace(valid, "<PsrID>0101801234</PsrID>", "<PsrID>&x;</PsrID>", 1),
		string(delivery(300, func(i int, r *record) {
			if i == 150 {
				r.PsrID = "1"
			}
		})),
	}
	round := func(n int) {
		for i := range n {
			_ = s.Validate(strings.NewReader(docs[i%len(docs)]))
		}
	}
	measure := func() (heap uint64, rss float64) {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc, procStatusMB("VmRSS:")
	}
	round(300) // warm up: pools, the schema, libxml2's per-thread state
	heap0, rss0 := measure()
	round(2000)
	heap1, rss1 := measure()
	t.Logf("Go heap %d -> %d bytes, RSS %.1f -> %.1f MiB", heap0, heap1, rss0, rss1)
	if heap1 > heap0+1<<20 {
		t.Errorf("Go heap grew by %d bytes over 2,000 validations", heap1-heap0)
	}
	if rss0 > 0 && rss1 > rss0+8 {
		t.Errorf("RSS grew by %.1f MiB over 2,000 validations", rss1-rss0)
	}
}
