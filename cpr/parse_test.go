package cpr

import (
	"cmp"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/siukit/siukit/civil"
)

func TestParseForms(t *testing.T) {
	want := MustParse("0707614285")
	for _, s := range []string{
		"0707614285",
		"070761-4285",
		" 0707614285",
		"070761-4285 ",
		"\t 070761-4285\t ",
	} {
		n, err := Parse(s)
		if err != nil {
			t.Errorf("Parse(%q): %v", s, err)
			continue
		}
		if n != want {
			t.Errorf("Parse(%q) = %s, want %s (digits differ)", s, n, want)
		}
		if got := n.Digits(); got != "0707614285" {
			t.Errorf("Parse(%q).Digits() = %q, want %q", s, got, "0707614285")
		}
	}
}

func TestParseKnownNumber(t *testing.T) {
	// python-stdnum's dk/cpr.py example.
	n := MustParse("070761-4285")
	if got, want := n.BirthDate(), civil.MustNew(1961, time.July, 7); got != want {
		t.Errorf("BirthDate = %v, want %v", got, want)
	}
	if got := n.Sex(); got != Male {
		t.Errorf("Sex = %v, want male", got)
	}
	if !n.PassesModulus11() {
		t.Error("PassesModulus11 = false, want true")
	}
	if n.IsFictive() {
		t.Error("IsFictive = true, want false")
	}
}

// TestCenturyTable checks every cell of the century table (SOURCES.md: cpr-opbygning) at
// both edges of its YY column.
func TestCenturyTable(t *testing.T) {
	// Rows: 7th digit. Columns: YY 00–36, 37–57, 58–99. Written from cpr.dk's
	// table, not from the code's.
	table := map[byte][3]int{
		'0': {1900, 1900, 1900},
		'1': {1900, 1900, 1900},
		'2': {1900, 1900, 1900},
		'3': {1900, 1900, 1900},
		'4': {2000, 1900, 1900},
		'5': {2000, 2000, 1800},
		'6': {2000, 2000, 1800},
		'7': {2000, 2000, 1800},
		'8': {2000, 2000, 1800},
		'9': {2000, 1900, 1900},
	}
	columns := [3][2]int{{0, 36}, {37, 57}, {58, 99}}
	for d7, centuries := range table {
		for col, edges := range columns {
			for _, yy := range edges {
				s := fmt.Sprintf("0103%02d%c123", yy, d7)
				t.Run(s, func(t *testing.T) {
					n, err := Parse(s)
					if err != nil {
						t.Fatalf("Parse: %v", err)
					}
					want := civil.MustNew(centuries[col]+yy, time.March, 1)
					if got := n.BirthDate(); got != want {
						t.Errorf("BirthDate = %v, want %v", got, want)
					}
				})
			}
		}
	}
}

func TestBirthDateRange(t *testing.T) {
	tests := []struct {
		in   string
		want civil.Date
	}{
		{"0101585000", civil.MustNew(1858, time.January, 1)},   // earliest
		{"3112578000", civil.MustNew(2057, time.December, 31)}, // latest
		{"3112994000", civil.MustNew(1999, time.December, 31)},
		{"0101004000", civil.MustNew(2000, time.January, 1)},
		{"0101369000", civil.MustNew(2036, time.January, 1)},
		{"0101379000", civil.MustNew(1937, time.January, 1)},
	}
	for _, tt := range tests {
		if got := MustParse(tt.in).BirthDate(); got != tt.want {
			t.Errorf("BirthDate(%s) = %v, want %v", tt.in[:6], got, tt.want)
		}
	}
}

func TestLeapDay(t *testing.T) {
	tests := []struct {
		in   string
		want civil.Date // zero: rejected with ErrCentury
	}{
		{"2902004000", civil.MustNew(2000, time.February, 29)}, // 2000 is a leap year
		{"2902000000", civil.Date{}},                           // 1900 is not
		{"2902009000", civil.MustNew(2000, time.February, 29)},
		{"2902005000", civil.MustNew(2000, time.February, 29)},
		{"2902965000", civil.MustNew(1896, time.February, 29)},
		{"2902641000", civil.MustNew(1964, time.February, 29)},
		{"2902011000", civil.Date{}}, // 1901
		{"2902044000", civil.MustNew(2004, time.February, 29)},
		{"2902040000", civil.MustNew(1904, time.February, 29)},
		{"2902605000", civil.MustNew(1860, time.February, 29)},
		{"2902595000", civil.Date{}}, // 1859
	}
	for _, tt := range tests {
		n, err := Parse(tt.in)
		if !tt.want.IsValid() {
			if !errors.Is(err, ErrCentury) {
				t.Errorf("Parse(290200 with 7th digit %c) error = %v, want ErrCentury", tt.in[6], err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%s-%c): %v", tt.in[:6], tt.in[6], err)
			continue
		}
		if got := n.BirthDate(); got != tt.want {
			t.Errorf("BirthDate = %v, want %v", got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		part Part
		pos  int
		char rune
		want error
	}{
		{"empty", "", PartLength, 0, 0, ErrLength},
		{"spaces only", "   ", PartLength, 0, 0, ErrLength},
		{"nine digits", "170580123", PartLength, 0, 0, ErrLength},
		{"eleven digits", "17058012345", PartLength, 0, 0, ErrLength},
		{"twelve characters", "170580-12345", PartLength, 0, 0, ErrLength},
		{"hyphen misplaced", "17058-01234", PartLength, 0, 0, ErrLength},
		{"letter in day", "1x05801234", PartCharacter, 2, 'x', ErrCharacter},
		{"letter in serial", "170580123O", PartCharacter, 10, 'O', ErrCharacter},
		{"one letter in 8-9", "1705801A34", PartCharacter, 8, 'A', ErrCharacter},
		{"double hyphen", "170580--234", PartCharacter, 7, '-', ErrCharacter},
		{"slash separator", "170580/1234", PartCharacter, 0, '/', ErrCharacter},
		{"en dash separator", "170580\u20131234", PartCharacter, 0, '\u2013', ErrCharacter},
		{"non-ASCII digit", "17058\u00d81234", PartCharacter, 6, '\u00d8', ErrCharacter},
		{"newline inside", "17058\n1234", PartCharacter, 6, '\n', ErrCharacter},
		{"newline around", "1705801234\n", PartLength, 0, 0, ErrLength},
		{"sign", "+705801234", PartCharacter, 1, '+', ErrCharacter},
		{"month 00", "1700801234", PartMonth, 0, 0, ErrMonth},
		{"month 13", "1713801234", PartMonth, 0, 0, ErrMonth},
		{"day 00", "0005801234", PartDay, 0, 0, ErrDay},
		{"day 32", "3205801234", PartDay, 0, 0, ErrDay},
		{"day 60", "6005801234", PartDay, 0, 0, ErrDay},
		{"day 92", "9205801234", PartDay, 0, 0, ErrDay},
		{"31 April", "3104801234", PartDay, 0, 0, ErrDay},
		{"30 February", "3002004000", PartDay, 0, 0, ErrDay},
		{"29 February 1900", "2902000000", PartCentury, 0, 0, ErrCentury},
		{"29 February 1859", "2902595000", PartCentury, 0, 0, ErrCentury},
		{"123456 not fictive", "1234561234", PartMonth, 0, 0, ErrMonth},
		{"replacement day+60", "7705801234", PartReplacement, 0, 0, ErrReplacement},
		{"replacement letters", "1705801AB4", PartReplacement, 0, 0, ErrReplacement},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := Parse(tt.in)
			if err == nil {
				t.Fatalf("Parse = %v, want an error", n)
			}
			if n.IsValid() {
				t.Errorf("Parse returned a valid Number with an error")
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T is not a *Error", err)
			}
			if e.Part != tt.part || e.Pos != tt.pos || e.Char != tt.char {
				t.Errorf("error = {Part %v, Pos %d, Char %q}, want {Part %v, Pos %d, Char %q}", e.Part, e.Pos, e.Char, tt.part, tt.pos, tt.char)
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("errors.Is(%v, %v) = false", err, tt.want)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("errors.Is(%v, ErrInvalid) = false", err)
			}
			checkErrorText(t, err, tt.in)
		})
	}
}

// TestErrorText checks the message of each kind of error, so that a
// message that says the wrong thing fails.
func TestErrorText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "cpr: empty, want 10 digits (DDMMYYSSSS or DDMMYY-SSSS)"},
		{"12345", "cpr: want 10 digits (DDMMYYSSSS or DDMMYY-SSSS), got 5 characters"},
		{"170580-12x4", "cpr: position 9 (serial number SSSS) is 'x', want a digit"},
		{"170580/1234", "cpr: the separator after DDMMYY is '/', want '-' or none"},
		{"1713801234", "cpr: month (MM, positions 3-4) is not 01-12"},
		{"3104801234", "cpr: day (DD, positions 1-2) does not exist in the month"},
		{"3204801234", "cpr: day (DD, positions 1-2) is not 01-31"},
		{"0004801234", "cpr: day (DD, positions 1-2) is not 01-31"},
		{"2902000000", "cpr: 29 February does not exist in the birth year that YY and position 7 give (not a leap year)"},
		{"7705801234", "cpr: replacement number (erstatningspersonnummer, day DD is 61-91), not a CPR number"},
		{"1705801AB4", "cpr: replacement number (erstatningspersonnummer, letters in positions 8-9), not a CPR number"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		if err == nil {
			t.Errorf("Parse(case %q) succeeded", tt.want)
			continue
		}
		if got := err.Error(); got != tt.want {
			t.Errorf("error = %q, want %q", got, tt.want)
		}
	}
}

// checkErrorText fails when err's message holds the input (when it has
// three digits or more) or a run of three or more digits (positions and
// ranges such as "01-31" have two), other than the length of the input.
func checkErrorText(t *testing.T, err error, in string) {
	t.Helper()
	msg := err.Error()
	var e *Error
	if errors.As(err, &e) && e.Part == PartLength {
		msg = strings.Replace(msg, fmt.Sprint(e.Len), "", 1)
	}
	if run := longestDigitRun(msg); run > 2 {
		t.Errorf("error message has a run of %d digits", run)
	}
	if in = trimSpace(in); countDigits(in) >= 3 && strings.Contains(msg, in) {
		t.Errorf("error message contains the input")
	}
}

func longestDigitRun(s string) int {
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return longest
}

func TestMustParsePanicHidesNumber(t *testing.T) {
	defer func() {
		r := recover()
		if r == nil {
			t.Fatal("MustParse did not panic")
		}
		err, ok := r.(error)
		if !ok {
			t.Fatalf("panic value %T is not an error", r)
		}
		checkErrorText(t, err, "3205801234")
	}()
	MustParse("3205801234")
}

func TestParseAllocs(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation count only")
	}
	for _, s := range []string{"1705801234", " 170580-1234\t", "1234569999", "2902004000"} {
		if got := testing.AllocsPerRun(100, func() {
			if _, err := Parse(s); err != nil {
				t.Fatal(err)
			}
		}); got != 0 {
			t.Errorf("Parse(%s-...) allocates %v times, want 0", s[:6], got)
		}
	}
}

func TestSex(t *testing.T) {
	tests := []struct {
		in   string
		want Sex
	}{
		{"1705801230", Female},
		{"1705801232", Female},
		{"1705801231", Male},
		{"1705801239", Male},
	}
	for _, tt := range tests {
		if got := MustParse(tt.in).Sex(); got != tt.want {
			t.Errorf("Sex(last digit %c) = %v, want %v", tt.in[9], got, tt.want)
		}
	}
	if got := (Number{}).Sex(); got != 0 {
		t.Errorf("Sex of the zero Number = %v, want the zero Sex", got)
	}
	for s, want := range map[Sex]string{Female: "female", Male: "male", 0: "unknown", 7: "Sex(7)"} {
		if got := s.String(); got != want {
			t.Errorf("Sex(%d).String() = %q, want %q", uint8(s), got, want)
		}
	}
}

func TestModulus11IsInformational(t *testing.T) {
	// Born 1 January 2008, issued after 1 October 2007: fails modulus 11
	// (weighted sum 0*4+1*3+0*2+1*7+0*6+8*5+5*4+0*3+0*2+5*1 = 75).
	n, err := Parse("010108-5005")
	if err != nil {
		t.Fatalf("a number that fails modulus 11 was rejected: %v", err)
	}
	if n.PassesModulus11() {
		t.Error("PassesModulus11 = true, want false")
	}
	if got, want := n.BirthDate(), civil.MustNew(2008, time.January, 1); got != want {
		t.Errorf("BirthDate = %v, want %v", got, want)
	}
	if (Number{}).PassesModulus11() {
		t.Error("the zero Number passes modulus 11")
	}
}

func TestZeroNumber(t *testing.T) {
	var n Number
	if n.IsValid() || n.IsFictive() {
		t.Error("the zero Number is valid or fictive")
	}
	if n.BirthDate().IsValid() {
		t.Error("the zero Number has a birth date")
	}
	if n.Digits() != "" || n.String() != "" {
		t.Errorf("zero Number: Digits %q, String %q, want both empty", n.Digits(), n.String())
	}
	if got := string(n.AppendDigits([]byte("x"))); got != "x" {
		t.Errorf("AppendDigits = %q, want %q", got, "x")
	}
}

func TestNumberComparable(t *testing.T) {
	a, b := MustParse("1705801234"), MustParse("170580-1234")
	c := MustParse("1705801235")
	if a != b || a == c || a == (Number{}) {
		t.Error("== does not mean same number")
	}
	m := map[Number]int{a: 1}
	if m[b] != 1 {
		t.Error("equal numbers are different map keys")
	}
}

func TestScrambleInverse(t *testing.T) {
	if x := uint64(scramble); x*unscramble != 1 {
		t.Fatal("unscramble is not the inverse of scramble modulo 2^64")
	}
	for _, v := range []uint64{0, 1, 1705801234, 9999999999} {
		if got := fromValue(v).value(); got != v {
			t.Errorf("value(fromValue(%d)) = %d", v, got)
		}
	}
}

func TestErrorDescribesCharacter(t *testing.T) {
	tests := []struct{ in, want string }{
		{"17058\u20001234", "cpr: position 6 (year YY) is a space character, want a digit"},
		{"17058\x001234", "cpr: position 6 (year YY) is a non-printable character, want a digit"},
		{"17058\u00d81234", "cpr: position 6 (year YY) is 'Ø', want a digit"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		if err == nil || err.Error() != tt.want {
			t.Errorf("error = %v, want %q", err, tt.want)
		}
	}
}

func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			n++
		}
	}
	return n
}

func TestCompare(t *testing.T) {
	ordered := []Number{{}, MustParse("0101585000"), MustParse("0101585001"), MustParse("1705801234"), MustParse("3112578000")}
	for i, a := range ordered {
		for j, b := range ordered {
			if got, want := a.Compare(b), cmp.Compare(i, j); got != want {
				t.Errorf("Compare(#%d, #%d) = %d, want %d", i, j, got, want)
			}
		}
	}
}
