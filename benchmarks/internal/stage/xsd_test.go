//go:build cgo

package stage

import (
	"bytes"
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
	var out bytes.Buffer
	res, err := Pipeline(bytes.NewReader(csv.Bytes()), h, &out)
	if err != nil {
		t.Fatal(err)
	}
	postings := make([]siu.Posting, len(lines))
	for i, l := range lines {
		postings[i] = siu.Posting{PsrID: l.PsrID, Account: l.Account, Amount: l.Amount, Start: l.Start, End: l.End}
	}
	agg, err := siu.Aggregate(postings, siu.AggregateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	tally := Validate(h, slices.Values(agg))
	want := PipelineResult{Postings: testLines, Lines: len(agg), Findings: tally.Findings, Errors: tally.Errors}
	if res != want {
		t.Errorf("Pipeline = %+v, want %+v", res, want)
	}
	var file bytes.Buffer
	if _, err := Encode(&file, h, slices.Values(agg)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), file.Bytes()) {
		t.Error("the pipeline wrote another file than encoding the aggregated lines")
	}
	// A CSV file with a bad amount stops the pipeline with an error.
	bad := bytes.Replace(csv.Bytes(), []byte(";"), []byte(";;"), 3)
	if _, err := Pipeline(bytes.NewReader(bad), h, nil); err == nil {
		t.Error("Pipeline read a CSV file with broken lines")
	}
}
