package siu

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
)

// lineGen makes a deterministic delivery of budget year 2025 for the
// benchmarks and the memory test: pairs (citizen, account) pairs, each with
// perPair lines whose periods split 2025 into perPair contiguous pieces
// (monthly when perPair is 12), fed period by period across the pairs, as
// a file sorted by period would be. Every line is clean against the
// embedded 2025 chart.
type lineGen struct {
	citizens []cpr.Number
	accounts []kontoplan.Account
	income   []bool
	amounts  [][]decimal.Decimal // [rate][period]: a daily rate × the period's days
	starts   []civil.Date
	ends     []civil.Date
	pairs    int
	perPair  int
}

func newLineGen(pairs, perPair int) *lineGen {
	g := &lineGen{pairs: pairs, perPair: perPair}
	fns := []string{"5.38.42", "5.38.45", "5.38.50", "5.38.51", "5.38.52"}
	for _, fn := range fns {
		g.accounts = append(g.accounts, account(fn, "4.0"), account(fn, "7.2"))
		g.income = append(g.income, false, true)
	}
	// Two accounts per citizen: an expense and, for every other citizen,
	// the own payment on the same function, else a second function.
	nCitizens := (pairs + 1) / 2
	seed := uint64(0x5eed)
	next := func() uint64 { // xorshift64*
		seed ^= seed >> 12
		seed ^= seed << 25
		seed ^= seed >> 27
		return seed * 2685821657736338717
	}
	first := civil.MustParse("1940-01-01")
	seen := make(map[cpr.Number]bool, nCitizens)
	for len(g.citizens) < nCitizens {
		birth := first.AddDays(int(next() % 21000)) // 1940 .. 1997: adults, 7th digit 0-3
		for serial := int(next() % 4000); ; serial = (serial + 1) % 4000 {
			s := fmt.Sprintf("%02d%02d%02d%04d", birth.Day(), birth.Month(), birth.Year()%100, serial)
			n, err := cpr.Parse(s)
			if err == nil && n.BirthDate() == birth && n.PassesModulus11() && !n.IsFictive() {
				if !seen[n] {
					seen[n] = true
					g.citizens = append(g.citizens, n)
				}
				break
			}
		}
	}
	jan1 := civil.MustParse("2025-01-01")
	for k := 0; k < perPair; k++ {
		g.starts = append(g.starts, jan1.AddDays(k*365/perPair))
		g.ends = append(g.ends, jan1.AddDays((k+1)*365/perPair-1))
	}
	for i := 0; i < 64; i++ {
		rate := int64(300_00 + next()%2_700_00) // 300 to 3,000 kr a day
		var row []decimal.Decimal
		for k := range perPair {
			days := int64(g.starts[k].DaysUntil(g.ends[k]) + 1)
			row = append(row, decimal.New(rate*days, -2))
		}
		g.amounts = append(g.amounts, row)
	}
	return g
}

// lines returns the number of lines the generator makes.
func (g *lineGen) lines() int { return g.pairs * g.perPair }

// line returns line i (0-based).
func (g *lineGen) line(i int) Line {
	p, k := i%g.pairs, i/g.pairs
	c := g.citizens[p/2]
	a := (p/2)%5*2 + p%2 // expense or income on the citizen's function
	if p%2 == 1 && (p/2)%2 == 1 {
		a = ((p/2)%5*2 + 2) % len(g.accounts) // a second function's expense
	}
	amt := g.amounts[(p+k)%len(g.amounts)][k]
	if g.income[a] {
		amt = amt.Neg()
	}
	return Line{PsrID: c, Account: g.accounts[a], Amount: amt, Start: g.starts[k], End: g.ends[k]}
}

// delivery returns the whole delivery.
func (g *lineGen) delivery() Delivery {
	d := Delivery{Header: withEnvelope(Header{Municipality: 851, Year: 2025, Area: AreaVoksen})}
	d.Lines = make([]Line, g.lines())
	for i := range d.Lines {
		d.Lines[i] = g.line(i)
	}
	return d
}
