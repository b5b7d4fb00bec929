package csvformat_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// Read a finance system's export as Danish Excel saves it: ';' between
// fields, decimal comma and thousands dots, Danish dates, an extra column.
func ExampleReader() {
	export := "CPR-nummer;Kontostreng;Beløb;Fra;Til;Tekst\r\n" +
		"0107809998;5385010000000040;24.850,00;01-07-2025;30-06-2026;Forsikring\r\n" +
		";;;;;\r\n" +
		"1234569998;538501-72;-1.250,50;1.1.2025;31.1.2025;Egenbetaling\r\n" +
		"1234569998;538501-72;1.250,00;31-02-2025;28-02-2025;Februar\r\n"

	r := csvformat.NewReader(strings.NewReader(export))
	for rec, err := range r.Records() {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("line %d: %s %s %s %s\n", r.Line(), rec.Account, rec.Amount, rec.Start, rec.End)
	}
	h, _ := r.Header()
	fmt.Println("ignored columns:", h.Ignored)
	// Output:
	// line 2: 5385010000000040 24850.00 2025-07-01 2026-06-30
	// line 4: 5385010000000072 -1250.50 2025-01-01 2025-01-31
	// error: line 5, column 4 (Fra): invalid date: "31-02-2025": no such day: February 2025 has 28 days
	// ignored columns: [Tekst]
}

// Every error names the line and the column, and can be told apart with
// errors.Is; none repeats a CPR number.
func ExampleParseError() {
	export := "CPR;Konto;Beløb;Startdato;Slutdato\n" +
		"010780-9998;5385010000000040;010780-9998;01-07-2025;31-07-2025\n"
	_, err := csvformat.NewReader(strings.NewReader(export)).Read()
	var pe *csvformat.ParseError
	if errors.As(err, &pe) && errors.Is(err, csvformat.ErrAmount) {
		fmt.Println(pe.Line, pe.Column, pe.Name)
		fmt.Println(err)
	}
	// Output:
	// 2 3 Beløb
	// line 2, column 3 (Beløb): invalid amount: the value (not shown: ten digits or more) holds the character '-'; want digits, an optional sign, a decimal mark and thousands separators
}

// Write lines for a spreadsheet: Excel opens the file with the right
// columns, decimal commas and Danish dates, and keeps the CPR numbers and
// accounts as text. (The file starts with a UTF-8 byte order mark and ends
// its lines with CRLF; the example shows it without them.)
func ExampleWriter() {
	var file bytes.Buffer
	w := csvformat.NewWriter(&file)
	_ = w.WriteLine(siu.Line{
		PsrID:   cpr.MustParse("0107809998"),
		Account: kontoplan.MustParse("5385010000000040"),
		Amount:  decimal.RequireFromString("24850"),
		Start:   civil.MustParse("2025-07-01"),
		End:     civil.MustParse("2026-06-30"),
	})
	_ = w.Write(siu.Record{PsrID: "1234569998", Account: "538501-72", Amount: "-1250.50", Start: "2025-01-01", End: "2025-01-31"})
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Println(err)
	}
	text := strings.TrimPrefix(file.String(), "\ufeff")
	fmt.Print(strings.ReplaceAll(text, "\r\n", "\n"))
	// Output:
	// CPR;Konto;Beløb;Startdato;Slutdato
	// 010780-9998;5.38.50.1 4.0;24850,00;01-07-2025;30-06-2026
	// 123456-9998;538501-72;-1250,50;01-01-2025;31-01-2025
}

// A file for a program rather than for people: Plain writes the CPR
// numbers and accounts as the lines hold them.
func ExampleWriter_plain() {
	var file bytes.Buffer
	w := csvformat.NewWriter(&file)
	w.Plain = true
	_ = w.Write(siu.Record{PsrID: "0107809998", Account: "5384210000000047", Amount: "100.00", Start: "2025-03-01", End: "2025-03-31"})
	w.Flush()
	text := strings.TrimPrefix(file.String(), "\ufeff")
	fmt.Print(strings.ReplaceAll(text, "\r\n", "\n"))
	// Output:
	// CPR;Konto;Beløb;Startdato;Slutdato
	// 0107809998;5384210000000047;100,00;01-03-2025;31-03-2025
}

// Read the first sheet of an XLSX workbook. Number and date cells are read
// from the values Excel stores, text cells like CSV fields.
func ExampleOpenXLSX() {
	// A workbook as a finance officer might make it.
	f := excelize.NewFile()
	for i, v := range []any{
		"CPR", "Konto", "Beløb", "Startdato", "Slutdato",
		"0107809998", "5385010000000040", 24850.5, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), "30-06-2026",
	} {
		cell, _ := excelize.CoordinatesToCellName(i%5+1, i/5+1)
		_ = f.SetCellValue("Sheet1", cell, v)
	}
	var file bytes.Buffer
	_ = f.Write(&file)

	r, err := csvformat.OpenXLSX(&file, "")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer r.Close()
	for rec, err := range r.Records() {
		fmt.Println(rec, err)
	}
	// Output:
	// {010780-**** 5385010000000040 24850.50 2025-07-01 2026-06-30} <nil>
}

// A sheet saved from a report: title rows above the header, units in the
// column names, an extra column "Beløbstype" that is not the amount, and
// an old Mac's CR line ends. The Reader finds the header and reports the
// title rows it skipped.
func ExampleReader_titleRows() {
	export := "Udtræk fra økonomisystemet\r" +
		"Kommune 461, 2025;;;;;\r" +
		"\r" +
		"CPR-nr.;Konto;Beløbstype;Beløb (kr.);Startdato (dd-mm-åååå);Slutdato (dd-mm-åååå)\r" +
		"0107809998;5.38.50.1 4.0;Faktura;24.850,00;01-07-2025;31-07-2025\r"

	r := csvformat.NewReader(strings.NewReader(export))
	for rec, err := range r.Records() {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("line %d: %s %s %s\n", r.Line(), rec.Account, rec.Amount, rec.Start)
	}
	h, _ := r.Header()
	fmt.Println("header on line", h.Line, "after the title lines", h.Skipped)
	fmt.Println("ignored columns:", h.Ignored)
	// Output:
	// line 5: 5385010000000040 24850.00 2025-07-01
	// header on line 4 after the title lines [1 2]
	// ignored columns: [Beløbstype]
}

// A CPR column that Excel stored as numbers has lost the leading zeros.
// The Reader does not guess them back: the record keeps the nine digits
// for the validator to report, and Hints says what happened, once.
func ExampleReader_Hints() {
	export := "CPR;Konto;Beløb;Startdato;Slutdato\n" +
		"107809998;5385010000000040;100,00;01-07-2025;31-07-2025\n" +
		"107809997;5385010000000040;200,00;01-07-2025;31-07-2025\n"

	r := csvformat.NewReader(strings.NewReader(export))
	n := 0
	for _, err := range r.Records() {
		if err == nil {
			n++
		}
	}
	fmt.Println(n, "records")
	for _, h := range r.Hints() {
		fmt.Println(h)
	}
	// Output:
	// 2 records
	// line 2, column 1 (CPR): the CPR column looks like it was stored as a number in Excel and lost its leading zero: store the column as text
}

// Hints in messages name the options of the program that reads the file:
// by default the siu command's flags, here a program's own.
func ExampleFlags() {
	export := "CPR;Konto;Beløb;Startdato;Slutdato\n" +
		"0107809998;5385010000000040;1.250;01-07-2025;31-07-2025\n"

	r := csvformat.NewReader(strings.NewReader(export))
	r.Flags = csvformat.Flags{Decimal: "-decimal-mark"}
	_, err := r.Read()
	var pe *csvformat.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Hint)
	}
	// Output:
	// use -decimal-mark , when the file's amounts have a decimal comma (1.250,00), or -decimal-mark . when they have a decimal point (1,250.00)
}

// A workbook beyond a limit is refused before it is parsed, with an error
// that names the limit and says how to go on.
func ExampleOpenXLSXWith() {
	f := excelize.NewFile()
	for i := 1; i <= 10; i++ {
		_ = f.SetCellValue("Sheet1", fmt.Sprintf("A%d", i), i)
	}
	var file bytes.Buffer
	_ = f.Write(&file)

	_, err := csvformat.OpenXLSXWith(&file, csvformat.XLSXOptions{Limits: csvformat.XLSXLimits{Cells: 5}})
	var le *csvformat.LimitError
	if errors.As(err, &le) {
		fmt.Println(le.Part, le.What, le.Limit)
	}
	fmt.Println(err)
	// Output:
	// xl/worksheets/sheet1.xml cells 5
	// input too large: xl/worksheets/sheet1.xml: more than 5 cells; save the sheet as CSV (semicolon separated) in Excel and read that file instead
}
