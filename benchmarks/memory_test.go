package benchmarks

import (
	"path/filepath"
	"strconv"
	"testing"
)

// memLimitKB is the memory target of encoding and decoding: under 100 MB
// (10^8 bytes) of peak resident set, whatever the number of lines.
const memLimitKB = 100_000_000 / 1024

// defaultMemLines is the number of lines TestMemory streams unless
// SIU_MEM_LINES says otherwise; scripts/bench runs it with 5,000,000.
const defaultMemLines = 300_000

// TestMemory proves that encoding and decoding stream: memprobe, built
// into a temporary directory and run as a process of its own, encodes
// SIU_MEM_LINES generated lines (300,000 by default) into a file, then
// decodes that file, then checks it against the XSD; each run's peak
// resident set must stay under 100 MB. The peak is the child's own VmHWM
// (the kernel's high-water mark of its address space, which counts Go
// and libxml2 memory alike), printed by the child after the stage; the
// child's ru_maxrss (ProcessState.SysUsage) must stay under the limit as
// well whenever this process's own peak, which Linux folds into it, is
// under the limit.
func TestMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs a subprocess")
	}
	n := envInt(t, "SIU_MEM_LINES", defaultMemLines)
	path := filepath.Join(t.TempDir(), "delivery.xml")
	lines := strconv.Itoa(n)
	steps := []struct {
		name string
		args []string
	}{
		{"encode", []string{"-stage", "encode", "-lines", lines, "-out", path}},
		{"decode", []string{"-stage", "decode", "-in", path}},
		{"xsd", []string{"-stage", "xsd", "-lines", lines, "-in", path}},
	}
	for _, step := range steps {
		t.Run(step.name, func(t *testing.T) {
			res := runProbe(t, step.args...)
			if res.Lines != n {
				t.Fatalf("%s processed %d lines, want %d", step.name, res.Lines, n)
			}
			t.Logf("%s %d lines: %.1f s, peak RSS %.1f MiB (VmHWM), ru_maxrss %.1f MiB",
				step.name, n, res.Seconds, peakMiB(int64(res.PeakRSSKB)), peakMiB(res.MaxRSSKB))
			if res.PeakRSSKB <= 0 || res.PeakRSSKB >= memLimitKB {
				t.Errorf("%s %d lines: peak RSS (VmHWM) %d KiB, want under %d KiB (100 MB)",
					step.name, n, res.PeakRSSKB, memLimitKB)
			}
			own, err := procStatusKB("VmHWM")
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case own >= memLimitKB:
				t.Logf("this process's own peak (%d KiB) is over the limit, so ru_maxrss says nothing about the child", own)
			case res.MaxRSSKB <= 0 || res.MaxRSSKB >= memLimitKB:
				t.Errorf("%s %d lines: ru_maxrss %d KiB, want under %d KiB (100 MB)",
					step.name, n, res.MaxRSSKB, memLimitKB)
			}
		})
	}
}
