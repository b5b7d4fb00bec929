package main

import (
	"fmt"
	"io"

	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

const aggregateAbout = `Aggregate sums a finance system's invoice postings into SIU lines, as DST
allows: for each citizen and account, postings whose periods overlap or
touch (or lie at most --max-gap days apart) become one line from the
earliest start to the latest end, with the sum of their amounts. Credit
notes sum in; nothing is lost: a posting that cannot be merged safely
stays a line of its own.

The input is a CSV or XLSX file with the columns CPR, Konto, Beløb,
Startdato and Slutdato (see 'siu validate --help' for the accepted forms).
Every field must read: a posting that does not is a read error naming its
line and column, and then nothing is written. The output is CSV in the
same Danish form (UTF-8 with BOM, ';', decimal comma, dd-mm-yyyy).

Fictive numbers (SIU's numbers for anonymous citizens) are not merged by
default, since one fictive number stands for every anonymous citizen with
that birth date and sex; --merge-fictive merges them like any number.`

const aggregateExamples = `  siu aggregate -o lines.csv postings.csv
  siu aggregate --max-gap 3 postings.xlsx > lines.csv`

func runAggregate(e *env, args []string) int {
	fs := newFlags("aggregate", "[flags] FILE", aggregateAbout, aggregateExamples)
	out := fs.String("o", "", "write the lines to this `file` (default standard output)")
	maxGap := fs.Int("max-gap", 0, "merge periods at most this many `days` apart (0: only overlapping or touching periods)")
	mergeFictive := fs.Bool("merge-fictive", false, "merge the postings of fictive numbers too")
	sf := addSourceFlags(fs)
	files, code, ok := fs.parse(e, args)
	if !ok {
		return code
	}
	if len(files) != 1 {
		return e.usageError("aggregate", "want one FILE, got %d", len(files))
	}
	if *maxGap < 0 {
		return e.usageError("aggregate", "--max-gap: want 0 or more days")
	}
	opts := siu.AggregateOptions{MaxGapDays: *maxGap, MergeFictive: *mergeFictive}
	postings, readErrs, code := readPostings(e, "aggregate", files[0], sf)
	if code == exitUsage {
		return code
	}
	if len(readErrs) > 0 {
		writeReadErrors(e.stderr, files[0], readErrs)
		e.errorf("aggregate", "nothing written: correct the postings that cannot be read and run again")
		return exitFail
	}
	lines, err := siu.Aggregate(postings, opts)
	if err != nil {
		return e.usageError("aggregate", "%v", err)
	}
	if err := writeOutput(e, *out, func(w io.Writer) error { return writeLinesCSV(w, lines) }); err != nil {
		e.errorf("aggregate", "%v", err)
		return exitFail
	}
	msg := e.stdout
	if toStdout(*out) {
		msg = e.stderr
	}
	fmt.Fprintf(msg, "%d %s in, %d %s out", len(postings), plural(len(postings), "posting", "postings"), len(lines), plural(len(lines), "line", "lines"))
	if !toStdout(*out) {
		fmt.Fprintf(msg, ", written to %s", *out)
	}
	fmt.Fprintln(msg)
	return exitOK
}

// readPostings reads every posting of a CSV or XLSX file. Postings that do
// not read are returned as read errors; a usage problem returns exitUsage.
func readPostings(e *env, cmd, path string, sf *sourceFlags) ([]siu.Posting, []*source.Error, int) {
	in, code := openSource(e, cmd, path, sf)
	if in == nil {
		return nil, nil, code
	}
	defer in.Close()
	if in.format != source.CSV && in.format != source.XLSX {
		return nil, nil, e.usageError(cmd, "%s: postings are read from CSV or XLSX, not %s", in.name, in.format)
	}
	if in.src == nil {
		return nil, []*source.Error{in.fatal}, exitFail
	}
	var ps []siu.Posting
	var errs []*source.Error
	for p, err := range in.src.Postings() {
		if err != nil {
			errs = append(errs, err.(*source.Error))
			continue
		}
		ps = append(ps, p.Posting)
	}
	return ps, errs, exitOK
}

// writeLinesCSV writes lines in csvformat's Danish CSV.
func writeLinesCSV(w io.Writer, lines []siu.Line) error {
	cw := csvformat.NewWriter(w)
	for _, l := range lines {
		if err := cw.WriteLine(l); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
