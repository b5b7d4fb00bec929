package xmlformat

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/siukit/siukit/internal/errtext"
)

// TestDanish: every cause of the package has a Danish text, and every
// format of the decoder's and scanner's messages a Danish format with the
// same verbs.
func TestDanish(t *testing.T) {
	funcs := map[string]int{"detail": 1, "errAt": 3, "s.errAt": 3, "errHere": 1, "s.errHere": 1}
	for _, p := range errtext.Audit(os.DirFS("."), "danish", danish, funcs) {
		t.Error(p)
	}
}

// TestDanishErrors: representative read errors in both languages.
func TestDanishErrors(t *testing.T) {
	in := voksenFile(t)
	tests := []struct {
		name   string
		in     string
		en, da string
	}{
		{"empty", "", "xmlformat: line 1, column 1: the input is empty", "xmlformat: linje 1, kolonne 1: filen er tom"},
		{"truncated", in[:strings.Index(in, "<BELOEB>")+len("<BELOEB>")],
			"the file ends inside <BELOEB>: it is truncated", "filen slutter inde i <BELOEB>: den er afkortet"},
		{"doctype", replaceOnce(t, in, "?>", "?><!DOCTYPE x>"),
			"a document type declaration (<!DOCTYPE>) is not allowed", "en dokumenttypeerklæring (<!DOCTYPE>) er ikke tilladt"},
		{"end tag", replaceOnce(t, in, "</BELOEB>", "</BELOB>"),
			"end tag </BELOB> does not match <BELOEB>", "sluttagget </BELOB> passer ikke til <BELOEB>"},
		{"three decimals", replaceOnce(t, in, "-1250.50", "-1250.500"),
			"BELOEB: amount has more than two decimals", "BELOEB: beløbet har mere end to decimaler"},
		{"CPR hyphen", replaceOnce(t, in, "<PsrID>0101801234</PsrID>", "<PsrID>010180-1234</PsrID>"),
			"PsrID: malformed value: ", "PsrID: ugyldig værdi: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := decodeErr(tt.in, Limits{})
			d, ok := err.(interface{ Danish() string })
			if !ok {
				t.Fatalf("error %v (%T) has no Danish", err, err)
			}
			if got := err.Error(); !strings.Contains(got, tt.en) {
				t.Errorf("Error:\n got %s\nwant %s", got, tt.en)
			}
			if got := d.Danish(); !strings.Contains(got, tt.da) {
				t.Errorf("Danish:\n got %s\nwant %s", got, tt.da)
			}
			if strings.Contains(d.Danish(), "0101801234") {
				t.Errorf("Danish shows a CPR number: %s", d.Danish())
			}
		})
	}
	fe := &FieldError{Record: 2, Field: "BELOEB", Line: 9, Col: 7, Err: ErrDecimals}
	if got, want := fe.Danish(), "xmlformat: linje 9, kolonne 7: post 2: BELOEB: beløbet har mere end to decimaler"; got != want {
		t.Errorf("FieldError.Danish:\n got %s\nwant %s", got, want)
	}
	fe = &FieldError{Field: "Period", Err: detail(ErrMalformed, "want the budget year, four digits")}
	if got, want := fe.Danish(), "xmlformat: hoved: Period: ugyldig værdi: skal være budgetåret, fire cifre"; got != want {
		t.Errorf("FieldError.Danish:\n got %s\nwant %s", got, want)
	}
	if !errors.Is(fe, ErrMalformed) {
		t.Error("a detail does not match its cause")
	}
	se := &SyntaxError{Line: 1, Col: 2, Msg: "made elsewhere", Err: ErrSyntax}
	if got, want := se.Danish(), "xmlformat: linje 1, kolonne 2: made elsewhere"; got != want {
		t.Errorf("SyntaxError.Danish:\n got %s\nwant %s", got, want)
	}
}
