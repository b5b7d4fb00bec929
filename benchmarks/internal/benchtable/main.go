// Command benchtable turns the raw output of the benchmark suite in package
// benchmarks (go test -bench, any -count) and of its memory test into
// BENCHMARKS.md: the machine, the Go version, the date, a table with the
// median of each figure over the runs, the memory test's results, and how
// to reproduce them. scripts/bench runs it; it needs nothing beyond the
// standard library.
//
// Usage:
//
//	benchtable -bench bench.txt -mem mem.txt -lines 1000000 -count 5 \
//	    -goversion "$(go version)" -command "scripts/bench" > BENCHMARKS.md
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

// stage is one row of the table: a benchmark and, when it has one, its
// baseline measured in the same run. The baseline's own row follows the
// first stage that names it.
type stage struct {
	name, bench           string
	baseline, baselineSay string
}

var stages = []stage{
	{"CPR parse (cpr.Parse)", "CPRParse", "", ""},
	{"Account parse (kontoplan.Parse)", "AccountParse", "", ""},
	{"CSV read (csvformat.Reader.ReadPosting)", "CSVRead", "", ""},
	{"Validation (siu.Validator)", "Validate", "", ""},
	{"Aggregation (siu.Aggregator, default 16 MiB budget)", "Aggregate", "AggregateSQLite", "SQLite gaps-and-islands query (window functions), database file"},
	{"Aggregation (siu.Aggregator, 1 MiB budget: sorted runs on disk)", "AggregateSmallBudget", "AggregateSQLite", ""},
	{"Encoding (xmlformat.Encoder)", "Encode", "EncodeBaseline", "encoding/xml Encoder"},
	{"Decoding (xmlformat.Decoder)", "Decode", "DecodeBaseline", "encoding/xml Decoder"},
	{"XSD validation (xmlformat/xsd)", "XSD", "XSDBaseline", "xmllint --stream --schema"},
	{"Pipeline CSV → aggregate → validate → encode → XSD → file (pipeline.Run)", "Pipeline", "", ""},
	{"Pipeline, nothing merged (every posting a line)", "PipelineUnmerged", "", ""},
}

// results holds every value of every benchmark and unit.
type results struct {
	values map[string]map[string][]float64 // benchmark → unit → values
	cpu    string                          // go test's "cpu:" line
}

var benchLine = regexp.MustCompile(`^Benchmark(\w+?)(?:-\d+)?\s+\d+\s+(.*)$`)

func parseBench(r io.Reader) (results, error) {
	res := results{values: make(map[string]map[string][]float64)}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if cpu, ok := strings.CutPrefix(line, "cpu: "); ok {
			res.cpu = strings.TrimSpace(cpu)
			continue
		}
		m := benchLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		fields := strings.Fields(m[2])
		if res.values[m[1]] == nil {
			res.values[m[1]] = make(map[string][]float64)
		}
		for i := 0; i+1 < len(fields); i += 2 {
			v, err := strconv.ParseFloat(fields[i], 64)
			if err != nil {
				return res, fmt.Errorf("%q: %v", line, err)
			}
			res.values[m[1]][fields[i+1]] = append(res.values[m[1]][fields[i+1]], v)
		}
	}
	return res, sc.Err()
}

// median returns the median of the values of a benchmark's unit, their
// number, and the spread: the largest distance from the median in percent.
func (r results) median(bench, unit string) (med float64, n int, spread float64, ok bool) {
	vs := slices.Clone(r.values[bench][unit])
	if len(vs) == 0 {
		return 0, 0, 0, false
	}
	slices.Sort(vs)
	if len(vs)%2 == 1 {
		med = vs[len(vs)/2]
	} else {
		med = (vs[len(vs)/2-1] + vs[len(vs)/2]) / 2
	}
	if med != 0 {
		spread = max(med-vs[0], vs[len(vs)-1]-med) / med * 100
	}
	return med, len(vs), spread, true
}

// cell formats a median with its spread, or "—".
func (r results) cell(bench, unit string, format func(float64) string) string {
	med, n, spread, ok := r.median(bench, unit)
	if !ok {
		return "—"
	}
	if n > 1 && unit != "peak-RSS-MiB" && unit != "allocs/line" {
		return fmt.Sprintf("%s ±%.0f%%", format(med), spread)
	}
	return format(med)
}

func thousands(v float64) string {
	s := strconv.FormatInt(int64(v+0.5), 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func decimals(d int) func(float64) string {
	return func(v float64) string { return strconv.FormatFloat(v, 'f', d, 64) }
}

func (r results) row(w io.Writer, name, bench, ratio string) {
	fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s |\n", name,
		r.cell(bench, "lines/s", thousands),
		r.cell(bench, "ns/line", decimals(1)),
		r.cell(bench, "allocs/line", decimals(2)),
		r.cell(bench, "peak-RSS-MiB", decimals(1)),
		ratio)
}

func (r results) table(w io.Writer) {
	fmt.Fprintln(w, "| Stage | lines/s | ns/line | allocs/line | peak RSS (MiB) | vs baseline |")
	fmt.Fprintln(w, "|---|--:|--:|--:|--:|--:|")
	for _, s := range stages {
		ratio := ""
		if s.baseline != "" {
			ours, _, _, ok1 := r.median(s.bench, "ns/line")
			base, _, _, ok2 := r.median(s.baseline, "ns/line")
			ratio = "—"
			switch {
			case !ok1 || !ok2 || ours <= 0 || base <= 0:
			case base >= ours:
				ratio = fmt.Sprintf("**%.1f×** faster", base/ours)
			default:
				ratio = fmt.Sprintf("**%.1f×** slower", ours/base)
			}
		}
		r.row(w, s.name, s.bench, ratio)
		if s.baseline != "" && s.baselineSay != "" {
			r.row(w, "&nbsp;&nbsp;baseline: "+s.baselineSay, s.baseline, "1×")
		}
	}
}

// machine describes the machine from /proc.
func machine() (cpu, mem string) {
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if rest, ok := strings.CutPrefix(line, "MemTotal:"); ok {
				var kb int64
				if _, err := fmt.Sscanf(strings.TrimSpace(rest), "%d kB", &kb); err == nil {
					mem = fmt.Sprintf("%.1f GiB", float64(kb)/(1<<20))
				}
			}
		}
	}
	return cpu, mem
}

func loadavg() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

var growthLine = regexp.MustCompile(`pipeline growth: (\d+) lines peak is ([\d.]+)% of (\d+) lines peak \(a fifth fills the budget: (\w+)\)`)

var memLine = regexp.MustCompile(`(\w+) (\d+) lines: ([\d.]+) s, peak RSS ([\d.]+) MiB \(VmHWM\), ru_maxrss ([\d.]+) MiB`)

// memory writes the memory test's results found in its -v output.
func memory(w io.Writer, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "| Stage | lines | seconds | peak RSS (MiB, VmHWM) | ru_maxrss (MiB) |")
	fmt.Fprintln(w, "|---|--:|--:|--:|--:|")
	for _, m := range memLine.FindAllStringSubmatch(string(data), -1) {
		n, _ := strconv.ParseFloat(m[2], 64)
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n", m[1], thousands(n), m[3], m[4], m[5])
	}
	growth := ""
	if m := growthLine.FindStringSubmatch(string(data)); m != nil {
		n, _ := strconv.ParseFloat(m[1], 64)
		f, _ := strconv.ParseFloat(m[3], 64)
		fmt.Fprintf(w, "\nThe pipeline's peak over %s postings is %s%% of its peak over %s.", thousands(n), m[2], thousands(f))
		if m[4] == "true" {
			growth = ", and the pipeline's grows by at most 10% with five times the postings"
		} else {
			fmt.Fprintf(w, " The 10%% limit applies only once a fifth of the postings fill the aggregator's budget, which %s do not.", thousands(f))
		}
		fmt.Fprintln(w)
	}
	verdict := "FAILED (see the test output)"
	if strings.Contains(string(data), "--- PASS: TestMemory ") {
		verdict = "passed: every peak is under 100 MB" + growth
	}
	fmt.Fprintf(w, "\nTestMemory %s.\n", verdict)
	return nil
}

func main() {
	benchFile := flag.String("bench", "", "the go test -bench output")
	memFile := flag.String("mem", "", "the go test -v output of TestMemory (optional)")
	lines := flag.Int("lines", 0, "SIU_BENCH_LINES of the run")
	memLines := flag.Int("memlines", 0, "SIU_MEM_LINES of the run")
	count := flag.Int("count", 0, "the -count of the run")
	benchtime := flag.String("benchtime", "", "the -benchtime of the run")
	goVersion := flag.String("goversion", runtime.Version(), "the output of go version")
	load := flag.String("load", "", "the load average when the run started")
	note := flag.String("note", "", "a note to print under the title")
	flag.Parse()

	f, err := os.Open(*benchFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(1)
	}
	res, err := parseBench(f)
	f.Close()
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(1)
	}
	if len(res.values) == 0 {
		fmt.Fprintln(os.Stderr, "benchtable: no benchmark results in", *benchFile)
		os.Exit(1)
	}
	cpu, mem := machine()
	if *load == "" {
		*load = loadavg()
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "# Benchmarks\n\n")
	fmt.Fprintf(w, "Generated by `scripts/bench` (benchmarks/internal/benchtable); do not edit by hand, but for the sections after the marker at the end, which scripts/bench keeps.\n\n")
	if *note != "" {
		fmt.Fprintf(w, "> %s\n\n", *note)
	}
	fmt.Fprintf(w, "## Machine\n\n")
	fmt.Fprintf(w, "- CPU: %s (go test reports %q), %d logical cores\n", cpu, res.cpu, runtime.NumCPU())
	fmt.Fprintf(w, "- Memory: %s\n", mem)
	fmt.Fprintf(w, "- OS: %s/%s\n", runtime.GOOS, runtime.GOARCH)
	fmt.Fprintf(w, "- Go: %s\n", strings.TrimSpace(*goVersion))
	fmt.Fprintf(w, "- Date: %s\n", time.Now().UTC().Format("2006-01-02 15:04 MST"))
	fmt.Fprintf(w, "- Load average (1, 5, 15 min) when the run started: %s; when it ended: %s\n\n", *load, loadavg())

	fmt.Fprintf(w, "## Throughput\n\n")
	fmt.Fprintf(w, "%s generated lines (sample.New, seed %s, both areas, budget year 2025), the same data for every stage; "+
		"-count %d, -benchtime %s. Each figure is the median over the runs, ± the largest distance of a run from it (allocations vary little and have none). "+
		"Baselines run in the same process on the same data. "+
		"\"vs baseline\" is the baseline's ns/line divided by the stage's.\n\n",
		thousands(float64(*lines)), "20251122", *count, *benchtime)
	res.table(w)
	fmt.Fprintf(w, `
- lines/s and ns/line are wall-clock time per line of input (for aggregation and the pipeline: per posting read).
- allocs/line counts Go heap allocations during the timed runs, divided by the lines; libxml2's C allocations are not seen, and xmllint and sqlite3 run in processes of their own, so they have none.
- peak RSS is each stage's own need: the stage run once over the same number of lines in a fresh process (benchmarks/internal/memprobe), which prints its kernel high-water mark (VmHWM) afterwards; Go and C memory alike. Stages that need libxml2 (XSD, pipeline) run in a build with cgo, the others in one with CGO_ENABLED=0 (loading libxml2 alone adds about 5 MiB). Generating stages stream their input from the generator, the others read the benchmark's files. For xmllint and sqlite3 it is GNU time's %%M.
- xmllint's time includes starting the program and compiling the schema (milliseconds); package xsd compiles the schema once per process.
- Every number the generator makes is fictive (DDMMYY9999), each standing for one generated citizen. Aggregation and the pipeline merge them (MergeFictive, as sample's own tests do): 1,000,000 postings become about 142,000 lines. "Nothing merged" runs with siu's defaults, which keep each fictive posting a line of its own, so all 1,000,000 go through validation, encoding and the schema check.
- The SQLite baseline (benchmarks/internal/stage/sqlite.go) runs the classic gaps-and-islands query (MAX(end) and SUM over windows per citizen and account, then GROUP BY island) in the sqlite3 program on a database file loaded from the same CSV file before the timer starts (the loading is not timed). It does a little less than siu: no 366-day limit. siu's aggregation starts from the same postings in memory (packed and sorted within the memory budget, spilling sorted runs to temporary files beyond it).
- The generated data has a warning (SIU-PSR-004, a fictive number outside § 109) on most lines; validation hands the findings to siu.ValidateOptions.Report and counts them, so its memory grows with the (citizen, account) pairs, not the lines.

`)
	if *memFile != "" {
		fmt.Fprintf(w, "## Memory: encoding, decoding and the pipeline at %s lines\n\n", thousands(float64(*memLines)))
		fmt.Fprintf(w, "TestMemory (benchmarks/memory_test.go) runs memprobe in a process of its own: it encodes the generated lines into a file, decodes the file, and checks it against the XSD; then it runs the pipeline (pipeline.Run, MergeFictive, the default budget) over the CSV form of all the lines and of a fifth of them. The target is under 100 MB peak RSS for each, and the pipeline's peak within 10%% of its peak over a fifth of the postings.\n\n")
		if err := memory(w, *memFile); err != nil {
			fmt.Fprintln(os.Stderr, "benchtable:", err)
			os.Exit(1)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "## How to reproduce\n\n")
	fmt.Fprintf(w, "```sh\n")
	fmt.Fprintf(w, "scripts/bench                                   # 1,000,000 lines, -count 5, 5,000,000 lines for the memory test\n")
	fmt.Fprintf(w, "SIU_BENCH_LINES=%d SIU_BENCH_COUNT=%d SIU_MEM_LINES=%d scripts/bench   # this run\n", *lines, *count, *memLines)
	fmt.Fprintf(w, "SIU_BENCH_LINES=1000000 go test -run '^$' -bench . -count 5 -timeout 0 ./benchmarks   # the raw figures\n")
	fmt.Fprintf(w, "```\n\n")
	fmt.Fprintf(w, "Run on a quiet machine: other load shows up directly in the figures.\n")
}
