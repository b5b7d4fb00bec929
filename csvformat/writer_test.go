package csvformat

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

func TestWriterOutput(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf)
	if err := w.Write(rec("0107809998", "5385010000000040", "24850.00", "2025-07-01", "2026-06-30")); err != nil {
		t.Fatal(err)
	}
	if err := w.Write(rec("1234569998", "538501-40", "-1.500", "2025-01-01", "")); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		t.Fatal(err)
	}
	want := "\ufeffCPR;Konto;Beløb;Startdato;Slutdato\r\n" +
		"010780-9998;5.38.50.1 4.0;24850,00;01-07-2025;30-06-2026\r\n" +
		"123456-9998;538501-40;-01,500;01-01-2025;\r\n"
	if got := buf.String(); got != want {
		t.Errorf("output:\n%q\nwant:\n%q", got, want)
	}

	buf.Reset()
	w = NewWriter(&buf)
	w.Plain = true
	_ = w.Write(rec("0107809998", "5385010000000040", "24850.00", "2025-07-01", "2026-06-30"))
	w.Flush()
	want = "\ufeffCPR;Konto;Beløb;Startdato;Slutdato\r\n" +
		"0107809998;5385010000000040;24850,00;01-07-2025;30-06-2026\r\n"
	if got := buf.String(); got != want {
		t.Errorf("Plain output:\n%q\nwant:\n%q", got, want)
	}
}

// excelNumber matches a cell Excel turns into a number when it opens a CSV
// file: digits, with an optional sign and decimal part.
var excelNumber = regexp.MustCompile(`^[-+]?[0-9]+([.,][0-9]+)?$`)

// TestWriterKeepsTextForExcel checks the form of the CPR and account cells
// for people: none is a number Excel would convert (losing a leading zero,
// or rounding sixteen digits to fifteen), and each reads back unchanged.
func TestWriterKeepsTextForExcel(t *testing.T) {
	records := []siu.Record{
		rec("0107809998", "5384210000000047", "1.00", "2025-03-01", "2025-03-31"), // art 4.7: rounded by Excel to 4.0
		rec("1234569998", "5385010020000040", "1.00", "", ""),                     // a gruppering
		rec("0107809998", "5385017123400040", "1.00", "", ""),                     // ejerforhold and omkostningssted: no dotted form
		rec("107809998", "0000000000000000", "1.00", "", ""),                      // nine digits; not an account
		rec("", "", "1.00", "", ""),
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		records = append(records, randomRecord(rng))
	}
	var buf bytes.Buffer
	w := NewWriter(&buf)
	for _, r := range records {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), bomUTF8)))
	cr.Comma = ';'
	rows, err := cr.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows[1:] {
		for _, cell := range row[:2] {
			if excelNumber.MatchString(cell) {
				t.Errorf("cell %q: Excel would make it a number", cell)
			}
		}
	}
	if got := rows[1][:2]; got[0] != "010780-9998" || got[1] != "5.38.42.1 4.7" {
		t.Errorf("first line's CPR and account = %q, want 010780-9998 and 5.38.42.1 4.7", got)
	}
	if got := rows[3][1]; got != `="5385017123400040"` {
		t.Errorf("account without a dotted form written %q, want a text formula", got)
	}
	var got []siu.Record
	for r, err := range NewReader(&buf).Records() {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, r)
	}
	if diff := cmp.Diff(records, got); diff != "" {
		t.Errorf("read back (-written +read):\n%s", diff)
	}
}

func TestWriterRefusesOtherForms(t *testing.T) {
	tests := []struct {
		rec siu.Record
		err error
	}{
		{rec("x", "y", "1.250,00", "", ""), ErrAmount},
		{rec("x", "y", "1e3", "", ""), ErrAmount},
		{rec("x", "y", "+5", "", ""), ErrAmount},
		{rec("x", "y", "5.", "", ""), ErrAmount},
		{rec("x", "y", "5", "01-07-2025", ""), ErrDate},
		{rec("x", "y", "5", "", "2025-02-30"), ErrDate},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		w := NewWriter(&buf)
		if err := w.Write(tt.rec); !errors.Is(err, tt.err) {
			t.Errorf("Write(%+v) = %v, want %v", tt.rec, err, tt.err)
		}
		w.Flush()
		if strings.Count(buf.String(), "\n") != 1 {
			t.Errorf("Write(%+v) wrote a line: %q", tt.rec, buf.String())
		}
	}
}

func TestWriterEmptyIsReadable(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf)
	w.Flush()
	r := NewReader(&buf)
	if _, err := r.Read(); err != io.EOF {
		t.Errorf("Read of an empty export = %v, want io.EOF", err)
	}
}

// TestRoundTripRecords checks that reading what a Writer wrote gives back
// the records, for fixed hard cases and random ones.
func TestRoundTripRecords(t *testing.T) {
	records := []siu.Record{
		rec("0107809998", "5385010000000040", "24850.00", "2025-07-01", "2026-06-30"),
		rec("1234569998", "5385010000000072", "-1250.50", "2025-01-01", "2025-01-31"),
		rec("0107809999", "5385010000000040", "1.50", "2024-02-29", "2024-03-01"),
		rec("0107809999", "5385010000000040", "-999.999", "2025-12-31", ""),
		rec("0107809999", "5385010000000040", "0.50", "", "2025-01-01"),
		rec("0107809999", "5385010000000040", "1000.00", "", ""),
		rec("0107809999", "5385010000000040", "0.00", "", ""),
		rec("0107809999", "5385010000000040", "", "", ""),
		rec("01078;09999", "a \"quoted\" account", "12.3456", "0001-01-01", "9999-12-31"),
	}
	rng := rand.New(rand.NewPCG(7, 7))
	for range 2000 {
		records = append(records, randomRecord(rng))
	}
	var buf bytes.Buffer
	w := NewWriter(&buf)
	for _, r := range records {
		if err := w.Write(r); err != nil {
			t.Fatalf("Write(%+v): %v", r, err)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		t.Fatal(err)
	}
	var got []siu.Record
	for r, err := range NewReader(&buf).Records() {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, r)
	}
	if diff := cmp.Diff(records, got); diff != "" {
		t.Errorf("read back (-written +read):\n%s", diff)
	}
}

func randomRecord(rng *rand.Rand) siu.Record {
	amount := fmt.Sprint(rng.IntN(10_000_000))
	if rng.IntN(2) == 0 {
		amount = "-" + amount
	}
	// Read's normal form: two decimals, or more when the last is not 0.
	if n := 2 + rng.IntN(3); n == 2 {
		amount += "." + fmt.Sprintf("%02d", rng.IntN(100))
	} else {
		amount += "." + fmt.Sprintf("%0*d", n-1, rng.IntN(pow10(n-1))) + fmt.Sprint(1+rng.IntN(9))
	}
	if strings.HasPrefix(amount, "-0.") && strings.Trim(amount[3:], "0") == "" {
		amount = amount[1:] // the Reader writes zero without a sign
	}
	date := func() string {
		if rng.IntN(10) == 0 {
			return ""
		}
		return civil.MustNew(2020, time.January, 1).AddDays(rng.IntN(3000)).String()
	}
	return rec(fmt.Sprintf("%010d", rng.IntN(1e10)), fmt.Sprintf("%016d", rng.Int64N(1e16)), amount, date(), date())
}

func pow10(n int) int {
	p := 1
	for range n {
		p *= 10
	}
	return p
}

func TestRoundTripLinesAsPostings(t *testing.T) {
	lines := []siu.Line{
		{
			PsrID:   cpr.MustParse("0107809998"),
			Account: kontoplan.MustParse("5385010000000040"),
			Amount:  decimal.RequireFromString("24850"),
			Start:   civil.MustParse("2025-07-01"),
			End:     civil.MustParse("2026-06-30"),
		},
		{
			PsrID:   cpr.MustParse("1234569998"),
			Account: kontoplan.MustParse("5.38.50.1 7.2"),
			Amount:  decimal.RequireFromString("-1250.5"),
			Start:   civil.MustParse("2025-01-01"),
			End:     civil.MustParse("2025-01-31"),
		},
		{
			PsrID:   cpr.MustParse("0107809999"),
			Account: kontoplan.MustParse("5385010000000040"),
			Amount:  decimal.RequireFromString("1.51"),
			Start:   civil.MustParse("2024-02-29"),
			End:     civil.MustParse("2024-02-29"),
		},
	}
	var buf bytes.Buffer
	w := NewWriter(&buf)
	for _, l := range lines {
		if err := w.WriteLine(l); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	if !strings.Contains(buf.String(), ";24850,00;") {
		t.Errorf("amount 24850 not written with two decimals:\n%s", buf.String())
	}
	var got []siu.Line
	for p, err := range NewReader(&buf).Postings() {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, siu.Line(p))
	}
	if len(got) != len(lines) {
		t.Fatalf("read %d lines, wrote %d", len(got), len(lines))
	}
	for i, l := range lines {
		g := got[i]
		if g.PsrID != l.PsrID || g.Account != l.Account || !g.Amount.Equal(l.Amount) || g.Start != l.Start || g.End != l.End {
			t.Errorf("line %d read back as %v %v %v %v %v, want %v %v %v %v %v", i,
				g.PsrID, g.Account, g.Amount, g.Start, g.End, l.PsrID, l.Account, l.Amount, l.Start, l.End)
		}
	}
}
