// Package benchmarks holds siukit's cross-stage benchmark suite, its memory
// test and its concurrency test. It has no API: everything is in its test
// files, in the helper programs under internal/, and in scripts/bench.
//
// # The benchmark suite
//
// Every benchmark runs over one generated data set (sample.New with a fixed
// seed, both areas, budget year 2025), made once per test process: the
// lines in memory, the same lines as postings and as text, the canonical
// XML file and the CSV file a spreadsheet would export. One op is one pass
// over all the lines; each benchmark reports lines/s, ns/line,
// allocs/line (Go heap allocations per line) and peak-RSS-MiB.
//
//	BenchmarkCPRParse        cpr.Parse of each line's number (ten digits)
//	BenchmarkAccountParse    kontoplan.Parse of each line's KONTOSTRENG
//	BenchmarkCSVRead         csvformat.Reader reading the CSV file's postings
//	BenchmarkValidate        siu.Validator over the lines
//	BenchmarkAggregate       siu.Aggregator over the postings (MergeFictive,
//	                         the default memory budget)
//	BenchmarkAggregateSmallBudget  the same in a 1 MiB budget: sorted runs
//	                         on disk, merged 16 at a time
//	BenchmarkAggregateSQLite the gaps-and-islands query with window
//	                         functions, by sqlite3 on a database file
//	                         loaded from the CSV file (skipped without
//	                         sqlite3)
//	BenchmarkEncode          xmlformat.Encoder writing the lines
//	BenchmarkEncodeBaseline  encoding/xml's Encoder writing the same file
//	BenchmarkDecode          xmlformat.Decoder reading the file
//	BenchmarkDecodeBaseline  encoding/xml's Decoder reading it
//	BenchmarkXSD             package xsd (libxml2) checking the file
//	BenchmarkXSDBaseline     xmllint --stream --noout --schema on the same
//	                         file and schema (skipped without xmllint)
//	BenchmarkPipeline        pipeline.Run: CSV → aggregate → validate →
//	                         encode → XSD → file (MergeFictive)
//	BenchmarkPipelineUnmerged  the same with siu's default options, which
//	                         merge no fictive number: every posting a line
//
// The baselines run in the same process, on the same data, in the same
// run. The stages themselves are in internal/stage, shared with memprobe.
//
// The data has 100,000 lines unless SIU_BENCH_LINES says otherwise:
//
//	go test -run '^$' -bench . ./benchmarks
//	SIU_BENCH_LINES=1000000 go test -run '^$' -bench . -benchtime 1x -count 5 ./benchmarks
//
// # Peak memory
//
// The test process holds the whole data set in memory, so its own resident
// set says little about one stage. peak-RSS-MiB is therefore measured in a
// process of its own: internal/memprobe, built once per test process with
// go build, runs the same stage over the same number of lines (generated
// as they are consumed, or read from the benchmark's file) and prints its
// VmHWM from /proc/self/status, the kernel's high-water mark of its
// resident set, which counts Go and C (libxml2) memory alike. It runs once
// per stage and process; SIU_BENCH_PEAK=0 skips it. Stages that need
// libxml2 run in a build with cgo, the others in a build with
// CGO_ENABLED=0. For xmllint and sqlite3 the figure is GNU time's
// (/usr/bin/time -f %M). Peak figures need Linux.
//
// # The memory test
//
// TestMemory runs memprobe to encode SIU_MEM_LINES generated lines
// (300,000 by default, so that go test stays fast) into a file, decode the
// file and check it against the XSD, and to run the pipeline over the CSV
// form of all the lines and of a fifth of them, each in a fresh process,
// and requires each peak to stay under 100 MB, and the pipeline's over all
// the lines within 10% of its peak over a fifth once a fifth fills the
// aggregator's budget: the child's VmHWM, and its ru_maxrss
// from ProcessState.SysUsage (which Linux may raise to the starting
// process's own peak, so it is checked only while that is under the limit).
// scripts/bench runs it with 5,000,000 lines. That the validator's memory
// grows with (citizen, account) pairs rather than lines is tested in
// package siu (TestMemoryBoundedByPairs).
//
// # The concurrency test
//
// TestConcurrentUse validates (siu.Validate and a Validator fed records),
// encodes, and checks against the shared compiled XSD, a valid and a
// broken file, from eight goroutines at once, and requires every result to
// equal a sequential run's. Run it under the race detector:
//
//	go test -race ./benchmarks
//
// # scripts/bench and BENCHMARKS.md
//
// scripts/bench runs the suite (1,000,000 lines, -count 5 by default; see
// the script for the environment variables) and the memory test at
// 5,000,000 lines, and writes BENCHMARKS.md with internal/benchtable: the
// machine, the Go version, the date, the median of each figure with its
// spread, each stage against its baseline, and how to reproduce.
//
// # Fuzzing
//
// The fuzz targets live in their packages, each with a seed corpus in its
// testdata/fuzz directory: cpr FuzzParse, kontoplan FuzzParse, csvformat
// FuzzReader, xmlformat FuzzDecode and siu FuzzValidator (and a few more).
// Plain go test runs every seed; scripts/check fuzzes every target briefly
// (FUZZTIME, 10s by default). One target by hand:
//
//	go test ./xmlformat -run '^$' -fuzz '^FuzzDecode$' -fuzztime 30s
package benchmarks
