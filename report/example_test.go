package report_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/sample"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

// Build reads a file once and returns the page; WriteHTML writes it as one
// self-contained HTML file.
func ExampleBuild() {
	src, err := source.Open(bytes.NewReader(sample.PostingsCSV()), sample.PostingsFile, source.Options{})
	if err != nil {
		panic(err)
	}
	defer src.Close()
	page, err := report.Build(src, sample.Header(siu.AreaSamlet), report.Options{
		Lang:     "en",
		Validate: siu.ValidateOptions{Today: civil.MustParse("2026-03-02")},
	})
	if err != nil {
		panic(err)
	}
	if err := page.WriteHTML(io.Discard); err != nil { // os.Create("report.html") in a program
		panic(err)
	}
	fmt.Println(page.Lines, "lines;", page.Tally.Errors, "errors,", page.Tally.Warnings, "warnings; deliverable:", page.Deliverable())
	fmt.Println(page.Rules[0].Code, page.Rules[0].Severity, page.Rules[0].Items[0].Pos)
	// Output:
	// 3010 lines; 6 errors, 2812 warnings; deliverable: false
	// SIU-BEL-002 error 468
}

// The municipality's answers to yellow marks are matched by the line's
// identity, never its number, so they survive a re-export.
func ExampleReadAnswers() {
	const answers = "Regel;CPR;Konto;Start;Slut;Kommentar\n" +
		"SIU-BEL-004;230191-9998;5.38.42.1 4.0;01-02-2025;28-02-2025;Kreditnota for januar\n"
	const lines = "CPR;Konto;Beløb;Startdato;Slutdato\n" +
		"230191-9998;5.38.42.1 4.0;24.850,00;01-01-2025;31-01-2025\n" +
		"230191-9998;5.38.42.1 4.0;-1.250,00;01-02-2025;28-02-2025\n"
	a, err := report.ReadAnswers(strings.NewReader(answers), report.AnswersOptions{})
	if err != nil {
		panic(err)
	}
	src, _ := source.Open(strings.NewReader(lines), "lines.csv", source.Options{})
	h := siu.Header{Municipality: 461, Year: 2025, Area: siu.AreaVoksen}
	r, answered := report.Validate(src, h, siu.ValidateOptions{Today: civil.MustParse("2026-03-02"), SkipEnvelope: true}, a)
	for _, f := range r.Findings {
		if ans, ok := answered.Lookup(f); ok {
			fmt.Printf("line %d %s: answered %q\n", r.Pos(f.Line), f.Code, ans.Comment)
		}
	}
	fmt.Println(len(a.Unused()), "unused")
	// Output:
	// line 3 SIU-BEL-004: answered "Kreditnota for januar"
	// 0 unused
}

// WriteText writes the validation report 'siu validate' prints.
func ExampleWriteText() {
	const lines = "CPR;Konto;Beløb;Startdato;Slutdato\n" +
		"230191-9998;5.38.42.1 4.0;24.850,00;01-01-2025;\n"
	src, _ := source.Open(strings.NewReader(lines), "lines.csv", source.Options{})
	h := siu.Header{Municipality: 461, Year: 2025, Area: siu.AreaVoksen}
	r := source.Validate(src, h, siu.ValidateOptions{Today: civil.MustParse("2026-03-02"), SkipEnvelope: true})
	report.WriteText(os.Stdout, r, report.TextOptions{})
	// Output:
	// lines.csv (CSV): 1 line checked; municipality 461, budget year 2025, area VOKSEN
	// Findings: 1 error, 0 warnings, 0 info
	//
	// By rule:
	//   CODE         SEVERITY  COUNT  RULE
	//   SIU-PER-001  error     1      Start or end date missing
	//
	// Errors (1):
	//   LINE  FIELD     CODE         MESSAGE
	//   2     SLUTDATO  SIU-PER-001  The end date is missing; every expense needs one.
	//
	// Result: NOT deliverable: 1 error. DST rejects a delivery with errors: correct them and run again.
}
