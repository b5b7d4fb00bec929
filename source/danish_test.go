package source

import (
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/siukit/siukit/internal/errtext"
)

// TestDanish: every cause of the package has a Danish text, and every
// format of its own messages a Danish format with the same verbs.
func TestDanish(t *testing.T) {
	for _, p := range errtext.Audit(os.DirFS("."), "danish", danish, map[string]int{"fatalf": 1, "danish.New": 1}) {
		t.Error(p)
	}
}

// firstError opens in and returns the first error of Open or Records.
func firstError(t *testing.T, in string, opts Options) *Error {
	t.Helper()
	src, err := Open(strings.NewReader(in), "in", opts)
	if err != nil {
		return err.(*Error)
	}
	for _, err := range src.Records() {
		if err != nil {
			return err.(*Error)
		}
	}
	t.Fatal("no error")
	return nil
}

// TestDanishErrors: representative read errors of every format, in both
// languages; Danish delegates to the cause.
func TestDanishErrors(t *testing.T) {
	const head = "CPR;Konto;Beløb;Startdato;Slutdato\n"
	tests := []struct {
		name   string
		in     string
		opts   Options
		en, da string
	}{
		{"CSV date", head + "0101801234;5385010000000040;1,00;31-02-2025;31-03-2025\n", Options{Format: CSV},
			`line 2, column 4 (Startdato): invalid date: "31-02-2025": no such day: February 2025 has 28 days`,
			`linje 2, kolonne 4 (Startdato): ugyldig dato: "31-02-2025": dagen findes ikke: februar 2025 har 28 dage`},
		{"CSV empty", "", Options{Format: CSV}, "no header line: the input is empty", "ingen overskriftslinje: filen er tom"},
		{"XLSX not a workbook", "not a zip", Options{Format: XLSX},
			"cannot read XLSX file: the file is not an XLSX workbook (a ZIP archive)",
			"XLSX-filen kan ikke læses: filen er ikke en XLSX-projektmappe (et ZIP-arkiv)"},
		{"XML empty", "", Options{Format: XML}, "xmlformat: line 1, column 1: the input is empty", "xmlformat: linje 1, kolonne 1: filen er tom"},
		{"JSON empty", "", Options{Format: JSON}, "the JSON input is empty", "JSON-filen er tom"},
		{"JSON syntax", "{\n  x", Options{Format: JSON}, "line 2, column 4: JSON: invalid character", "linje 2, kolonne 4: JSON: invalid character"},
		{"JSON too large", "{}", Options{Format: JSON, MaxJSONSize: 1}, "the JSON input is larger than 1 bytes", "JSON-filen er større end 1 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := firstError(t, tt.in, tt.opts)
			if got := e.Error(); !strings.HasPrefix(got, tt.en) {
				t.Errorf("Error:\n got %s\nwant %s", got, tt.en)
			}
			if got := e.Danish(); !strings.HasPrefix(got, tt.da) {
				t.Errorf("Danish:\n got %s\nwant %s", got, tt.da)
			}
		})
	}
}

// TestDanishLines: the error of a record that does not parse, in Danish;
// and an Error made elsewhere.
func TestDanishLines(t *testing.T) {
	in := "CPR;Konto;Beløb;Startdato;Slutdato\n0101801234x;5385010000000040;1,00;01-03-2025;31-03-2025\n"
	src, err := Open(strings.NewReader(in), "in.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range Lines(src) {
		if e == nil {
			t.Fatal("no error")
		}
		if !strings.HasPrefix(e.Error(), "line 2: PsrID: ") || !strings.HasPrefix(e.Danish(), "linje 2: PsrID: ") || e.Danish() == e.Error() {
			t.Errorf("Error %q, Danish %q", e.Error(), e.Danish())
		}
		if strings.Contains(e.Danish(), "0101801234") {
			t.Errorf("Danish shows a CPR number: %s", e.Danish())
		}
		break
	}
	e := &Error{Message: "made elsewhere"}
	if e.Danish() != "made elsewhere" {
		t.Errorf("Danish of an Error without Err: %q", e.Danish())
	}
	e = fatalf(io.ErrUnexpectedEOF, "%v", io.ErrUnexpectedEOF)
	if !errors.Is(e, io.ErrUnexpectedEOF) || e.Danish() != "unexpected EOF" {
		t.Errorf("fatalf: Is %v, Danish %q", errors.Is(e, io.ErrUnexpectedEOF), e.Danish())
	}
}
