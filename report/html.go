package report

import (
	"cmp"
	"slices"
	"time"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/diff"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

// codeEmptyLoad is the rule for a delivery without lines.
const codeEmptyLoad = "SIU-LEV-001"

// DefaultMaxPerRule is the number of findings of each rule an HTML report
// lists when Options.MaxPerRule is zero.
const DefaultMaxPerRule = 50

// Options shape the HTML report. The zero Options give a Danish report
// without reconciliation, answers or comparison.
type Options struct {
	// Lang is the language of the page: "da" (the default) or "en".
	Lang string
	// MaxPerRule is the number of findings each rule lists with their
	// lines; the rest are counted. Zero means DefaultMaxPerRule; a
	// negative number lists none.
	MaxPerRule int
	// Validate are the validator's options; their Report is replaced.
	Validate siu.ValidateOptions
	// Ignore leaves the findings of some warning and info rules out; they
	// are counted as ignored.
	Ignore *siu.Ignore
	// Answers, when set, marks each warning answered or open, and lists
	// the answers that match no warning.
	Answers *Answers
	// Accounts, when not nil, are the municipality's account totals the
	// lines are reconciled with (siu.Reconcile), within Tolerance kroner;
	// AccountsName names their file.
	Accounts     []siu.AccountTotal
	AccountsName string
	Tolerance    decimal.Decimal
	// InYear counts each line's share in the budget year in the totals,
	// instead of its whole amount (siu.ReconcileOptions.Year).
	InYear bool
	// Chart names the functions and arts; nil means the chart of the
	// header's budget year (kontoplan.ChartFor), when there is one.
	Chart *kontoplan.Chart
	// Schema holds the schema's problems when the file was checked
	// against it (empty: valid), and is nil when it was not.
	Schema []string
	// Previous, when set, is the comparison with the previous full load
	// (diff.Compare), shown in its own section; PreviousName names that
	// load's file.
	Previous     *diff.Result
	PreviousName string
	// Generated is the time shown as the report's date; zero shows none.
	Generated time.Time
}

// Page is an HTML report, ready to be written (WriteHTML). Its fields are
// what the page shows; they hold no CPR number but masked.
type Page struct {
	// Lang is the page's language, "da" or "en".
	Lang string
	// File and Format name the input; Header is its header.
	File   string
	Format source.Format
	Header siu.Header
	// Lines counts the lines checked; ReadErrors the records that could
	// not be read, of which FirstReadErrors are listed.
	Lines           int
	ReadErrors      int
	FirstReadErrors []*source.Error
	// Tally counts the findings shown, by severity; Ignored counts, by
	// rule code, those Options.Ignore left out.
	Tally   siu.Tally
	Ignored map[string]int
	// Schema is Options.Schema.
	Schema []string
	// Rules holds a section for each rule with findings: errors first,
	// then warnings, then info, each by code.
	Rules []RuleSection
	// Answers reports whether answers were given; Answered and Open count
	// the warnings answered and not; Unused lists the answers that match
	// no warning.
	Answers        bool
	Answered, Open int
	Unused         []Answer
	// Totals holds the totals per function and art, reconciled with the
	// accounts when Reconciled.
	Totals     siu.Reconciliation
	Reconciled bool
	// Threshold is the extreme-value threshold (SIU-BEL-005) and Extreme
	// the number of lines whose annualised amount is above it.
	Threshold decimal.Decimal
	Extreme   int
	// Previous is Options.Previous.
	Previous *diff.Result

	opts   Options
	charts charts
	kchart *kontoplan.Chart
}

// Deliverable reports whether DST would accept the input: no error
// findings, no read errors and no schema problems.
func (p *Page) Deliverable() bool {
	return !p.Tally.HasErrors() && p.ReadErrors == 0 && len(p.Schema) == 0
}

// RuleSection is one rule's findings in a report.
type RuleSection struct {
	Code     string
	Severity siu.Severity
	// Title names the rule in the page's language.
	Title string
	// Count is the number of findings; Items lists the first of them.
	Count int
	Items []Item
}

// Item is one finding with the line it concerns.
type Item struct {
	// Line is the line in the delivery (0: the header or the delivery as
	// a whole) and Pos its position in the file.
	Line, Pos int
	// Field and Message are the finding's, in the page's language.
	Field, Message string
	// HasLine reports whether the line's fields below are known (its
	// record could be parsed).
	HasLine bool
	// Citizen is the CPR number masked (DDMMYY-****); Account, Amount,
	// Start and End are the line's other fields as text.
	Citizen, Account, Amount, Start, End string
	// Answer is the municipality's answer to a warning, when answered;
	// its Comment passed through cpr.Redact.
	Answer *Answer
}

// Builder builds a Page from records that stream by, in memory bounded
// independently of the number of records: per rule it keeps a count and
// the first Options.MaxPerRule findings, and it adds up the totals and the
// charts' figures as the lines pass. Only the validator's own state grows
// with the input (see siu.Validator).
type Builder struct {
	p      *Page
	v      *siu.Validator
	max    int
	rules  map[string]*RuleSection
	cur    siu.Line
	curPos int
	curOK  bool
	sums   *siu.Sums
	chart  *kontoplan.Chart
	hist   histogram
	months monthTotals
	byFn   map[kontoplan.Function]int
	lang   string
	// dropEmpty drops SIU-LEV-001: a fatal read error stopped the input,
	// so whether the delivery is empty is not known.
	dropEmpty bool
}

// NewBuilder returns a Builder for a delivery with header h. It checks the
// header at once.
func NewBuilder(h siu.Header, opts Options) *Builder {
	lang := "da"
	if opts.Lang == "en" {
		lang = "en"
	}
	max := opts.MaxPerRule
	if max == 0 {
		max = DefaultMaxPerRule
	}
	chart := opts.Chart
	if chart == nil && h.Year != 0 {
		chart, _ = kontoplan.ChartFor(h.Year)
	}
	share := 0
	if opts.InYear {
		share = h.Year
	}
	threshold := opts.Validate.ExtremeThreshold
	if threshold.IsZero() {
		threshold = siu.DefaultExtremeThreshold()
	}
	b := &Builder{
		p: &Page{Lang: lang, Header: h, Schema: opts.Schema, Answers: opts.Answers != nil, Threshold: threshold,
			Previous: opts.Previous, Reconciled: opts.Accounts != nil, Ignored: map[string]int{}, opts: opts},
		max: max, rules: map[string]*RuleSection{}, sums: siu.NewSums(siu.ReconcileOptions{Year: share}), chart: chart,
		byFn: map[kontoplan.Function]int{}, lang: lang,
		hist: newHistogram(threshold), months: monthTotals{year: h.Year},
	}
	vopts := opts.Validate
	vopts.Report = b.finding
	b.p.kchart = chart
	b.v = siu.NewValidator(h, vopts)
	return b
}

// AddRecord checks the next record, at position pos of the file (its
// line, or row for XLSX), and counts it in the totals and charts when it
// parses.
func (b *Builder) AddRecord(rec siu.Record, pos int) {
	l, fs := siu.ParseRecord(rec)
	b.cur, b.curPos, b.curOK = l, pos, len(fs) == 0
	b.p.Lines++
	b.v.AddRecord(rec)
	if b.curOK {
		b.sums.Add(l)
		b.hist.add(l)
		b.months.add(l)
		if b.hist.extreme(l) {
			b.p.Extreme++
		}
	}
}

// ReadError counts a record that could not be read; the first
// Options.MaxPerRule are listed.
func (b *Builder) ReadError(e *source.Error) {
	b.p.ReadErrors++
	if len(b.p.FirstReadErrors) < b.max {
		b.p.FirstReadErrors = append(b.p.FirstReadErrors, e)
	}
}

// finding takes one finding from the validator, with the line being added.
func (b *Builder) finding(f siu.Finding) {
	if b.dropEmpty && f.Code == codeEmptyLoad {
		return
	}
	if b.p.opts.Ignore.Ignores(f) {
		b.p.Ignored[f.Code]++
		return
	}
	b.p.Tally.Add(f)
	s := b.rules[f.Code]
	if s == nil {
		s = &RuleSection{Code: f.Code, Severity: f.Severity, Title: ruleTitle(f.Code, b.lang)}
		b.rules[f.Code] = s
	}
	s.Count++
	var l siu.Line
	if f.Line > 0 {
		l = b.cur
		if b.curOK {
			b.byFn[l.Account.Function()]++
		}
	}
	ans, answered := b.p.opts.Answers.Match(f, l)
	if f.Severity == siu.Warning && b.p.Answers {
		if answered {
			b.p.Answered++
		} else {
			b.p.Open++
		}
	}
	if len(s.Items) >= b.max {
		return
	}
	it := Item{Line: f.Line, Field: f.Field, Message: cpr.Redact(message(f, b.lang))}
	if f.Line > 0 {
		it.Pos = b.curPos
		if b.curOK {
			it.HasLine = true
			it.Citizen, it.Account, it.Start, it.End = l.PsrID.String(), l.Account.String(), l.Start.String(), l.End.String()
			it.Amount = formatKroner(l.Amount, b.lang)
		}
	}
	if answered {
		ans.Comment = cpr.Redact(ans.Comment)
		it.Answer = &ans
	}
	s.Items = append(s.Items, it)
}

// Page checks the delivery as a whole and returns the report. Call it once,
// after the last record.
func (b *Builder) Page() (*Page, error) {
	b.v.Findings()
	p := b.p
	for _, s := range b.rules {
		p.Rules = append(p.Rules, *s)
	}
	slices.SortFunc(p.Rules, func(a, b RuleSection) int {
		return cmp.Or(cmp.Compare(b.Severity, a.Severity), cmp.Compare(a.Code, b.Code))
	})
	rec, err := b.sums.Reconcile(p.opts.Accounts, p.opts.Tolerance)
	if err != nil {
		return nil, err
	}
	p.Totals = rec
	if p.Answers {
		p.Unused = p.opts.Answers.Unused()
		for i := range p.Unused {
			p.Unused[i].Comment = cpr.Redact(p.Unused[i].Comment)
		}
	}
	p.charts, err = drawCharts(p, b)
	if err != nil {
		return nil, err
	}
	return p, nil
}

// Build reads every record of src, validates it under header h (for a JSON
// or XML source, the header src.Header returns) and returns the report.
// A JSON source's Today is used when opts.Validate.Today is zero. As with
// source.Validate, SIU-LEV-001 (an empty full load) is not reported when a
// fatal read error stopped the input.
func Build(src *source.Source, h siu.Header, opts Options) (*Page, error) {
	if !opts.Validate.Today.IsValid() && src.Today().IsValid() {
		opts.Validate.Today = src.Today()
	}
	stopped := false
	b := NewBuilder(h, opts)
	b.p.File, b.p.Format = src.Name(), src.Format()
	for rec, err := range src.Records() {
		if err != nil {
			e, ok := err.(*source.Error)
			if !ok {
				e = &source.Error{Line: rec.Pos, Message: cpr.Redact(err.Error()), Err: err}
			}
			stopped = stopped || e.Fatal
			b.ReadError(e)
			continue
		}
		b.AddRecord(rec.Record, rec.Pos)
	}
	b.dropEmpty = stopped
	return b.Page()
}

// Opts returns the options the page was built with.
func (p *Page) Opts() Options { return p.opts }

// TotalLines returns the number of lines behind the totals: the lines that
// could be parsed.
func (p *Page) TotalLines() int {
	n := 0
	for _, r := range p.Totals.Rows {
		n += r.Lines
	}
	return n
}

// chart returns the chart that names functions and arts.
func (p *Page) chart() *kontoplan.Chart { return p.kchart }

// formatKroner writes an amount for people: "1.234,56" in Danish,
// "1,234.56" in English.
func formatKroner(d decimal.Decimal, lang string) string {
	s := csvformat.FormatKroner(d)
	if lang == "en" {
		return swapMarks(s)
	}
	return s
}

// formatInt writes n with thousands separators.
func formatInt(n int, lang string) string {
	s := csvformat.FormatKroner(decimal.NewFromInt(int64(n)))
	s = s[:len(s)-3] // no decimals
	if lang == "en" {
		return swapMarks(s)
	}
	return s
}

func swapMarks(s string) string {
	out := []byte(s)
	for i, c := range out {
		switch c {
		case '.':
			out[i] = ','
		case ',':
			out[i] = '.'
		}
	}
	return string(out)
}
