package main

import (
	"context"
	"io"
	"os"
	"os/signal"

	"github.com/siukit/siukit/diff"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

const diffAbout = `Diff compares two full loads of the same municipality, budget year and
area, line by line by citizen, account and period: the lines added,
removed and changed (amount or period), the citizens who appear or
disappear (CPR numbers masked) and the totals per function and art before
and after. A full load replaces the one before it, so this is what DST
will see change. Each file may be XML, JSON, CSV or XLSX.

Changed: an old and a new line of the same citizen and account that are
not identical but cover the same period (a new amount), or else whose
periods overlap (a new period); the rest is added or removed.

Two loads of different municipalities, years or areas are refused unless
--allow-different. Both inputs are sorted in bounded memory; runs that do
not fit are written to private temporary files (mode 0600, in $TMPDIR,
removed on every exit): they hold CPR numbers. Records that cannot be read
are left out and reported. Exit status 1 when the loads differ.`

const diffExamples = `  siu diff siu-461-2025-voksen-v1.xml siu-461-2025-voksen-v2.xml
  siu diff --format json --max 0 old.csv new.csv > changes.json`

func runDiff(e *env, args []string) int {
	fs := newFlags("diff", "[flags] OLD NEW", diffAbout, diffExamples)
	format := fs.String("format", "text", "output: text or json")
	max := fs.Int("max", 50, "list at most this many changes (0: all)")
	allow := fs.Bool("allow-different", false, "compare loads of different municipalities, years or areas")
	sf := addSourceFlags(fs)
	files, code, ok := fs.parse(e, args)
	if !ok {
		return code
	}
	if len(files) != 2 {
		return e.usageError("diff", "want OLD and NEW, got %d files", len(files))
	}
	if *format != "text" && *format != "json" {
		return e.usageError("diff", "--format: want text or json")
	}
	var r *diff.Result
	err := writeOutput(e, "", func(w io.Writer) error {
		dw := report.NewDiffWriter(w, *format, *max, files[0], files[1])
		if r, code = compareFiles(e, "diff", files, sf, *allow, diff.Options{MaxListed: *max, OnChange: dw.OnChange}); r == nil {
			return nil
		}
		return dw.Finish(r)
	})
	if err != nil {
		e.errorf("diff", "%v", err)
		return exitFail
	}
	if r == nil {
		return code
	}
	if code == exitOK && !r.Identical() {
		code = exitFail
	}
	return code
}

// compareFiles compares the lines of two files (diff.Compare), refusing
// loads of different municipalities, years or areas (as far as their files
// say: a CSV file says nothing) unless allow. Records that cannot be read
// are left out and reported, and the exit code is then exitFail. It
// returns nil and the exit code when it cannot compare.
func compareFiles(e *env, cmd string, files []string, sf *sourceFlags, allow bool, opts diff.Options) (*diff.Result, int) {
	var ins [2]*input
	var hs [2]siu.Header
	for i, p := range files {
		in, code := openSource(e, cmd, p, sf)
		if in == nil {
			return nil, code
		}
		defer in.Close()
		if in.src == nil {
			e.errorf(cmd, "%s", in.fatal.Message)
			return nil, exitFail
		}
		ins[i] = in
		hs[i], _ = in.src.Header()
	}
	if err := diff.CheckHeaders(hs[0], hs[1]); err != nil && !allow {
		return nil, e.usageError(cmd, "%v; --allow-different compares them anyway", err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	skipped := 0
	skip := func(in *input) func(*source.Error) {
		return func(err *source.Error) {
			if skipped++; skipped <= 5 {
				e.errorf(cmd, "%s: not compared: %s", in.name, err.Message)
			}
		}
	}
	r, err := diff.Compare(ctx, diff.Lines(ins[0].src, skip(ins[0])), diff.Lines(ins[1].src, skip(ins[1])), opts)
	if err != nil {
		e.errorf(cmd, "%v", err)
		return nil, exitFail
	}
	if skipped > 0 {
		e.errorf(cmd, "%d %s could not be read and were not compared", skipped, plural(skipped, "record", "records"))
		return r, exitFail
	}
	return r, exitOK
}
