package source_test

import (
	"fmt"
	"strings"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

// A program reads a finance system's export, whatever its form, and says
// where in the file each record is.
func ExampleOpen() {
	export := "CPR;Konto;Beløb;Startdato;Slutdato\n" +
		"230191-9998;5.38.50.1 4.7;24.850,00;01-01-2025;31-01-2025\n" +
		"230191-9998;5.38.50.1 4.7;12a;01-01-2025;31-01-2025\n"
	src, err := source.Open(strings.NewReader(export), "postings.csv", source.Options{})
	if err != nil {
		panic(err)
	}
	defer src.Close()
	for rec, err := range src.Records() {
		if err != nil {
			e := err.(*source.Error)
			fmt.Println(src.Unit(), e.Line, "column", e.Column, "cannot be read")
			continue
		}
		fmt.Println(src.Unit(), rec.Pos, rec.Amount)
	}
	// Output:
	// line 2 24850.00
	// line 3 column 3 cannot be read
}

// Validate checks a file and places every finding in it.
func ExampleValidate() {
	export := "CPR;Konto;Beløb;Startdato;Slutdato\n" +
		"230191-9998;5.38.50.1 4.7;24.850,00;28-02-2025;01-02-2025\n"
	src, err := source.Open(strings.NewReader(export), "postings.csv", source.Options{})
	if err != nil {
		panic(err)
	}
	h := siu.Header{Municipality: 461, Year: 2025, Area: siu.AreaVoksen}
	// A spreadsheet's lines, checked before the file's envelope is known.
	opts := siu.ValidateOptions{Today: civil.MustParse("2026-03-02"), SkipEnvelope: true}
	r := source.Validate(src, h, opts)
	for _, f := range r.Findings {
		if f.Severity == siu.Error {
			fmt.Println(r.Unit, r.Pos(f.Line), f.Code, f.Field)
		}
	}
	fmt.Println("deliverable:", r.Deliverable())
	// Output:
	// line 2 SIU-PER-003 SLUTDATO
	// deliverable: false
}

func ExampleDetect() {
	fmt.Println(source.Detect("udtraek.XLSX", nil))
	fmt.Println(source.Detect("stdin", []byte("<?xml version=\"1.0\"?>")))
	fmt.Println(source.Detect("stdin", []byte("CPR;Konto;Beløb")))
	// Output:
	// xlsx
	// xml
	// csv
}
