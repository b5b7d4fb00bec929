package report

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

// TextOptions shape the report WriteText writes.
type TextOptions struct {
	// Lang is the language of the messages and rule titles: "en" (the
	// default) or "da".
	Lang string
	// Max is the most read errors, and the most findings of each severity,
	// listed one by one; zero lists all. All are counted.
	Max int
	// Info lists the info findings one by one too; they are always
	// counted.
	Info bool
	// Schema holds the schema's problems when the file was checked against
	// it (empty: valid), and is nil when it was not.
	Schema []string
	// MoreHint, when set, is said where a list is cut, such as
	// "--max 0 lists all".
	MoreHint string
	// IgnoredBy names what left the ignored findings out, such as
	// "--ignore"; empty means "ignored".
	IgnoredBy string
	// Answered, when set, marks each warning answered or open, counts
	// them, and lists the answers that match no warning (see Validate).
	Answered *Answered
}

func (o TextOptions) hint(before, after string) string {
	if o.MoreHint == "" {
		return ""
	}
	return before + o.MoreHint + after
}

// WriteText writes c as a readable report in the shape of DST's validation
// report: what was read, the counts, the read errors, a table by rule,
// then the findings by severity with the file position of each (errors,
// then warnings, then, with opts.Info, info), with opts.Answered each
// warning's answer and the answers that match no warning, and the verdict.
// No message holds a whole CPR number.
func WriteText(w io.Writer, c *source.Result, opts TextOptions) error {
	schema := opts.Schema
	t := c.Tally()
	b := &strings.Builder{}
	fmt.Fprintf(b, "%s (%s): %d %s checked; %s\n", c.Name, strings.ToUpper(c.Format.String()), c.Lines, plural(c.Lines, c.Unit, c.Unit+"s"), DescribeHeader(c.Header))
	switch {
	case schema == nil:
	case len(schema) == 0:
		fmt.Fprintf(b, "Schema: valid\n")
	default:
		fmt.Fprintf(b, "Schema: NOT valid (see the problems above)\n")
	}
	fmt.Fprintf(b, "Findings: %d %s, %d %s, %d info", t.Errors, plural(t.Errors, "error", "errors"), t.Warnings, plural(t.Warnings, "warning", "warnings"), t.Infos)
	if n := len(c.ReadErrors); n > 0 {
		fmt.Fprintf(b, "; %d read %s", n, plural(n, "error", "errors"))
	}
	b.WriteString("\n")
	if len(c.Ignored) > 0 {
		var parts []string
		for _, code := range slices.Sorted(maps.Keys(c.Ignored)) {
			parts = append(parts, fmt.Sprintf("%d × %s", c.Ignored[code], code))
		}
		fmt.Fprintf(b, "Not reported (%s): %s\n", cmp.Or(opts.IgnoredBy, "ignored"), strings.Join(parts, ", "))
	}

	if len(c.ReadErrors) > 0 {
		fmt.Fprintf(b, "\nRead errors (%d): these %ss could not be read, so they were not checked\n", len(c.ReadErrors), c.Unit)
		for i, e := range c.ReadErrors {
			if opts.Max > 0 && i == opts.Max {
				fmt.Fprintf(b, "  ... and %d more%s\n", len(c.ReadErrors)-i, opts.hint(" (", ")"))
				break
			}
			fmt.Fprintf(b, "  %s\n", e.Message)
		}
	}

	if len(c.Findings) > 0 {
		b.WriteString("\nBy rule:\n")
		tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  CODE\tSEVERITY\tCOUNT\tRULE\n")
		for _, rc := range siu.CountByRule(c.Findings) {
			fmt.Fprintf(tw, "  %s\t%s\t%d\t%s\n", rc.Code, rc.Severity, rc.N, ruleTitle(rc.Code, opts.Lang))
		}
		tw.Flush()
	}

	titles := map[siu.Severity]string{siu.Error: "Errors", siu.Warning: "Warnings", siu.Info: "Info"}
	for _, sev := range []siu.Severity{siu.Error, siu.Warning, siu.Info} {
		fs := slices.DeleteFunc(slices.Clone(c.Findings), func(f siu.Finding) bool { return f.Severity != sev })
		if len(fs) == 0 || (sev == siu.Info && !opts.Info) {
			continue
		}
		shown := len(fs)
		if opts.Max > 0 && shown > opts.Max {
			shown = opts.Max
			fmt.Fprintf(b, "\n%s (%d; the first %d%s):\n", titles[sev], len(fs), shown, opts.hint(", ", ""))
		} else {
			fmt.Fprintf(b, "\n%s (%d):\n", titles[sev], len(fs))
		}
		answers := sev == siu.Warning && opts.Answered != nil
		tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  %s\tFIELD\tCODE\tMESSAGE", strings.ToUpper(c.Unit))
		if answers {
			fmt.Fprintf(tw, "\tANSWER")
		}
		fmt.Fprintf(tw, "\n")
		for _, f := range fs[:shown] {
			where, field := "header", f.Field
			if f.Line > 0 {
				where = fmt.Sprint(c.Pos(f.Line))
			}
			if field == "" {
				field = "-"
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s", where, field, f.Code, cpr.Redact(message(f, opts.Lang)))
			if answers {
				if a, ok := opts.Answered.Lookup(f); ok {
					fmt.Fprintf(tw, "\tanswered: %s", shorten(cpr.Redact(a.Comment), 40))
				} else {
					fmt.Fprintf(tw, "\tOPEN")
				}
			}
			fmt.Fprintf(tw, "\n")
		}
		tw.Flush()
	}
	if opts.Answered != nil {
		writeAnswersText(b, c, opts)
	}

	b.WriteString("\n")
	switch {
	case !c.Deliverable():
		var parts []string
		if t.Errors > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", t.Errors, plural(t.Errors, "error", "errors")))
		}
		if n := len(c.ReadErrors); n > 0 {
			parts = append(parts, fmt.Sprintf("%d read %s", n, plural(n, "error", "errors")))
		}
		fmt.Fprintf(b, "Result: NOT deliverable: %s. DST rejects a delivery with errors: correct them and run again.\n", strings.Join(parts, " and "))
	case t.Warnings > 0 && opts.Answered != nil:
		answered, open := opts.Answered.Count(c.Findings)
		fmt.Fprintf(b, "Result: no errors. %d %s: %d answered, %d open.\n", t.Warnings, plural(t.Warnings, "warning", "warnings"), answered, open)
	case t.Warnings > 0:
		fmt.Fprintf(b, "Result: no errors. %d %s: DST will ask the municipality to comment on each.\n", t.Warnings, plural(t.Warnings, "warning", "warnings"))
	default:
		b.WriteString("Result: no errors, no warnings.\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// DescribeHeader says in a few words what a header holds, such as
// "municipality 461, budget year 2025, area VOKSEN, test delivery".
func DescribeHeader(h siu.Header) string {
	if h == (siu.Header{}) {
		return "no header read"
	}
	area := "(none)"
	if h.Area.IsValid() {
		area = h.Area.String()
	}
	s := fmt.Sprintf("municipality %d, budget year %d, area %s", h.Municipality, h.Year, area)
	if h.Test {
		s += ", test delivery"
	}
	return s
}

// writeAnswersText writes the answers' counts and the answers that match no
// warning.
func writeAnswersText(b *strings.Builder, c *source.Result, opts TextOptions) {
	answered, open := opts.Answered.Count(c.Findings)
	fmt.Fprintf(b, "\nAnswers: %d %s answered, %d open\n", answered, plural(answered, "warning", "warnings"), open)
	unused := opts.Answered.Answers().Unused()
	if len(unused) == 0 {
		return
	}
	fmt.Fprintf(b, "\nAnswers that match no warning (%d): the line changed or went, or the warning no longer fires\n", len(unused))
	tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "  LINE\tCODE\tLINE IDENTITY\tCOMMENT\n")
	for i, a := range unused {
		if opts.Max > 0 && i == opts.Max {
			fmt.Fprintf(tw, "  ... and %d more%s\n", len(unused)-i, opts.hint(" (", ")"))
			break
		}
		fmt.Fprintf(tw, "  %d\t%s\t%s\t%s\n", a.Line, a.Code, cmp.Or(a.Ident(), "(the delivery)"), shorten(cpr.Redact(a.Comment), 40))
	}
	tw.Flush()
}

func message(f siu.Finding, lang string) string {
	if lang == "da" {
		return f.Message
	}
	return f.MessageEN
}

func ruleTitle(code, lang string) string {
	r, ok := siu.LookupRule(code)
	switch {
	case !ok:
		return ""
	case lang == "da":
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
