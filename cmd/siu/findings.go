package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/siu"
)

// checked is the outcome of checking one input: what was read, the read
// errors and the validator's findings.
type checked struct {
	file   string
	format format
	unit   string // "line" or "row"
	header siu.Header
	lines  int // lines the validator checked
	// pos[i] is the file line (or row) of the validator's line i+1.
	pos            []int32 // int32: 4 bytes a line, for files of millions of lines
	readErrors     []*inputError
	findings       []siu.Finding // shown
	ignored        map[string]int
	schemaValid    *bool    // set by check: the schema verdict
	schemaProblems []string // and its problems
}

// counts returns the number of findings of each severity.
func (c *checked) counts() (errs, warns, infos int) {
	for _, f := range c.findings {
		switch f.Severity {
		case siu.Error:
			errs++
		case siu.Warning:
			warns++
		case siu.Info:
			infos++
		}
	}
	return
}

// failed reports whether the input has errors: read errors or error
// findings.
func (c *checked) failed() bool {
	e, _, _ := c.counts()
	return e > 0 || len(c.readErrors) > 0
}

// fileLine returns the file position of a finding's line; 0 for the header.
func (c *checked) fileLine(line int) int {
	if line >= 1 && line <= len(c.pos) {
		return int(c.pos[line-1])
	}
	return 0
}

// reportFlags are the flags that shape a findings report.
type reportFlags struct {
	format  string
	lang    string
	max     int
	info    bool
	ignore  codeList
	ignored map[string]bool
}

func addReportFlags(fs *cmdFlags) *reportFlags {
	r := &reportFlags{}
	fs.StringVar(&r.format, "format", "table", "output: table (readable) or json")
	fs.StringVar(&r.lang, "lang", "en", "language of the messages: en or da")
	fs.IntVar(&r.max, "max", 25, "list at most this many errors and this many warnings (0: all)")
	fs.BoolVar(&r.info, "info", false, "also list the info findings one by one (they are always counted)")
	fs.Var(&r.ignore, "ignore", "a warning or info rule `CODE` not to report, e.g. SIU-PSR-004;\nrepeat or separate with commas. Error rules cannot be ignored.")
	return r
}

// check validates the flags' values.
func (r *reportFlags) check() error {
	switch r.format {
	case "table", "json":
	default:
		return fmt.Errorf("--format: want table or json")
	}
	switch r.lang {
	case "en", "da":
	default:
		return fmt.Errorf("--lang: want en or da")
	}
	if r.max < 0 {
		return fmt.Errorf("--max: want 0 or more")
	}
	r.ignored = make(map[string]bool)
	for _, code := range r.ignore {
		rule, ok := siu.LookupRule(code)
		if !ok {
			return fmt.Errorf("--ignore: no rule %s (see siu rules)", truncate(code, 20))
		}
		if rule.Severity == siu.Error {
			return fmt.Errorf("--ignore: %s is an error rule (DST rejects such a delivery); it cannot be ignored", code)
		}
		r.ignored[code] = true
	}
	return nil
}

// filter moves the findings of ignored rules out of c.findings.
func (r *reportFlags) filter(c *checked, all []siu.Finding) {
	c.findings = c.findings[:0]
	for _, f := range all {
		if r.ignored[f.Code] {
			if c.ignored == nil {
				c.ignored = make(map[string]int)
			}
			c.ignored[f.Code]++
			continue
		}
		c.findings = append(c.findings, f)
	}
}

// codeList is a flag of rule codes, repeated or comma-separated.
type codeList []string

var _ flag.Value = (*codeList)(nil)

func (l *codeList) String() string { return strings.Join(*l, ",") }

func (l *codeList) Set(s string) error {
	for _, c := range strings.Split(s, ",") {
		if c = strings.ToUpper(strings.TrimSpace(c)); c != "" {
			*l = append(*l, c)
		}
	}
	return nil
}

// write writes the report in the chosen format.
func (r *reportFlags) write(w io.Writer, c *checked) error {
	if r.format == "json" {
		return writeJSONReport(w, c, r.lang)
	}
	return writeTableReport(w, c, r)
}

func (r *reportFlags) message(f siu.Finding) string {
	if r.lang == "da" {
		return f.Message
	}
	return f.MessageEN
}

// writeTableReport writes the readable report: what was read, the counts,
// the read errors, a table by rule, then the findings by severity.
func writeTableReport(w io.Writer, c *checked, r *reportFlags) error {
	errs, warns, infos := c.counts()
	b := &strings.Builder{}
	fmt.Fprintf(b, "%s (%s): %d %s checked; %s\n", c.file, strings.ToUpper(string(c.format)), c.lines, plural(c.lines, c.unit, c.unit+"s"), describeHeader(c.header))
	if c.schemaValid != nil {
		if *c.schemaValid {
			fmt.Fprintf(b, "Schema: valid\n")
		} else {
			fmt.Fprintf(b, "Schema: NOT valid (see the problems above)\n")
		}
	}
	fmt.Fprintf(b, "Findings: %d %s, %d %s, %d info", errs, plural(errs, "error", "errors"), warns, plural(warns, "warning", "warnings"), infos)
	if len(c.readErrors) > 0 {
		fmt.Fprintf(b, "; %d read %s", len(c.readErrors), plural(len(c.readErrors), "error", "errors"))
	}
	b.WriteString("\n")
	if len(c.ignored) > 0 {
		codes := make([]string, 0, len(c.ignored))
		for code := range c.ignored {
			codes = append(codes, code)
		}
		slices.Sort(codes)
		var parts []string
		for _, code := range codes {
			parts = append(parts, fmt.Sprintf("%d × %s", c.ignored[code], code))
		}
		fmt.Fprintf(b, "Not reported (--ignore): %s\n", strings.Join(parts, ", "))
	}

	if len(c.readErrors) > 0 {
		fmt.Fprintf(b, "\nRead errors (%d): these %ss could not be read, so they were not checked\n", len(c.readErrors), c.unit)
		for i, e := range c.readErrors {
			if r.max > 0 && i == r.max {
				fmt.Fprintf(b, "  ... and %d more (--max 0 lists all)\n", len(c.readErrors)-i)
				break
			}
			fmt.Fprintf(b, "  %s\n", e.Message)
		}
	}

	if len(c.findings) > 0 {
		b.WriteString("\nBy rule:\n")
		tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  CODE\tSEVERITY\tCOUNT\tRULE\n")
		for _, rc := range countByRule(c.findings) {
			fmt.Fprintf(tw, "  %s\t%s\t%d\t%s\n", rc.code, rc.severity, rc.n, ruleTitle(rc.code, r.lang))
		}
		tw.Flush()
	}

	for _, sev := range []siu.Severity{siu.Error, siu.Warning, siu.Info} {
		var fs []siu.Finding
		for _, f := range c.findings {
			if f.Severity == sev {
				fs = append(fs, f)
			}
		}
		if len(fs) == 0 {
			continue
		}
		title := map[siu.Severity]string{siu.Error: "Errors", siu.Warning: "Warnings", siu.Info: "Info"}[sev]
		if sev == siu.Info && !r.info {
			continue
		}
		shown := len(fs)
		if r.max > 0 && shown > r.max {
			shown = r.max
		}
		if shown < len(fs) {
			fmt.Fprintf(b, "\n%s (%d; the first %d, --max 0 lists all):\n", title, len(fs), shown)
		} else {
			fmt.Fprintf(b, "\n%s (%d):\n", title, len(fs))
		}
		tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  %s\tFIELD\tCODE\tMESSAGE\n", strings.ToUpper(c.unit))
		for _, f := range fs[:shown] {
			where := "header"
			if f.Line > 0 {
				where = fmt.Sprint(c.fileLine(f.Line))
			}
			field := f.Field
			if field == "" {
				field = "-"
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", where, field, f.Code, cpr.Redact(r.message(f)))
		}
		tw.Flush()
	}

	b.WriteString("\n")
	switch {
	case errs > 0 || len(c.readErrors) > 0:
		var parts []string
		if errs > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", errs, plural(errs, "error", "errors")))
		}
		if n := len(c.readErrors); n > 0 {
			parts = append(parts, fmt.Sprintf("%d read %s", n, plural(n, "error", "errors")))
		}
		fmt.Fprintf(b, "Result: NOT deliverable: %s. DST rejects a delivery with errors: correct them and run again.\n", strings.Join(parts, " and "))
	case warns > 0:
		fmt.Fprintf(b, "Result: no errors. %d %s: DST will ask the municipality to comment on each.\n", warns, plural(warns, "warning", "warnings"))
	default:
		b.WriteString("Result: no errors, no warnings.\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

type ruleCount struct {
	code     string
	severity siu.Severity
	n        int
}

// countByRule counts findings per code, errors first, then by code.
func countByRule(fs []siu.Finding) []ruleCount {
	m := map[string]*ruleCount{}
	for _, f := range fs {
		rc := m[f.Code]
		if rc == nil {
			rc = &ruleCount{code: f.Code, severity: f.Severity}
			m[f.Code] = rc
		}
		rc.n++
	}
	out := make([]ruleCount, 0, len(m))
	for _, rc := range m {
		out = append(out, *rc)
	}
	slices.SortFunc(out, func(a, b ruleCount) int {
		if a.severity != b.severity {
			return int(b.severity) - int(a.severity)
		}
		return strings.Compare(a.code, b.code)
	})
	return out
}

func ruleTitle(code, lang string) string {
	r, ok := siu.LookupRule(code)
	if !ok {
		return ""
	}
	if lang == "da" {
		return r.TitleDA
	}
	return r.Title
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// jsonReport is the --format json form of a report.
type jsonReport struct {
	File        string         `json:"file"`
	Format      format         `json:"format"`
	Header      jsonHeader     `json:"header"`
	Lines       int            `json:"lines"`
	Schema      *bool          `json:"schema_valid,omitempty"`
	SchemaProbs []string       `json:"schema_problems,omitempty"`
	Errors      int            `json:"errors"`
	Warnings    int            `json:"warnings"`
	Info        int            `json:"info"`
	Ignored     map[string]int `json:"ignored,omitempty"`
	ReadErrors  []*inputError  `json:"read_errors"`
	Findings    []jsonFinding  `json:"findings"`
	Deliverable bool           `json:"deliverable"`
}

type jsonHeader struct {
	Municipality int    `json:"municipality"`
	Year         int    `json:"year"`
	Area         string `json:"area"`
	Test         bool   `json:"test"`
}

type jsonFinding struct {
	Code     string       `json:"code"`
	Severity siu.Severity `json:"severity"`
	// Line is the line in the delivery (1-based, 0 for the header);
	// FileLine is where it is in the file: the CSV line (the header line
	// is 1), XLSX row, or XML line of the record's start tag.
	Line      int    `json:"line"`
	FileLine  int    `json:"file_line"`
	Field     string `json:"field,omitempty"`
	Message   string `json:"message"`
	MessageEN string `json:"message_en"`
}

func writeJSONReport(w io.Writer, c *checked, lang string) error {
	errs, warns, infos := c.counts()
	rep := jsonReport{
		File: c.file, Format: c.format, Lines: c.lines, Schema: c.schemaValid, SchemaProbs: c.schemaProblems,
		Header: jsonHeader{Municipality: c.header.Municipality, Year: c.header.Year,
			Area: c.header.Area.String(), Test: c.header.Test},
		Errors: errs, Warnings: warns, Info: infos, Ignored: c.ignored,
		ReadErrors: c.readErrors, Findings: make([]jsonFinding, 0, len(c.findings)),
		Deliverable: !c.failed() && (c.schemaValid == nil || *c.schemaValid),
	}
	if rep.ReadErrors == nil {
		rep.ReadErrors = []*inputError{}
	}
	for _, f := range c.findings {
		rep.Findings = append(rep.Findings, jsonFinding{Code: f.Code, Severity: f.Severity, Line: f.Line,
			FileLine: c.fileLine(f.Line), Field: f.Field, Message: cpr.Redact(f.Message), MessageEN: cpr.Redact(f.MessageEN)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}
