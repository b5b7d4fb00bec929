package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
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
	var loads [2]*input
	for i, f := range files {
		in, code := openSource(e, "diff", f, sf)
		if in == nil {
			return code
		}
		defer in.Close()
		if in.src == nil {
			e.errorf("diff", "%s", in.fatal.Message)
			return exitFail
		}
		loads[i] = in
	}
	if err := diffHeaders(loads[0], loads[1]); err != nil && !*allow {
		return e.usageError("diff", "%v; --allow-different compares them anyway", err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	skipped, code := 0, exitOK
	seq := func(in *input) iter.Seq2[siu.Line, error] {
		return diff.Lines(in.src, func(err *source.Error) {
			if skipped++; skipped <= 5 {
				e.errorf("diff", "%s: not compared: %s", in.name, err.Message)
			}
		})
	}
	var r *diff.Result
	err := writeOutput(e, "", func(w io.Writer) error {
		var err error
		if *format == "json" {
			r, err = diffJSON(ctx, w, seq(loads[0]), seq(loads[1]), *max, files)
			return err
		}
		listed := 0
		opts := diff.Options{MaxListed: -1, OnChange: func(c diff.Change) {
			if *max == 0 || listed < *max {
				listed++
				report.WriteChange(w, c)
			}
		}}
		if r, err = diff.Compare(ctx, seq(loads[0]), seq(loads[1]), opts); err != nil {
			return err
		}
		return report.WriteDiffText(w, r, report.DiffTextOptions{Old: loads[0].name, New: loads[1].name, Listed: listed, MoreHint: "--max 0 lists all"})
	})
	if err != nil {
		e.errorf("diff", "%v", err)
		return exitFail
	}
	if skipped > 0 {
		e.errorf("diff", "%d %s could not be read and were not compared", skipped, plural(skipped, "record", "records"))
		code = exitFail
	}
	if !r.Identical() {
		code = exitFail
	}
	return code
}

// diffHeaders checks that two loads are of the same municipality, year
// and area, as far as their files say (a CSV file says nothing).
func diffHeaders(old, new *input) error {
	ho, _ := old.src.Header()
	hn, _ := new.src.Header()
	return diff.CheckHeaders(ho, hn)
}

// diffJSON writes {"old_file", "new_file", "changes": [...], "summary"},
// streaming the changes.
func diffJSON(ctx context.Context, w io.Writer, old, new iter.Seq2[siu.Line, error], max int, files []string) (*diff.Result, error) {
	names, _ := json.Marshal(files)
	var werr error
	fmt.Fprintf(w, "{\"files\": %s,\n\"changes\": [", names)
	n := 0
	opts := diff.Options{MaxListed: -1, OnChange: func(c diff.Change) {
		if max > 0 && n >= max {
			return
		}
		b, err := json.Marshal(c)
		if err != nil {
			werr = err
		}
		if n++; n > 1 {
			w.Write([]byte(","))
		}
		fmt.Fprintf(w, "\n  %s", b)
	}}
	r, err := diff.Compare(ctx, old, new, opts)
	if err != nil {
		return nil, err
	}
	sum, err := json.MarshalIndent(r, "", "  ")
	if err != nil || werr != nil {
		return nil, fmt.Errorf("json: %v", cmp.Or(err, werr))
	}
	fmt.Fprintf(w, "\n],\n\"summary\": %s}\n", sum)
	return r, nil
}
