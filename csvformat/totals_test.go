package csvformat_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

func total(fn, art, amount string) siu.AccountTotal {
	return siu.AccountTotal{Function: kontoplan.MustParseFunction(fn), Art: kontoplan.MustParseArt(art), Amount: decimal.RequireFromString(amount)}
}

var totalCmp = cmp.Options{
	cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) }),
	cmp.Comparer(func(a, b kontoplan.Function) bool { return a == b }),
	cmp.Comparer(func(a, b kontoplan.Art) bool { return a == b }),
}

func TestReadTotals(t *testing.T) {
	tests := []struct {
		name, in string
		want     []siu.AccountTotal
	}{
		{"semicolons", "funktion;art;beløb\r\n5.38.50;4.0;1.234.567,89\r\n5.38.42;7.2;-1.250,50\r\n",
			[]siu.AccountTotal{total("5.38.50", "4.0", "1234567.89"), total("5.38.42", "7.2", "-1250.50")}},
		{"BOM, other order, other columns, blank line", "\ufeffTekst;Beløb;Art;Funktion\nx;100,00;4.0;5.38.50\n\n;;;\ny;5,5;4.0;5.38.50\n",
			[]siu.AccountTotal{total("5.38.50", "4.0", "100"), total("5.38.50", "4.0", "5.5")}},
		{"commas", "function,art,amount\n5.38.50,4.0,1250.50\n", []siu.AccountTotal{total("5.38.50", "4.0", "1250.50")}},
		{"tabs", "funktion\tart\tbeloeb\n5.38.50\t4.0\t1250,50\n", []siu.AccountTotal{total("5.38.50", "4.0", "1250.50")}},
		{"header only", "funktion;art;beløb\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := csvformat.ReadTotals(strings.NewReader(tt.in), csvformat.TotalsOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, totalCmp); diff != "" {
				t.Errorf("ReadTotals (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadTotalsErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
		is             error
	}{
		{"empty", "", "empty", csvformat.ErrEmpty},
		{"no art column", "funktion;beløb\n5.38.50;1,00\n", "no art column", csvformat.ErrMissingColumn},
		{"two amount columns", "funktion;art;beløb;amount\n", "line 1, column 4: column given twice: a second beløb column", csvformat.ErrDuplicateColumn},
		{"bad function", "funktion;art;beløb\n5.38.50;4.7;1,00\n5.3x.50;4.7;1,00\n", "line 3, column 1 (funktion): not a function", nil},
		{"bad art", "funktion;art;beløb\n5.38.50;47x;1,00\n", "line 2, column 2 (art): not an art", nil},
		{"bad amount", "funktion;art;beløb\n5.38.50;4.7;1,00\n\n5.38.50;4.7;12a\n", "line 4, column 3 (beløb): invalid amount", csvformat.ErrAmount},
		{"ambiguous amount", "funktion;art;beløb\n5.38.50;4.7;1.250\n", "line 2, column 3 (beløb): ambiguous amount: 1.250 could be 1250 or 1,25", csvformat.ErrAmbiguousAmount},
		{"unbalanced quote", "funktion;art;beløb\n5.38.50;\"4.7;1,00\n", "line 2, column", nil},
		{"wrong field count", "funktion;art;beløb\n5.38.50;4.7\n", "line 2: wrong number of fields", csvformat.ErrFieldCount},
		{"binary", "\x00\x01\x02", "line 1: the file is not text", csvformat.ErrNotText},
		{"CPR in an amount", "funktion;art;beløb\n5.38.50;4.7;010190-1234\n", "line 2, column 3 (beløb)", csvformat.ErrAmount},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := csvformat.ReadTotals(strings.NewReader(tt.in), csvformat.TotalsOptions{})
			var pe *csvformat.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v, want a *ParseError", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want %q", err, tt.want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %q does not match %v", err, tt.is)
			}
			if strings.Contains(err.Error(), "1234") {
				t.Errorf("error holds a CPR number: %q", err)
			}
		})
	}
}

// ReadTotals stops at its limits, in bytes and in lines, whatever the
// input holds.
func TestReadTotalsLimits(t *testing.T) {
	var b strings.Builder
	b.WriteString("funktion;art;beløb\n")
	for range 100 {
		b.WriteString("5.38.50;4.0;1,00\n")
	}
	in := b.String()
	if _, err := csvformat.ReadTotals(strings.NewReader(in), csvformat.TotalsOptions{MaxSize: int64(len(in)), MaxLines: 101}); err != nil {
		t.Fatalf("at the limits: %v", err)
	}
	for _, opts := range []csvformat.TotalsOptions{{MaxSize: int64(len(in)) - 1}, {MaxLines: 100}} {
		_, err := csvformat.ReadTotals(strings.NewReader(in), opts)
		if !errors.Is(err, csvformat.ErrTooLarge) {
			t.Errorf("%+v: error %v, want ErrTooLarge", opts, err)
		}
	}
	// One endless line stops at the size limit too.
	endless := "funktion;art;beløb\n5.38.50;4.0;" + strings.Repeat("1", 1<<20)
	if _, err := csvformat.ReadTotals(strings.NewReader(endless), csvformat.TotalsOptions{MaxSize: 4096}); !errors.Is(err, csvformat.ErrTooLarge) {
		t.Errorf("endless line: error %v, want ErrTooLarge", err)
	}
	if csvformat.DefaultMaxTotalsSize <= 0 || csvformat.DefaultMaxTotalsLines <= 0 {
		t.Error("no default limits")
	}
}

// ReadTotals reads back what WriteTotals writes.
func TestWriteTotalsRoundTrip(t *testing.T) {
	want := []siu.AccountTotal{total("5.38.50", "4.0", "1234567.89"), total("5.38.42", "7.2", "-1250.50"), total("5.38.50", "4.7", "0")}
	var b bytes.Buffer
	if err := csvformat.WriteTotals(&b, want); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), "funktion;art;beløb\r\n5.38.50;4.0;1.234.567,89\r\n") {
		t.Errorf("WriteTotals wrote %q", b.String())
	}
	got, err := csvformat.ReadTotals(&b, csvformat.TotalsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got, totalCmp); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func ExampleReadTotals() {
	accounts := "funktion;art;beløb\n5.38.50;4.0;1.234.567,89\n5.38.50;7.2;-1.250,50\n"
	totals, err := csvformat.ReadTotals(strings.NewReader(accounts), csvformat.TotalsOptions{})
	if err != nil {
		panic(err)
	}
	for _, t := range totals {
		fmt.Println(t.Function, t.Art, csvformat.FormatKroner(t.Amount))
	}
	// Output:
	// 5.38.50 4.0 1.234.567,89
	// 5.38.50 7.2 -1.250,50
}
