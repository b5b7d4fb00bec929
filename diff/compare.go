package diff

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// Defaults of Options.
const (
	DefaultRunLines  = 200_000
	DefaultMaxListed = 50
	DefaultMaxGroup  = 10_000
)

// Options tune Compare. The zero Options use every default.
type Options struct {
	// TempDir is where the sorted runs are written; "" means os.TempDir.
	// See the package documentation on temporary files.
	TempDir string
	// RunLines is the number of lines of one input sorted in memory
	// before they are written to a temporary file; 0 means
	// DefaultRunLines (about 15 MB). An input of at most RunLines lines
	// is sorted in memory and writes no file.
	RunLines int
	// MaxListed is the number of changes of each kind, and of citizens
	// who appear and disappear, that Result keeps for listing; 0 means
	// DefaultMaxListed, and a negative number keeps none. All are counted.
	MaxListed int
	// MaxGroup is the largest number of lines of one citizen and account,
	// on either side, that are matched with each other; 0 means
	// DefaultMaxGroup. A larger group is matched in consecutive slices
	// of MaxGroup lines in sort order, which keeps memory bounded but may
	// pair lines of two neighbouring slices less well.
	MaxGroup int
	// OnChange, when set, receives every change as it is found, in the
	// order of citizen, account and period, so that a caller can write
	// them all whatever MaxListed says. It must not keep the lines beyond
	// what it needs: they hold CPR numbers.
	OnChange func(Change)
}

// Kind is the kind of a Change.
type Kind uint8

// The kinds of change.
const (
	Added   Kind = iota + 1 // a line only the new load has
	Removed                 // a line only the old load has
	Changed                 // a line whose amount or period changed
)

// String returns "added", "removed" or "changed".
func (k Kind) String() string {
	switch k {
	case Added:
		return "added"
	case Removed:
		return "removed"
	case Changed:
		return "changed"
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Change is one difference between the loads: a line added, removed or
// changed. Old is the zero Line for an added line, New for a removed one.
// It prints and marshals with the CPR number masked.
type Change struct {
	Kind     Kind
	Old, New siu.Line
}

// Line returns the line the change concerns: New, or Old for a removed line.
func (c Change) Line() siu.Line {
	if c.Kind == Removed {
		return c.Old
	}
	return c.New
}

// AmountChanged reports whether a changed line's amount differs.
func (c Change) AmountChanged() bool { return c.Kind == Changed && !c.Old.Amount.Equal(c.New.Amount) }

// PeriodChanged reports whether a changed line's period differs.
func (c Change) PeriodChanged() bool { return c.Kind == Changed && c.Old.Period() != c.New.Period() }

// MarshalJSON writes the change as {"kind", "citizen" (masked: DDMMYY-****),
// "account", "old", "new"}, each side an object of "amount", "start" and
// "end", left out when the side has no line.
func (c Change) MarshalJSON() ([]byte, error) {
	type side struct {
		Amount string     `json:"amount"`
		Start  civil.Date `json:"start"`
		End    civil.Date `json:"end"`
	}
	l := c.Line()
	out := struct {
		Kind    Kind              `json:"kind"`
		Citizen string            `json:"citizen"`
		Account kontoplan.Account `json:"account"`
		Old     *side             `json:"old,omitempty"`
		New     *side             `json:"new,omitempty"`
	}{Kind: c.Kind, Citizen: l.PsrID.String(), Account: l.Account}
	if c.Kind != Added {
		out.Old = &side{c.Old.Amount.StringFixed(2), c.Old.Start, c.Old.End}
	}
	if c.Kind != Removed {
		out.New = &side{c.New.Amount.StringFixed(2), c.New.Start, c.New.End}
	}
	return json.Marshal(out)
}

// Side describes one of the two loads.
type Side struct {
	// Lines and Citizens count the load's lines and distinct CPR numbers.
	Lines    int `json:"lines"`
	Citizens int `json:"citizens"`
	// Total is the sum of the amounts.
	Total decimal.Decimal `json:"total"`
}

// TotalRow compares the totals of one function and art before and after.
type TotalRow struct {
	Function kontoplan.Function `json:"function"`
	Art      kontoplan.Art      `json:"art"`
	// OldLines and NewLines count the lines behind Old and New.
	OldLines int `json:"old_lines"`
	NewLines int `json:"new_lines"`
	// Old and New are the totals, Difference is New − Old.
	Old        decimal.Decimal `json:"old"`
	New        decimal.Decimal `json:"new"`
	Difference decimal.Decimal `json:"difference"`
}

// Result is what Compare found. Its size is bounded by Options.MaxListed
// and by the number of functions and arts, not by the inputs.
type Result struct {
	Old Side `json:"old"`
	New Side `json:"new"`
	// Unchanged counts the lines that are on both sides, alike in every
	// field; Added, Removed and Changed count the changes of each kind.
	Unchanged int `json:"unchanged"`
	Added     int `json:"added"`
	Removed   int `json:"removed"`
	Changed   int `json:"changed"`
	// AmountChanged and PeriodChanged count the changed lines whose
	// amount, and whose period, differs (a line may count in both).
	AmountChanged int `json:"amount_changed"`
	PeriodChanged int `json:"period_changed"`
	// CitizensAdded and CitizensRemoved count the CPR numbers only the
	// new load, and only the old load, has.
	CitizensAdded   int `json:"citizens_added"`
	CitizensRemoved int `json:"citizens_removed"`
	// NewCitizens and GoneCitizens list the first of them (Options.
	// MaxListed), masked (DDMMYY-****), in the order of their numbers.
	NewCitizens  []string `json:"new_citizens"`
	GoneCitizens []string `json:"gone_citizens"`
	// Changes holds the first Options.MaxListed changes of each kind, in
	// the order of citizen, account and period.
	Changes []Change `json:"changes,omitempty"`
	// Totals compares the totals per function and art, sorted by function
	// then art (lines without a valid account first).
	Totals []TotalRow `json:"totals"`
}

// Identical reports whether the loads hold the same lines.
func (r *Result) Identical() bool { return r.Added == 0 && r.Removed == 0 && r.Changed == 0 }

// Compare compares two full loads line by line, by citizen, account and
// period (see the package documentation for what "changed" means), reading
// each input once. It stops at the first error either input yields, and
// when ctx is done; the temporary files are removed on every return.
func Compare(ctx context.Context, old, new iter.Seq2[siu.Line, error], opts Options) (*Result, error) {
	opts.RunLines = cmp.Or(opts.RunLines, DefaultRunLines)
	opts.MaxListed = cmp.Or(opts.MaxListed, DefaultMaxListed)
	opts.MaxGroup = cmp.Or(opts.MaxGroup, DefaultMaxGroup)
	if opts.RunLines < 1 || opts.MaxGroup < 1 {
		return nil, fmt.Errorf("diff: Options.RunLines and Options.MaxGroup must be positive")
	}
	c := &comparer{opts: opts, oldSums: siu.NewSums(siu.ReconcileOptions{}), newSums: siu.NewSums(siu.ReconcileOptions{}), res: &Result{}}
	so := &sorter{dir: opts.TempDir, runLen: opts.RunLines}
	defer so.close()
	if err := so.fill(ctx, old); err != nil {
		return nil, fmt.Errorf("old: %w", err)
	}
	sn := &sorter{dir: opts.TempDir, runLen: opts.RunLines}
	defer sn.close()
	if err := sn.fill(ctx, new); err != nil {
		return nil, fmt.Errorf("new: %w", err)
	}
	a, err := so.stream()
	if err != nil {
		return nil, err
	}
	b, err := sn.stream()
	if err != nil {
		return nil, err
	}
	if err := c.merge(ctx, a, b); err != nil {
		return nil, err
	}
	c.finish()
	return c.res, nil
}

type comparer struct {
	opts             Options
	res              *Result
	oldSums, newSums *siu.Sums
	listed           [4]int
	// the citizen being merged, and whether each side has it
	citizen      string
	inOld, inNew bool
}

// merge walks both sorted streams a group (citizen and account) at a time.
func (c *comparer) merge(ctx context.Context, a, b *stream) error {
	var ga, gb []string
	for n := 0; a.ok || b.ok; n++ {
		if n%256 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		var g string
		switch {
		case !b.ok:
			g = groupOf(a.head)
		case !a.ok:
			g = groupOf(b.head)
		default:
			g = min(groupOf(a.head), groupOf(b.head))
		}
		ga = take(a, g, ga[:0], c.opts.MaxGroup)
		gb = take(b, g, gb[:0], c.opts.MaxGroup)
		if a.err != nil || b.err != nil {
			return cmp.Or(a.err, b.err)
		}
		c.group(g, ga, gb)
	}
	c.endCitizen()
	return nil
}

// take moves the entries of group g from the head of st into buf, at most max.
func take(st *stream, g string, buf []string, max int) []string {
	for st.ok && len(buf) < max && groupOf(st.head) == g {
		buf = append(buf, st.head)
		st.advance()
	}
	return buf
}

// group matches the lines of one citizen and account.
func (c *comparer) group(g string, olds, news []string) {
	if cz := citizenOf(g); cz != c.citizen {
		c.endCitizen()
		c.citizen = cz
	}
	c.inOld = c.inOld || len(olds) > 0
	c.inNew = c.inNew || len(news) > 0
	ol := make([]siu.Line, len(olds))
	for i, e := range olds {
		ol[i] = decode(e)
		c.oldSums.Add(ol[i])
		c.res.Old.Lines++
		c.res.Old.Total = c.res.Old.Total.Add(ol[i].Amount)
	}
	nl := make([]siu.Line, len(news))
	for i, e := range news {
		nl[i] = decode(e)
		c.newSums.Add(nl[i])
		c.res.New.Lines++
		c.res.New.Total = c.res.New.Total.Add(nl[i].Amount)
	}
	var changes []Change
	// 1. The same line on both sides.
	ro, rn := matchSorted(olds, news, compareEntries, func(int, int) { c.res.Unchanged++ })
	// 2. The same period, another amount.
	ro2, rn2 := matchSorted(entriesOf(olds, ro), entriesOf(news, rn),
		func(a, b string) int { return strings.Compare(a[:keyLen], b[:keyLen]) },
		func(i, j int) { changes = append(changes, Change{Kind: Changed, Old: ol[ro[i]], New: nl[rn[j]]}) })
	ro, rn = pick(ro, ro2), pick(rn, rn2)
	// 3. Overlapping periods, in order of start date; the rest is removed
	// or added.
	i, j := 0, 0
	for i < len(ro) || j < len(rn) {
		switch {
		case j == len(rn):
			changes = append(changes, Change{Kind: Removed, Old: ol[ro[i]]})
			i++
		case i == len(ro):
			changes = append(changes, Change{Kind: Added, New: nl[rn[j]]})
			j++
		case ol[ro[i]].Period().Overlaps(nl[rn[j]].Period()):
			changes = append(changes, Change{Kind: Changed, Old: ol[ro[i]], New: nl[rn[j]]})
			i, j = i+1, j+1
		case startOf(ol[ro[i]]).Compare(startOf(nl[rn[j]])) <= 0:
			changes = append(changes, Change{Kind: Removed, Old: ol[ro[i]]})
			i++
		default:
			changes = append(changes, Change{Kind: Added, New: nl[rn[j]]})
			j++
		}
	}
	slices.SortStableFunc(changes, func(a, b Change) int {
		return cmp.Or(startOf(a.Line()).Compare(startOf(b.Line())), cmp.Compare(a.Kind, b.Kind))
	})
	for _, ch := range changes {
		c.record(ch)
	}
}

// startOf is the earliest date of l, for ordering.
func startOf(l siu.Line) civil.Date { return l.Start }

// matchSorted pairs equal entries of two sorted lists (under compare),
// calls pair for each pair, and returns the indexes of the entries left
// unpaired on each side.
func matchSorted(a, b []string, compare func(a, b string) int, pair func(i, j int)) (restA, restB []int) {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch c := compare(a[i], b[j]); {
		case c == 0:
			pair(i, j)
			i, j = i+1, j+1
		case c < 0:
			restA = append(restA, i)
			i++
		default:
			restB = append(restB, j)
			j++
		}
	}
	for ; i < len(a); i++ {
		restA = append(restA, i)
	}
	for ; j < len(b); j++ {
		restB = append(restB, j)
	}
	return restA, restB
}

func entriesOf(es []string, idx []int) []string {
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = es[i]
	}
	return out
}

// pick maps indexes into sub (a selection of idx) back to indexes of idx's list.
func pick(idx, sub []int) []int {
	out := make([]int, len(sub))
	for k, i := range sub {
		out[k] = idx[i]
	}
	return out
}

func (c *comparer) record(ch Change) {
	switch ch.Kind {
	case Added:
		c.res.Added++
	case Removed:
		c.res.Removed++
	case Changed:
		c.res.Changed++
		if ch.AmountChanged() {
			c.res.AmountChanged++
		}
		if ch.PeriodChanged() {
			c.res.PeriodChanged++
		}
	}
	if c.opts.OnChange != nil {
		c.opts.OnChange(ch)
	}
	if c.listed[ch.Kind] < c.opts.MaxListed {
		c.listed[ch.Kind]++
		c.res.Changes = append(c.res.Changes, ch)
	}
}

// endCitizen counts the citizen just merged.
func (c *comparer) endCitizen() {
	if c.citizen == "" && !c.inOld && !c.inNew {
		return
	}
	masked := func() string {
		n, _ := cpr.Parse(strings.TrimRight(c.citizen, " "))
		if !n.IsValid() {
			return "-"
		}
		return n.String()
	}
	if c.inOld {
		c.res.Old.Citizens++
	}
	if c.inNew {
		c.res.New.Citizens++
	}
	switch {
	case c.inNew && !c.inOld:
		c.res.CitizensAdded++
		if len(c.res.NewCitizens) < c.opts.MaxListed {
			c.res.NewCitizens = append(c.res.NewCitizens, masked())
		}
	case c.inOld && !c.inNew:
		c.res.CitizensRemoved++
		if len(c.res.GoneCitizens) < c.opts.MaxListed {
			c.res.GoneCitizens = append(c.res.GoneCitizens, masked())
		}
	}
	c.citizen, c.inOld, c.inNew = "", false, false
}

// finish builds the totals before and after.
func (c *comparer) finish() {
	if c.res.NewCitizens == nil {
		c.res.NewCitizens = []string{}
	}
	if c.res.GoneCitizens == nil {
		c.res.GoneCitizens = []string{}
	}
	if c.res.Changes == nil {
		c.res.Changes = []Change{}
	}
	// siu.Reconcile lines up the two sides: the new totals as "ours",
	// the old as the accounts'.
	rec, _ := c.newSums.Reconcile(c.oldSums.Totals(), decimal.Zero)
	for _, r := range rec.Rows {
		c.res.Totals = append(c.res.Totals, TotalRow{Function: r.Function, Art: r.Art,
			OldLines: c.oldSums.Count(r.Function, r.Art), NewLines: r.Lines,
			Old: r.Theirs, New: r.Ours, Difference: r.Difference})
	}
	if c.res.Totals == nil {
		c.res.Totals = []TotalRow{}
	}
}
