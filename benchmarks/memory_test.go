package benchmarks

import (
	"path/filepath"
	"strconv"
	"testing"

	"github.com/siukit/siukit/siu"
)

// memLimitKB is the memory target of encoding and decoding: under 100 MB
// (10^8 bytes) of peak resident set, whatever the number of lines.
const memLimitKB = 100_000_000 / 1024

// defaultMemLines is the number of lines TestMemory streams unless
// SIU_MEM_LINES says otherwise; scripts/bench runs it with 5,000,000.
const defaultMemLines = 300_000

// TestMemory proves that encoding, decoding and the whole pipeline
// stream: memprobe, built into a temporary directory and run as a
// process of its own, encodes SIU_MEM_LINES generated lines (300,000 by
// default) into a file, then decodes that file, then checks it against
// the XSD; then it writes the lines as the pipeline's CSV file, once all
// of them and once a fifth, and runs the pipeline (package pipeline,
// stage.MergedOptions, the aggregator's default budget) over each. Each
// run's peak resident set must stay under 100 MB, and the pipeline's over
// all the postings within 10% of its peak over a fifth of them, as soon
// as a fifth fills the aggregator's budget (32 bytes a posting; scripts/
// bench runs 5,000,000 and 1,000,000): beyond the budget, memory does not
// grow with the postings. The peak is the child's own VmHWM (the kernel's
// high-water mark of its address space, which counts Go and libxml2
// memory alike), printed by the child after the stage; the child's
// ru_maxrss (ProcessState.SysUsage) must stay under the limit as well
// whenever this process's own peak, which Linux folds into it, is under
// the limit.
func TestMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs a subprocess")
	}
	n := envInt(t, "SIU_MEM_LINES", defaultMemLines)
	dir := t.TempDir()
	path := filepath.Join(dir, "delivery.xml")
	lines := strconv.Itoa(n)
	fifth := max(n/5, 1)
	csvAll, csvFifth := filepath.Join(dir, "all.csv"), filepath.Join(dir, "fifth.csv")
	steps := []struct {
		name  string
		lines int
		args  []string
		check bool // a stage whose memory is checked
	}{
		{"encode", n, []string{"-stage", "encode", "-lines", lines, "-out", path}, true},
		{"decode", n, []string{"-stage", "decode", "-in", path}, true},
		{"xsd", n, []string{"-stage", "xsd", "-lines", lines, "-in", path}, true},
		{"csv", n, []string{"-stage", "csv", "-lines", lines, "-out", csvAll}, false},
		{"csv", fifth, []string{"-stage", "csv", "-lines", strconv.Itoa(fifth), "-out", csvFifth}, false},
		{"pipeline", fifth, []string{"-stage", "pipeline", "-in", csvFifth}, true},
		{"pipeline", n, []string{"-stage", "pipeline", "-in", csvAll}, true},
	}
	peaks := map[int]int{} // the pipeline's peak by number of postings
	for _, step := range steps {
		t.Run(step.name+"-"+strconv.Itoa(step.lines), func(t *testing.T) {
			res := runProbe(t, step.args...)
			if res.Lines != step.lines {
				t.Fatalf("%s processed %d lines, want %d", step.name, res.Lines, step.lines)
			}
			if !step.check {
				return
			}
			t.Logf("%s %d lines: %.1f s, peak RSS %.1f MiB (VmHWM), ru_maxrss %.1f MiB",
				step.name, step.lines, res.Seconds, peakMiB(int64(res.PeakRSSKB)), peakMiB(res.MaxRSSKB))
			if step.name == "pipeline" {
				peaks[step.lines] = res.PeakRSSKB
			}
			if res.PeakRSSKB <= 0 || res.PeakRSSKB >= memLimitKB {
				t.Errorf("%s %d lines: peak RSS (VmHWM) %d KiB, want under %d KiB (100 MB)",
					step.name, step.lines, res.PeakRSSKB, memLimitKB)
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
					step.name, step.lines, res.MaxRSSKB, memLimitKB)
			}
		})
	}
	small, large := peaks[fifth], peaks[n]
	if small == 0 || large == 0 {
		return
	}
	ratio := float64(large) / float64(small) * 100
	fills := int64(fifth)*32 > siu.DefaultMemoryBudget
	t.Logf("pipeline growth: %d lines peak is %.1f%% of %d lines peak (a fifth fills the budget: %v)", n, ratio, fifth, fills)
	if fills && ratio > 110 {
		t.Errorf("pipeline: peak RSS %d KiB over %d postings, %d KiB over %d: more than 10%% more", large, n, small, fifth)
	}
}
