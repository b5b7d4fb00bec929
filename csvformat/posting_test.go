package csvformat

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/siu"
)

func TestReadPostingErrors(t *testing.T) {
	in := "Konto;CPR;Beløb;Fra;Til\n" +
		"5385010000000040;0107809998;1.250,00;01-07-2025;31-07-2025\n" +
		"5385010000000040;0113809998;1,00;01-07-2025;31-07-2025\n" + // month 13
		"5385010000000040;01078099;1,00;01-07-2025;31-07-2025\n" + // too short
		"abc;0107809998;1,00;01-07-2025;31-07-2025\n" + // not an account
		"5385010000000040;0107809998;1,00;01-07-2025;\n" + // no end date
		"5385010000000040;0107809998;1,00;x;31-07-2025\n" // not a date
	tests := []struct {
		line, col int
		err       error
	}{
		{line: 2},
		{line: 3, col: 2, err: cpr.ErrMonth},
		{line: 4, col: 2, err: siu.ErrMalformed},
		{line: 5, col: 1, err: siu.ErrMalformed},
		{line: 6, col: 5, err: ErrEmptyField},
		{line: 7, col: 4, err: ErrDate},
	}
	r := NewReader(strings.NewReader(in))
	for _, tt := range tests {
		p, err := r.ReadPosting()
		if tt.err == nil {
			if err != nil || p.Amount.String() != "1250" || p.PsrID != cpr.MustParse("0107809998") {
				t.Errorf("line %d: %+v, %v", tt.line, p, err)
			}
			continue
		}
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, tt.err) || pe.Line != tt.line || pe.Column != tt.col {
			t.Errorf("line %d: error %v, want %v in column %d", tt.line, err, tt.err, tt.col)
			continue
		}
		checkNoCPR(t, err.Error())
		if strings.Contains(err.Error(), "0107809998") || strings.Contains(err.Error(), "01078099") {
			t.Errorf("line %d: message %q repeats the CPR number", tt.line, err)
		}
	}
	if _, err := r.ReadPosting(); err != io.EOF {
		t.Errorf("ReadPosting at the end = %v, want io.EOF", err)
	}
}
