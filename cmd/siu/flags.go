package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
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

// values are the values of the flags that several commands share; each
// group is registered by the method of cmdFlags that names it.
type values struct {
	formats                                    []string // the values --format allows
	format, inputFormat, sheet, decimal, area  string
	chart, extreme, profile, answers, out      string
	created, description, system, sysVersion   string
	contact, email                             string
	headerRow, max, municipality, year         int
	test, info, requireAnswers, hasHeaderFlags bool
	ignore                                     codeList

	// What load makes of them.
	src      source.Options
	vopts    siu.ValidateOptions
	ignorer  *siu.Ignore
	answersA *report.Answers
}

// maxSmall is the largest chart, answers, totals or profile file read: each
// holds at most a few thousand lines. Tests lower it.
var maxSmall = map[string]int64{"chart": 16 << 20, "answers": report.DefaultMaxAnswersSize,
	"totals": csvformat.DefaultMaxTotalsSize, "profile": xmlformat.MaxProfileSize}

func (c *cmdFlags) formatFlag(def string, allowed ...string) {
	c.v.formats = append([]string{def}, allowed...)
	c.StringVar(&c.v.format, "format", def, "")
}

func (c *cmdFlags) outFlag() { c.StringVar(&c.v.out, "o", "", "") }

// sourceFlags: how to read an input file.
func (c *cmdFlags) sourceFlags() {
	c.StringVar(&c.v.inputFormat, "input-format", "", "")
	c.StringVar(&c.v.sheet, "sheet", "", "")
	c.StringVar(&c.v.decimal, "decimal", "", "")
	c.IntVar(&c.v.headerRow, "header-row", 0, "")
}

// headerFlags: the header a CSV or XLSX file lacks; with envelope, the XML
// envelope's fields too.
func (c *cmdFlags) headerFlags(envelope bool) {
	c.v.hasHeaderFlags = true
	c.IntVar(&c.v.municipality, "municipality", 0, "")
	c.IntVar(&c.v.year, "year", 0, "")
	c.StringVar(&c.v.area, "area", "SAMLET", "")
	c.BoolVar(&c.v.test, "test", false, "")
	if envelope {
		c.StringVar(&c.v.created, "created", "", "")
		c.StringVar(&c.v.description, "description", "", "")
		c.StringVar(&c.v.system, "system", siu.DefaultSystemName, "")
		c.StringVar(&c.v.sysVersion, "system-version", siu.ModuleVersion(), "")
		c.StringVar(&c.v.contact, "contact", "", "")
		c.StringVar(&c.v.email, "email", "", "")
	}
}

// reportFlags: the shape of a findings report.
func (c *cmdFlags) reportFlags() {
	c.formatFlag("table", "json")
	c.IntVar(&c.v.max, "max", 25, "")
	c.BoolVar(&c.v.info, "info", false, "")
	c.Var(&c.v.ignore, "ignore", "")
}

// ruleFlags: another chart of accounts, threshold or XML profile.
func (c *cmdFlags) ruleFlags() {
	c.StringVar(&c.v.chart, "chart", "", "")
	c.StringVar(&c.v.extreme, "extreme", "", "")
	c.StringVar(&c.v.profile, "profile", "", "")
}

// answerFlags: the municipality's answers to warnings.
func (c *cmdFlags) answerFlags() {
	c.StringVar(&c.v.answers, "answers", "", "")
	c.BoolVar(&c.v.requireAnswers, "require-answers", false, "")
}

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
	}
	v.src = source.Options{Sheet: v.sheet, HeaderRow: v.headerRow}
	if v.decimal != "" {
		v.src.Decimal = rune(v.decimal[0])
	}
	if v.src.Format, err = source.ParseFormat(v.inputFormat); err != nil {
		return fmt.Errorf("--input-format: %v", err)
	}
	if v.ignorer, err = siu.NewIgnore(v.ignore...); err != nil {
		return e.errorT("err.ignore", err)
	}
	if _, err := parseArea(e, v.area); v.area != "" && err != nil {
		return err
	}
	if v.extreme != "" {
		d, err := csvformat.ParseAmount(v.extreme)
		if err != nil || !d.GreaterThan(decimal.Zero) {
			return e.errorT("err.extreme")
		}
		v.vopts.ExtremeThreshold = d
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
			if isHeaderFlag[fl.Name] {
				given = append(given, "--"+fl.Name)
			}
		})
		if len(given) > 0 {
			return siu.Header{}, e.errorT("err.ownheader", f.Name, f.Format, given[0])
		}
		if f.Source == nil {
			return siu.Header{}, nil
		}
		h, _ := f.Source.Header()
		return h, nil
	}
	if !v.hasHeaderFlags {
		return siu.Header{}, e.errorT("err.notxml", f.Name)
	}
	if v.municipality == 0 {
		return siu.Header{}, e.errorT("err.municipality")
	}
	if v.year == 0 {
		return siu.Header{}, e.errorT("err.year")
	}
	area, err := parseArea(e, v.area)
	h := siu.Header{Municipality: v.municipality, Year: v.year, Area: area, Test: v.test}
	if err != nil || !envelope {
		return h, err
	}
	if v.created != "" {
		if h.Created, err = time.Parse(time.RFC3339, v.created); err != nil {
			return h, e.errorT("err.created")
		}
	}
	h.Description, h.System = v.description, siu.System{Name: v.system, Version: v.sysVersion}
	h.Contact = siu.Contact{Identifier: v.contact, Email: v.email}
	if v.email == "" {
		return h, e.errorT("err.email")
	}
	return h.WithDefaults(e.timeNow()), nil
}

var isHeaderFlag = map[string]bool{"municipality": true, "year": true, "area": true, "test": true, "created": true,
	"description": true, "system": true, "system-version": true, "contact": true, "email": true}

// parseArea reads an area in any case; BØRN is BOERN.
func parseArea(e *env, s string) (siu.Area, error) {
	a, err := siu.ParseArea(strings.ReplaceAll(strings.ToUpper(strings.TrimSpace(s)), "Ø", "OE"))
	if err != nil {
		return 0, e.errorT("err.area")
	}
	return a, nil
}

// codeList is a flag of rule codes, repeated or comma-separated.
type codeList []string

func (l *codeList) String() string { return strings.Join(*l, ",") }

func (l *codeList) Set(s string) error {
	for _, c := range strings.Split(s, ",") {
		if c = strings.ToUpper(strings.TrimSpace(c)); c != "" {
			*l = append(*l, c)
		}
	}
	return nil
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
		opts.Progress = c.prog.update
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
	c.prog.done()
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
	return s.WriteText(w, report.TextOptions{Lang: c.e.language(), Max: c.v.max, Info: c.v.info, Schema: schema,
		MoreHint: c.e.t("hint.more"), IgnoredBy: "--ignore"})
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
