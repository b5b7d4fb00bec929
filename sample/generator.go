package sample

import (
	"fmt"
	"iter"
	"time"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// Generator makes the postings, lines and deliveries a Config describes.
// It is immutable: every call of Postings, Lines, Records or Delivery
// starts again from the seed and gives the same data, and a Generator may
// be used from several goroutines at once.
type Generator struct {
	cfg    Config
	adults []boundService // the adult services, if the area has them
	boern  []boundService // the children's services, if the area has them
	nums   numbers        // the number pools before the first citizen

	adultWeights, boernWeights []int // the services' weights
}

// boundService is a service with its accounts resolved in the year's chart.
type boundService struct {
	*service
	expense    []kontoplan.Account // one per art of service.arts
	artWeights []int
	income     kontoplan.Account // egenbetaling, art 7.2
}

// New returns a Generator for cfg. It reports an error when a field of cfg
// is out of range, or when the budget year has no chart of accounts or the
// chart lacks one of the accounts the generator books on.
func New(cfg Config) (*Generator, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	chart, err := kontoplan.ChartFor(cfg.Year)
	if err != nil {
		return nil, fmt.Errorf("sample: budget year %d: %w", cfg.Year, err)
	}
	nums, err := newNumbers(cfg.Year, cfg.Seed)
	if err != nil {
		return nil, err
	}
	g := &Generator{cfg: cfg, nums: nums}
	for i := range services {
		s := &services[i]
		if cfg.Area != siu.AreaSamlet && cfg.Area != s.area {
			continue
		}
		b, ok, err := bind(s, chart)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue // outside SIU's scope that year
		}
		if s.area == siu.AreaBoern {
			g.boern = append(g.boern, b)
		} else {
			g.adults = append(g.adults, b)
		}
	}
	g.adultWeights = serviceWeights(g.adults, 0, -1)
	g.boernWeights = serviceWeights(g.boern, 0, -1)
	if len(g.adults) == 0 && len(g.boern) == 0 {
		return nil, fmt.Errorf("sample: the %d chart of accounts puts none of the generator's functions for area %v in SIU's scope", cfg.Year, cfg.Area)
	}
	return g, nil
}

// bind resolves the accounts of s in chart. It reports false when the
// chart puts the function outside SIU's scope, and an error when the chart
// lacks an account the service books on.
func bind(s *service, chart *kontoplan.Chart) (boundService, bool, error) {
	b := boundService{service: s}
	f, err := kontoplan.ParseFunction(s.function)
	if err != nil {
		return b, false, fmt.Errorf("sample: function %s: %w", s.function, err)
	}
	if chart.Scope(f) == kontoplan.ScopeOut {
		return b, false, nil
	}
	account := func(art string) (kontoplan.Account, error) {
		a, err := kontoplan.ParseArt(art)
		if err != nil {
			return kontoplan.Account{}, fmt.Errorf("sample: art %s: %w", art, err)
		}
		acc, err := kontoplan.NewAccount(f, kontoplan.DranstDrift, a)
		if err != nil {
			return kontoplan.Account{}, fmt.Errorf("sample: account %s %s: %w", s.function, art, err)
		}
		if err := chart.Check(acc); err != nil {
			return kontoplan.Account{}, fmt.Errorf("sample: the %d chart of accounts rejects %s: %w", chart.Year(), acc.Dotted(), err)
		}
		return acc, nil
	}
	for _, aw := range s.arts {
		acc, err := account(aw.art)
		if err != nil {
			return b, false, err
		}
		b.expense = append(b.expense, acc)
		b.artWeights = append(b.artWeights, aw.weight)
	}
	if b.income, err = account(artEgenbetaling); err != nil {
		return b, false, err
	}
	return b, true, nil
}

// Config returns the generator's configuration with its defaults filled in.
func (g *Generator) Config() Config { return g.cfg }

// Header returns the header of the generated delivery: the configured
// municipality, year and area, marked as a test delivery, made at 09:15 on
// 2 March of the year after the budget year (a fixed time, so that the
// output is reproducible).
func (g *Generator) Header() siu.Header {
	return siu.Header{
		Municipality: g.cfg.Municipality,
		Year:         g.cfg.Year,
		Area:         g.cfg.Area,
		Test:         true,
		Created:      time.Date(g.cfg.Year+1, time.March, 2, 9, 15, 0, 0, time.FixedZone("CET", 3600)),
		Description:  "Syntetiske testdata (siukit/sample)",
		System:       siu.System{Name: "siukit sample", Version: "1"},
		Contact:      siu.Contact{Identifier: "Eksempel Kommune, Økonomi", Email: "siu@kommune.example"},
	}
}

// Postings returns the generated postings (invoices, credit notes and
// egenbetaling), exactly Config.Lines of them, citizen by citizen. It
// generates them as they are consumed, in constant memory whatever the
// number of lines.
func (g *Generator) Postings() iter.Seq[siu.Posting] {
	return func(yield func(siu.Posting) bool) {
		r := g.newRun()
		for n := 0; n < g.cfg.Lines; {
			r.buf = r.citizen(r.buf[:0])
			for _, p := range r.buf {
				if n == g.cfg.Lines || !yield(p) {
					return
				}
				n++
			}
		}
	}
}

// Lines returns the postings as delivery lines, one line per posting (DST
// allows summing a citizen's invoices on one line, but does not require
// it; siu's aggregation does the summing). Like Postings it generates
// exactly Config.Lines lines in constant memory.
func (g *Generator) Lines() iter.Seq[siu.Line] {
	return func(yield func(siu.Line) bool) {
		for p := range g.Postings() {
			if !yield(lineOf(p)) {
				return
			}
		}
	}
}

// Records returns the lines as text records, as a file would carry them:
// the ten digits of the number, the canonical KONTOSTRENG, the amount with
// two decimals and a point, and the dates as YYYY-MM-DD.
func (g *Generator) Records() iter.Seq[siu.Record] {
	return func(yield func(siu.Record) bool) {
		for l := range g.Lines() {
			if !yield(recordOf(l)) {
				return
			}
		}
	}
}

// Delivery returns the header and all the lines in memory. Use Lines for
// large numbers of lines.
func (g *Generator) Delivery() siu.Delivery {
	d := siu.Delivery{Header: g.Header(), Lines: make([]siu.Line, 0, g.cfg.Lines)}
	for l := range g.Lines() {
		d.Lines = append(d.Lines, l)
	}
	return d
}

func lineOf(p siu.Posting) siu.Line {
	return siu.Line{PsrID: p.PsrID, Account: p.Account, Amount: p.Amount, Start: p.Start, End: p.End}
}

func recordOf(l siu.Line) siu.Record {
	return siu.Record{
		PsrID:   l.PsrID.Digits(),
		Account: l.Account.String(),
		Amount:  l.Amount.StringFixed(2),
		Start:   l.Start.String(),
		End:     l.End.String(),
	}
}

// run is the state of one pass over the data.
type run struct {
	g         *Generator
	src       source
	nums      numbers
	buf       []siu.Posting
	periods   []siu.Period // scratch for one stay's invoice periods
	yearStart civil.Date
	yearEnd   civil.Date
}

func (g *Generator) newRun() *run {
	return &run{
		g:         g,
		src:       newSource(g.cfg.Seed),
		nums:      g.nums, // a copy: each run counts from the start
		buf:       make([]siu.Posting, 0, 64),
		yearStart: civil.MustNew(g.cfg.Year, time.January, 1),
		yearEnd:   civil.MustNew(g.cfg.Year, time.December, 31),
	}
}

// citizen appends the postings of one new citizen to buf.
func (r *run) citizen(buf []siu.Posting) []siu.Posting {
	area, list, weights := siu.AreaVoksen, r.g.adults, r.g.adultWeights
	if len(list) == 0 || (len(r.g.boern) > 0 && !r.src.percent(areaAdultsWeight)) {
		area, list, weights = siu.AreaBoern, r.g.boern, r.g.boernWeights
	}
	s := &list[r.src.pick(weights)]
	sex := cpr.Male
	if r.src.percent(s.femalePct) {
		sex = cpr.Female
	}
	num := r.nums.next(area, sex, s.datelessPct > 0 && r.src.percent(s.datelessPct))
	buf, end := r.stay(buf, s, num, civil.Date{})
	if area == siu.AreaVoksen && end.Before(r.yearEnd) && r.src.percent(transferPct) {
		// The citizen moves on to another kind of stay the next day.
		weights := serviceWeights(list, sex, indexOf(list, s))
		if total(weights) > 0 {
			buf, _ = r.stay(buf, &list[r.src.pick(weights)], num, end.AddDays(1))
		}
	}
	return buf
}

// serviceWeights returns the weights of list for a citizen of sex sex
// (0: any), leaving out (weight 0) the services that never have that sex
// and, when skip is an index, every service with the function of
// list[skip].
func serviceWeights(list []boundService, sex cpr.Sex, skip int) []int {
	w := make([]int, len(list))
	for i := range list {
		s := &list[i]
		switch {
		case skip >= 0 && s.function == list[skip].function:
		case sex == cpr.Male && s.femalePct == 100:
		case sex == cpr.Female && s.femalePct == 0:
		default:
			w[i] = s.weight
		}
	}
	return w
}

func indexOf(list []boundService, s *boundService) int {
	for i := range list {
		if &list[i] == s {
			return i
		}
	}
	return -1
}

func total(ws []int) int {
	t := 0
	for _, w := range ws {
		t += w
	}
	return t
}

// stay appends the postings of one stay of citizen num at service s, and
// returns the day the stay ends. A zero from lets the stay start anywhere
// such that it shares days with the budget year.
func (r *run) stay(buf []siu.Posting, s *boundService, num cpr.Number, from civil.Date) ([]siu.Posting, civil.Date) {
	days := r.src.skewed(s.minDays, s.maxDays)
	start := from
	if !start.IsValid() {
		start = r.yearStart.AddDays(r.src.between(-(days - 1), civil.DaysInYear(r.g.cfg.Year)-1))
	}
	end := start.AddDays(days - 1)
	st := stayTerms{
		citizen: num,
		expense: s.expense[r.src.pick(s.artWeights)],
		income:  s.income,
		unit:    s.unit,
		rate:    r.src.between64(s.minRate*100, s.maxRate*100),
		start:   start,
		end:     end,
	}
	if s.egenPct > 0 && r.src.percent(s.egenPct) {
		st.egen = r.src.between64(s.minEgen*100, s.maxEgen*100)
	}
	quarterly := days >= 90 && s.quarterlyPct > 0 && r.src.percent(s.quarterlyPct)
	r.periods = r.invoicePeriods(r.periods[:0], start, end, quarterly)
	for _, p := range r.periods {
		buf = r.invoice(buf, &st, p)
	}
	if s.insurancePct > 0 && r.src.percent(s.insurancePct) {
		// DST's insurance case: booked in the year, covering 1 July to 30 June.
		p := siu.Period{Start: civil.MustNew(r.g.cfg.Year, time.July, 1), End: civil.MustNew(r.g.cfg.Year+1, time.June, 30)}
		if p.Overlaps(siu.Period{Start: start, End: end}) {
			buf = append(buf, st.posting(st.expense, r.src.between64(1200, 6000)*100, p))
		}
	}
	return buf, end
}

// stayTerms is what one stay books.
type stayTerms struct {
	citizen    cpr.Number
	expense    kontoplan.Account
	income     kontoplan.Account
	unit       rateUnit
	rate, egen int64 // øre per unit; egen 0 = no egenbetaling
	start, end civil.Date
}

func (st *stayTerms) posting(acc kontoplan.Account, oere int64, p siu.Period) siu.Posting {
	return siu.Posting{PsrID: st.citizen, Account: acc, Amount: amount(oere), Start: p.Start, End: p.End}
}

// invoice appends the invoice for period p, maybe a credit note on it, and
// the egenbetaling for the period.
func (r *run) invoice(buf []siu.Posting, st *stayTerms, p siu.Period) []siu.Posting {
	cost := price(st.unit, st.rate, p)
	buf = append(buf, st.posting(st.expense, cost, p))
	if r.src.perMille(creditPerMille) {
		// A credit note: part of the invoice, or all of it, taken back.
		pct := int64(r.src.between(5, 100))
		buf = append(buf, st.posting(st.expense, -roundDiv(cost*pct, 100), p))
	}
	if st.egen > 0 {
		buf = append(buf, st.posting(st.income, -price(st.unit, st.egen, p), p))
	}
	return buf
}

// invoicePeriods appends to ps the periods invoiced in the budget year for a
// stay from start to end: calendar months within the year, or, quarterly,
// three months at a time in advance from the month the stay started, the
// last of which may run into the next year.
func (r *run) invoicePeriods(ps []siu.Period, start, end civil.Date, quarterly bool) []siu.Period {
	if !quarterly {
		from := civil.Max(start, r.yearStart)
		to := civil.Min(end, r.yearEnd)
		for d := from; !d.After(to); {
			last := civil.Min(monthEnd(d), to)
			ps = append(ps, siu.Period{Start: d, End: last})
			d = last.AddDays(1)
		}
		return ps
	}
	first := firstOfMonth(start)
	for k := 0; ; k++ {
		qs := addMonths(first, 3*k)
		if k == 0 {
			qs = start
		}
		if qs.After(end) || qs.After(r.yearEnd) {
			return ps
		}
		if qs.Before(r.yearStart) { // invoiced in an earlier year
			continue
		}
		qe := civil.Min(addMonths(first, 3*(k+1)).AddDays(-1), end)
		ps = append(ps, siu.Period{Start: qs, End: qe})
	}
}

// price returns the price in øre of period p at rate øre per unit: per day
// times the days, or per month prorated by the days of each month.
func price(unit rateUnit, rate int64, p siu.Period) int64 {
	if unit == perDay {
		return rate * int64(p.Days())
	}
	var sum int64
	for d := p.Start; !d.After(p.End); {
		last := civil.Min(monthEnd(d), p.End)
		n := int64(d.DaysUntil(last) + 1)
		dim := int64(civil.DaysIn(d.Year(), d.Month()))
		sum += roundDiv(rate*n, dim)
		d = last.AddDays(1)
	}
	return sum
}

// roundDiv returns a/b rounded half away from zero; b must be positive.
func roundDiv(a, b int64) int64 {
	if a < 0 {
		return -roundDiv(-a, b)
	}
	return (2*a + b) / (2 * b)
}

func firstOfMonth(d civil.Date) civil.Date { return civil.MustNew(d.Year(), d.Month(), 1) }

func monthEnd(d civil.Date) civil.Date {
	return civil.MustNew(d.Year(), d.Month(), civil.DaysIn(d.Year(), d.Month()))
}

// addMonths returns the first day of the month n months after the month
// of d, which must be a first day.
func addMonths(d civil.Date, n int) civil.Date {
	m := int(d.Month()) - 1 + n
	y := d.Year() + m/12
	m %= 12
	if m < 0 {
		m += 12
		y--
	}
	return civil.MustNew(y, time.Month(m+1), 1)
}
