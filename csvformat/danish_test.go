package csvformat

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/siukit/siukit/internal/errtext"
)

// TestDanish: every cause and hint of the package has a Danish text, and
// every format of its messages a Danish format with the same verbs.
func TestDanish(t *testing.T) {
	funcs := map[string]int{"detail": 1, "phrase": 0, "notText": 0, "danish.Sprintf": 0}
	for _, p := range errtext.Audit(os.DirFS("."), "danish", danish, funcs) {
		t.Error(p)
	}
}

// readErr returns the first error reading in as CSV.
func readErr(t *testing.T, r *Reader) error {
	t.Helper()
	if _, err := r.Header(); err != nil {
		return err
	}
	for {
		_, err := r.Read()
		if err != nil {
			return err
		}
	}
}

// TestDanishErrors: representative errors in both languages.
func TestDanishErrors(t *testing.T) {
	const head = "CPR;Konto;Beløb;Startdato;Slutdato\n"
	csvErr := func(in string) func(*testing.T) error {
		return func(t *testing.T) error { return readErr(t, NewReader(strings.NewReader(in))) }
	}
	postingErr := func(in string) func(*testing.T) error {
		return func(t *testing.T) error {
			r := NewReader(strings.NewReader(in))
			_, err := r.ReadPosting()
			return err
		}
	}
	tests := []struct {
		name   string
		err    func(*testing.T) error
		en, da string
	}{
		{"empty", csvErr(""), "no header line: the input is empty", "ingen overskriftslinje: filen er tom"},
		{"no such day", csvErr(head + "0101801234;5385010000000040;1,00;31-02-2025;31-03-2025\n"),
			`line 2, column 4 (Startdato): invalid date: "31-02-2025": no such day: February 2025 has 28 days`,
			`linje 2, kolonne 4 (Startdato): ugyldig dato: "31-02-2025": dagen findes ikke: februar 2025 har 28 dage`},
		{"two decimal marks", csvErr(head + "0101801234;5385010000000040;1,2,3;01-03-2025;31-03-2025\n"),
			`line 2, column 3 (Beløb): invalid amount: "1,2,3" has thousands separators in the wrong places (want groups of three digits)`,
			`linje 2, kolonne 3 (Beløb): ugyldigt beløb: "1,2,3" har tusindtalsseparatorer de forkerte steder (skriv grupper af tre cifre)`},
		{"ambiguous", csvErr(head + "0101801234;5385010000000040;1.250;01-03-2025;31-03-2025\n"),
			`line 2, column 3 (Beløb): invalid amount, ambiguous: "1.250" could be read with '.' as decimal mark or as thousands separator, and no earlier amount shows the file's decimal mark; use --decimal , when the file's amounts have a decimal comma (1.250,00), or --decimal . when they have a decimal point (1,250.00)`,
			`linje 2, kolonne 3 (Beløb): ugyldigt beløb, tvetydigt: "1.250" kan læses med '.' som decimaltegn eller som tusindtalsseparator, og intet tidligere beløb viser filens decimaltegn; brug --decimal , når filens beløb har decimalkomma (1.250,00), eller --decimal . når de har decimalpunktum (1,250.00)`},
		{"hidden value", csvErr(head + "0101801234;5385010000000040;x0101801234;01-03-2025;31-03-2025\n"),
			`line 2, column 3 (Beløb): invalid amount: the value (not shown: ten digits or more) holds the character 'x'; want digits, an optional sign, a decimal mark and thousands separators`,
			`linje 2, kolonne 3 (Beløb): ugyldigt beløb: værdien (vises ikke: ti cifre eller flere) indeholder tegnet 'x'; skriv cifre, evt. et fortegn, et decimaltegn og tusindtalsseparatorer`},
		{"field count", csvErr(head + "0101801234;5385010000000040;1,00;01-03-2025\n"),
			"line 2: wrong number of fields: 4 fields, but the header has 5",
			"linje 2: forkert antal felter: 4 felter, men overskriften har 5"},
		{"missing column", csvErr("CPR;Konto;Beløb;Startdato\n"),
			"line 1: required column missing: no Slutdato column (accepted names: ",
			"linje 1: en påkrævet kolonne mangler: ingen kolonne Slutdato (godkendte navne: "},
		{"bare quote", csvErr(head + "0101801234;5385010000000040;1\"00;01-03-2025;31-03-2025\n"),
			`line 2: bare " in non-quoted-field (a field with a quote in it`,
			`linje 2: " i et felt uden anførselstegn (et felt med et anførselstegn i`},
		{"CPR of posting", postingErr(head + "0101801234x;5385010000000040;1,00;01-03-2025;31-03-2025\n"),
			"line 2, column 1 (CPR): invalid CPR number: malformed value: ",
			"linje 2, kolonne 1 (CPR): ugyldigt CPR-nummer: ugyldig værdi: "},
		{"lost zero", postingErr(head + "101801234;5385010000000040;1,00;01-03-2025;31-03-2025\n"),
			"; " + HintLostZero,
			"; CPR-kolonnen ser ud til at være gemt som tal i Excel og har mistet sit foranstillede nul: gem kolonnen som tekst"},
		{"limit", func(*testing.T) error {
			return &ParseError{Fatal: true, Err: &LimitError{Part: "xl/sharedStrings.xml", What: "bytes unpacked", Limit: 64}, Hint: HintSaveCSV}
		}, "input too large: xl/sharedStrings.xml: more than 64 bytes unpacked; save the sheet as CSV",
			"filen er for stor: xl/sharedStrings.xml: mere end 64 bytes pakket ud; gem arket som CSV"},
		{"xlsx row", func(*testing.T) error {
			return &ParseError{Line: 7, Sheet: "Ark1", Cell: "C7", Column: 3, Name: "Beløb", Err: ErrAmount}
		}, "row 7, cell C7 (Beløb): invalid amount", "række 7, celle C7 (Beløb): ugyldigt beløb"},
		{"other package", func(*testing.T) error {
			return &ParseError{Line: 3, Err: errors.New("something English")}
		}, "line 3: something English", "linje 3: something English"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.err(t)
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v (%T), want a *ParseError", err, err)
			}
			if got := pe.Error(); !strings.HasPrefix(got, tt.en) && !strings.HasSuffix(got, tt.en) {
				t.Errorf("Error:\n got %s\nwant %s", got, tt.en)
			}
			if got := pe.Danish(); !strings.HasPrefix(got, tt.da) && !strings.HasSuffix(got, tt.da) {
				t.Errorf("Danish:\n got %s\nwant %s", got, tt.da)
			}
		})
	}
}

// TestDanishHint: a Hint in Danish.
func TestDanishHint(t *testing.T) {
	h := Hint{Line: 3, Column: 1, Name: "CPR", Text: HintLostZero}
	want := "linje 3, kolonne 1 (CPR): CPR-kolonnen ser ud til at være gemt som tal i Excel og har mistet sit foranstillede nul: gem kolonnen som tekst"
	if got := h.Danish(); got != want {
		t.Errorf("Danish:\n got %s\nwant %s", got, want)
	}
}
