package kontoplan

import (
	"embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/siukit/siukit/cpr"
)

// The embedded charts: data/kontoplan-YYYY.csv.
//
//go:embed data/*.csv
var dataFS embed.FS

// ErrNoChart is the cause of a *NoChartError.
var ErrNoChart = errors.New("no chart of accounts for that budget year")

// NoChartError says that the package holds no chart for a budget year.
// Load the year's chart from a file with ParseChart instead.
type NoChartError struct {
	Year  int
	Years []int // the years the package holds
}

// Error implements error.
func (e *NoChartError) Error() string {
	return fmt.Sprintf("kontoplan: no chart of accounts for budget year %d (embedded: %v); load one with ParseChart", e.Year, e.Years)
}

// Unwrap returns ErrNoChart.
func (e *NoChartError) Unwrap() error { return ErrNoChart }

// ChartError says what is wrong on one line of a chart file.
type ChartError struct {
	File   string // the name given to ParseChart
	Line   int    // 1-based line in the file
	Reason string
}

// Error implements error: "file:line: reason".
func (e *ChartError) Error() string {
	return cpr.Redact("kontoplan: " + e.File + ":" + strconv.Itoa(e.Line) + ": " + e.Reason)
}

// quote quotes a value of a chart file for an error message. Unlike %q it
// keeps printable characters as they are, so that cpr.Redact still
// recognises a CPR number written with a no-break space.
func quote(s string) string { return strconv.QuoteToGraphic(s) }

var charts struct {
	once  sync.Once
	years []int
	mu    sync.Mutex
	cache map[int]*Chart
}

func chartFile(year int) string { return "data/kontoplan-" + strconv.Itoa(year) + ".csv" }

// Years returns the budget years the package holds charts for, in order.
func Years() []int {
	charts.once.Do(func() {
		entries, _ := dataFS.ReadDir("data")
		for _, e := range entries {
			var y int
			if _, err := fmt.Sscanf(e.Name(), "kontoplan-%d.csv", &y); err == nil {
				charts.years = append(charts.years, y)
			}
		}
		slices.Sort(charts.years)
		charts.cache = make(map[int]*Chart)
	})
	return slices.Clone(charts.years)
}

// ChartFor returns the embedded chart of a budget year. A year the package
// holds no data for gives a *NoChartError. The same *Chart is returned to
// every caller; it is read-only.
func ChartFor(year int) (*Chart, error) {
	years := Years()
	if !slices.Contains(years, year) {
		return nil, &NoChartError{Year: year, Years: years}
	}
	charts.mu.Lock()
	defer charts.mu.Unlock()
	if c, ok := charts.cache[year]; ok {
		return c, nil
	}
	f, err := dataFS.Open(chartFile(year))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	c, err := ParseChart(f, chartFile(year))
	if err != nil {
		return nil, err
	}
	if c.year != year {
		return nil, &ChartError{File: chartFile(year), Line: 1, Reason: "year " + strconv.Itoa(c.year) + " in the file for " + strconv.Itoa(year)}
	}
	charts.cache[year] = c
	return c, nil
}

// ParseChart reads a chart of accounts from a CSV file, for a budget year
// the package does not hold or to replace its data with a municipality's
// own. name is used in errors (a file name). The format is that of the
// embedded files (see data/README.md):
//
//	# comment lines
//	year,2026
//	note,Source: budregn.im.dk ...
//	dranst,1,Drift,siu
//	art,7.2,Salg af produkter og ydelser,income
//	function,5.38.50,Botilbud til længerevarende ophold,mandatory,SEL § 108
//
// Every line is read; the error joins a *ChartError for each bad line, so
// errors.As finds the first one, and each names the file and the line.
func ParseChart(r io.Reader, name string) (*Chart, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.Comment = '#'
	cr.TrimLeadingSpace = true
	c := &Chart{source: name, fnIndex: make(map[Function]int32)}
	var errs []error
	bad := func(line int, format string, args ...any) {
		errs = append(errs, &ChartError{File: name, Line: line, Reason: fmt.Sprintf(format, args...)})
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				bad(pe.Line, "%v", pe.Err)
				if len(errs) > 100 {
					break
				}
				continue
			}
			return nil, fmt.Errorf("kontoplan: reading %s: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		if line == 1 {
			rec[0] = strings.TrimPrefix(rec[0], "\ufeff") // a BOM from a spreadsheet
		}
		for i := range rec {
			rec[i] = strings.TrimSpace(rec[i])
			if !utf8.ValidString(rec[i]) {
				bad(line, "field %d is not UTF-8", i+1)
			}
		}
		switch rec[0] {
		case "year":
			if c.year != 0 {
				bad(line, "second year line")
				continue
			}
			if len(rec) != 2 {
				bad(line, "want year,YYYY")
				continue
			}
			y, err := strconv.Atoi(rec[1])
			if err != nil || y < 1900 || y > 2999 {
				bad(line, "year %s is not a budget year", quote(rec[1]))
				continue
			}
			c.year = y
		case "note":
			c.notes = append(c.notes, strings.Join(rec[1:], ","))
		case "dranst":
			if len(rec) < 3 || len(rec) > 4 {
				bad(line, "want dranst,N,name[,siu]")
				continue
			}
			n, err := strconv.Atoi(rec[1])
			d := Dranst(n)
			if err != nil || len(rec[1]) != 1 || !d.IsValid() {
				bad(line, "dranst %s is not 1-7", quote(rec[1]))
				continue
			}
			if c.dranst[d].Dranst != 0 {
				bad(line, "dranst %d listed twice", d)
				continue
			}
			siu := len(rec) == 4 && rec[3] == "siu"
			if len(rec) == 4 && rec[3] != "siu" && rec[3] != "" {
				bad(line, "dranst flag %s: want siu or nothing", quote(rec[3]))
				continue
			}
			c.dranst[d] = DranstInfo{Dranst: d, Name: rec[2], SIU: siu}
		case "art":
			if len(rec) < 4 || len(rec) > 5 {
				bad(line, "want art,A.a,name,expense|income|internal[,modeled]")
				continue
			}
			a, err := ParseArt(rec[1])
			if err != nil {
				bad(line, "art %s: want A.a", quote(rec[1]))
				continue
			}
			k, ok := parseKind(rec[3])
			if !ok {
				bad(line, "art %s: kind %s: want expense, income or internal", a, quote(rec[3]))
				continue
			}
			modeled, ok := parseStatus(rec, 4)
			if !ok {
				bad(line, "art %s: status %s: want modeled or nothing", a, quote(rec[4]))
				continue
			}
			if c.arts[a.Code()] != 0 {
				bad(line, "art %s listed twice", a)
				continue
			}
			c.artInfo = append(c.artInfo, ArtInfo{Art: a, Name: rec[2], Kind: k, Modeled: modeled})
			c.arts[a.Code()] = int16(len(c.artInfo))
		case "function":
			if len(rec) < 4 || len(rec) > 6 {
				bad(line, "want function,H.HH.FF,name,scope[,paragraphs[,modeled]]")
				continue
			}
			f, err := ParseFunction(rec[1])
			if err != nil {
				bad(line, "function %s: want H.HH.FF", quote(rec[1]))
				continue
			}
			s, ok := parseScope(rec[3])
			if !ok {
				bad(line, "function %s: scope %s: want mandatory, voluntary or out", f, quote(rec[3]))
				continue
			}
			var paras []string
			if len(rec) > 4 && rec[4] != "" {
				for _, p := range strings.Split(rec[4], ";") {
					if p = strings.TrimSpace(p); p != "" {
						paras = append(paras, p)
					}
				}
			}
			modeled, ok := parseStatus(rec, 5)
			if !ok {
				bad(line, "function %s: status %s: want modeled or nothing", f, quote(rec[5]))
				continue
			}
			if _, dup := c.fnIndex[f]; dup {
				bad(line, "function %s listed twice", f)
				continue
			}
			c.fnIndex[f] = int32(len(c.fns))
			c.fns = append(c.fns, FunctionInfo{Function: f, Name: rec[2], Paragraphs: paras, Scope: s, Modeled: modeled})
		default:
			bad(line, "unknown record %s: want year, note, dranst, art or function", quote(rec[0]))
		}
	}
	if c.year == 0 && len(errs) == 0 {
		errs = append(errs, &ChartError{File: name, Line: 1, Reason: "no year line"})
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	slices.SortFunc(c.fns, func(a, b FunctionInfo) int { return a.Function.Code() - b.Function.Code() })
	c.fnIndex = nil
	for i, fi := range c.fns {
		code := fi.Function.Code()
		if c.fnTable[code/100] == nil {
			c.fnTable[code/100] = new([100]int16)
		}
		c.fnTable[code/100][code%100] = int16(i + 1)
	}
	slices.SortFunc(c.artInfo, func(a, b ArtInfo) int { return a.Art.Code() - b.Art.Code() })
	for i, ai := range c.artInfo {
		c.arts[ai.Art.Code()] = int16(i + 1)
	}
	return c, nil
}

func parseStatus(rec []string, i int) (modeled, ok bool) {
	if len(rec) <= i || rec[i] == "" {
		return false, true
	}
	return rec[i] == "modeled", rec[i] == "modeled"
}
