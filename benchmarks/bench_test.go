package benchmarks

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"testing"

	"github.com/siukit/siukit/benchmarks/internal/stage"
	"github.com/siukit/siukit/siu"
)

// measure runs op b.N times over the data set's lines and reports the
// per-line figures: lines/s, ns/line and allocs/line (Go heap allocations
// of the whole process during the timed loop, divided by the lines; C
// allocations by libxml2 are not seen). op returns how many lines it
// processed, which must be the data set's number. Then it reports the
// stage's peak memory, peak-RSS-MiB, measured by running the same stage
// over the same number of lines in a fresh memprobe process (see
// stagePeak).
func measure(b *testing.B, d *dataset, op func() (int, error), probe ...string) {
	b.Helper()
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n, err := op()
		if err != nil {
			b.Fatal(err)
		}
		if n != d.n {
			b.Fatalf("processed %d lines, want %d", n, d.n)
		}
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)
	reportPerLine(b, d.n)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/(float64(b.N)*float64(d.n)), "allocs/line")
	if len(probe) > 0 {
		if mib, ok := stagePeak(b, probe...); ok {
			b.ReportMetric(mib, "peak-RSS-MiB")
		}
	}
}

// reportPerLine reports lines/s and ns/line for b.N runs over n lines.
func reportPerLine(b *testing.B, n int) {
	lines := float64(b.N) * float64(n)
	b.ReportMetric(lines/b.Elapsed().Seconds(), "lines/s")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/lines, "ns/line")
}

var peaks struct {
	sync.Mutex
	mib map[string]float64
}

// stagePeak returns the peak RSS in MiB of memprobe run with args: one
// stage over the benchmark's lines, generated as they are consumed or read
// from the benchmark's file, in a process of its own, so that the figure
// is the stage's own need and not the test process's, which holds the
// whole data set in memory. The figure is the child's VmHWM, which counts
// Go and C memory alike. It is measured once per test process and
// argument list. SIU_BENCH_PEAK=0 skips it.
func stagePeak(b *testing.B, args ...string) (float64, bool) {
	if os.Getenv("SIU_BENCH_PEAK") == "0" {
		return 0, false
	}
	key := fmt.Sprint(args)
	peaks.Lock()
	defer peaks.Unlock()
	if mib, ok := peaks.mib[key]; ok {
		return mib, true
	}
	res := runProbe(b, args...)
	mib := peakMiB(int64(res.PeakRSSKB))
	if peaks.mib == nil {
		peaks.mib = make(map[string]float64)
	}
	peaks.mib[key] = mib
	return mib, true
}

// linesArg is memprobe's -lines argument for the data set.
func linesArg(d *dataset) []string { return []string{"-lines", strconv.Itoa(d.n)} }

func BenchmarkCPRParse(b *testing.B) {
	d := benchData(b)
	measure(b, d, func() (int, error) { return stage.ParseCPR(slices.Values(d.cprs)) },
		append([]string{"-stage", "cpr"}, linesArg(d)...)...)
}

func BenchmarkAccountParse(b *testing.B) {
	d := benchData(b)
	measure(b, d, func() (int, error) { return stage.ParseAccount(slices.Values(d.accounts)) },
		append([]string{"-stage", "account"}, linesArg(d)...)...)
}

// BenchmarkCSVRead reads the postings from the CSV file (the pipeline's
// first step) with csvformat's Reader.
func BenchmarkCSVRead(b *testing.B) {
	d := benchData(b)
	measure(b, d, func() (int, error) { return decodeFile(d.csvPath, stage.ReadCSV) },
		"-stage", "csv-read", "-in", d.csvPath)
}

// BenchmarkValidate streams the lines through a siu.Validator. The
// generated data has no errors, but a warning (SIU-PSR-004, a fictive
// number outside § 109) on most lines; the findings go to ValidateOptions.Report
// and are counted, not kept, so memory grows with the pairs alone.
func BenchmarkValidate(b *testing.B) {
	d := benchData(b)
	measure(b, d, func() (int, error) {
		if t := stage.Validate(d.header, slices.Values(d.lines)); t.Errors != 0 {
			return 0, fmt.Errorf("%d errors in generated data", t.Errors)
		}
		return len(d.lines), nil
	}, append([]string{"-stage", "validate"}, linesArg(d)...)...)
}

// smallBudget is the aggregator's memory budget in
// BenchmarkAggregateSmallBudget: 1 MiB, small enough for the process to
// stay under the SQLite baseline's peak; 1,000,000 postings then make
// about 40 sorted runs on disk, merged 16 at a time.
const smallBudget = 1 << 20

// BenchmarkAggregate aggregates the postings (the same data as the lines,
// in memory) with a siu.Aggregator and stage.MergedOptions, in the
// default memory budget (siu.DefaultMemoryBudget), and counts the lines.
// Its baseline is BenchmarkAggregateSQLite.
func BenchmarkAggregate(b *testing.B) {
	benchAggregate(b, 0)
}

// BenchmarkAggregateSmallBudget is BenchmarkAggregate in a budget of
// smallBudget: the postings go through many sorted runs on disk.
func BenchmarkAggregateSmallBudget(b *testing.B) {
	benchAggregate(b, smallBudget)
}

func benchAggregate(b *testing.B, budget int64) {
	d := benchData(b)
	opts := stage.MergedOptions()
	opts.MemoryBudget = budget
	opts.TempDir = workDir
	measure(b, d, func() (int, error) {
		if _, err := stage.Aggregate(slices.Values(d.postings), opts); err != nil {
			return 0, err
		}
		return len(d.postings), nil
	}, append([]string{"-stage", "aggregate", "-budget", strconv.FormatInt(budget, 10)}, linesArg(d)...)...)
}

// BenchmarkAggregateSQLite is the baseline of aggregation: the
// gaps-and-islands query with window functions (stage.SQLiteQuery) run by
// the sqlite3 program on a database file made from the benchmark's CSV
// file before the timer starts (stage.SQLiteCreate); the database is in
// the page cache after the first run. Its time includes starting sqlite3
// (milliseconds). Its peak memory is measured by GNU time (-f %M) when
// /usr/bin/time is there. Without sqlite3 the benchmark is skipped.
func BenchmarkAggregateSQLite(b *testing.B) {
	sqlite3, err := exec.LookPath("sqlite3")
	if err != nil {
		b.Skip("sqlite3 not installed (Debian: apt-get install sqlite3)")
	}
	d := benchData(b)
	db := filepath.Join(filepath.Dir(d.csvPath), "postings.db")
	sqliteDB.Do(func() { sqliteDB.err = stage.SQLiteCreate(sqlite3, d.csvPath, db) })
	if sqliteDB.err != nil {
		b.Fatal(sqliteDB.err)
	}
	gnuTime, err := exec.LookPath("/usr/bin/time")
	if err != nil {
		gnuTime = ""
		b.Log("no /usr/bin/time: no peak RSS for sqlite3")
	}
	var peakKB int64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n, kb, err := stage.SQLiteAggregate(sqlite3, gnuTime, db)
		if err != nil {
			b.Fatal(err)
		}
		if n == 0 {
			b.Fatal("sqlite3 printed no lines")
		}
		peakKB = max(peakKB, kb)
	}
	b.StopTimer()
	reportPerLine(b, d.n)
	if gnuTime != "" {
		b.ReportMetric(peakMiB(peakKB), "peak-RSS-MiB")
	}
}

// sqliteDB makes the baseline's database once per process.
var sqliteDB struct {
	sync.Once
	err error
}

// BenchmarkEncode writes the lines with xmlformat's Encoder to io.Discard.
func BenchmarkEncode(b *testing.B) {
	d := benchData(b)
	measure(b, d, func() (int, error) { return stage.Encode(io.Discard, d.header, slices.Values(d.lines)) },
		append([]string{"-stage", "encode"}, linesArg(d)...)...)
}

// BenchmarkEncodeBaseline writes the same lines with encoding/xml's
// Encoder (see stage.EncodeBaseline).
func BenchmarkEncodeBaseline(b *testing.B) {
	d := benchData(b)
	measure(b, d, func() (int, error) { return stage.EncodeBaseline(io.Discard, d.header, slices.Values(d.lines)) },
		append([]string{"-stage", "encode-baseline"}, linesArg(d)...)...)
}

// decodeFile opens path and decodes it with decode.
func decodeFile(path string, decode func(io.Reader) (int, error)) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	return decode(f)
}

// BenchmarkDecode reads the encoded file from disk (the page cache, after
// the first run) with xmlformat's Decoder.
func BenchmarkDecode(b *testing.B) {
	d := benchData(b)
	measure(b, d, func() (int, error) { return decodeFile(d.xmlPath, stage.Decode) },
		"-stage", "decode", "-in", d.xmlPath)
}

// BenchmarkDecodeBaseline reads the same file with encoding/xml's Decoder
// (see stage.DecodeBaseline).
func BenchmarkDecodeBaseline(b *testing.B) {
	d := benchData(b)
	measure(b, d, func() (int, error) { return decodeFile(d.xmlPath, stage.DecodeBaseline) },
		"-stage", "decode-baseline", "-in", d.xmlPath)
}

// BenchmarkXSD checks the encoded file against the schema with package
// xsd (libxml2, streaming, the schema compiled once per process).
func BenchmarkXSD(b *testing.B) {
	d := benchData(b)
	measure(b, d, func() (int, error) { return d.n, stage.CheckXSD(d.xmlPath) },
		append([]string{"-stage", "xsd", "-in", d.xmlPath}, linesArg(d)...)...)
}

// BenchmarkXSDBaseline checks the same file against the same schema with
// libxml2's command-line validator: xmllint --stream --noout --schema. Its
// time includes starting xmllint and compiling the schema (a few
// milliseconds). Its peak memory is measured by GNU time (-f %M), which
// forks the child itself, so the figure is xmllint's own; without
// /usr/bin/time the benchmark reports none.
func BenchmarkXSDBaseline(b *testing.B) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		b.Skip("xmllint not installed (Debian: apt-get install libxml2-utils)")
	}
	d := benchData(b)
	args := []string{"--stream", "--noout", "--schema", d.schemaPath, d.xmlPath}
	gnuTime, err := exec.LookPath("/usr/bin/time")
	maxrssFile := d.xmlPath + ".maxrss"
	if err == nil {
		args = append([]string{"-f", "%M", "-o", maxrssFile, xmllint}, args...)
	} else {
		gnuTime = ""
		b.Log("no /usr/bin/time: no peak RSS for xmllint")
	}
	var peakKB int64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var cmd *exec.Cmd
		if gnuTime != "" {
			cmd = exec.Command(gnuTime, args...)
		} else {
			cmd = exec.Command(xmllint, args...)
		}
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("xmllint: %v\n%s", err, out)
		}
		if gnuTime != "" {
			out, err := os.ReadFile(maxrssFile)
			if err != nil {
				b.Fatal(err)
			}
			kb, err := strconv.ParseInt(string(bytes.TrimSpace(out)), 10, 64)
			if err != nil {
				b.Fatalf("GNU time wrote %q: %v", out, err)
			}
			peakKB = max(peakKB, kb)
		}
	}
	b.StopTimer()
	reportPerLine(b, d.n)
	if gnuTime != "" {
		b.ReportMetric(peakMiB(peakKB), "peak-RSS-MiB")
	}
}

// BenchmarkPipeline runs the whole way from the CSV file to a checked
// XML file with package pipeline (see stage.Pipeline): read postings,
// aggregate them (stage.MergedOptions, the default memory budget),
// validate, encode, check against the XSD, and rename the file into
// place. lines/s counts the postings read.
func BenchmarkPipeline(b *testing.B) {
	benchPipeline(b, "pipeline", stage.MergedOptions())
}

// BenchmarkPipelineUnmerged is BenchmarkPipeline with siu's default
// aggregation options, which merge no fictive number: every generated
// posting becomes a line, so the schema check sees seven times as many
// lines.
func BenchmarkPipelineUnmerged(b *testing.B) {
	benchPipeline(b, "pipeline-unmerged", siu.AggregateOptions{})
}

func benchPipeline(b *testing.B, probe string, opts siu.AggregateOptions) {
	d := benchData(b)
	opts.TempDir = workDir
	out := filepath.Join(workDir, probe+".xml")
	measure(b, d, func() (int, error) {
		f, err := os.Open(d.csvPath)
		if err != nil {
			return 0, err
		}
		defer f.Close()
		res, err := stage.Pipeline(f, d.header, out, opts)
		if err == nil && res.Errors != 0 {
			err = fmt.Errorf("%d errors in generated data", res.Errors)
		}
		return res.Postings, err
	}, "-stage", probe, "-in", d.csvPath)
}
