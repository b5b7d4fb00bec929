package main

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

// The columns of a totals file, by folded name.
var totalsColumns = map[string]int{
	"funktion": 0, "function": 0,
	"art":    1,
	"beloeb": 2, "belob": 2, "amount": 2, "beløb": 2,
}

// readTotals reads the municipality's account totals from CSV: a header
// line naming the columns funktion, art and beløb (in any order; other
// columns are ignored), then one total per line, e.g. "5.38.50;4.0;1.234.567,89".
// The separator is ';', or ',' or a tab when the header has no ';'. Each
// error names the line and the column.
func readTotals(r io.Reader) ([]siu.AccountTotal, error) {
	br := bufio.NewReader(r)
	if head, _ := br.Peek(3); bytes.Equal(head, []byte("\xef\xbb\xbf")) {
		br.Discard(3)
	}
	first, _ := br.Peek(4096)
	if bytes.IndexByte(first, 0) >= 0 {
		return nil, fmt.Errorf("line 1: the file is not text")
	}
	cr := csv.NewReader(br)
	cr.Comma = ';'
	if line, _, _ := bytes.Cut(first, []byte("\n")); !bytes.Contains(line, []byte(";")) {
		if bytes.Contains(line, []byte("\t")) {
			cr.Comma = '\t'
		} else {
			cr.Comma = ','
		}
	}
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, fmt.Errorf("the file is empty: want a header line funktion;art;beløb")
	}
	if err != nil {
		return nil, csvError(err)
	}
	cols := [3]int{-1, -1, -1}
	names := [3]string{"funktion", "art", "beløb"}
	for i, name := range header {
		key := strings.ToLower(strings.TrimSpace(name))
		key = strings.NewReplacer("ø", "oe", "æ", "ae", "å", "aa").Replace(key)
		if f, ok := totalsColumns[key]; ok {
			if cols[f] >= 0 {
				return nil, fmt.Errorf("line 1, column %d: a second %s column", i+1, names[f])
			}
			cols[f] = i
			names[f] = strings.TrimSpace(name)
		}
	}
	for f, c := range cols {
		if c < 0 {
			return nil, fmt.Errorf("line 1: no %s column: want a header line funktion;art;beløb", names[f])
		}
	}
	var out []siu.AccountTotal
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, csvError(err)
		}
		line, _ := cr.FieldPos(0)
		if blank(rec) {
			continue
		}
		var t siu.AccountTotal
		field := func(f int) string { return strings.TrimSpace(rec[cols[f]]) }
		where := func(f int) string { return fmt.Sprintf("line %d, column %d (%s)", line, cols[f]+1, names[f]) }
		if t.Function, err = kontoplan.ParseFunction(field(0)); err != nil {
			return nil, fmt.Errorf("%s: not a function such as 5.38.50", where(0))
		}
		if t.Art, err = kontoplan.ParseArt(field(1)); err != nil {
			return nil, fmt.Errorf("%s: not an art such as 4.0", where(1))
		}
		if t.Amount, err = parseKroner(field(2)); err != nil {
			return nil, fmt.Errorf("%s: %v", where(2), err)
		}
		out = append(out, t)
	}
}

func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// csvError turns an encoding/csv error into "line N, column C: ...".
func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, csv.ErrFieldCount) {
			return fmt.Errorf("line %d: wrong number of fields", pe.Line)
		}
		return fmt.Errorf("line %d, column %d: %v", pe.StartLine, pe.Column, pe.Err)
	}
	return err
}
