package kontoplan

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"strings"
	"testing"
)

// want describes an account by its parts, so that tests do not compare
// against the code's own output.
type want struct {
	fn      string // dotted function
	dranst  Dranst
	ejer    int
	omk     int
	grp     int
	art     string
	kstreng string // the expected canonical KONTOSTRENG
}

func checkAccount(t *testing.T, in string, a Account, w want) {
	t.Helper()
	if got := a.Function().String(); got != w.fn {
		t.Errorf("Parse(%q).Function() = %q, want %q", in, got, w.fn)
	}
	if a.Dranst() != w.dranst {
		t.Errorf("Parse(%q).Dranst() = %v, want %v", in, a.Dranst(), w.dranst)
	}
	if a.Ejerforhold() != w.ejer || a.Omkostningssted() != w.omk || a.Gruppering() != w.grp {
		t.Errorf("Parse(%q) ejer/omk/grp = %d/%d/%d, want %d/%d/%d", in, a.Ejerforhold(), a.Omkostningssted(), a.Gruppering(), w.ejer, w.omk, w.grp)
	}
	if got := a.Art().String(); got != w.art {
		t.Errorf("Parse(%q).Art() = %q, want %q", in, got, w.art)
	}
	if got := a.String(); got != w.kstreng {
		t.Errorf("Parse(%q).String() = %q, want %q", in, got, w.kstreng)
	}
}

func TestParseForms(t *testing.T) {
	drift40 := want{"5.38.50", DranstDrift, 0, 0, 0, "4.0", "5385010000000040"}
	egen72 := want{"5.38.50", DranstDrift, 0, 0, 0, "7.2", "5385010000000072"}
	tests := []struct {
		name string
		in   string
		want want
	}{
		{"canonical", "5385010000000040", drift40},
		{"canonical all parts", "5385012300700292", want{"5.38.50", DranstDrift, 2, 3007, 2, "9.2", "5385012300700292"}},
		{"canonical spaces around", "  5385010000000072\t", egen72},
		{"canonical local dimension", "5385010000000072 PSP-1234", egen72},
		{"compact 8 digits", "53850140", drift40},
		{"function+dranst, art apart", "538501-72", egen72},
		{"function+dranst space art", "538501 7.2", egen72},
		{"function dranst art", "53850 1 40", drift40},
		{"dotted", "5.38.50.1 7.2", egen72},
		{"dotted all dots", "5.38.50.1.7.2", egen72},
		{"spaced", "5 38 50 1 7 2", egen72},
		{"dashes", "5-38-50-1-72", egen72},
		{"slashes", "5/38/50/1/4.0", drift40},
		{"dotted with gruppering", "5.38.50.1.002 7.2", want{"5.38.50", DranstDrift, 0, 0, 2, "7.2", "5385010000000272"}},
		{"gruppering 092", "538501 092 72", want{"5.38.50", DranstDrift, 0, 0, 92, "7.2", "5385010000009272"}},
		{"local dimensions after art", "5.38.50.1 4.0 PSP-7 ansvar 1234", drift40},
		{"local dimension after semicolon", "53850140;1234", drift40},
		{"local digits after art", "5.38.50.1.7.2.123456", egen72},
		{"spaces around separators", "5 . 38 . 50 . 1   7.2", egen72},
		{"hovedkonto 0", "0.22.01.3 4.0", want{"0.22.01", DranstAnlaeg, 0, 0, 0, "4.0", "0220130000000040"}},
		{"dranst 3 anlæg parses", "538503-40", want{"5.38.50", DranstAnlaeg, 0, 0, 0, "4.0", "5385030000000040"}},
		{"dranst 7 edge", "9.99.99.7 9.9", want{"9.99.99", DranstFinansiering, 0, 0, 0, "9.9", "9999970000000099"}},
		{"art 0.0 edge", "5.38.50.1 0.0", want{"5.38.50", DranstDrift, 0, 0, 0, "0.0", "5385010000000000"}},
		{"omkostningssted max", "5385019999999999", want{"5.38.50", DranstDrift, 9, 9999, 999, "9.9", "5385019999999999"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			checkAccount(t, tt.in, a, tt.want)
			// The canonical form reads back to the same value.
			b, err := Parse(a.String())
			if err != nil || b != a {
				t.Errorf("Parse(%q) = %v, %v; want %v", a.String(), b, err, a)
			}
			// So does the dotted form, but for ejerforhold and
			// omkostningssted, which it leaves out.
			d, err := Parse(a.Dotted())
			if err != nil || d.Function() != a.Function() || d.Dranst() != a.Dranst() || d.Art() != a.Art() || d.Gruppering() != a.Gruppering() {
				t.Errorf("Parse(Dotted %q) = %v, %v; want parts of %v", a.Dotted(), d, err, a)
			}
		})
	}
}

func TestParseMalformed(t *testing.T) {
	tests := []struct {
		name string
		in   string
		part Part
		pos  int
	}{
		{"empty", "", PartAccount, 0},
		{"spaces only", "   ", PartAccount, 0},
		{"letters", "abc", PartAccount, 1},
		{"letter in function", "5.38.5O.1 7.2", PartFunktion, 6},
		{"letter in canonical", "53850100000000A0", PartAccount, 15},
		{"letter after art", "53850140x", PartAccount, 9},
		{"letter instead of dranst", "5.38.50.x 7.2", PartDranst, 9},
		{"too short 4", "5385", PartAccount, 1},
		{"too short 7", "5385014", PartAccount, 1},
		{"too long 17", "53850100000000400", PartAccount, 1},
		{"too long 9", "538501401", PartAccount, 1},
		{"function only", "53850", PartDranst, 6},
		{"dotted function only", "5.38.50", PartDranst, 8},
		{"no art", "538501", PartArt, 7},
		{"no art after separator", "538501-", PartArt, 8},
		{"hovedart only", "5.38.50.1 7", PartArt, 12},
		{"gruppering but no art", "5.38.50.1.002", PartArt, 14},
		{"dranst 0", "538500-40", PartDranst, 6},
		{"dranst 8", "5.38.50.8 4.0", PartDranst, 9},
		{"dranst 9 canonical", "5385090000000040", PartDranst, 6},
		{"dranst two digits", "5.38.50.11 4.0", PartDranst, 9},
		{"hovedfunktion one digit", "5.3.50.1 4.0", PartHovedfunktion, 3},
		{"funktion three digits", "5.38.500.1 4.0", PartFunktion, 6},
		{"art three digits", "538501 4000", PartArt, 8},
		{"art digit then long run", "538501 4.00", PartArt, 10},
		{"double separator", "5..38.50.1 4.0", PartHovedfunktion, 3},
		{"leading separator", "-538501-40", PartAccount, 1},
		{"cpr number", "0101801234", PartAccount, 1},
		{"cpr with dash", "010180-1234", PartDranst, 6},
		{"unicode", "5.38.50.1 4.０", PartArt, 13},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(tt.in)
			if err == nil {
				t.Fatalf("Parse(%q) = %v, want an error", tt.in, a)
			}
			if a != (Account{}) {
				t.Errorf("Parse(%q) returned %v with its error, want the zero Account", tt.in, a)
			}
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrSyntax) {
				t.Fatalf("Parse(%q) error %v (%T) is not a *ParseError wrapping ErrSyntax", tt.in, err, err)
			}
			if pe.Part != tt.part || pe.Pos != tt.pos {
				t.Errorf("Parse(%q) error part %v at %d, want %v at %d (%v)", tt.in, pe.Part, pe.Pos, tt.part, tt.pos, err)
			}
			if !strings.Contains(err.Error(), pe.Part.String()) {
				t.Errorf("error %q does not name the part %q", err, pe.Part)
			}
		})
	}
}

// An account string never appears in an error, so a CPR number put in the
// account column by mistake does not leak into logs.
func TestParseErrorHasNoInput(t *testing.T) {
	for _, in := range []string{"0101801234", "010180-1234", "0101801234 5.38.50", "5.38.50.1 0101801234x"} {
		_, err := Parse(in)
		if err == nil {
			t.Fatalf("Parse(%q) succeeded", in)
		}
		if strings.Contains(err.Error(), "0101801234") || strings.Contains(err.Error(), "010180") {
			t.Errorf("Parse(%q) error %q contains the input", in, err)
		}
	}
	for _, in := range []string{"0101801234", "x0101801234"} {
		_, err := MustLayout("KHHFFDAa*").Parse(in)
		if err != nil && strings.Contains(err.Error(), "0101801234") {
			t.Errorf("Layout.Parse(%q) error %q contains the input", in, err)
		}
	}
}

func TestZeroAccount(t *testing.T) {
	var a Account
	if a.IsValid() || a.String() != "" || a.Dotted() != "" || a.Function().IsValid() || a.Art().IsValid() || a.Dranst().IsValid() {
		t.Errorf("zero Account is not empty: %q %v", a.String(), a)
	}
	if b := a.AppendTo([]byte("x")); string(b) != "x" {
		t.Errorf("zero AppendTo = %q", b)
	}
	text, err := a.MarshalText()
	if err != nil || len(text) != 0 {
		t.Errorf("zero MarshalText = %q, %v", text, err)
	}
	if err := a.UnmarshalText(nil); err != nil || a.IsValid() {
		t.Errorf("UnmarshalText(nil) = %v, %v", a, err)
	}
}

func TestMustParsePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParse of a bad string did not panic")
		}
	}()
	MustParse("x")
}

func TestNewAccount(t *testing.T) {
	f := MustParseFunction("5.38.52")
	a, err := NewAccount(f, DranstDrift, MustParseArt("7.2"))
	if err != nil || a.String() != "5385210000000072" {
		t.Errorf("NewAccount = %q, %v", a.String(), err)
	}
	for _, tt := range []struct {
		f    Function
		d    Dranst
		a    Art
		part Part
	}{
		{Function{}, DranstDrift, MustParseArt("4.0"), PartFunktion},
		{f, 0, MustParseArt("4.0"), PartDranst},
		{f, 8, MustParseArt("4.0"), PartDranst},
		{f, DranstDrift, Art{}, PartArt},
	} {
		_, err := NewAccount(tt.f, tt.d, tt.a)
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Part != tt.part {
			t.Errorf("NewAccount(%v, %v, %v) = %v, want a %v error", tt.f, tt.d, tt.a, err, tt.part)
		}
	}
}

func TestAccountEncodings(t *testing.T) {
	type row struct {
		Konto Account `json:"konto" xml:"KONTOSTRENG"`
	}
	r := row{MustParse("5.38.50.1 7.2")}
	j, err := json.Marshal(r)
	if err != nil || string(j) != `{"konto":"5385010000000072"}` {
		t.Fatalf("json = %s, %v", j, err)
	}
	var back row
	if err := json.Unmarshal(j, &back); err != nil || back != r {
		t.Errorf("json round trip = %v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"konto":"538501-72"}`), &back); err != nil || back != r {
		t.Errorf("json printed form = %v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"konto":"5385"}`), &back); err == nil {
		t.Error("json of a bad account succeeded")
	}
	x, err := xml.Marshal(r)
	if err != nil || string(x) != `<row><KONTOSTRENG>5385010000000072</KONTOSTRENG></row>` {
		t.Fatalf("xml = %s, %v", x, err)
	}
	back = row{}
	if err := xml.Unmarshal(x, &back); err != nil || back != r {
		t.Errorf("xml round trip = %v, %v", back, err)
	}
}

func TestAccountSQL(t *testing.T) {
	a := MustParse("53850172")
	v, err := a.Value()
	if err != nil || v != "5385010000000072" {
		t.Errorf("Value = %v, %v", v, err)
	}
	if v, err := (Account{}).Value(); v != nil || err != nil {
		t.Errorf("zero Value = %v, %v", v, err)
	}
	for _, src := range []any{"5385010000000072", []byte("538501-72")} {
		var b Account
		if err := b.Scan(src); err != nil || b != a {
			t.Errorf("Scan(%v) = %v, %v", src, b, err)
		}
	}
	b := a
	if err := b.Scan(nil); err != nil || b.IsValid() {
		t.Errorf("Scan(nil) = %v, %v", b, err)
	}
	if err := b.Scan(42); err == nil {
		t.Error("Scan(42) succeeded")
	}
}

func TestAccountComparable(t *testing.T) {
	a := MustParse("5.38.50.1 7.2")
	b := MustParse("5385010000000072")
	c := MustParse("5.38.50.1 4.0")
	if a != b || a == c {
		t.Errorf("== on accounts: a==b %v, a==c %v", a == b, a == c)
	}
	m := map[Account]int{a: 1}
	if m[b] != 1 {
		t.Error("account is not usable as a map key")
	}
}

func TestAppendTextMatchesMarshalText(t *testing.T) {
	for _, a := range []Account{{}, MustParse("5.38.50.1 4.0"), MustParse("5385010000000072")} {
		want, _ := a.MarshalText()
		got, err := a.AppendText([]byte("x"))
		if err != nil || string(got) != "x"+string(want) {
			t.Errorf("AppendText(%v) = %q, %v; want %q", a, got, err, "x"+string(want))
		}
	}
}

// TestParseMissingDranst checks that a function followed by an art, the
// dranst left out, says the dranst is missing rather than the art.
func TestParseMissingDranst(t *testing.T) {
	_, err := Parse("5.38.42 4.0")
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Part != PartDranst || !strings.Contains(err.Error(), "5.38.42.1 4.0") {
		t.Fatalf("Parse(5.38.42 4.0) = %v, want a missing dranst that shows 5.38.42.1 4.0", err)
	}
	if _, err := Parse("5.38.42.1 4.0"); err != nil {
		t.Errorf("Parse(5.38.42.1 4.0): %v", err)
	}
	if _, err := Parse("538542 4.0"); err != nil {
		t.Errorf("Parse(538542 4.0): %v", err)
	}
}
