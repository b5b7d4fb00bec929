package sample

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// This file makes the sample data: the postings of a fictional
// municipality's year, drawn by the generator, written as a Danish
// spreadsheet export, with some deliberate mistakes. The embedded files
// are its output; TestSampleData checks they are up to date and rewrites
// them with -update.

// The sample data's draw.
const (
	dataSeed     = 20250461
	dataPostings = 3000 // at least this many postings, whole citizens
	firstBilag   = 250001
)

// row is one line of the postings file: a posting and its text fields.
type row struct {
	p     siu.Posting
	bilag int
	// The fields as written; the mistakes change them.
	cpr, konto, tekst, beloeb, start, slut string
}

// buildSample returns the postings file and the mistakes file.
func buildSample() (postings, mistakes []byte, err error) {
	g, err := New(Config{Seed: dataSeed, Year: DataYear, Municipality: DataMunicipality, Area: siu.AreaSamlet})
	if err != nil {
		return nil, nil, err
	}
	r := g.newRun()
	var ps []siu.Posting
	for len(ps) < dataPostings {
		ps = r.citizen(ps)
	}
	// A finance system exports in the order of the periods.
	slices.SortStableFunc(ps, func(a, b siu.Posting) int {
		if c := a.Start.Compare(b.Start); c != 0 {
			return c
		}
		return a.End.Compare(b.End)
	})
	rows := make([]row, len(ps))
	for i, p := range ps {
		rows[i] = newRow(p, firstBilag+i)
	}
	var ms []Mistake
	used := map[int]bool{}
	for k, m := range mistakes2025 {
		// Spread the mistakes over the file; each takes the first
		// fitting posting from its place on.
		from := (k + 1) * len(rows) / (len(mistakes2025) + 1)
		i := from
		for ; i < len(rows); i++ {
			if !used[i] && m.fits(&rows[i]) {
				break
			}
		}
		if i == len(rows) {
			return nil, nil, fmt.Errorf("sample: no posting after %d fits mistake %s", from, m.code)
		}
		used[i] = true
		corrected := rows[i].String()
		m.apply(&rows[i])
		ms = append(ms, Mistake{Line: i + 2, Code: m.code, Description: m.description, Corrected: corrected})
	}
	slices.SortFunc(ms, func(a, b Mistake) int { return cmp.Compare(a.Line, b.Line) })

	var b bytes.Buffer
	b.WriteString("Bilag;CPR;Konto;Tekst;Beløb;Startdato;Slutdato\n")
	for i := range rows {
		b.WriteString(rows[i].String())
		b.WriteByte('\n')
	}
	return b.Bytes(), formatMistakes(ms), nil
}

// String returns w as a line of the file, without the line end.
func (w *row) String() string {
	return fmt.Sprintf("%d;%s;%s;%s;%s;%s;%s", w.bilag, w.cpr, w.konto, w.tekst, w.beloeb, w.start, w.slut)
}

func newRow(p siu.Posting, bilag int) row {
	d := p.PsrID.Digits()
	return row{
		p:      p,
		bilag:  bilag,
		cpr:    d[:6] + "-" + d[6:],
		konto:  p.Account.Dotted(),
		tekst:  text(p),
		beloeb: danishAmount(p.Amount.Shift(2).IntPart()),
		start:  danishDate(p.Start),
		slut:   danishDate(p.End),
	}
}

// labels name the functions in the Tekst column.
var labels = map[string]string{
	"5.38.42": "Ophold krisecenter/herberg",
	"5.38.45": "Behandlingsophold",
	"5.38.50": "Botilbud § 108",
	"5.38.51": "Botilbudslignende tilbud",
	"5.38.52": "Botilbud § 107",
	"5.38.53": "Ledsageordning",
	"5.28.20": "Opholdssted",
	"5.28.22": "Plejefamilie",
	"5.28.23": "Døgninstitution",
	"5.28.24": "Sikret døgninstitution",
}

var months = [...]string{"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"}

// text is what a finance system's text field might say about p.
func text(p siu.Posting) string {
	label := labels[p.Account.Function().String()]
	switch {
	case p.Account.Art().Hovedart() == 7:
		label = "Egenbetaling, " + label
	case p.Amount.IsNegative():
		label = "Kreditnota, " + label
	case p.Start.Month() == time.July && p.Start.Day() == 1 && p.End == civil.MustNew(p.Start.Year()+1, time.June, 30):
		return "Forsikring " + strconv.Itoa(p.Start.Year()) + "/" + strconv.Itoa(p.End.Year()%100) + ", " + label
	}
	if p.Start.Year() == p.End.Year() && p.Start.Month() == p.End.Month() {
		return label + ", " + months[p.Start.Month()-1] + " " + strconv.Itoa(p.Start.Year())
	}
	return label + ", " + danishDate(p.Start) + " til " + danishDate(p.End)
}

// danishAmount writes øre as kroner with thousands dots and a decimal
// comma: -12.345,67.
func danishAmount(oere int64) string {
	sign := ""
	if oere < 0 {
		sign, oere = "-", -oere
	}
	kr := strconv.FormatInt(oere/100, 10)
	var b []byte
	for i := range len(kr) {
		if i > 0 && (len(kr)-i)%3 == 0 {
			b = append(b, '.')
		}
		b = append(b, kr[i])
	}
	return fmt.Sprintf("%s%s,%02d", sign, b, oere%100)
}

// danishDate writes d as dd-mm-yyyy.
func danishDate(d civil.Date) string {
	return fmt.Sprintf("%02d-%02d-%04d", d.Day(), int(d.Month()), d.Year())
}

// mistake is one deliberate mistake: where it fits and what it does.
type mistake struct {
	code        string
	description string
	fits        func(w *row) bool
	apply       func(w *row)
}

// Predicates over rows.
func onFunction(w *row, fn string) bool { return w.p.Account.Function().String() == fn }
func isInvoice(w *row) bool {
	return w.p.Account.Art().Hovedart() == 4 && w.p.Amount.IsPositive()
}
func isEgenbetaling(w *row) bool { return w.p.Account.Art().Hovedart() == 7 }
func wholeMonth(w *row) bool {
	return w.p.Start.Day() == 1 && w.p.End == monthEnd(w.p.Start)
}

// withAccount returns the account of w with function fn or dranst d
// changed, written as Dotted.
func withAccount(w *row, fn string, d kontoplan.Dranst) string {
	f := w.p.Account.Function()
	if fn != "" {
		f = kontoplan.MustParseFunction(fn)
	}
	a, err := kontoplan.NewAccount(f, d, w.p.Account.Art())
	if err != nil { // the table below uses valid parts only
		return w.konto
	}
	return a.Dotted()
}

// mistakes2025 are the deliberate mistakes of the sample data, in the
// order they are spread over the file.
var mistakes2025 = []mistake{
	{
		code:        "SIU-PER-001",
		description: "An invoice for a botilbud (5.38.50) without an end date.",
		fits:        func(w *row) bool { return onFunction(w, "5.38.50") && isInvoice(w) },
		apply:       func(w *row) { w.slut = "" },
	},
	{
		code:        "SIU-BEL-002",
		description: "A shelter's per-day rate times the days, not rounded: an amount with three decimals.",
		fits:        func(w *row) bool { return onFunction(w, "5.38.42") && isInvoice(w) },
		apply:       func(w *row) { w.beloeb += "5" },
	},
	{
		code:        "SIU-KTO-005",
		description: "An invoice for a temporary stay (5.38.52) booked on dranst 3 (anlæg) instead of 1 (drift).",
		fits:        func(w *row) bool { return onFunction(w, "5.38.52") && isInvoice(w) },
		apply:       func(w *row) { w.konto = withAccount(w, "", kontoplan.DranstAnlaeg) },
	},
	{
		code:        "SIU-PSR-003",
		description: "A herberg stay reported with a replacement number (erstatningspersonnummer: the day plus 60) instead of a CPR or fictive number.",
		fits: func(w *row) bool {
			return onFunction(w, "5.38.42") && w.p.PsrID.Sex() == cpr.Male && w.p.PsrID.BirthDate().IsValid()
		},
		apply: func(w *row) {
			day := w.p.PsrID.BirthDate().Day() + 60
			w.cpr = strconv.Itoa(day) + w.cpr[2:]
		},
	},
	{
		code:        "SIU-PER-003",
		description: "A foster-care invoice (5.28.22) with start and end date swapped.",
		fits:        func(w *row) bool { return onFunction(w, "5.28.22") && isInvoice(w) && w.p.Start != w.p.End },
		apply:       func(w *row) { w.start, w.slut = w.slut, w.start },
	},
	{
		code:        "SIU-BEL-004",
		description: "Egenbetaling (art 7.2) with a positive amount: the sign is reversed.",
		fits:        isEgenbetaling,
		apply:       func(w *row) { w.beloeb = w.beloeb[1:] },
	},
	{
		code:        "SIU-KTO-006",
		description: "An invoice booked on 5.38.53 (kontaktperson- og ledsageordninger), a function outside SIU's scope.",
		fits:        func(w *row) bool { return onFunction(w, "5.38.51") && isInvoice(w) },
		apply: func(w *row) {
			w.konto = withAccount(w, "5.38.53", kontoplan.DranstDrift)
			w.tekst = labels["5.38.53"] + ", " + months[w.p.Start.Month()-1] + " " + strconv.Itoa(w.p.Start.Year())
		},
	},
	{
		code:        "SIU-PER-005",
		description: "An invoice for a long stay (5.38.50) dated with the stay's start, 1 March 2019: the activity period, not the expense period.",
		fits:        func(w *row) bool { return onFunction(w, "5.38.50") && isInvoice(w) && wholeMonth(w) },
		apply:       func(w *row) { w.start = "01-03-2019" },
	},
	{
		code:        "SIU-BEL-005",
		description: "A monthly botilbud invoice typed with an extra digit: ten times the amount, an extreme annualised amount.",
		fits: func(w *row) bool {
			return onFunction(w, "5.38.50") && isInvoice(w) && wholeMonth(w) && w.p.Amount.IntPart() >= 50000
		},
		apply: func(w *row) { w.beloeb = danishAmount(w.p.Amount.Shift(3).IntPart()) },
	},
	{
		code:        "SIU-BEL-003",
		description: "An invoice for a midlertidigt botilbud (5.38.52) with the amount 0,00.",
		fits:        func(w *row) bool { return onFunction(w, "5.38.52") && isInvoice(w) },
		apply:       func(w *row) { w.beloeb = "0,00" },
	},
	{
		code:        "SIU-PSR-002",
		description: "A CPR number with a digit missing (nine digits).",
		fits:        func(w *row) bool { return onFunction(w, "5.38.51") },
		apply:       func(w *row) { w.cpr = w.cpr[:len(w.cpr)-1] },
	},
	{
		code:        "SIU-PER-004",
		description: "A late invoice for December of the year before, booked in the budget year: the period lies wholly outside 2025.",
		fits:        func(w *row) bool { return isInvoice(w) && wholeMonth(w) && w.p.Start.Month() == time.December },
		apply: func(w *row) {
			w.start, w.slut = "01-12-"+strconv.Itoa(DataYear-1), "31-12-"+strconv.Itoa(DataYear-1)
			w.tekst = labels[w.p.Account.Function().String()] + ", december " + strconv.Itoa(DataYear-1)
		},
	},
}
