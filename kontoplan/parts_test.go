package kontoplan

import (
	"errors"
	"testing"
)

func TestParseFunction(t *testing.T) {
	tests := []struct {
		in            string
		hk, hf, f     int
		code          int
		dotted, hfStr string
	}{
		{"5.38.50", 5, 38, 50, 53850, "5.38.50", "5.38"},
		{"53850", 5, 38, 50, 53850, "5.38.50", "5.38"},
		{" 5.28.23 ", 5, 28, 23, 52823, "5.28.23", "5.28"},
		{"0.00.00", 0, 0, 0, 0, "0.00.00", "0.00"},
		{"99999", 9, 99, 99, 99999, "9.99.99", "9.99"},
	}
	for _, tt := range tests {
		f, err := ParseFunction(tt.in)
		if err != nil {
			t.Errorf("ParseFunction(%q): %v", tt.in, err)
			continue
		}
		if !f.IsValid() || f.Hovedkonto() != tt.hk || f.Hovedfunktion() != tt.hf || f.Funktion() != tt.f || f.Code() != tt.code {
			t.Errorf("ParseFunction(%q) = %d %d %d (%d)", tt.in, f.Hovedkonto(), f.Hovedfunktion(), f.Funktion(), f.Code())
		}
		if f.String() != tt.dotted || f.HovedfunktionOf() != tt.hfStr {
			t.Errorf("ParseFunction(%q) prints %q / %q", tt.in, f.String(), f.HovedfunktionOf())
		}
		g, err := NewFunction(tt.hk, tt.hf, tt.f)
		if err != nil || g != f {
			t.Errorf("NewFunction(%d,%d,%d) = %v, %v; want %v", tt.hk, tt.hf, tt.f, g, err, f)
		}
	}
	for _, in := range []string{"", "5.38", "5.38.5", "5.3850", "5,38,50", "5.38.5x", "x.38.50", "5385", "538500", "5.38.50.1", "53a50"} {
		if f, err := ParseFunction(in); err == nil || !errors.Is(err, ErrSyntax) {
			t.Errorf("ParseFunction(%q) = %v, %v; want a syntax error", in, f, err)
		}
	}
	for _, tt := range []struct {
		in   string
		part Part
		pos  int
	}{{"x3850", PartHovedkonto, 1}, {"53a50", PartHovedfunktion, 3}, {"5385x", PartFunktion, 5}, {"x.38.50", PartHovedkonto, 1}, {"5.3x.50", PartHovedfunktion, 4}, {"5.38.5x", PartFunktion, 7}} {
		_, err := ParseFunction(tt.in)
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Part != tt.part || pe.Pos != tt.pos {
			t.Errorf("ParseFunction(%q) = %v; want %v at %d", tt.in, err, tt.part, tt.pos)
		}
	}
	for _, c := range [][3]int{{-1, 0, 0}, {10, 0, 0}, {5, 100, 0}, {5, -1, 0}, {5, 38, 100}, {5, 38, -1}} {
		if _, err := NewFunction(c[0], c[1], c[2]); err == nil {
			t.Errorf("NewFunction(%v) succeeded", c)
		}
	}
	var zero Function
	if zero.IsValid() || zero.String() != "" || zero.HovedfunktionOf() != "" || zero.Code() != -1 {
		t.Error("zero Function is not empty")
	}
}

func TestFunctionText(t *testing.T) {
	f := MustParseFunction("5.38.42")
	b, err := f.MarshalText()
	if err != nil || string(b) != "5.38.42" {
		t.Errorf("MarshalText = %q, %v", b, err)
	}
	var g Function
	if err := g.UnmarshalText([]byte("53842")); err != nil || g != f {
		t.Errorf("UnmarshalText = %v, %v", g, err)
	}
	if err := g.UnmarshalText(nil); err != nil || g.IsValid() {
		t.Errorf("UnmarshalText(nil) = %v, %v", g, err)
	}
	if err := g.UnmarshalText([]byte("5.x")); err == nil {
		t.Error("UnmarshalText of a bad function succeeded")
	}
	if b, _ := (Function{}).MarshalText(); len(b) != 0 {
		t.Errorf("zero MarshalText = %q", b)
	}
}

func TestParseArt(t *testing.T) {
	for _, tt := range []struct {
		in       string
		hovedart int
		code     int
		str      string
	}{
		{"7.2", 7, 72, "7.2"}, {"72", 7, 72, "7.2"}, {"0.0", 0, 0, "0.0"}, {"9.9", 9, 99, "9.9"}, {" 4.6 ", 4, 46, "4.6"},
	} {
		a, err := ParseArt(tt.in)
		if err != nil || a.Hovedart() != tt.hovedart || a.Code() != tt.code || a.String() != tt.str {
			t.Errorf("ParseArt(%q) = %v (%d, %d), %v", tt.in, a, a.Hovedart(), a.Code(), err)
		}
		b, err := NewArt(tt.hovedart, tt.code%10)
		if err != nil || b != a {
			t.Errorf("NewArt(%d, %d) = %v, %v", tt.hovedart, tt.code%10, b, err)
		}
	}
	for _, in := range []string{"", "7", "7.", "7.22", "722", "a.2", "7,2", "7-2", "7.x"} {
		if a, err := ParseArt(in); err == nil {
			t.Errorf("ParseArt(%q) = %v, want an error", in, a)
		}
	}
	for _, c := range [][2]int{{-1, 0}, {10, 0}, {7, -1}, {7, 10}} {
		if _, err := NewArt(c[0], c[1]); err == nil {
			t.Errorf("NewArt(%v) succeeded", c)
		}
	}
	var zero Art
	if zero.IsValid() || zero.String() != "" || zero.Hovedart() != -1 {
		t.Error("zero Art is not empty")
	}
	var a Art
	if err := a.UnmarshalText([]byte("8.6")); err != nil || a.String() != "8.6" {
		t.Errorf("UnmarshalText = %v, %v", a, err)
	}
	if b, _ := a.MarshalText(); string(b) != "8.6" {
		t.Errorf("MarshalText = %q", b)
	}
	if err := a.UnmarshalText([]byte("x")); err == nil {
		t.Error("UnmarshalText(x) succeeded")
	}
	if err := a.UnmarshalText(nil); err != nil || a.IsValid() {
		t.Error("UnmarshalText(nil) did not clear")
	}
}

func TestDranst(t *testing.T) {
	names := map[Dranst]string{1: "drift", 2: "statsrefusion", 3: "anlæg", 4: "renter", 5: "finansforskydninger", 6: "afdrag på lån", 7: "finansiering"}
	for d := Dranst(0); d < 12; d++ {
		name, ok := names[d]
		if d.IsValid() != ok {
			t.Errorf("Dranst(%d).IsValid() = %v", d, d.IsValid())
		}
		if ok && d.String() != name {
			t.Errorf("Dranst(%d).String() = %q, want %q", d, d.String(), name)
		}
	}
	if Dranst(12).String() != "dranst(12)" {
		t.Errorf("Dranst(12).String() = %q", Dranst(12).String())
	}
}

func TestKindAndScopeNames(t *testing.T) {
	for k, s := range map[Kind]string{KindUnknown: "unknown", KindExpense: "expense", KindIncome: "income", KindInternal: "internal", 9: "unknown"} {
		if k.String() != s {
			t.Errorf("Kind(%d) = %q, want %q", k, k.String(), s)
		}
	}
	for sc, s := range map[Scope]string{ScopeOut: "out", ScopeVoluntary: "voluntary", ScopeMandatory: "mandatory", 9: "out"} {
		if sc.String() != s {
			t.Errorf("Scope(%d) = %q, want %q", sc, sc.String(), s)
		}
	}
	if b, _ := KindIncome.MarshalText(); string(b) != "income" {
		t.Errorf("Kind MarshalText = %q", b)
	}
	if b, _ := ScopeMandatory.MarshalText(); string(b) != "mandatory" {
		t.Errorf("Scope MarshalText = %q", b)
	}
	if Part(99).String() != "part(99)" {
		t.Errorf("Part(99) = %q", Part(99).String())
	}
}

// The hovedart rule (modeled): 0-6 expense, 7 and 8 income, 9 internal.
func TestKindOf(t *testing.T) {
	want := [10]Kind{KindExpense, KindExpense, KindExpense, KindExpense, KindExpense, KindExpense, KindExpense, KindIncome, KindIncome, KindInternal}
	for h := 0; h < 10; h++ {
		for d := 0; d < 10; d++ {
			a, _ := NewArt(h, d)
			if got := KindOf(a); got != want[h] {
				t.Errorf("KindOf(%v) = %v, want %v", a, got, want[h])
			}
		}
	}
	if KindOf(Art{}) != KindUnknown {
		t.Error("KindOf(zero) is not unknown")
	}
}

func TestMustParsePartsPanic(t *testing.T) {
	for name, f := range map[string]func(){
		"MustParseFunction": func() { MustParseFunction("5.38") },
		"MustParseArt":      func() { MustParseArt("7") },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s of a bad string did not panic", name)
				}
			}()
			f()
		}()
	}
}
