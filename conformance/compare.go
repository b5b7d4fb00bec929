package conformance

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// CompareFindings compares a validator's findings with the expected ones
// as multisets of (code, severity, line, field): order does not matter,
// messages are not compared. It returns nil when they agree.
func CompareFindings(want, got []Finding) []Mismatch {
	w := slices.Clone(want)
	g := slices.Clone(got)
	SortFindings(w)
	SortFindings(g)
	missing, extra := sortedDifference(w, g, compareFindings)
	var out []Mismatch
	// A finding with the right code, line and field but another severity
	// is one mismatch, not two.
	for _, m := range missing {
		k := slices.IndexFunc(extra, func(e Finding) bool {
			return e.Code == m.Code && e.Line == m.Line && e.Field == m.Field
		})
		if k >= 0 {
			where := m.Code + " line " + strconv.Itoa(m.Line)
			if m.Field != "" {
				where += " " + m.Field
			}
			out = append(out, newMismatch("findings["+where+"].severity", strconv.Quote(m.Severity), strconv.Quote(extra[k].Severity)))
			extra = slices.Delete(extra, k, k+1)
			continue
		}
		out = append(out, newMismatch("findings", m.String(), "(missing)"))
	}
	for _, e := range extra {
		out = append(out, newMismatch("findings", "(nothing)", e.String()))
	}
	return truncate(out)
}

// normLine is a line prepared for comparison: values trimmed, the amount
// in a canonical form when it is a number.
type normLine struct {
	Line
	index int // 1-based index in its list
}

func normalizeLines(ls []Line) []normLine {
	out := make([]normLine, len(ls))
	for i, l := range ls {
		n := Line{
			PsrID:   strings.TrimSpace(l.PsrID),
			Account: strings.TrimSpace(l.Account),
			Amount:  strings.TrimSpace(l.Amount),
			Start:   strings.TrimSpace(l.Start),
			End:     strings.TrimSpace(l.End),
		}
		if isPlainDecimal(n.Amount) {
			if d, err := decimal.NewFromString(n.Amount); err == nil {
				n.Amount = formatAmount(d)
			}
		}
		out[i] = normLine{Line: n, index: i + 1}
	}
	return out
}

func compareLines(a, b Line) int {
	return cmp.Or(
		cmp.Compare(a.PsrID, b.PsrID),
		cmp.Compare(a.Account, b.Account),
		cmp.Compare(a.Start, b.Start),
		cmp.Compare(a.End, b.End),
		cmp.Compare(a.Amount, b.Amount),
	)
}

// lineText describes a line for a mismatch.
func lineText(l Line) string {
	return "PsrID=" + l.PsrID + " KONTOSTRENG=" + l.Account + " BELOEB=" + l.Amount +
		" STARTDATO=" + l.Start + " SLUTDATO=" + l.End
}

// CompareLines compares an aggregator's lines with the expected ones as
// multisets: order does not matter, and amounts are compared as numbers
// ("100.5" equals "100.50"); the other values are compared as text. A line
// that differs from an expected one in its amount or end date only is
// reported field by field. It returns nil when they agree.
func CompareLines(want, got []Line) []Mismatch {
	w := normalizeLines(want)
	g := normalizeLines(got)
	byLine := func(a, b normLine) int { return cmp.Or(compareLines(a.Line, b.Line), cmp.Compare(a.index, b.index)) }
	slices.SortFunc(w, byLine)
	slices.SortFunc(g, byLine)
	missing, extra := sortedDifference(w, g, func(a, b normLine) int { return compareLines(a.Line, b.Line) })
	slices.SortFunc(missing, func(a, b normLine) int { return cmp.Compare(a.index, b.index) })
	var out []Mismatch
	for _, m := range missing {
		path := "lines[" + strconv.Itoa(m.index) + "]"
		k := slices.IndexFunc(extra, func(e normLine) bool {
			return e.PsrID == m.PsrID && e.Account == m.Account && e.Start == m.Start
		})
		if k < 0 {
			out = append(out, newMismatch(path, lineText(m.Line), "(missing)"))
			continue
		}
		e := extra[k]
		if e.Amount != m.Amount {
			out = append(out, newMismatch(path+".BELOEB", strconv.Quote(m.Amount), strconv.Quote(e.Amount)))
		}
		if e.End != m.End {
			out = append(out, newMismatch(path+".SLUTDATO", strconv.Quote(m.End), strconv.Quote(e.End)))
		}
		extra = slices.Delete(extra, k, k+1)
	}
	for _, e := range extra {
		out = append(out, newMismatch("lines", "(nothing)", lineText(e.Line)))
	}
	return truncate(out)
}

// sortedDifference walks two slices sorted by compare and returns the
// elements of want that got lacks (missing) and those of got that want
// lacks (extra), counting repeats: the difference of two multisets.
func sortedDifference[T any](want, got []T, compare func(a, b T) int) (missing, extra []T) {
	i, j := 0, 0
	for i < len(want) || j < len(got) {
		c := 0
		switch {
		case j >= len(got):
			c = -1
		case i >= len(want):
			c = +1
		default:
			c = compare(want[i], got[j])
		}
		switch {
		case c < 0:
			missing = append(missing, want[i])
			i++
		case c > 0:
			extra = append(extra, got[j])
			j++
		default:
			i++
			j++
		}
	}
	return missing, extra
}

// isPlainDecimal reports whether s is -?digits(.digits)?: an amount a
// vendor's aggregator may print with fewer or more decimals than the file
// (decimal.NewFromString also reads exponents and "+", which it refuses).
func isPlainDecimal(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if digits() == 0 {
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	}
	return i == len(s)
}
