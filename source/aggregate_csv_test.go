package source_test

import (
	"context"
	"strings"
	"testing"

	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

// Two touching invoices of one (fictive, so --merge-fictive) citizen on one account become one line,
// written in the form Excel keeps as text, and read back.
func TestAggregationWriteCSV(t *testing.T) {
	in := "CPR;Konto;Beløb;Startdato;Slutdato\n" +
		"230191-9998;5.38.50.1 4.7;1.000,00;01-01-2025;31-01-2025\n" +
		"230191-9998;5.38.50.1 4.7;500,50;01-02-2025;28-02-2025\n" +
		"230191-9998;5.38.50.1 7.2;-100,00;01-01-2025;31-01-2025\n"
	src, err := source.Open(strings.NewReader(in), "postings.csv", source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	agg, err := source.Aggregate(context.Background(), src, siu.AggregateOptions{MergeFictive: true}, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer agg.Close()
	var b strings.Builder
	n, err := agg.WriteCSV(&b)
	if err != nil || n != 2 {
		t.Fatalf("WriteCSV: %d lines, %v; want 2", n, err)
	}
	for _, want := range []string{"230191-9998;5.38.50.1 4.7;1500,50;01-01-2025;28-02-2025", "230191-9998;5.38.50.1 7.2;-100,00;01-01-2025;31-01-2025"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("WriteCSV lacks %q:\n%s", want, b.String())
		}
	}
	back, err := source.Open(strings.NewReader(b.String()), "lines.csv", source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer back.Close()
	if lines, errs := source.ReadLines(back); len(lines) != 2 || len(errs) != 0 {
		t.Errorf("read back %d lines, %v", len(lines), errs)
	}
}
