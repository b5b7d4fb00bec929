package source

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestErrorText checks that ErrorText shows an *Error of the chain in
// Danish for "da", keeping the text around it, and English otherwise.
func TestErrorText(t *testing.T) {
	in := "CPR;Konto;Beløb;Startdato;Slutdato\n0101801234;5.38.50.1 4.0;100,00;31-02-2025;28-02-2025\n"
	src, err := Open(strings.NewReader(in), "x.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	_, rerr := src.Next()
	var se *Error
	if !errors.As(rerr, &se) {
		t.Fatalf("Next = %v, want an *Error for the date that does not exist", rerr)
	}
	wrapped := fmt.Errorf("x.csv: %w", se)
	da, en := ErrorText(wrapped, "da"), ErrorText(wrapped, "en")
	if en != wrapped.Error() || se.Text("en") != se.Message {
		t.Errorf("English: %q, want %q", en, wrapped.Error())
	}
	if !strings.HasPrefix(da, "x.csv: ") || !strings.Contains(da, "linje 2") || da == en || se.Text("da") != se.Danish() {
		t.Errorf("Danish: %q, want the file name kept and the error in Danish", da)
	}
	if plain := fmt.Errorf("plain"); ErrorText(plain, "da") != "plain" {
		t.Error("an error without an *Error changed")
	}
}
