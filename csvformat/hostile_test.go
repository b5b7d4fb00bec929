package csvformat

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"math/rand/v2"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

// cprLike matches what could be a whole CPR number in a message.
var cprLike = regexp.MustCompile(`\d{6}-?\d{4}`)

func checkNoCPR(t testing.TB, msg string) {
	t.Helper()
	if m := cprLike.FindString(msg); m != "" {
		t.Errorf("message %q holds %q, which could be a CPR number", msg, m)
	}
}

const hdr = "CPR;Konto;Beløb;Startdato;Slutdato;Tekst\n"

func good(psr string) string {
	return psr + ";5385010000000040;1.250,00;01-07-2025;31-07-2025;ok\n"
}

func TestHostileInput(t *testing.T) {
	oneMB := strings.Repeat("x", 1_000_000)
	tests := []struct {
		name  string
		in    string
		err   error // the first error, nil for none
		line  int   // its line
		col   int   // its column
		fatal bool
		good  []int // lines of the records read without error
	}{
		{
			name: "unbalanced quote",
			in:   hdr + good("0107809998") + "0107809998;\"5385010000000040;1,00;01-07-2025;31-07-2025;x\n" + good("0107809999"),
			err:  csv.ErrQuote, line: 3,
			good: []int{2},
		},
		{
			name: "bare quote",
			in:   hdr + "0107809998;538\"501;1,00;01-07-2025;31-07-2025;x\n" + good("0107809999"),
			err:  csv.ErrBareQuote, line: 2,
			good: []int{3},
		},
		{
			name: "too few fields",
			in:   hdr + good("0107809998") + "0107809998;5385010000000040;1,00\n" + good("0107809999"),
			err:  ErrFieldCount, line: 3,
			good: []int{2, 4},
		},
		{
			name: "too many fields",
			in:   hdr + "0107809998;5385010000000040;1,00;01-07-2025;31-07-2025;x;y\n" + good("0107809999"),
			err:  ErrFieldCount, line: 2,
			good: []int{3},
		},
		{
			name: "blank lines",
			in:   "\n\n" + hdr + "\n" + good("0107809998") + "  \n;;;;;\n\n" + good("0107809999") + "\n\n",
			good: []int{5, 9},
		},
		{
			name: "1 MB field",
			in:   hdr + "0107809998;5385010000000040;1,00;01-07-2025;31-07-2025;" + oneMB + "\n" + good("0107809999"),
			err:  ErrFieldTooLong, line: 2, col: 6,
			good: []int{3},
		},
		{
			name: "1 MB field in the CPR column",
			in:   hdr + oneMB + ";5385010000000040;1,00;01-07-2025;31-07-2025;x\n" + good("0107809999"),
			err:  ErrFieldTooLong, line: 2, col: 1,
			good: []int{3},
		},
		{
			name: "2 MB record",
			in:   hdr + good("0107809998") + "0107809998;5385010000000040;1,00;01-07-2025;31-07-2025;" + oneMB + oneMB + "\n" + good("0107809999"),
			err:  ErrRecordTooLong, line: 3, fatal: true,
			good: []int{2},
		},
		{
			name: "binary with NUL bytes",
			in:   "\x00\x01\x02\x03\xff\xfe\x00garbage\n\x00",
			err:  ErrNotText, line: 1, fatal: true,
		},
		{
			name: "PNG image",
			in:   "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
			err:  ErrNotText, line: 1, fatal: true,
		},
		{
			name: "XLSX given as CSV",
			in:   "PK\x03\x04\x14\x00\x06\x00",
			err:  ErrNotText, fatal: true,
		},
		{
			name: "empty file",
			in:   "",
			err:  ErrEmpty, fatal: true,
		},
		{
			name: "only a BOM and blank lines",
			in:   "\ufeff\r\n\r\n;;;\r\n",
			err:  ErrEmpty, fatal: true,
		},
		{
			name: "only a header",
			in:   hdr,
		},
		{
			name: "BOM and invalid UTF-8",
			in:   "\ufeff" + hdr + "0107809998;5385010000000040;1,00;01-07-2025;31-07-2025;ok\n0107809998\xf8;5385010000000040;1,00;01-07-2025;31-07-2025;ok\n",
			err:  ErrEncoding, line: 3, col: 1,
			good: []int{2},
		},
		{
			name: "Windows-1252 header",
			in:   "CPR;Konto;Bel\xf8b;Startdato;Slutdato\n0107809998;5385010000000040;1,00;01-07-2025;31-07-2025\n",
			good: []int{2},
		},
		{
			name: "missing column",
			in:   "CPR;Konto;Startdato;Slutdato\n0107809998;5385010000000040;01-07-2025;31-07-2025\n",
			err:  ErrMissingColumn, line: 1, fatal: true,
		},
		{
			name: "duplicate column",
			in:   "\nCPR;Konto;Beløb;Startdato;Slutdato;PsrID\n",
			err:  ErrDuplicateColumn, line: 2, col: 6, fatal: true,
		},
		{
			name: "no header line",
			in:   good("0107809998") + good("0107809999"),
			err:  ErrMissingColumn, line: 1, fatal: true,
		},
		{
			name: "CPR number in the amount column",
			in:   hdr + "0107809998;5385010000000040;010780-9998;01-07-2025;31-07-2025;x\n",
			err:  ErrAmount, line: 2, col: 3,
		},
		{
			name: "CPR number in a date column",
			in:   hdr + "0107809998;5385010000000040;1,00;0107809998;31-07-2025;x\n",
			err:  ErrDate, line: 2, col: 4,
		},
		{
			name: "account in exponent form",
			in:   hdr + "0107809998;5,38501E+15;1,00;01-07-2025;31-07-2025;x\n",
			err:  ErrNumberCell, line: 2, col: 2,
		},
		{
			name: "record split by a quoted line break",
			in:   hdr + "0107809998;5385010000000040;1,00;01-07-2025;31-07-2025;\"a\nb\"\n0107809999;5385010000000040;1,00;01-07-2025;31-07-2025;x;y\n",
			err:  ErrFieldCount, line: 4,
			good: []int{2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tt.in))
			var goodLines []int
			var first error
			for i := 0; ; i++ {
				if i > 100 {
					t.Fatal("Read did not reach io.EOF")
				}
				_, err := r.Read()
				if err == io.EOF {
					break
				}
				if err == nil {
					goodLines = append(goodLines, r.Line())
					continue
				}
				checkNoCPR(t, err.Error())
				if first == nil {
					first = err
				}
			}
			if !equalInts(goodLines, tt.good) {
				t.Errorf("records read on lines %v, want %v", goodLines, tt.good)
			}
			if tt.err == nil {
				if first != nil {
					t.Fatalf("unexpected error: %v", first)
				}
				return
			}
			var pe *ParseError
			if !errors.As(first, &pe) {
				t.Fatalf("error %v (%T) is not a *ParseError", first, first)
			}
			if !errors.Is(pe, tt.err) || pe.Line != tt.line || pe.Column != tt.col || pe.Fatal != tt.fatal {
				t.Errorf("error = %q {Line %d Column %d Fatal %v}, want %v on line %d column %d fatal %v",
					pe, pe.Line, pe.Column, pe.Fatal, tt.err, tt.line, tt.col, tt.fatal)
			}
		})
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// endless is an io.Reader that never ends.
type endless byte

func (e endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(e)
	}
	return len(p), nil
}

// TestUnclosedQuoteOnEndlessInput checks that a quote never closed on an
// input that never ends gives an error, in bounded memory, instead of a
// hang.
func TestUnclosedQuoteOnEndlessInput(t *testing.T) {
	in := io.MultiReader(strings.NewReader(hdr+good("0107809998")+"x;\""), endless('a'))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	r := NewReader(in)
	if _, err := r.Read(); err != nil {
		t.Fatal(err)
	}
	_, err := r.Read()
	runtime.ReadMemStats(&after)
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrRecordTooLong) || !pe.Fatal || pe.Line != 3 {
		t.Fatalf("Read = %v, want a fatal ErrRecordTooLong on line 3", err)
	}
	if _, err := r.Read(); err != io.EOF {
		t.Errorf("Read after a fatal error = %v, want io.EOF", err)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 16*DefaultMaxRecordSize {
		t.Errorf("reading allocated %d bytes, want at most %d", grew, 16*DefaultMaxRecordSize)
	}
}

// TestEndlessHeaderLine checks the same for a first line without end.
func TestEndlessHeaderLine(t *testing.T) {
	_, err := NewReader(endless('a')).Read()
	if !errors.Is(err, ErrRecordTooLong) {
		t.Errorf("Read = %v, want ErrRecordTooLong", err)
	}
}

// TestRandomBytesNeverPanic reads random binary inputs.
func TestRandomBytesNeverPanic(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 200; i++ {
		b := make([]byte, rng.IntN(4096))
		for j := range b {
			b[j] = byte(rng.UintN(256))
		}
		if i%2 == 0 { // also without NUL bytes, to get past the text check
			b = bytes.ReplaceAll(b, []byte{0}, []byte{'\n'})
			b = append([]byte(hdr), b...)
		}
		r := NewReader(bytes.NewReader(b))
		for n := 0; ; n++ {
			if n > len(b)+10 {
				t.Fatal("Read did not reach io.EOF")
			}
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				var pe *ParseError
				if !errors.As(err, &pe) {
					t.Fatalf("error %v (%T) is not a *ParseError", err, err)
				}
			}
		}
	}
}
