package csvformat

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"

	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

func TestHeaderBelowTitleRows(t *testing.T) {
	in := "Udtræk fra økonomisystemet, 2025\r\n" +
		"\r\n" +
		"Kommune 461;;;;\r\n" +
		"CPR;Konto;Beløb;Startdato;Slutdato\r\n" +
		"0107809998;5385010000000040;1.250,00;01-07-2025;31-07-2025\r\n"
	r := NewReader(strings.NewReader(in))
	got := readAll(t, r)
	want := []result{{Line: 5, Record: rec("0107809998", "5385010000000040", "1250.00", "2025-07-01", "2025-07-31")}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
	h, _ := r.Header()
	if h.Line != 4 || !equalInts(h.Skipped, []int{1, 3}) || h.Comma != ';' {
		t.Errorf("header = %+v, want line 4, comma ';', lines 1 and 3 skipped", h)
	}
}

func TestHeaderBelowTitleRowsXLSX(t *testing.T) {
	data := makeWorkbook(t, false, [][]any{
		{"Posteringer 2025"},
		{"Udtrukket 01-03-2025", nil, "side 1"},
		{},
		{"CPR", "Konto", "Beløb", "Startdato", "Slutdato"},
		{"0107809998", "5385010000000040", 100, day(2025, 1, 1), day(2025, 1, 31)},
	})
	r, err := OpenXLSX(bytes.NewReader(data), "")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	got := readAll(t, r)
	want := []result{{Line: 5, Record: rec("0107809998", "5385010000000040", "100.00", "2025-01-01", "2025-01-31")}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
	if h, _ := r.Header(); h.Line != 4 || !equalInts(h.Skipped, []int{1, 2}) {
		t.Errorf("header = %+v, want row 4 with rows 1 and 2 skipped", h)
	}

	// Named by HeaderRow: row 2 does not name the columns.
	r, err = OpenXLSX(bytes.NewReader(data), "")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	r.HeaderRow = 2
	_, err = r.Read()
	for _, want := range []string{"row 2", "no CPR column", "--header-row 2", "name it with --sheet", `"Poster"`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("HeaderRow 2: error %v does not say %q", err, want)
		}
	}

	// A sheet that is not there: the hint lists the sheets.
	_, err = OpenXLSXWith(bytes.NewReader(data), XLSXOptions{Sheet: "Ark2", Flags: Flags{Sheet: "-s"}})
	if !errors.Is(err, ErrSheet) || !strings.Contains(err.Error(), `name one of the workbook's sheets with -s: "Ark1", "Poster"`) {
		t.Errorf("OpenXLSXWith(Ark2) = %v", err)
	}
}

func TestHeaderRow(t *testing.T) {
	in := "CPR;Konto;Beløb;Startdato;Slutdato\n" + // a header that is not the one to use
		"Posteringer\n" +
		"PsrID;Account;Amount;Start;End\n" +
		"0107809998;5385010000000040;1.250,00;01-07-2025;31-07-2025\n"
	r := NewReader(strings.NewReader(in))
	r.HeaderRow = 3
	got := readAll(t, r)
	if len(got) != 1 || got[0].Err != "" || got[0].Line != 4 {
		t.Fatalf("got %+v, want one record on line 4", got)
	}
	if h, _ := r.Header(); h.Line != 3 || !equalInts(h.Skipped, []int{1, 2}) || h.Names[0] != "PsrID" {
		t.Errorf("header = %+v", h)
	}

	tests := []struct {
		name      string
		in        string
		headerRow int
		flags     Flags
		want      []string
	}{
		{"named line is a title", in, 2, Flags{}, []string{"line 2", "no CPR column", "the header must be in line 2 (--header-row 2)"}},
		{"named line is blank", "\n\nCPR;Konto;Beløb;Start;Slut\n", 1, Flags{}, []string{"line 1 is blank"}},
		{"named line after the end", "CPR;Konto;Beløb;Start;Slut\n", 9, Flags{}, []string{"no line 9"}},
		{"not within the first rows", strings.Repeat("titel\n", HeaderSearchRows) + "CPR;Konto;Beløb;Start;Slut\n", 0, Flags{},
			[]string{"line 1", "within the first 20 lines", "give its line number with --header-row"}},
		{"the flag's own name", "x;y\n", 0, Flags{HeaderRow: "-H"}, []string{"give its line number with -H"}},
		{"best candidate", "Tekst\nCPR;Konto;Beløbstype;Start;Slut\nNavn;Adresse\n", 0, Flags{},
			[]string{"line 2", "no Beløb column"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tt.in))
			r.HeaderRow, r.Flags = tt.headerRow, tt.flags
			_, err := r.Read()
			var pe *ParseError
			if !errors.As(err, &pe) || !pe.Fatal || !errors.Is(err, ErrMissingColumn) {
				t.Fatalf("Read = %v, want a fatal ErrMissingColumn", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
	// Found at the last row searched.
	r = NewReader(strings.NewReader(strings.Repeat("titel\n", HeaderSearchRows-1) + "CPR;Konto;Beløb;Start;Slut\n"))
	if _, err := r.Read(); err != io.EOF {
		t.Errorf("header on line %d: Read = %v, want io.EOF", HeaderSearchRows, err)
	}
}

func TestColumnNamesWithUnits(t *testing.T) {
	tests := []struct {
		name string
		want field // -1: no column
	}{
		{"Beløb (kr.)", fieldAmount},
		{"Beløb i kr", fieldAmount},
		{"Beløb, kr.", fieldAmount},
		{"Beløb DKK", fieldAmount},
		{"Beløb [DKK]", fieldAmount},
		{"BELØB I KR.", fieldAmount},
		{"Amount (DKK)", fieldAmount},
		{"CPR-nr.", fieldPsrID},
		{"Startdato (dd-mm-åååå)", fieldStart},
		{"Slutdato (dd-mm-åååå)", fieldEnd},
		{"Kontonr. (16 cifre)", fieldAccount},
		{"Beløbstype", -1},
		{"Beløb type", -1},
		{"Beløb i alt", -1},
		{"kr", -1},
		{"(kr.)", -1},
		{"Kontotype", -1},
		{"Startdatoer", -1},
		{"DKK", -1},
	}
	for _, tt := range tests {
		f, ok := columnOf(tt.name)
		if !ok {
			f = -1
		}
		if f != tt.want {
			t.Errorf("columnOf(%q) = %d, want %d", tt.name, f, tt.want)
		}
	}

	in := "CPR-nr.;Konto;Beløbstype;Beløb (kr.);Startdato (dd-mm-åååå);Slutdato (dd-mm-åååå)\n" +
		"0107809998;5385010000000040;Faktura;1.250,00;01-07-2025;31-07-2025\n"
	r := NewReader(strings.NewReader(in))
	got, err := r.Read()
	if err != nil || got != rec("0107809998", "5385010000000040", "1250.00", "2025-07-01", "2025-07-31") {
		t.Errorf("Read = %+v, %v", got, err)
	}
	if h, _ := r.Header(); len(h.Ignored) != 1 || h.Ignored[0] != "Beløbstype" {
		t.Errorf("ignored = %q, want [Beløbstype]", h.Ignored)
	}
}

func TestLineEnds(t *testing.T) {
	lines := []string{
		"CPR;Konto;Beløb;Startdato;Slutdato;Tekst",
		"0107809998;5385010000000040;1,00;01-07-2025;31-07-2025;a",
		"",
		`0107809999;5385010000000040;2,00;01-07-2025;31-07-2025;"to` + "\r" + `linjer"`,
		"0107809997;5385010000000040;3,00;01-07-2025;31-07-2025;c",
	}
	want := []result{
		{Line: 2, Record: rec("0107809998", "5385010000000040", "1.00", "2025-07-01", "2025-07-31")},
		{Line: 4, Record: rec("0107809999", "5385010000000040", "2.00", "2025-07-01", "2025-07-31")},
		{Line: 6, Record: rec("0107809997", "5385010000000040", "3.00", "2025-07-01", "2025-07-31")},
	}
	mixed := lines[0] + "\r" + lines[1] + "\r\n" + lines[2] + "\n" + lines[3] + "\r\n" + lines[4] + "\r"
	for name, in := range map[string]string{
		"CR":                    strings.Join(lines, "\r") + "\r",
		"LF":                    strings.Join(lines, "\n") + "\n",
		"CRLF":                  strings.Join(lines, "\r\n") + "\r\n",
		"mixed":                 mixed,
		"CR, no final line end": strings.Join(lines, "\r"),
	} {
		for _, oneByte := range []bool{false, true} {
			var src io.Reader = strings.NewReader(in)
			if oneByte { // CR and LF of one line end in different reads
				src = iotest.OneByteReader(src)
			}
			got := readAll(t, NewReader(src))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s (one byte a read: %v): (-want +got):\n%s", name, oneByte, diff)
			}
		}
	}
}

func TestDecimalHintNamesTheFlag(t *testing.T) {
	in := "CPR;Konto;Beløb;Start;Slut\nx;y;1.250;;\n"
	for _, tt := range []struct {
		flags Flags
		want  string
	}{
		{Flags{}, "use --decimal , when the file's amounts have a decimal comma (1.250,00), or --decimal . when"},
		{Flags{Decimal: "-d"}, "use -d , when"},
	} {
		r := NewReader(strings.NewReader(in))
		r.Flags = tt.flags
		_, err := r.Read()
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, ErrAmbiguousAmount) || !strings.Contains(pe.Hint, tt.want) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Read = %v, want an ErrAmbiguousAmount with the hint %q", err, tt.want)
		}
		if strings.Contains(err.Error(), "Reader.Decimal") {
			t.Errorf("message %q names the Go field", err)
		}
	}
}

func TestDateMessages(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1. marts 2025", `"1. marts 2025" is not a date (want dd-mm-åååå, e.g. 01-03-2025)`},
		{"marts 2025", `is not a date (want dd-mm-åååå, e.g. 01-03-2025)`},
		{"Tirsdag", `is not a date (want dd-mm-åååå, e.g. 01-03-2025)`},
		{"01-03-2025 kl. 12", `is not a date (want dd-mm-åååå`},
		{"30-02-2025", `"30-02-2025": no such day: February 2025 has 28 days`},
		{"29-02-2024", ""},
		{"31-04-2025", `no such day: April 2025 has 30 days`},
		{"01-13-2025", `no such day: there is no month 13`},
		{"01-03-25", `the year must have four digits (want dd-mm-åååå`},
		{"2025-07-01 12:00", `has a time of day other than midnight`},
		{"30-02-2025 12:00", `no such day`},
	}
	for _, tt := range tests {
		_, err := appendDate(nil, tt.in)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("appendDate(%q) = %v", tt.in, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("appendDate(%q) = %v, want %q", tt.in, err, tt.want)
		}
	}
}

// TestAccountMessage checks that an account in a printed form that does
// not parse is reported with kontoplan's error, which names the part.
func TestAccountMessage(t *testing.T) {
	in := "CPR;Konto;Beløb;Start;Slut\n0107809998;5.38.42 4.0;1,00;01-03-2025;31-03-2025\n"
	_, err := NewReader(strings.NewReader(in)).ReadLine()
	var kerr *kontoplan.ParseError
	if !errors.As(err, &kerr) || !errors.Is(err, siu.ErrMalformed) {
		t.Fatalf("ReadLine = %v, want kontoplan's ParseError that also matches siu.ErrMalformed", err)
	}
	if !strings.Contains(err.Error(), "invalid account: kontoplan: ") || strings.Contains(err.Error(), "16 digits") {
		t.Errorf("message %q does not give kontoplan's reason", err)
	}
}

func TestLostLeadingZero(t *testing.T) {
	in := "CPR;Konto;Beløb;Start;Slut\n" +
		"0107809998;5385010000000040;1,00;01-03-2025;31-03-2025\n" +
		"107809998;5385010000000040;1,00;01-03-2025;31-03-2025\n" +
		"107809999;5385010000000040;1,00;01-03-2025;31-03-2025\n"
	r := NewReader(strings.NewReader(in))
	for i, want := range []string{"0107809998", "107809998", "107809999"} {
		got, err := r.Read()
		if err != nil || got.PsrID != want {
			t.Fatalf("record %d: %+v, %v; want the CPR field %s as it is (no guess)", i, got, err, want)
		}
	}
	wantHints := []Hint{{Line: 3, Column: 1, Name: "CPR", Text: HintLostZero}}
	if diff := cmp.Diff(wantHints, r.Hints()); diff != "" {
		t.Errorf("hints (-want +got):\n%s", diff)
	}
	checkNoCPR(t, r.Hints()[0].String())

	r = NewReader(strings.NewReader(in))
	_, _ = r.ReadLine()
	_, err := r.ReadLine()
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Hint != HintLostZero || !strings.Contains(err.Error(), "lost its leading zero") {
		t.Errorf("ReadLine = %v, want an error with the hint %q", err, HintLostZero)
	}
	checkNoCPR(t, err.Error())

	// The same in XLSX, where a number cell holds the nine digits.
	data := makeWorkbook(t, false, [][]any{
		{"CPR", "Konto", "Beløb", "Start", "Slut"},
		{107809998, "5385010000000040", 1, day(2025, 3, 1), day(2025, 3, 31)},
	})
	x, err := OpenXLSX(bytes.NewReader(data), "")
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	_, err = x.ReadLine()
	if !errors.As(err, &pe) || pe.Hint != HintLostZero || pe.Cell != "A2" {
		t.Errorf("XLSX ReadLine = %v, want an error in A2 with the hint", err)
	}
	if h := x.Hints(); len(h) != 1 || h[0].Cell != "A2" || h[0].Sheet != "Ark1" {
		t.Errorf("XLSX hints = %+v", h)
	}
}
