//go:build cgo

package stage

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/siukit/siukit/siu"
)

// TestPipeline runs the pipeline over the CSV form of generated lines and
// checks what it did, and that the file it wrote is the encoding of the
// aggregated lines.
func TestPipeline(t *testing.T) {
	h, lines := testData(t)
	var csv bytes.Buffer
	if n, err := WriteCSV(&csv, slices.Values(lines)); err != nil || n != testLines {
		t.Fatalf("WriteCSV: %d lines, %v", n, err)
	}
	if n, err := ReadCSV(bytes.NewReader(csv.Bytes())); err != nil || n != testLines {
		t.Fatalf("ReadCSV: %d postings, %v; want %d", n, err, testLines)
	}
	postings := make([]siu.Posting, len(lines))
	for i, l := range lines {
		postings[i] = siu.Posting{PsrID: l.PsrID, Account: l.Account, Amount: l.Amount, Start: l.Start, End: l.End}
	}
	for _, opts := range []siu.AggregateOptions{MergedOptions(), {}, {MergeFictive: true, MemoryBudget: 1, TempDir: t.TempDir()}} {
		out := filepath.Join(t.TempDir(), "siu.xml")
		res, err := Pipeline(bytes.NewReader(csv.Bytes()), h, out, opts)
		if err != nil {
			t.Fatal(err)
		}
		agg, err := siu.Aggregate(postings, opts)
		if err != nil {
			t.Fatal(err)
		}
		tally := Validate(h, slices.Values(agg))
		want := PipelineResult{Postings: testLines, Lines: len(agg), Runs: res.Runs, Findings: tally.Findings, Errors: tally.Errors}
		if res != want || (opts.MemoryBudget == 1) != (res.Runs > 0) {
			t.Errorf("Pipeline(%+v) = %+v, want %+v", opts, res, want)
		}
		if opts.MergeFictive && len(agg) > testLines/2 {
			t.Errorf("MergeFictive: %d postings gave %d lines; want the generated stays merged", testLines, len(agg))
		}
		var file bytes.Buffer
		if _, err := Encode(&file, h, slices.Values(agg)); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, file.Bytes()) {
			t.Error("the pipeline wrote another file than encoding the aggregated lines")
		}
	}
	// A CSV file with a bad amount stops the pipeline with an error.
	bad := bytes.Replace(csv.Bytes(), []byte(";"), []byte(";;"), 3)
	if _, err := Pipeline(bytes.NewReader(bad), h, filepath.Join(t.TempDir(), "bad.xml"), MergedOptions()); err == nil {
		t.Error("Pipeline read a CSV file with broken lines")
	}
}
