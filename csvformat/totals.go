package csvformat

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// Limits of ReadTotals when TotalsOptions leaves them zero. A municipality's
// accounts have a few hundred totals per function and art.
const (
	DefaultMaxTotalsSize  = 16 << 20 // bytes
	DefaultMaxTotalsLines = 100_000
)

// TotalsOptions tune ReadTotals.
type TotalsOptions struct {
	// MaxSize is the largest input in bytes; zero means
	// DefaultMaxTotalsSize.
	MaxSize int64
	// MaxLines is the largest number of lines, the header's included;
	// zero means DefaultMaxTotalsLines.
	MaxLines int
}

// The columns of a totals file, by folded name (foldName).
var totalsColumns = map[string]int{
	"funktion": 0, "function": 0,
	"art":    1,
	"beloeb": 2, "belob": 2, "amount": 2,
}

// ReadTotals reads a municipality's account totals per function and art,
// for siu.Reconcile, from CSV: a header line naming the columns funktion,
// art and beløb (in any order and case; other columns are ignored), then
// one total per line, e.g. "5.38.50;4.0;1.234.567,89". The separator is
// ';', or ',' or a tab when the header has no ';'. Amounts are read by
// ParseAmount; blank lines are skipped; several lines for one function and
// art are returned as they are (siu.Reconcile adds them up).
//
// Every error is a *ParseError naming the line and, for one field, the
// column; the first error ends reading. An input beyond opts's limits is an
// ErrTooLarge.
func ReadTotals(r io.Reader, opts TotalsOptions) ([]siu.AccountTotal, error) {
	maxSize, maxLines := opts.MaxSize, opts.MaxLines
	if maxSize <= 0 {
		maxSize = DefaultMaxTotalsSize
	}
	if maxLines <= 0 {
		maxLines = DefaultMaxTotalsLines
	}
	lim := &io.LimitedReader{R: r, N: maxSize + 1}
	br := bufio.NewReader(lim)
	if head, _ := br.Peek(3); bytes.Equal(head, bomUTF8) {
		_, _ = br.Discard(3)
	}
	first, _ := br.Peek(4096)
	if bytes.IndexByte(first, 0) >= 0 {
		return nil, &ParseError{Line: 1, Fatal: true, Err: hint{"the file is not text", ErrNotText}}
	}
	cr := csv.NewReader(br)
	cr.Comma = ';'
	if line, _, _ := bytes.Cut(first, []byte("\n")); !bytes.Contains(line, []byte(";")) {
		cr.Comma = ','
		if bytes.Contains(line, []byte("\t")) {
			cr.Comma = '\t'
		}
	}
	cr.ReuseRecord = true
	tooLarge := func(line int) error {
		return &ParseError{Line: line, Fatal: true, Err: detail(ErrTooLarge, "more than %d bytes or %d lines", maxSize, maxLines)}
	}
	read := func() ([]string, error) {
		rec, err := cr.Read()
		if lim.N <= 0 {
			return nil, tooLarge(0)
		}
		if err != nil {
			return nil, totalsCSVError(err)
		}
		if line, _ := cr.FieldPos(0); line > maxLines {
			return nil, tooLarge(line)
		}
		return rec, nil
	}
	header, err := read()
	if err == io.EOF {
		return nil, &ParseError{Fatal: true, Err: detail(ErrEmpty, "want a header line funktion;art;beløb")}
	}
	if err != nil {
		return nil, err
	}
	cols := [3]int{-1, -1, -1}
	names := [3]string{"funktion", "art", "beløb"}
	for i, name := range header {
		if f, ok := totalsColumns[foldName(name)]; ok {
			if cols[f] >= 0 {
				return nil, &ParseError{Line: 1, Column: i + 1, Fatal: true, Err: detail(ErrDuplicateColumn, "a second %s column", names[f])}
			}
			cols[f] = i
			names[f] = strings.TrimSpace(name)
		}
	}
	for f, c := range cols {
		if c < 0 {
			return nil, &ParseError{Line: 1, Fatal: true, Err: detail(ErrMissingColumn, "no %s column: want a header line funktion;art;beløb", names[f])}
		}
	}
	var out []siu.AccountTotal
	for {
		rec, err := read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		if blankRecord(rec) {
			continue
		}
		fail := func(f int, err error) error {
			return &ParseError{Line: line, Column: cols[f] + 1, Name: names[f], Fatal: true, Err: err}
		}
		var t siu.AccountTotal
		field := func(f int) string { return strings.TrimSpace(rec[cols[f]]) }
		if t.Function, err = kontoplan.ParseFunction(field(0)); err != nil {
			return nil, fail(0, phrase("not a function such as 5.38.50"))
		}
		if t.Art, err = kontoplan.ParseArt(field(1)); err != nil {
			return nil, fail(1, phrase("not an art such as 4.0"))
		}
		if t.Amount, err = ParseAmount(field(2)); err != nil {
			if errors.Is(err, ErrAmbiguousAmount) {
				// A cell read alone: say what to write instead.
				err = hint{"ambiguous amount: 1.250 could be 1250 or 1,25; write 1.250,00 or 1250.00", ErrAmbiguousAmount}
			}
			return nil, fail(2, err)
		}
		out = append(out, t)
	}
}

// WriteTotals writes totals in the form ReadTotals reads: UTF-8 without a
// byte order mark, the header funktion;art;beløb, then one line per total
// with the amount as FormatKroner writes it, and CRLF line ends. A function
// or art that is not set is written "-".
func WriteTotals(w io.Writer, totals []siu.AccountTotal) error {
	var b strings.Builder
	b.WriteString("funktion;art;beløb\r\n")
	for _, t := range totals {
		fn, art := "-", "-"
		if t.Function.IsValid() {
			fn = t.Function.String()
		}
		if t.Art.IsValid() {
			art = t.Art.String()
		}
		fmt.Fprintf(&b, "%s;%s;%s\r\n", fn, art, FormatKroner(t.Amount))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// foldName folds a header name for the totals columns: trimmed, lower
// case, æ ø å as ae oe aa.
func foldName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.NewReplacer("ø", "oe", "æ", "ae", "å", "aa").Replace(s)
}

func blankRecord(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// totalsCSVError turns an encoding/csv error into a *ParseError.
func totalsCSVError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, csv.ErrFieldCount) {
			return &ParseError{Line: pe.Line, Fatal: true, Err: ErrFieldCount}
		}
		return &ParseError{Line: pe.StartLine, Column: pe.Column, Fatal: true, Err: pe.Err}
	}
	return err
}

// hint is an error with its own message that matches err with errors.Is.
type hint struct {
	msg string
	err error
}

func (h hint) Error() string { return h.msg }
func (h hint) Unwrap() error { return h.err }

// Danish returns the Danish text of the message.
func (h hint) Danish() string { return danish.Word(h.msg) }
