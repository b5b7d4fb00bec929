package kontoplan

import (
	"slices"
	"strconv"
	"strings"
)

// Chart is the authorised chart of accounts of one budget year, as far as
// SIU needs it: functions with their law paragraphs and SIU scope, arts
// with their kind, and the dranst values. A Chart is immutable and safe for
// concurrent use. Get one with ChartFor (embedded data) or ParseChart (a
// user's file).
type Chart struct {
	year    int
	source  string // file name
	notes   []string
	fnIndex map[Function]int32 // used while reading the file
	fnTable [1000]*[100]int16  // index+1 into fns by code/100 and code%100
	fns     []FunctionInfo
	arts    [100]int16 // index+1 into artInfo by art code; 0 = not listed
	artInfo []ArtInfo
	dranst  [10]DranstInfo
}

// FunctionInfo is what a chart says about one function.
type FunctionInfo struct {
	Function Function
	// Name is the function's title in the chart, e.g. "Botilbud til
	// længerevarende ophold (§ 108)".
	Name string
	// Paragraphs are the law paragraphs the function serves, e.g.
	// "SEL § 108" or "ABL § 105". Do not modify the slice.
	Paragraphs []string
	// Scope is the function's SIU scope in the chart's year.
	Scope Scope
	// Modeled is true when the name or the paragraphs were not confirmed
	// from a public source (the data file says so).
	Modeled bool
}

// Serves reports whether the function serves the law paragraph p, e.g.
// Serves("SEL § 109"). Spaces and case must match the chart's spelling.
func (fi FunctionInfo) Serves(p string) bool {
	return slices.Contains(fi.Paragraphs, p)
}

// ArtInfo is what a chart says about one art.
type ArtInfo struct {
	Art     Art
	Name    string // e.g. "Salg af produkter og ydelser"
	Kind    Kind   // expense, income or internal
	Modeled bool   // the name was not confirmed from a public source
}

// DranstInfo is what a chart says about one dranst value.
type DranstInfo struct {
	Dranst Dranst
	Name   string // e.g. "Drift"
	// SIU is true for a dranst whose postings belong in SIU. Modeled: only
	// 1 drift, since SIU reports the operating expenses of a citizen's
	// stay and the citizen's payments (SOURCES.md: sm-hoering-2024); anlæg, statsrefusion
	// and the financial dranst are not person-level.
	SIU bool
}

// Year returns the budget year the chart is for.
func (c *Chart) Year() int { return c.year }

// Source returns the name of the file the chart was read from, e.g.
// "data/kontoplan-2025.csv".
func (c *Chart) Source() string { return c.source }

// Notes returns the file's note lines: where its content comes from.
func (c *Chart) Notes() string { return strings.Join(c.notes, "\n") }

// fn returns the index of f in c.fns, or -1.
func (c *Chart) fn(f Function) int {
	code := f.Code()
	if code < 0 || code > 99999 {
		return -1
	}
	t := c.fnTable[code/100]
	if t == nil {
		return -1
	}
	return int(t[code%100]) - 1
}

// Function returns what the chart says about f, and whether f is in it.
func (c *Chart) Function(f Function) (FunctionInfo, bool) {
	i := c.fn(f)
	if i < 0 {
		return FunctionInfo{}, false
	}
	return c.fns[i], true
}

// Functions returns every function of the chart in number order.
func (c *Chart) Functions() []FunctionInfo { return slices.Clone(c.fns) }

// Art returns what the chart says about a, and whether a is in it.
func (c *Chart) Art(a Art) (ArtInfo, bool) {
	if !a.IsValid() {
		return ArtInfo{}, false
	}
	i := c.arts[a.Code()]
	if i == 0 {
		return ArtInfo{}, false
	}
	return c.artInfo[i-1], true
}

// Arts returns every art of the chart in number order.
func (c *Chart) Arts() []ArtInfo { return slices.Clone(c.artInfo) }

// Dranst returns what the chart says about d, and whether d is in it.
func (c *Chart) Dranst(d Dranst) (DranstInfo, bool) {
	if int(d) >= len(c.dranst) || c.dranst[d].Dranst == 0 {
		return DranstInfo{}, false
	}
	return c.dranst[d], true
}

// Scope returns the SIU scope of f in the chart's year; ScopeOut for a
// function the chart does not list.
func (c *Chart) Scope(f Function) Scope {
	i := c.fn(f)
	if i < 0 {
		return ScopeOut
	}
	return c.fns[i].Scope
}

// AccountScope returns the SIU scope of an account: its function's scope,
// or ScopeOut when its dranst is not one SIU covers (e.g. 3 anlæg).
func (c *Chart) AccountScope(a Account) Scope {
	if int(a.dr) >= len(c.dranst) || !c.dranst[a.dr].SIU {
		return ScopeOut
	}
	return c.Scope(a.fn)
}

// Kind returns whether a line on the account is an expense or income, from
// its art: the kind the chart states for the art, or for an art the chart
// does not list the rule by hovedart (KindOf). The zero Account gives
// KindUnknown.
func (c *Chart) Kind(a Account) Kind {
	if !a.art.IsValid() {
		return KindUnknown
	}
	if i := c.arts[a.art.Code()]; i != 0 {
		return c.artInfo[i-1].Kind
	}
	return KindOf(a.art)
}

// Check reports whether the account's function, dranst and art exist in the
// chart. The error is a *CheckError naming the first part that does not;
// errors.Is matches ErrUnknownFunction, ErrUnknownDranst or ErrUnknownArt.
// Check does not look at ejerforhold, omkostningssted or gruppering.
func (c *Chart) Check(a Account) error {
	if !a.IsValid() {
		return &CheckError{Year: c.year, Part: PartAccount, Err: ErrInvalidAccount}
	}
	if c.fn(a.fn) < 0 {
		return &CheckError{Year: c.year, Part: PartFunktion, Value: a.fn.String(), Err: ErrUnknownFunction}
	}
	if _, ok := c.Dranst(a.dr); !ok {
		return &CheckError{Year: c.year, Part: PartDranst, Value: strconv.Itoa(int(a.dr)), Err: ErrUnknownDranst}
	}
	if c.arts[a.art.Code()] == 0 {
		return &CheckError{Year: c.year, Part: PartArt, Value: a.art.String(), Err: ErrUnknownArt}
	}
	return nil
}
