package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

// reportFlags are the flags that shape a findings report.
type reportFlags struct {
	format string
	lang   string
	max    int
	info   bool
	ignore codeList
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

// check validates the flags' values and returns the ignore policy.
func (r *reportFlags) check() (*siu.Ignore, error) {
	switch {
	case r.format != "table" && r.format != "json":
		return nil, fmt.Errorf("--format: want table or json")
	case r.lang != "en" && r.lang != "da":
		return nil, fmt.Errorf("--lang: want en or da")
	case r.max < 0:
		return nil, fmt.Errorf("--max: want 0 or more")
	}
	ig, err := siu.NewIgnore(r.ignore...)
	if err != nil {
		return nil, fmt.Errorf("--ignore: %v (see siu rules)", err)
	}
	return ig, nil
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

// write writes the report in the chosen format; schema is the schema's
// problems when the file was checked against it, else nil.
// ad marks the warnings answered or open when answers were given.
func (r *reportFlags) write(w io.Writer, c *source.Result, schema []string, ad *report.Answered) error {
	if r.format == "json" {
		rep := report.NewValidation(c)
		if schema != nil {
			rep = rep.WithSchema(schema)
		}
		if ad != nil {
			rep = rep.WithAnswers(c, ad)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	return report.WriteText(w, c, report.TextOptions{Lang: r.lang, Max: r.max, Info: r.info, Schema: schema,
		MoreHint: "--max 0 lists all", IgnoredBy: "--ignore", Answered: ad})
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
