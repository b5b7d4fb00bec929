package delivery_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/delivery"
	"github.com/siukit/siukit/siu"
)

// exampleHeader is the header of the examples' delivery.
var exampleHeader = siu.Header{
	Municipality: 461,
	Year:         2025,
	Area:         siu.AreaVoksen,
	Created:      time.Date(2026, 3, 2, 9, 15, 0, 0, time.FixedZone("CET", 3600)),
	Description:  "SIU 2025 voksne",
	System:       siu.System{Name: "Sagssystem", Version: "4.2"},
	Contact:      siu.Contact{Identifier: "Økonomi", Email: "siu@kommune.example"},
}

// records yields the examples' records, as a vendor's own reader would.
func records(yield func(siu.Record, error) bool) {
	recs := []siu.Record{
		{PsrID: "0101801234", Account: "5385010000000040", Amount: "24850.00", Start: "2025-01-01", End: "2025-01-31"},
		{PsrID: "0101801234", Account: "5385010000000072", Amount: "-1250.50", Start: "2025-01-01", End: "2025-01-31"},
	}
	for _, r := range recs {
		if !yield(r, nil) {
			return
		}
	}
}

// Write a delivery: validated, encoded, checked against the schema and
// renamed into place, reading the records once.
func ExampleWriteFile() {
	dir, err := os.MkdirTemp("", "siu-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "siu-461-2025-voksen.xml")

	opts := delivery.Options{Validate: siu.ValidateOptions{Today: civil.MustParse("2026-03-02")}}
	res, err := delivery.WriteFile(context.Background(), path, exampleHeader, records, opts)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("written: %v, lines: %d\n", res.Written, res.Lines)
	fmt.Printf("errors: %d, warnings: %d, infos: %d\n", res.Tally.Errors, res.Tally.Warnings, res.Tally.Infos)
	for _, f := range res.Findings {
		fmt.Println(f.Line, f.Code, f.Severity)
	}
	// Output:
	// written: true, lines: 2
	// errors: 0, warnings: 0, infos: 2
	// 1 SIU-PSR-005 info
	// 2 SIU-PSR-005 info
}

// A delivery with an error finding is not written, and that is not an
// error: the findings say why. Here they stream to Report as they are found.
func ExampleWriteFile_refused() {
	dir, err := os.MkdirTemp("", "siu-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "siu-461-2025-voksen.xml")

	late := func(yield func(siu.Record, error) bool) {
		yield(siu.Record{PsrID: "0101801234", Account: "5385010000000040", Amount: "100.00", Start: "2025-03-31", End: "2025-03-01"}, nil)
	}
	opts := delivery.Options{Validate: siu.ValidateOptions{
		Today: civil.MustParse("2026-03-02"),
		Report: func(f siu.Finding) {
			if f.Severity == siu.Error {
				fmt.Println(f)
			}
		},
	}}
	res, err := delivery.WriteFile(context.Background(), path, exampleHeader, late, opts)
	if err != nil {
		log.Fatal(err)
	}
	_, statErr := os.Stat(path)
	fmt.Printf("written: %v, errors: %d, file exists: %v\n", res.Written, res.Tally.Errors, statErr == nil)
	// Output:
	// line 1 SLUTDATO: SIU-PER-003 error: The end date 2025-03-01 is before the start date 2025-03-31.
	// written: false, errors: 1, file exists: false
}

// Check a delivery file against the schema and the rules. An *os.File is
// read twice through its descriptor; standard input, a pipe or a network
// stream would be copied once into a private temporary file.
func ExampleCheck() {
	dir, err := os.MkdirTemp("", "siu-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "siu-461-2025-voksen.xml")
	vopts := siu.ValidateOptions{Today: civil.MustParse("2026-03-02")}
	if _, err := delivery.WriteFile(context.Background(), path, exampleHeader, records, delivery.Options{Validate: vopts}); err != nil {
		log.Fatal(err)
	}

	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	res, err := delivery.Check(context.Background(), f, delivery.CheckOptions{Validate: vopts})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("municipality %d, year %d, area %v\n", res.Header.Municipality, res.Header.Year, res.Header.Area)
	fmt.Printf("schema valid: %v, lines: %d, errors: %d, valid: %v\n", res.SchemaValid, res.Lines, res.Tally.Errors, res.Valid())
	// Output:
	// municipality 461, year 2025, area VOKSEN
	// schema valid: true, lines: 2, errors: 0, valid: true
}
