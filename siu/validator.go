package siu

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/kontoplan"
)

// ValidateOptions configures validation. The zero ValidateOptions is ready to use.
type ValidateOptions struct {
	// Chart is the chart of accounts the accounts are checked against.
	// Nil means kontoplan.ChartFor(the header's budget year); when there is
	// none, the validator reports SIU-HDR-006 and checks accounts for their
	// form only.
	Chart *kontoplan.Chart
	// ExtremeThreshold is the annualised amount in kroner above which a
	// line is extreme (SIU-BEL-005). Zero means 5,000,000 kr (modeled:
	// DST watches extreme values but publishes no limit).
	ExtremeThreshold decimal.Decimal
	// Today is the date the "future budget year" check (SIU-HDR-003)
	// compares with. The zero Date means today in the local time zone.
	Today civil.Date
	// SkipEnvelope leaves out the checks of the header fields only the
	// file's envelope carries: Created, Description, System and Contact
	// (SIU-HDR-007 to SIU-HDR-012). It is for checking lines before the
	// envelope is known, such as a spreadsheet validated on its own. With
	// it, no error no longer means that the file can be written.
	SkipEnvelope bool
	// Report, when set, receives each finding as soon as it is found, and
	// the Validator keeps none: its memory then grows with the distinct
	// (citizen, account) pairs alone, however many findings a file has.
	// Findings arrive in the order they are found: the header's during
	// NewValidator, each line's during its Add or AddRecord, and the
	// delivery's during Findings, which then returns nil. Nil means the
	// Validator keeps the findings and Findings returns them sorted.
	Report func(Finding)
}

// Validator checks a delivery that streams by: the header first
// (NewValidator), then each line in file order (Add, or AddRecord for raw
// text), then the delivery as a whole (Findings). Line numbers are 1-based in
// the order lines are fed, counting Add and AddRecord alike.
//
// The Validator keeps every finding, the header's included, and Findings
// returns them all sorted, so none can be lost between the calls; with
// ValidateOptions.Report set it hands each finding over instead and keeps none. Its
// memory grows with the distinct (citizen, account) pairs and with the
// findings it keeps, not with the lines: per pair it keeps the periods seen as a sorted list of
// disjoint spans, at most 16 line by line, after which periods that touch
// are merged (see SIU-LEV-002).
//
// A Validator is not safe for concurrent use.
type Validator struct {
	header    Header
	chart     *kontoplan.Chart
	yearOK    bool // header.Year is a year civil.Date can hold
	yearFirst civil.Date
	yearLast  civil.Date

	threshold     decimal.Decimal
	thresholdOere int64
	thresholdFast bool // thresholdOere holds the threshold exactly

	lines    int
	findings []Finding
	sink     func(Finding) // ValidateOptions.Report; nil: keep findings

	// account facts, computed once per distinct account
	accounts  map[kontoplan.Account]*accountFacts
	lastAcct  kontoplan.Account
	lastFacts *accountFacts

	pairs pairTracker
}

// NewValidator checks h and returns a Validator ready for the lines. The
// header's findings are kept and returned by Findings with the others.
func NewValidator(h Header, opts ValidateOptions) *Validator {
	v := &Validator{
		header:   h,
		sink:     opts.Report,
		accounts: make(map[kontoplan.Account]*accountFacts),
		pairs:    newPairTracker(),
	}
	v.threshold = opts.ExtremeThreshold
	if v.threshold.IsZero() {
		v.threshold = defaultExtremeThreshold
	}
	v.thresholdOere, v.thresholdFast = oere(v.threshold)
	today := opts.Today
	if !today.IsValid() {
		today = civil.FromTime(time.Now())
	}
	if first, err := civil.New(h.Year, time.January, 1); err == nil {
		v.yearOK = true
		v.yearFirst = first
		v.yearLast = civil.MustNew(h.Year, time.December, 31)
	}
	v.checkHeader(today, opts.Chart, opts.SkipEnvelope)
	return v
}

// Validate checks a whole delivery and returns every finding, sorted by
// line, then code, field and message. It is NewValidator, Add for each line
// and Findings.
func Validate(d Delivery, opts ValidateOptions) []Finding {
	v := NewValidator(d.Header, opts)
	for i := range d.Lines {
		v.Add(d.Lines[i])
	}
	return v.Findings()
}

// Len returns the number of lines fed so far.
func (v *Validator) Len() int { return v.lines }

// Add checks the next line.
//
// A Line cannot hold a malformed field: a zero PsrID, Account, Start or End
// is reported as missing. Use AddRecord to check raw text, where malformed
// fields (and replacement numbers, which cpr.Parse rejects) are reported.
func (v *Validator) Add(l Line) {
	v.lines++
	ld := lineData{
		psr:   l.PsrID,
		acct:  l.Account,
		start: l.Start,
		end:   l.End,
	}
	ld.oere, ld.oereOK = oere(l.Amount)
	if !ld.oereOK {
		ld.amount = l.Amount
	}
	v.check(&ld)
}

// Findings checks the delivery as a whole and returns every finding so far,
// the header's and the lines' included, sorted by line (0, the header and
// the delivery, first), then by code, field and message. With
// ValidateOptions.Report set, Findings hands the delivery's findings to it and
// returns nil.
//
// Findings does not end the Validator: lines added after it are checked, and a
// later Findings returns the findings of everything fed.
func (v *Validator) Findings() []Finding {
	var delivery []Finding
	if v.lines == 0 {
		area := v.header.Area.String()
		if area == "" {
			area = "?"
		}
		delivery = append(delivery, v.finding(levEmpty, 0, "",
			fmt.Sprintf("Leverancen har ingen linjer. Som full load ville den slette områdets (%s) data for budgetåret hos Danmarks Statistik.", area),
			fmt.Sprintf("The delivery has no lines. Being a full load, it would erase the area's (%s) data for the budget year at DST.", area)))
	}
	if v.sink != nil {
		for _, f := range delivery {
			v.sink(f)
		}
		return nil
	}
	out := append(slices.Clone(v.findings), delivery...)
	SortFindings(out)
	return out
}

// SortFindings sorts findings the way Validate and Findings return them: by
// line, then code, field and message.
func SortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Code, b.Code),
			cmp.Compare(a.Field, b.Field),
			cmp.Compare(a.Message, b.Message),
			cmp.Compare(a.MessageEN, b.MessageEN),
		)
	})
}

// ruleFinding builds a finding of rule id.
func ruleFinding(id ruleID, line int, field, da, en string) Finding {
	r := &catalogue[id]
	if field == "" {
		field = r.Field
	}
	return Finding{Code: r.Code, Severity: r.Severity, Line: line, Field: field, Message: da, MessageEN: en}
}

// finding builds a finding of rule id.
func (v *Validator) finding(id ruleID, line int, field, da, en string) Finding {
	return ruleFinding(id, line, field, da, en)
}

// report records a finding of rule id, or hands it to ValidateOptions.Report.
func (v *Validator) report(id ruleID, line int, field, da, en string) {
	v.emit(ruleFinding(id, line, field, da, en))
}

// emit records f, or hands it to ValidateOptions.Report.
func (v *Validator) emit(f Finding) {
	if v.sink != nil {
		v.sink(f)
		return
	}
	v.findings = append(v.findings, f)
}
