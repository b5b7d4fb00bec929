package csvformat

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/siukit/siukit/siu"
)

// result is what reading one input gives, for comparison in tests.
type result struct {
	Line   int
	Record siu.Record
	Err    string // "" when no error
}

// readAll reads r to the end, guarding against a Reader that never ends.
func readAll(t testing.TB, r *Reader) []result {
	t.Helper()
	var out []result
	for i := 0; ; i++ {
		if i > 1_000_000 {
			t.Fatal("Read did not reach io.EOF")
		}
		rec, err := r.Read()
		if err == io.EOF {
			return out
		}
		res := result{Line: r.Line(), Record: rec}
		if err != nil {
			res.Err = err.Error()
		}
		out = append(out, res)
	}
}

func rec(psr, account, amount, start, end string) siu.Record {
	return siu.Record{PsrID: psr, Account: account, Amount: amount, Start: start, End: end}
}

func TestReadDanishExport(t *testing.T) {
	in := "\ufeffCPR-nummer;Kontostreng;Beløb;Fra;Til;Tekst\r\n" +
		"0107809998;5385010000000040;24.850,00;01-07-2025;30-06-2026;Forsikring\r\n" +
		"\r\n" +
		";;;;;\r\n" +
		"\"=\"\"1234569998\"\"\";538501-40;-1.250,50;1.1.2025;31.1.2025;\"Egenbetaling; januar\"\r\n" +
		" 0107809999 ; 5385010000000040 ; 1.250 ;2025-02-01;2025-02-28 00:00:00;\"to\r\nlinjer\"\r\n" +
		"0107809999;5385010000000040;;2025-03-01;;\r\n"
	r := NewReader(strings.NewReader(in))
	got := readAll(t, r)
	want := []result{
		{Line: 2, Record: rec("0107809998", "5385010000000040", "24850.00", "2025-07-01", "2026-06-30")},
		{Line: 5, Record: rec("1234569998", "5385010000000040", "-1250.50", "2025-01-01", "2025-01-31")},
		{Line: 6, Record: rec("0107809999", "5385010000000040", "1250.00", "2025-02-01", "2025-02-28")},
		{Line: 8, Record: rec("0107809999", "5385010000000040", "", "2025-03-01", "")},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
	h, err := r.Header()
	if err != nil {
		t.Fatal(err)
	}
	wantH := Header{Comma: ';', Line: 1, Names: []string{"CPR-nummer", "Kontostreng", "Beløb", "Fra", "Til", "Tekst"}, Ignored: []string{"Tekst"}}
	if diff := cmp.Diff(wantH, h); diff != "" {
		t.Errorf("header (-want +got):\n%s", diff)
	}
}

func TestReadSeparatorsAndEncodings(t *testing.T) {
	want := []result{{Line: 2, Record: rec("0107809998", "5385010000000040", "24850.00", "2025-07-01", "2025-07-31")}}
	header := "CPR;Konto;Beløb;Startdato;Slutdato\r\n"
	line := "0107809998;5385010000000040;24.850,00;01-07-2025;31-07-2025\r\n"
	semicolon := header + line
	win1252, err := charmap.Windows1252.NewEncoder().String(semicolon)
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(strings.ReplaceAll(semicolon, ";", "\t"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in string
		comma    rune
	}{
		{"semicolon", semicolon, ';'},
		{"semicolon with BOM", "\ufeff" + semicolon, ';'},
		{"windows-1252", win1252, ';'},
		{"tab", strings.ReplaceAll(semicolon, ";", "\t"), '\t'},
		{"comma", "CPR,Konto,Beløb,Startdato,Slutdato\n0107809998,5385010000000040,\"24.850,00\",01-07-2025,31-07-2025\n", ','},
		{"comma, english numbers", "CPR,Konto,Amount,Start,End\n0107809998,5385010000000040,\"24,850.00\",2025-07-01,2025-07-31\n", ','},
		{"utf-16 tab", utf16, '\t'},
		{"LF only", strings.ReplaceAll(semicolon, "\r\n", "\n"), ';'},
		{"no final newline", strings.TrimSuffix(semicolon, "\r\n"), ';'},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "windows-1252" && strings.Contains(tt.in, "ø") {
				t.Fatal("the test input is not Windows-1252")
			}
			r := NewReader(strings.NewReader(tt.in))
			got := readAll(t, r)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			h, err := r.Header()
			if err != nil || h.Comma != tt.comma || h.Names[2] != map[rune]string{',': h.Names[2], ';': "Beløb", '\t': "Beløb"}[tt.comma] {
				t.Errorf("header = %+v, %v; want comma %q and the name Beløb", h, err, tt.comma)
			}
		})
	}
}

func TestReadDecimalMarkLearned(t *testing.T) {
	in := "CPR;Konto;Beløb;Start;Slut\n" +
		"x;y;1.250;;\n" + // ambiguous: the file's mark is not known yet
		"x;y;1.250,00;;\n" + // shows the mark: ','
		"x;y;1.250;;\n" + // now 1250
		"x;y;2.5;;\n" // contradicts the mark
	got := readAll(t, NewReader(strings.NewReader(in)))
	if len(got) != 4 {
		t.Fatalf("got %d results, want 4: %+v", len(got), got)
	}
	if !strings.Contains(got[0].Err, "could be read with") || got[0].Line != 2 {
		t.Errorf("line 2: %+v, want an ambiguity error", got[0])
	}
	if got[1].Record.Amount != "1250.00" || got[2].Record.Amount != "1250.00" {
		t.Errorf("lines 3 and 4: %+v %+v, want 1250.00 twice", got[1], got[2])
	}
	if !strings.Contains(got[3].Err, "but the file uses") {
		t.Errorf("line 5: %+v, want a mark conflict", got[3])
	}

	r := NewReader(strings.NewReader(in))
	r.Decimal = '.'
	first, err := r.Read()
	if err != nil || first.Amount != "1.25" {
		t.Errorf("with Decimal '.': %+v, %v; want 1.25", first, err)
	}
}

func TestReadAfterRecordErrorGoesOn(t *testing.T) {
	in := "CPR;Konto;Beløb;Start;Slut\n" +
		"a;b;1,00;31-02-2025;\n" +
		"a;b;1,00;01-02-2025\n" +
		"a;b;1,00;01-02-2025;01-02-2025\n"
	r := NewReader(strings.NewReader(in))
	var lines []int
	var errs []error
	for rec, err := range r.Records() {
		lines = append(lines, r.Line())
		errs = append(errs, err)
		_ = rec
	}
	if diff := cmp.Diff([]int{2, 3, 4}, lines); diff != "" {
		t.Fatalf("lines (-want +got):\n%s", diff)
	}
	var pe *ParseError
	if !errors.As(errs[0], &pe) || !errors.Is(pe, ErrDate) || pe.Column != 4 || pe.Name != "Start" || pe.Fatal {
		t.Errorf("line 2: %#v, want a non-fatal date error in column 4 (Start)", errs[0])
	}
	if !errors.Is(errs[1], ErrFieldCount) {
		t.Errorf("line 3: %v, want ErrFieldCount", errs[1])
	}
	if errs[2] != nil {
		t.Errorf("line 4: %v", errs[2])
	}
}

func TestReadComma(t *testing.T) {
	in := "CPR|Konto|Beløb|Start|Slut\nx|y|1|01-01-2025|31-01-2025\n"
	r := NewReader(strings.NewReader(in))
	r.Comma = '|'
	got, err := r.Read()
	if err != nil || got != rec("x", "y", "1.00", "2025-01-01", "2025-01-31") {
		t.Errorf("Read = %+v, %v", got, err)
	}
}

func TestReadBadSettings(t *testing.T) {
	for _, setup := range []func(*Reader){
		func(r *Reader) { r.Decimal = ';' },
		func(r *Reader) { r.Comma = '"' },
	} {
		r := NewReader(strings.NewReader("CPR;Konto;Beløb;Start;Slut\n"))
		setup(r)
		_, err := r.Read()
		var pe *ParseError
		if !errors.As(err, &pe) || !pe.Fatal {
			t.Errorf("Read = %v, want a fatal *ParseError", err)
		}
		if _, err := r.Read(); err != io.EOF {
			t.Errorf("Read after a fatal error = %v, want io.EOF", err)
		}
	}
}

func TestParseErrorMessage(t *testing.T) {
	tests := []struct {
		err  ParseError
		want string
	}{
		{ParseError{Line: 7, Column: 3, Name: "Beløb", Err: ErrAmount}, "line 7, column 3 (Beløb): invalid amount"},
		{ParseError{Line: 7, Sheet: "Ark1", Cell: "C7", Column: 3, Name: "Beløb", Err: ErrAmount}, "row 7, cell C7 (Beløb): invalid amount"},
		{ParseError{Line: 4, Err: ErrFieldCount}, "line 4: wrong number of fields"},
		{ParseError{Line: 4, Sheet: "Ark1", Err: ErrFieldTooLong}, "row 4: field too long"},
		{ParseError{Err: ErrEmpty}, "no header line: the input is empty"},
		{ParseError{Line: 1, Column: 1, Name: "0107809998", Err: ErrDuplicateColumn}, `line 1, column 1 (name not shown: ten digits or more): column given twice`},
	}
	for _, tt := range tests {
		got := tt.err.Error()
		if got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}
