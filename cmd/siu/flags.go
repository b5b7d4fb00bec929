package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
	"github.com/siukit/siukit/xmlformat"
)

// values are the values of every flag of every command; the table of
// values.flag names them, and a command takes those its spec lists.
type values struct {
	formats                                                  []string // the values --format allows
	format, inputFormat, sheet, decimal, area                string
	chart, extreme, profile, answers, out                    string
	created, description, system, sysVersion                 string
	contact, email, totals, tolerance, previous, outDir      string
	jsonOut, suite, page, addr                               string
	headerRow, max, municipality, year, maxGap, n, jobs      int
	seed                                                     uint64
	timeout                                                  time.Duration
	test, info, requireAnswers, hasHeaderFlags, inYear       bool
	allowDifferent, allowEmpty, mergeFictive, exact, verbose bool
	ignore, selects, skips, kinds                            rawList

	// What load makes of them.
	src      source.Options
	vopts    siu.ValidateOptions
	ignorer  *siu.Ignore
	tol      decimal.Decimal
	answersA *report.Answers
}

// flag returns the variable of the flag name and its default.
func (v *values) flag(name string) (any, string) {
	vars := map[string]any{
		"o": &v.out, "out": &v.outDir, "format": &v.format, "max": &v.max, "info": &v.info, "ignore": &v.ignore,
		"input-format": &v.inputFormat, "sheet": &v.sheet, "decimal": &v.decimal, "header-row": &v.headerRow,
		"municipality": &v.municipality, "year": &v.year, "area": &v.area, "test": &v.test,
		"created": &v.created, "description": &v.description, "system": &v.system, "system-version": &v.sysVersion,
		"contact": &v.contact, "email": &v.email, "chart": &v.chart, "extreme": &v.extreme, "profile": &v.profile,
		"answers": &v.answers, "require-answers": &v.requireAnswers, "totals": &v.totals, "tolerance": &v.tolerance,
		"in-year": &v.inYear, "previous": &v.previous, "allow-different": &v.allowDifferent,
		"allow-empty": &v.allowEmpty, "max-gap": &v.maxGap, "merge-fictive": &v.mergeFictive,
		"n": &v.n, "seed": &v.seed, "page": &v.page, "addr": &v.addr,
		"json": &v.jsonOut, "select": &v.selects, "skip": &v.skips, "kind": &v.kinds, "exact-xml": &v.exact,
		"suite": &v.suite, "timeout": &v.timeout, "jobs": &v.jobs, "v": &v.verbose,
	}
	defaults := map[string]string{"area": "SAMLET", "system": siu.DefaultSystemName, "system-version": systemVersion(),
		"tolerance": "0", "n": "1000", "seed": "1", "timeout": "30s", "jobs": "1", "addr": "127.0.0.1:8080"}
	return vars[name], defaults[name]
}

// newFlags returns the flag set of cmd, with --lang and the flags of spec:
// names of values.flag, each with "=default" where the command's default
// is another, and for --format "=default|other|...", the values it
// allows. The help texts are the messages KEY.about and KEY.examples, and
// the flags' the messages f.KEY.NAME or else f.NAME.
func (e *env) newFlags(cmd, synopsis, spec string) *cmdFlags {
	fs := flag.NewFlagSet("siu "+cmd, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	c := &cmdFlags{FlagSet: fs, e: e, cmd: cmd, key: strings.ReplaceAll(cmd, " ", "."), synopsis: synopsis}
	fs.StringVar(&c.lang, "lang", e.language(), "")
	for _, f := range strings.Fields(spec) {
		name, def, _ := strings.Cut(f, "=")
		p, d := c.v.flag(name)
		if def == "" {
			def = d
		}
		if name == "format" {
			c.v.formats = strings.Split(def, "|")
			def = c.v.formats[0]
		}
		c.v.hasHeaderFlags = c.v.hasHeaderFlags || name == "municipality"
		switch p := p.(type) {
		case *string:
			fs.StringVar(p, name, def, "")
		case *bool:
			fs.BoolVar(p, name, false, "")
		case *int:
			n, _ := strconv.Atoi(def)
			fs.IntVar(p, name, n, "")
		case *uint64:
			n, _ := strconv.ParseUint(def, 10, 64)
			fs.Uint64Var(p, name, n, "")
		case *time.Duration:
			d, _ := time.ParseDuration(def)
			fs.DurationVar(p, name, d, "")
		case flag.Value:
			fs.Var(p, name, "")
		default:
			panic("siu: no flag " + name)
		}
	}
	return c
}

// maxSmall is the largest chart, answers, totals, profile or page file
// read: each holds at most a few thousand lines, or is the browser
// checker's page (about 9 MB). Tests lower it.
var maxSmall = map[string]int64{"chart": 16 << 20, "answers": report.DefaultMaxAnswersSize,
	"totals": csvformat.DefaultMaxTotalsSize, "profile": xmlformat.MaxProfileSize, "page": 64 << 20}

// load checks the shared flags after parsing and reads the files they
// name: the chart, the profile and the answers.
func (v *values) load(e *env) (err error) {
	switch {
	case v.formats != nil && !slices.Contains(v.formats, v.format):
		return e.errorT("err.format", strings.Join(v.formats, ", "))
	case v.max < 0:
		return e.errorT("err.max")
	case v.decimal != "" && v.decimal != "," && v.decimal != ".":
		return e.errorT("err.decimal")
	case v.headerRow < 0:
		return e.errorT("err.headerrow")
	case v.maxGap < 0:
		return e.errorT("err.maxgap")
	case v.n < 0:
		return e.errorT("err.n")
	}
	v.src = source.Options{Sheet: v.sheet, HeaderRow: v.headerRow}
	if v.decimal != "" {
		v.src.Decimal = rune(v.decimal[0])
	}
	if v.src.Format, err = source.ParseFormat(v.inputFormat); err != nil {
		return fmt.Errorf("--input-format: %v", err)
	}
	if v.ignorer, err = siu.ParseIgnore(v.ignore...); err != nil {
		return e.errorT("err.ignore", err)
	}
	if _, err := siu.ParseAreaName(v.area); err != nil {
		return e.errorT("err.area")
	}
	if v.extreme != "" {
		d, err := csvformat.ParseAmount(v.extreme)
		if err != nil || !d.GreaterThan(decimal.Zero) {
			return e.errorT("err.extreme")
		}
		v.vopts.ExtremeThreshold = d
	}
	if v.tolerance != "" {
		if v.tol, err = csvformat.ParseAmount(v.tolerance); err != nil || v.tol.IsNegative() {
			return e.errorT("err.tolerance")
		}
	}
	if v.chart != "" {
		err = e.readSmall("chart", v.chart, func(r io.Reader) (err error) {
			v.vopts.Chart, err = kontoplan.ParseChart(r, v.chart)
			return err
		})
	}
	if v.profile != "" && err == nil {
		err = e.readSmall("profile", v.profile, func(r io.Reader) error {
			p, err := xmlformat.ReadProfile(r)
			v.src.Profile = &p
			return err
		})
	}
	if v.answers != "" && err == nil {
		err = e.readSmall("answers", v.answers, func(r io.Reader) (err error) {
			v.answersA, err = report.ReadAnswers(r, report.AnswersOptions{})
			return err
		})
	}
	return err
}

// readAccounts reads the account totals of --totals.
func (e *env) readAccounts(path string) (acc []siu.AccountTotal, err error) {
	return acc, e.readSmall("totals", path, func(r io.Reader) (err error) {
		acc, err = csvformat.ReadTotals(r, csvformat.TotalsOptions{})
		return err
	})
}

// readSmall reads the whole file of --NAME, refusing one larger than
// maxSmall[name] with a *source.LimitError that says what to do, and
// parses it. An error opening it is a usageError.
func (e *env) readSmall(name, path string, parse func(io.Reader) error) error {
	lim := &source.LimitError{What: e.t("limit." + name), Limit: maxSmall[name], Hint: e.t("limit.hint." + name)}
	data, err := source.ReadFile(path, e.stdin, lim)
	if err != nil && err != error(lim) {
		return usageError{fmt.Errorf("--%s: %v", name, err)}
	}
	if err == nil {
		err = parse(bytes.NewReader(data))
	}
	if err != nil {
		return fmt.Errorf("--%s: %s: %v", name, path, cpr.Redact(err.Error()))
	}
	return nil
}

// header returns the header of the input f: its own (JSON, XML), or the
// one the flags give (CSV, XLSX). It is an error (bad usage) when a file
// with a header gets header flags, or a spreadsheet lacks --municipality
// or --year; the envelope's --email is required with envelope.
func (c *cmdFlags) header(f *source.File, envelope bool) (siu.Header, error) {
	e, v := c.e, &c.v
	if f.Format.HasHeader() {
		var given []string
		c.Visit(func(fl *flag.Flag) {
			if strings.Contains(" "+fHeader+fEnvelope, " "+fl.Name+" ") {
				given = append(given, "--"+fl.Name)
			}
		})
		if len(given) > 0 {
			return siu.Header{}, e.errorT("err.ownheader", f.Name, f.Format, given[0])
		}
		return f.Header(siu.Header{})
	}
	if !v.hasHeaderFlags {
		return siu.Header{}, e.errorT("err.notxml", f.Name)
	}
	h, err := siu.HeaderFields{Municipality: v.municipality, Year: v.year, Area: v.area, Test: v.test,
		Created: v.created, Description: v.description, System: v.system, SystemVersion: v.sysVersion,
		Contact: v.contact, Email: v.email}.Header(envelope, e.timeNow())
	var fe *siu.HeaderFieldError
	if errors.As(err, &fe) {
		return h, e.errorT("err." + fe.Field)
	}
	return h, err
}

// open opens the input at path ("-": standard input) with the source
// flags, showing progress on a terminal. A problem of the command line (a
// flag, a file that cannot be opened) is printed and gives nil and
// exitUsage; a file that cannot be read gives a File with Fatal set.
func (c *cmdFlags) open(path string) (*source.File, int) {
	opts := c.v.src
	unit := "line"
	if f, _ := source.ParseFormat(c.v.inputFormat); f == source.XLSX || strings.HasSuffix(strings.ToLower(path), ".xlsx") {
		unit = "row"
	}
	if c.prog = c.e.newProgress(c.cmd+" "+path, c.e.tn("n."+unit, 2)); c.prog != nil {
		opts.Progress = c.prog.Update
	}
	f, err := source.OpenFile(path, c.e.stdin, opts)
	if err != nil {
		c.e.errorf(c.cmd, "%v", err)
		return nil, exitUsage
	}
	return f, exitOK
}

// closeFile closes a File that open returned, and ends the progress.
func (c *cmdFlags) closeFile(f *source.File) {
	c.prog.Done()
	f.Close()
}

// streamOptions are the options of the Stream of a findings report:
// a table lists at most --max of each severity, so keeps no more.
func (c *cmdFlags) streamOptions(answers *report.Answers) report.StreamOptions {
	opts := report.StreamOptions{Ignore: c.v.ignorer, Answers: answers}
	if c.v.format == "table" {
		opts.Keep = c.v.max
	}
	return opts
}

// writeFindings writes the report of s in the chosen format; schema is the
// schema's problems when the file was checked against it, else nil.
func (c *cmdFlags) writeFindings(w io.Writer, s *report.Stream, schema []string) error {
	if c.v.format == "json" {
		return s.WriteJSON(w, c.e.language(), schema)
	}
	return s.WriteText(w, c.textOptions(schema))
}

// textOptions are the options of a table report.
func (c *cmdFlags) textOptions(schema []string) report.TextOptions {
	return report.TextOptions{Lang: c.e.language(), Max: c.v.max, Info: c.v.info, Schema: schema,
		MoreHint: c.e.t("hint.more"), IgnoredBy: "--ignore"}
}

// usageError is an error of the command line, such as a file that cannot
// be opened, rather than of the file's content.
type usageError struct{ error }

// failOrUsage reports err and returns exitUsage for a usageError, else
// exitFail.
func (e *env) failOrUsage(cmd string, err error) int {
	if errors.As(err, new(usageError)) {
		return e.usage(cmd, err)
	}
	return e.fail(cmd, err)
}
