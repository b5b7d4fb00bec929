// Command memprobe runs one stage of the SIU pipeline over generated or
// stored data in a process of its own, and prints how long it took and
// the process's peak resident set size, so that the memory a stage needs
// is measured apart from the test process that starts it.
//
// Usage:
//
//	memprobe -stage encode -lines 5000000 -out delivery.xml
//	memprobe -stage decode -in delivery.xml
//
// Stages that generate their input (-lines N, sample data streamed in
// constant memory): cpr, account, validate, aggregate, encode,
// encode-baseline, csv (writes the pipeline's CSV input). Stages that read
// a file (-in PATH): csv-read, pipeline and pipeline-unmerged (a CSV
// file), decode, decode-baseline and xsd (an XML file); xsd and the
// pipelines need cgo. -out PATH writes the output of encode,
// encode-baseline, csv and the pipelines to a file; without it the output
// is discarded (the pipelines write into a temporary directory).
//
// aggregate and pipeline aggregate with stage.MergedOptions (every
// generated number merged), pipeline-unmerged with siu's defaults (no
// fictive number merged: every generated posting is a line); -budget
// BYTES sets siu.AggregateOptions.MemoryBudget (0: the default).
//
// It prints one JSON object: the stage, the lines processed, the seconds
// taken, and peak_rss_kb, the kernel's high-water mark of the process's
// resident set (VmHWM in /proc/self/status, read after the stage has run),
// which counts the Go heap, the runtime, and any C memory (libxml2) alike.
// The parent can compare it with the child's rusage (ru_maxrss), which on
// Linux may also include the parent's own peak at the time of the exec.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"strconv"
	"time"

	"github.com/siukit/siukit/benchmarks/internal/stage"
	"github.com/siukit/siukit/siu"
)

// Result is what memprobe prints.
type Result struct {
	Stage     string  `json:"stage"`
	Lines     int     `json:"lines"`
	Seconds   float64 `json:"seconds"`
	PeakRSSKB int     `json:"peak_rss_kb"`
}

// run runs one stage; cgoStages adds the stages that need cgo.
type run func(lines int, in, out string) (int, error)

var stages = map[string]run{
	"cpr":             runCPR,
	"account":         runAccount,
	"validate":        runValidate,
	"aggregate":       runAggregate,
	"encode":          runEncoder(stage.Encode),
	"encode-baseline": runEncoder(stage.EncodeBaseline),
	"csv":             runCSV,
	"csv-read":        runDecoder(stage.ReadCSV),
	"decode":          runDecoder(stage.Decode),
	"decode-baseline": runDecoder(stage.DecodeBaseline),
}

// budget is the -budget flag.
var budget int64

func main() {
	name := flag.String("stage", "", "the stage to run")
	lines := flag.Int("lines", 100_000, "the number of lines to generate")
	in := flag.String("in", "", "the input file of decode, decode-baseline, xsd and pipeline")
	out := flag.String("out", "", "the output file of encode, encode-baseline, csv and the pipelines (default: discard)")
	flag.Int64Var(&budget, "budget", 0, "the aggregator's memory budget in bytes (0: siu.DefaultMemoryBudget)")
	flag.Parse()
	f, ok := stages[*name]
	if !ok {
		fmt.Fprintf(os.Stderr, "memprobe: unknown stage %q\n", *name)
		os.Exit(2)
	}
	start := time.Now()
	n, err := f(*lines, *in, *out)
	elapsed := time.Since(start)
	if err != nil {
		fmt.Fprintf(os.Stderr, "memprobe: %s: %v\n", *name, err)
		os.Exit(1)
	}
	peak, err := peakRSSKB()
	if err != nil {
		fmt.Fprintf(os.Stderr, "memprobe: %v\n", err)
		os.Exit(1)
	}
	json.NewEncoder(os.Stdout).Encode(Result{Stage: *name, Lines: n, Seconds: elapsed.Seconds(), PeakRSSKB: peak})
}

// peakRSSKB reads VmHWM from /proc/self/status.
func peakRSSKB() (int, error) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	for _, line := range bytes.Split(data, []byte("\n")) {
		if rest, ok := bytes.CutPrefix(line, []byte("VmHWM:")); ok {
			return strconv.Atoi(string(bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimSpace(rest), []byte("kB")))))
		}
	}
	return 0, errors.New("no VmHWM in /proc/self/status")
}

func generated(lines int) (siu.Header, iter.Seq[siu.Line], error) {
	g, err := stage.Generator(lines)
	if err != nil {
		return siu.Header{}, nil, err
	}
	return g.Header(), g.Lines(), nil
}

func runCPR(lines int, _, _ string) (int, error) {
	g, err := stage.Generator(lines)
	if err != nil {
		return 0, err
	}
	return stage.ParseCPR(func(yield func(string) bool) {
		for r := range g.Records() {
			if !yield(r.PsrID) {
				return
			}
		}
	})
}

func runAccount(lines int, _, _ string) (int, error) {
	g, err := stage.Generator(lines)
	if err != nil {
		return 0, err
	}
	return stage.ParseAccount(func(yield func(string) bool) {
		for r := range g.Records() {
			if !yield(r.Account) {
				return
			}
		}
	})
}

func runValidate(lines int, _, _ string) (int, error) {
	h, ls, err := generated(lines)
	if err != nil {
		return 0, err
	}
	n := 0
	counted := func(yield func(siu.Line) bool) {
		for l := range ls {
			n++
			if !yield(l) {
				return
			}
		}
	}
	if t := stage.Validate(h, counted); t.Errors != 0 {
		return n, fmt.Errorf("%d errors in generated data", t.Errors)
	}
	return n, nil
}

func runAggregate(lines int, _, _ string) (int, error) {
	g, err := stage.Generator(lines)
	if err != nil {
		return 0, err
	}
	opts := stage.MergedOptions()
	opts.MemoryBudget = budget
	if _, err := stage.Aggregate(g.Postings(), opts); err != nil {
		return 0, err
	}
	return lines, nil
}

// output opens out, or discards when out is empty.
func output(out string) (io.Writer, func() error, error) {
	if out == "" {
		return io.Discard, func() error { return nil }, nil
	}
	f, err := os.Create(out)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}

func runEncoder(encode func(io.Writer, siu.Header, iter.Seq[siu.Line]) (int, error)) run {
	return func(lines int, _, out string) (int, error) {
		h, ls, err := generated(lines)
		if err != nil {
			return 0, err
		}
		w, closeOut, err := output(out)
		if err != nil {
			return 0, err
		}
		n, err := encode(w, h, ls)
		return n, errors.Join(err, closeOut())
	}
}

func runCSV(lines int, _, out string) (int, error) {
	_, ls, err := generated(lines)
	if err != nil {
		return 0, err
	}
	w, closeOut, err := output(out)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	n, err := stage.WriteCSV(bw, ls)
	return n, errors.Join(err, bw.Flush(), closeOut())
}

func runDecoder(decode func(io.Reader) (int, error)) run {
	return func(_ int, in, _ string) (int, error) {
		f, err := os.Open(in)
		if err != nil {
			return 0, err
		}
		defer f.Close()
		return decode(f)
	}
}
