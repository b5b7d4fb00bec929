package kontoplan

import (
	"errors"
	"strings"
	"testing"
)

func TestLayoutParse(t *testing.T) {
	egen := want{"5.38.50", DranstDrift, 0, 0, 0, "7.2", "5385010000000072"}
	tests := []struct {
		name, pattern, in string
		want              want
	}{
		{"canonical", "KHHFFDEOOOOGGGAa", "5385012300700272", want{"5.38.50", DranstDrift, 2, 3007, 2, "7.2", "5385012300700272"}},
		{"canonical variable", LayoutKontostreng.String(), "5385010000000072", egen},
		{"dotted variable", LayoutDotted.String(), "5.38.50.1.002 7.2 PSP 12", want{"5.38.50", DranstDrift, 0, 0, 2, "7.2", "5385010000000272"}},
		{"dotted, nothing after *", LayoutDotted.String(), "5.38.50.1.002 7.2", want{"5.38.50", DranstDrift, 0, 0, 2, "7.2", "5385010000000272"}},
		{"vendor with cost centre first", "xxxxxx-KHHFFD-GGG-Aa", "A12345-538501-092-72", want{"5.38.50", DranstDrift, 0, 0, 92, "7.2", "5385010000009272"}},
		{"art before function", "Aa KHHFF D", "72 53850 1", egen},
		{"ejerforhold and short omkostningssted", "K.HH.FF.D.E.OO A.a", "5.38.52.1.2.07 4.0", want{"5.38.52", DranstDrift, 2, 7, 0, "4.0", "5385212000700040"}},
		{"split art", "KHHFFD/A/a", "538501/7/2", egen},
		{"spaces inside input", "K HH FF D  A.a", "5 38 50 1  7.2", egen},
		{"trimmed input", "KHHFFDAa", "  53850172 ", egen},
		{"local dims ignored", "KHHFFDAa*", "53850172 Bo Vest, afd. 3", egen},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := NewLayout(tt.pattern)
			if err != nil {
				t.Fatalf("NewLayout(%q): %v", tt.pattern, err)
			}
			a, err := l.Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			checkAccount(t, tt.in, a, tt.want)
		})
	}
}

func TestLayoutParseErrors(t *testing.T) {
	l := MustLayout("K.HH.FF.D-GGG A.a")
	tests := []struct {
		name, in string
		part     Part
		pos      int
	}{
		{"too short", "5.38.50.1-002 7.", PartAccount, 0},
		{"too long", "5.38.50.1-002 7.2x", PartAccount, 0},
		{"wrong separator", "5.38.50.1.002 7.2", PartAccount, 10},
		{"letter in funktion", "5.38.5x.1-002 7.2", PartFunktion, 7},
		{"letter in gruppering", "5.38.50.1-0x2 7.2", PartGruppering, 12},
		{"letter in art", "5.38.50.1-002 7.x", PartArt, 17},
		{"dranst 0", "5.38.50.0-002 7.2", PartDranst, 9},
		{"dranst 8", "5.38.50.8-002 7.2", PartDranst, 9},
		{"empty", "", PartAccount, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := l.Parse(tt.in)
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrSyntax) {
				t.Fatalf("Parse(%q) = %v, %v; want a *ParseError", tt.in, a, err)
			}
			if pe.Part != tt.part || pe.Pos != tt.pos {
				t.Errorf("Parse(%q): %v at %d, want %v at %d (%v)", tt.in, pe.Part, pe.Pos, tt.part, tt.pos, err)
			}
		})
	}
	if _, err := (Layout{}).Parse("53850172"); err == nil {
		t.Error("zero Layout parsed something")
	}
}

func TestNewLayoutErrors(t *testing.T) {
	tests := []struct {
		pattern, mention string
	}{
		{"", "empty"},
		{" KHHFFDAa", "space"},
		{"KHHFFDAa ", "space"},
		{"KHHFFDAa*x", "'*' must be last"},
		{"KHHFFDAaZ", "unknown letter"},
		{"KHHFFDAaæ", "ASCII"},
		{"HHFFDAa", "hovedkonto (K) has 0 digits, want 1"},
		{"KKHHFFDAa", "hovedkonto (K) has 2"},
		{"KHFFDAa", "hovedfunktion (H) has 1 digits, want 2"},
		{"KHHFFAa", "dranst (D) has 0"},
		{"KHHFFDA", "art (a) has 0"},
		{"KHHFFDEEAa", "ejerforhold (E) has 2 digits, want 0 to 1"},
		{"KHHFFDOOOOOAa", "omkostningssted (O) has 5"},
		{"KHHFFDGGGGAa", "gruppering (G) has 4"},
	}
	for _, tt := range tests {
		_, err := NewLayout(tt.pattern)
		var le *LayoutError
		if !errors.As(err, &le) || !strings.Contains(err.Error(), tt.mention) {
			t.Errorf("NewLayout(%q) = %v; want a *LayoutError mentioning %q", tt.pattern, err, tt.mention)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("MustLayout of a bad pattern did not panic")
		}
	}()
	MustLayout("")
}

// The canonical layout and Parse agree on every canonical string.
func TestLayoutKontostrengMatchesParse(t *testing.T) {
	for _, s := range []string{"5385010000000040", "5385012300700272", "0000010000000000", "9999979999999999"} {
		a, err1 := Parse(s)
		b, err2 := LayoutKontostreng.Parse(s)
		if err1 != nil || err2 != nil || a != b {
			t.Errorf("%q: Parse %v %v, layout %v %v", s, a, err1, b, err2)
		}
	}
}
