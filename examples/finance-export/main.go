package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
	"github.com/siukit/siukit/xmlformat/xsd"
)

// export is what a finance system's "Export to Excel (CSV)" gives: Danish
// headers, ';', decimal comma with thousands dots, dd-mm-yyyy, and columns
// SIU does not need (Bilag, Tekst). The citizens are anonymous women at a
// kvindekrisecenter and men at a herberg (5.38.42, SEL §§ 109-110), with
// SIU's fictive numbers: birth date + 9998 (woman) or 9999 (man).
const export = `Bilag;CPR-nummer;Kontonummer;Tekst;Beløb;Fra dato;Til dato
90001;150685-9998;5.38.42.1 4.0;Krisecenter, uge 10-11;9.800,00;02-03-2025;15-03-2025
90002;150685-9998;5.38.42.1 4.0;Krisecenter, uge 12;4.900,00;16-03-2025;22-03-2025
90003;150685-9998;5.38.42.1 7.2;Egenbetaling;-1.050,00;02-03-2025;22-03-2025
90004;030372-9999;5.38.42.1 4.7;Herberg, januar;18.600,00;01-01-2025;31-01-2025
90005;030372-9999;5.38.42.1 4.7;Herberg, februar;16.800,00;01-02-2025;28-02-2025
90006;030372-9999;5.38.42.1 4.7;Kreditnota, februar;-1.200,00;01-02-2025;28-02-2025
`

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "finance-export:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, args []string) error {
	var in io.Reader = strings.NewReader(export)
	out := filepath.Join(os.TempDir(), "siu-461-2025-voksen.xml")
	if len(args) > 0 && args[0] != "" {
		f, err := os.Open(args[0])
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	if len(args) > 1 {
		out = args[1]
	}

	// 1. Read the postings. Every error names its line and column, and
	// never shows a CPR number.
	r := csvformat.NewReader(in)
	var postings []siu.Posting
	var readErrs []error
	for p, err := range r.Postings() {
		if err != nil {
			readErrs = append(readErrs, err)
			continue
		}
		postings = append(postings, p)
	}
	if len(readErrs) > 0 {
		return fmt.Errorf("the export has %d postings that cannot be read: %w", len(readErrs), errors.Join(readErrs...))
	}

	// 2. Sum each citizen's invoices per account into lines (DST allows
	// it; the dates still cover the real expense period). These citizens
	// have fictive numbers, and each number here is one person, so the
	// postings of fictive numbers are merged too.
	lines, err := siu.Aggregate(postings, siu.AggregateOptions{MergeFictive: true})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%d postings, %d lines\n", len(postings), len(lines))
	for _, l := range lines {
		fmt.Fprintf(w, "  %v %s %10s %s\n", l.PsrID, l.Account, l.Amount.StringFixed(2), l.Period())
	}

	// 3. Validate the delivery.
	d := siu.Delivery{
		Header: siu.Header{
			Municipality: 461, Year: 2025, Area: siu.AreaVoksen, Test: true,
			Created:     time.Date(2026, time.March, 2, 9, 15, 0, 0, time.FixedZone("CET", 3600)),
			Description: "SIU 2025 voksen",
			System:      siu.System{Name: "Eksempel Økonomi", Version: "12.4"},
			Contact:     siu.Contact{Identifier: "Økonomiafdelingen", Email: "siu@kommune.example"},
		},
		Lines: lines,
	}
	findings := siu.Validate(d, siu.ValidateOptions{Today: civil.MustParse("2026-03-02")})
	errs := 0
	for _, f := range findings {
		fmt.Fprintf(w, "  %s\n", f)
		if f.Severity == siu.Error {
			errs++
		}
	}
	fmt.Fprintf(w, "%d findings, %d errors\n", len(findings), errs)
	if errs > 0 {
		return fmt.Errorf("not delivered: %d errors", errs)
	}

	// 4. Write the XML file and check it against the schema.
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := xmlformat.Encode(f, xmlformat.DefaultProfile(), d); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	schema, err := xsd.Default()
	if err != nil {
		return err
	}
	if err := schema.ValidateFile(out); err != nil {
		return err
	}
	fmt.Fprintf(w, "wrote %s (schema: valid)\n", filepath.Base(out))
	return nil
}
