package report

import (
	"bytes"
	"cmp"
	"fmt"
	"html/template"
	"image/color"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// The histogram of annualised amounts has binsPerDecade bins in each power
// of ten from 1 kr to 10^maxDecade kr.
const (
	binsPerDecade = 4
	maxDecade     = 8
	nBins         = binsPerDecade * maxDecade
)

// histogram counts lines by the size of their annualised amount
// (siu.Annualised), in fixed bins on a logarithmic scale: constant memory.
type histogram struct {
	threshold decimal.Decimal
	bins      [nBins]int
	// below counts the lines of an annualised amount below 1 kr (zero,
	// income and credit notes), none those without a valid period.
	below, none int
}

func newHistogram(threshold decimal.Decimal) histogram { return histogram{threshold: threshold} }

func (h *histogram) add(l siu.Line) {
	p := l.Period()
	if !p.IsValid() {
		h.none++
		return
	}
	a := siu.Annualised(l.Amount, p)
	if a.LessThan(decimal.NewFromInt(1)) {
		h.below++
		return
	}
	i := int(math.Floor(math.Log10(a.InexactFloat64()) * binsPerDecade))
	h.bins[min(max(i, 0), nBins-1)]++
}

// extreme reports whether l is above the threshold, as SIU-BEL-005 says.
func (h *histogram) extreme(l siu.Line) bool {
	return siu.AnnualisedExceeds(l.Amount, l.Period(), h.threshold)
}

// monthTotals adds up the lines' amounts per month of the budget year and
// per area, each line spread over its period by days: a picture, in
// floating point, not an account.
type monthTotals struct {
	year    int
	byArea  [4][12]float64 // index: siu.Area, 0 for no area
	outside float64        // the part of the amounts outside the year
}

func (m *monthTotals) add(l siu.Line) {
	p := l.Period()
	if !p.IsValid() || m.year == 0 {
		return
	}
	area := siu.AreaOf(l.Account.Function())
	amount := l.Amount.InexactFloat64()
	n := float64(p.Days())
	inYear := 0.0
	first, last := p.Years()
	if first > m.year || last < m.year {
		m.outside += amount
		return
	}
	for mo := time.January; mo <= time.December; mo++ {
		start := civil.MustNew(m.year, mo, 1)
		month := siu.Period{Start: start, End: civil.MustNew(m.year, mo, civil.DaysIn(m.year, mo))}
		if !month.Overlaps(p) {
			continue
		}
		days := siu.Period{Start: civil.Max(month.Start, p.Start), End: civil.Min(month.End, p.End)}.Days()
		share := amount * float64(days) / n
		m.byArea[area][mo-1] += share
		inYear += share
	}
	m.outside += amount - inYear
}

// charts are the report's pictures as inline SVG.
type charts struct {
	Histogram, Months, Functions template.HTML
	// HistogramBelow, HistogramNone and MonthsOutside are said beside them.
	HistogramBelow, HistogramNone int
	MonthsOutside                 decimal.Decimal
	// TopFunctions are the functions in the functions chart, most
	// findings first.
	TopFunctions []FunctionCount
}

// FunctionCount is the number of findings on the lines of one function.
type FunctionCount struct {
	Function kontoplan.Function
	Name     string
	N        int
}

var (
	colorError   = color.RGBA{0xc6, 0x28, 0x28, 0xff}
	colorWarning = color.RGBA{0xe0, 0xa8, 0x00, 0xff}
	colorAdults  = color.RGBA{0x1f, 0x5f, 0x9f, 0xff}
	colorKids    = color.RGBA{0x5b, 0xa8, 0x5b, 0xff}
	colorOther   = color.RGBA{0x99, 0x99, 0x99, 0xff}
	colorBars    = color.RGBA{0x4a, 0x78, 0xb0, 0xff}
)

func drawCharts(p *Page, b *Builder) (charts, error) {
	var c charts
	var err error
	c.HistogramBelow, c.HistogramNone = b.hist.below, b.hist.none
	if c.Histogram, err = histogramChart(&b.hist, b.lang); err != nil {
		return c, err
	}
	c.MonthsOutside = decimal.NewFromFloat(b.months.outside).Round(0)
	if p.Header.Year != 0 {
		if c.Months, err = monthsChart(&b.months, b.lang); err != nil {
			return c, err
		}
	}
	for fn, n := range b.byFn {
		c.TopFunctions = append(c.TopFunctions, FunctionCount{Function: fn, Name: functionName(b.chart, fn, 32), N: n})
	}
	slices.SortFunc(c.TopFunctions, func(a, b FunctionCount) int {
		return cmp.Or(cmp.Compare(b.N, a.N), cmp.Compare(fnKey(a.Function), fnKey(b.Function)))
	})
	if len(c.TopFunctions) > 10 {
		c.TopFunctions = c.TopFunctions[:10]
	}
	if len(c.TopFunctions) > 0 {
		if c.Functions, err = functionsChart(c.TopFunctions, b.lang); err != nil {
			return c, err
		}
	}
	return c, nil
}

func fnKey(f kontoplan.Function) int {
	if !f.IsValid() {
		return -1
	}
	return f.Code()
}

// newPlot returns a plot whose text is in a sans-serif face.
func newPlot() *plot.Plot {
	p := plot.New()
	sans := func(s *font.Font) { s.Variant = "Sans" }
	sans(&p.Title.TextStyle.Font)
	sans(&p.X.Label.TextStyle.Font)
	sans(&p.Y.Label.TextStyle.Font)
	sans(&p.X.Tick.Label.Font)
	sans(&p.Y.Tick.Label.Font)
	sans(&p.Legend.TextStyle.Font)
	p.Title.TextStyle.Font.Size = 0 // the page's headings name the charts
	return p
}

// svg renders p as inline SVG for an HTML page.
func svg(p *plot.Plot, w, h vg.Length, label string) (template.HTML, error) {
	c := vgsvg.New(w, h)
	p.Draw(draw.New(c))
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return "", err
	}
	s := buf.String()
	if i := strings.Index(s, "<svg"); i >= 0 {
		s = s[i:] // no XML declaration or comment inside HTML
	}
	s = strings.Replace(s, "<svg ", fmt.Sprintf(`<svg role="img" aria-label="%s" class="chart" `, template.HTMLEscapeString(label)), 1)
	// The SVG comes from gonum's vgsvg, which escapes every text it draws.
	return template.HTML(s), nil
}

func histogramChart(h *histogram, lang string) (template.HTML, error) {
	p := newPlot()
	bins := make([]plotter.HistogramBin, nBins)
	top := 1.0
	for i := range bins {
		bins[i] = plotter.HistogramBin{Min: float64(i) / binsPerDecade, Max: float64(i+1) / binsPerDecade, Weight: float64(h.bins[i])}
		top = max(top, float64(h.bins[i]))
	}
	hist := &plotter.Histogram{Bins: bins, Width: 1.0 / binsPerDecade, FillColor: colorBars,
		LineStyle: draw.LineStyle{Color: color.White, Width: vg.Points(0.5)}}
	p.Add(hist)
	x := math.Log10(h.threshold.InexactFloat64())
	limit, err := plotter.NewLine(plotter.XYs{{X: x, Y: 0}, {X: x, Y: top * 1.05}})
	if err != nil {
		return "", err
	}
	limit.Color, limit.Width, limit.Dashes = colorError, vg.Points(2), []vg.Length{vg.Points(4), vg.Points(2)}
	p.Add(limit)
	p.Legend.Add(tr(lang, "chart.threshold", formatKroner(h.threshold, lang)), limit)
	p.Legend.Top = true
	p.X.Min, p.X.Max = 0, maxDecade
	p.X.Tick.Marker = plot.TickerFunc(func(min, max float64) []plot.Tick {
		var ts []plot.Tick
		for d := 0; d <= maxDecade; d++ {
			ts = append(ts, plot.Tick{Value: float64(d), Label: powerLabel(d, lang)})
		}
		return ts
	})
	p.X.Label.Text = tr(lang, "chart.annualised.x")
	p.Y.Label.Text = tr(lang, "chart.lines")
	p.Y.Min = 0
	p.Y.Tick.Marker = intTicks{lang}
	return svg(p, 16*vg.Centimeter, 8*vg.Centimeter, tr(lang, "h.histogram"))
}

// powerLabel names 10^d kroner: "1", "10", …, "1.000", "1 mio.".
func powerLabel(d int, lang string) string {
	switch {
	case d >= 6:
		return fmt.Sprintf("%d %s", int(math.Pow10(d-6)), tr(lang, "unit.mio"))
	default:
		return formatInt(int(math.Pow10(d)), lang)
	}
}

// intTicks are the default ticks, labelled as whole numbers with the
// language's thousands separator, without fractions.
type intTicks struct{ lang string }

func (t intTicks) Ticks(min, max float64) []plot.Tick {
	var out []plot.Tick
	for _, tk := range (plot.DefaultTicks{}).Ticks(min, max) {
		if tk.Label != "" {
			if tk.Value != math.Trunc(tk.Value) {
				continue
			}
			tk.Label = formatInt(int(tk.Value), t.lang)
		}
		out = append(out, tk)
	}
	return out
}

// kronerTicks label kroner in units of scale (1, 1.000 or 1 mio. kr.).
type kronerTicks struct {
	lang  string
	scale float64
}

func (t kronerTicks) Ticks(min, max float64) []plot.Tick {
	var out []plot.Tick
	for _, tk := range (plot.DefaultTicks{}).Ticks(min, max) {
		if tk.Label != "" {
			tk.Label = formatKroner(decimal.NewFromFloat(tk.Value/t.scale).Round(1), t.lang)
			tk.Label = strings.TrimSuffix(strings.TrimSuffix(tk.Label, "0"), "0")
			tk.Label = strings.TrimRight(tk.Label, ".,")
		}
		out = append(out, tk)
	}
	return out
}

func monthsChart(m *monthTotals, lang string) (template.HTML, error) {
	p := newPlot()
	top := 0.0
	for _, a := range m.byArea {
		for _, v := range a {
			top = max(top, math.Abs(v))
		}
	}
	scale, unit := 1.0, tr(lang, "unit.kr")
	switch {
	case top >= 1e6:
		scale, unit = 1e6, tr(lang, "unit.miokr")
	case top >= 1e4:
		scale, unit = 1e3, tr(lang, "unit.tkr")
	}
	series := []struct {
		area  siu.Area
		key   string
		color color.Color
	}{{siu.AreaVoksen, "area.adults", colorAdults}, {siu.AreaBoern, "area.children", colorKids}, {0, "area.none", colorOther}}
	var shown []int
	for i, s := range series {
		for _, v := range m.byArea[s.area] {
			if v != 0 {
				shown = append(shown, i)
				break
			}
		}
	}
	w := vg.Points(10)
	for k, i := range shown {
		s := series[i]
		vals := make(plotter.Values, 12)
		copy(vals, m.byArea[s.area][:])
		bars, err := plotter.NewBarChart(vals, w)
		if err != nil {
			return "", err
		}
		bars.Color, bars.LineStyle.Width = s.color, 0
		bars.Offset = w * vg.Length(2*k-len(shown)+1) / 2
		p.Add(bars)
		p.Legend.Add(tr(lang, s.key), bars)
	}
	p.Legend.Top = true
	var months []string
	for mo := time.January; mo <= time.December; mo++ {
		months = append(months, tr(lang, "month."+fmt.Sprint(int(mo))))
	}
	p.NominalX(months...)
	p.Y.Label.Text = unit
	p.Y.Tick.Marker = kronerTicks{lang, scale}
	return svg(p, 16*vg.Centimeter, 8*vg.Centimeter, tr(lang, "h.months"))
}

func functionsChart(top []FunctionCount, lang string) (template.HTML, error) {
	p := newPlot()
	vals := make(plotter.Values, len(top))
	names := make([]string, len(top))
	// The most findings at the top: the bars are drawn bottom up.
	for i, fc := range top {
		j := len(top) - 1 - i
		vals[j] = float64(fc.N)
		names[j] = functionText(fc.Function)
	}
	bars, err := plotter.NewBarChart(vals, vg.Points(12))
	if err != nil {
		return "", err
	}
	bars.Horizontal, bars.Color, bars.LineStyle.Width = true, colorWarning, 0
	p.Add(bars)
	p.NominalY(names...)
	p.X.Label.Text = tr(lang, "chart.findings")
	p.X.Min = 0
	p.X.Tick.Marker = intTicks{lang}
	return svg(p, 16*vg.Centimeter, vg.Length(2+len(top))*vg.Points(20)+vg.Centimeter, tr(lang, "h.functions"))
}
