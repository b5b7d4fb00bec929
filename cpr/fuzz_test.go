package cpr

import (
	"errors"
	"testing"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"1705801234", "170580-1234", " 170580-1234\t", "0707614285",
		"1234569998", "1234569999", "1234561234", "2902004000", "2902000000",
		"0101585000", "3112578000", "6105801234", "1705801AB4", "170580\u20131234",
		"", "-", "17058012345", "170580--234", "010108-5005", "3104801234",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := Parse(s)
		if err != nil {
			if n.IsValid() {
				t.Fatal("Parse returned a valid Number with an error")
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T is not a *Error", err)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Fatal("error does not match ErrInvalid")
			}
			checkErrorText(t, err, s)
			if IsReplacement(s) != (e.Part == PartReplacement) {
				t.Fatal("IsReplacement disagrees with Parse")
			}
			return
		}
		if !n.IsValid() {
			t.Fatal("Parse succeeded with the zero Number")
		}
		d := n.Digits()
		m, err := Parse(d)
		if err != nil {
			t.Fatalf("Parse(n.Digits()): %v", err)
		}
		if m != n {
			t.Fatal("Parse(n.Digits()) != n")
		}
		if got := n.String(); len(got) != 11 || got[:6] != d[:6] || got[6:] != "-****" {
			t.Fatalf("String() = %q is not the masked form", got)
		}
		if b := n.BirthDate(); !b.IsValid() {
			if !n.IsFictive() || d[:6] != "123456" {
				t.Fatal("a number other than 123456999x has no birth date")
			}
		} else if b.Day() != int(d[0]-'0')*10+int(d[1]-'0') || int(b.Month()) != int(d[2]-'0')*10+int(d[3]-'0') ||
			b.Year()%100 != int(d[4]-'0')*10+int(d[5]-'0') || b.Year() < 1858 || b.Year() > 2057 {
			t.Fatalf("BirthDate %v does not match DDMMYY", b)
		}
		if (n.Sex() == Male) != ((d[9]-'0')%2 == 1) {
			t.Fatal("Sex does not match the last digit")
		}
		if IsReplacement(s) {
			t.Fatal("an accepted number is a replacement number")
		}
	})
}
