package cpr

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/siukit/siukit/internal/redacttable"
)

// loadRedactCases returns the table of cases the tests of every package
// that redacts messages share (internal/redacttable).
func loadRedactCases(t testing.TB) []redacttable.Case {
	t.Helper()
	cs, err := redacttable.Cases()
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

func TestRedact(t *testing.T) {
	seen := map[string]bool{}
	for _, tt := range loadRedactCases(t) {
		if seen[tt.Name] {
			t.Errorf("case name %q appears twice", tt.Name)
		}
		seen[tt.Name] = true
		got := Redact(tt.In)
		if got != tt.Want {
			t.Errorf("%s: Redact(%q) = %q, want %q", tt.Name, tt.In, got, tt.Want)
		}
		if Redact(got) != got {
			t.Errorf("%s: Redact is not idempotent: Redact(%q) = %q", tt.Name, got, Redact(got))
		}
		if tt.Whole != "" {
			if !strings.Contains(flatten(tt.In), tt.Whole) {
				t.Errorf("%s: whole %q is not in the input %q", tt.Name, tt.Whole, tt.In)
			}
			if strings.Contains(flatten(got), tt.Whole) {
				t.Errorf("%s: Redact(%q) = %q still holds %s", tt.Name, tt.In, got, tt.Whole)
			}
		}
		if leak := parsableNumber(got); leak != "" {
			t.Errorf("%s: Redact(%q) = %q holds %q, which Parse accepts", tt.Name, tt.In, got, leak)
		}
	}
}

// TestRedactInvalidUTF8 checks text that JSON cannot hold: bytes that are
// not UTF-8 pass through as they are, and a cut full-width digit is not a
// digit.
func TestRedactInvalidUTF8(t *testing.T) {
	tests := []struct{ in, want string }{
		{"\xff1705801234\xfe", "\xff170580-****\xfe"},
		{"\xef\xbc", "\xef\xbc"},
		{"\xef\xbc\x91", "１"},
		{"１７０５８０１２３\xef\xbc", "１７０５８０１２３\xef\xbc"},
		{"170580\xe2\x801234", "170580\xe2\x801234"}, // a cut U+2010
		{"170580\xc2", "170580\xc2"},
		{"\x80\x80\x80", "\x80\x80\x80"},
	}
	for _, tt := range tests {
		if got := Redact(tt.in); got != tt.want {
			t.Errorf("Redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestRedactAllocs checks that Redact allocates only when it masks
// something, and then once.
func TestRedactAllocs(t *testing.T) {
	for _, tt := range []struct {
		in     string
		allocs float64
	}{
		{"line 7, column 3 (Beløb): invalid amount: two decimal marks", 0},
		{"account 5385010000000040, the 1073741824 bytes limit, 2025-01-31", 0},
		{"line 7: 1705801234 and 170580-1234", 1},
	} {
		if got := testing.AllocsPerRun(100, func() { _ = Redact(tt.in) }); got != tt.allocs {
			t.Errorf("Redact(%q): %v allocations, want %v", tt.in, got, tt.allocs)
		}
	}
}

func FuzzRedact(f *testing.F) {
	for _, tt := range loadRedactCases(f) {
		f.Add(tt.In)
	}
	f.Add("\xff1705801234\xfe")
	f.Add("170580-170580-1234")
	f.Fuzz(func(t *testing.T, s string) {
		got := Redact(s)
		if Redact(got) != got {
			t.Fatalf("not idempotent: Redact(%q) = %q, Redact of that = %q", s, got, Redact(got))
		}
		if utf8.ValidString(got) != utf8.ValidString(s) {
			t.Fatalf("Redact(%q) = %q changed whether the text is UTF-8", s, got)
		}
		if leak := parsableNumber(got); leak != "" {
			t.Fatalf("Redact(%q) = %q holds %q, which Parse accepts", s, got, leak)
		}
		if len(got) > len(s)+len(s)/6 {
			t.Fatalf("Redact(%q) = %q grew too much", s, got)
		}
	})
}

// BenchmarkRedact redacts an error message with nothing to mask (the
// common case) and one with a number.
func BenchmarkRedact(b *testing.B) {
	for _, bb := range []struct{ name, in string }{
		{"clean", "line 1048576, column 3 (Beløb): invalid amount \"24850,005\": more than two decimals"},
		{"number", "line 1048576, column 2 (CPR): invalid CPR number \"1705801234\""},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = Redact(bb.in)
			}
		})
	}
}

// flatten returns s with full-width digits read as ASCII and every
// character that is not a digit or a letter removed, so that a number
// split by any separator shows as its digits in a row.
func flatten(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case '０' <= r && r <= '９':
			b.WriteRune('0' + r - '０')
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
			b.WriteRune(r)
		}
	}
	return b.String()
}

// parsableNumber returns the first whole number that Parse accepts in s:
// a run of ten digits, or six digits, one separator and four digits, with
// full-width digits read as ASCII. It uses Parse, not Redact's rules, so
// that the two are checked against each other.
func parsableNumber(s string) string {
	var runs []string // digit runs, each followed by the one character after it
	var seps []rune
	var cur strings.Builder
	for _, r := range s + "\x00" {
		if '０' <= r && r <= '９' {
			r = '0' + r - '０'
		}
		if '0' <= r && r <= '9' {
			cur.WriteRune(r)
			continue
		}
		if cur.Len() > 0 {
			runs = append(runs, cur.String())
			seps = append(seps, r)
			cur.Reset()
		} else if len(seps) > 0 {
			seps[len(seps)-1] = 0 // two non-digits: the last run joins nothing
		}
	}
	for i, run := range runs {
		if len(run) == 10 {
			if _, err := Parse(run); err == nil {
				return run
			}
		}
		if len(run) == 6 && i+1 < len(runs) && len(runs[i+1]) == 4 && isSeparator(seps[i]) {
			if _, err := Parse(run + runs[i+1]); err == nil {
				return run + string(seps[i]) + runs[i+1]
			}
		}
	}
	return ""
}

func isSeparator(r rune) bool {
	return strings.ContainsRune("- \u00a0\u2007\u202f\u3000\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d", r)
}
