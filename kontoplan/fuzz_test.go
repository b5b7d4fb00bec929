package kontoplan

import (
	"strings"
	"testing"
)

func longestDigitRun(s string) int {
	best, n := 0, 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
			best = max(best, n)
		} else {
			n = 0
		}
	}
	return best
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"5385010000000040", "53850140", "538501-72", "5.38.50.1 7.2", "5.38.50.1.002.7.2",
		"5 38 50 1 4.0 PSP-7", "", "abc", "5.38.50", "538503-40", "0101801234", "5..38", "9999999999999999",
		"5.38.50.1 7", "5385010000000040 x", "\xff\xfe",
	} {
		f.Add(s)
	}
	layout := MustLayout("K.HH.FF.D A.a*")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Parse(s)
		if err != nil {
			if a != (Account{}) {
				t.Fatalf("Parse(%q) returned %v with error %v", s, a, err)
			}
			// No number from the input (such as a CPR number put in the
			// account column) reaches the message.
			if n := longestDigitRun(err.Error()); n >= 5 {
				t.Fatalf("Parse(%q) error %q holds a %d-digit number", s, err, n)
			}
		} else {
			k := a.String()
			if len(k) != CanonicalLen || strings.Trim(k, "0123456789") != "" {
				t.Fatalf("Parse(%q).String() = %q, not 16 digits", s, k)
			}
			if !a.Dranst().IsValid() || !a.Art().IsValid() || !a.Function().IsValid() {
				t.Fatalf("Parse(%q) = %v has an empty part", s, a)
			}
			b, err := Parse(k)
			if err != nil || b != a {
				t.Fatalf("Parse(String()) = %v, %v; want %v", b, err, a)
			}
			c, err := LayoutKontostreng.Parse(k)
			if err != nil || c != a {
				t.Fatalf("LayoutKontostreng.Parse(%q) = %v, %v; want %v", k, c, err, a)
			}
			if d, err := Parse(a.Dotted()); err != nil || d.Art() != a.Art() || d.Function() != a.Function() {
				t.Fatalf("Parse(Dotted %q) = %v, %v", a.Dotted(), d, err)
			}
		}
		// A Layout never panics either.
		if l, err := layout.Parse(s); err == nil && !l.IsValid() {
			t.Fatalf("layout.Parse(%q) = invalid account without error", s)
		} else if err != nil && longestDigitRun(err.Error()) >= 5 {
			t.Fatalf("layout.Parse(%q) error %q holds a long number", s, err)
		}
		if _, err := NewLayout(s); err == nil {
			_, _ = MustLayout(s).Parse(s)
		}
	})
}

// FuzzParseChart: no input makes ParseChart panic or hang, and every
// error names the file.
func FuzzParseChart(f *testing.F) {
	seed, err := dataFS.ReadFile(chartFile(2025))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(seed))
	f.Add("year,2025\nfunction,5.38.50,x,manditory\n")
	f.Add("\ufeffyear,2025\r\nart,\"7.2,x,income\n")
	f.Fuzz(func(t *testing.T, file string) {
		c, err := ParseChart(strings.NewReader(file), "fuzz.csv")
		if err != nil {
			if c != nil || !strings.Contains(err.Error(), "fuzz.csv") {
				t.Fatalf("ParseChart = %v, %v", c, err)
			}
			return
		}
		for _, fi := range c.Functions() {
			if got, ok := c.Function(fi.Function); !ok || got.Function != fi.Function || c.Scope(fi.Function) != fi.Scope {
				t.Fatalf("function %v not found by lookup", fi.Function)
			}
		}
		for _, ai := range c.Arts() {
			if got, ok := c.Art(ai.Art); !ok || got.Art != ai.Art {
				t.Fatalf("art %v not found by lookup", ai.Art)
			}
		}
	})
}
