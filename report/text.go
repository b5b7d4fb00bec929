package report

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"iter"
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
	// Lang is the language of the report, its messages and rule titles:
	// "en" (the default) or "da".
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
	// A Stream carries its own answers and ignores it.
	Answered *Answered
}

func (o TextOptions) hint(before, after string) string {
	if o.MoreHint == "" {
		return ""
	}
	return before + o.MoreHint + after
}

// shownFinding is a finding as a report lists it: with its position in the
// file and its answer.
type shownFinding struct {
	siu.Finding
	Pos    int           `json:"pos"`
	Answer *AnswerRecord `json:"answer,omitempty"`
}

// textView is what WriteText reads: a source.Result in memory, or a Stream.
type textView interface {
	info() (name string, format source.Format, unit string, h siu.Header, lines int)
	tally() siu.Tally
	ignoredCounts() map[string]int
	ruleCounts() []siu.RuleCount
	readErrors() (int, iter.Seq[*source.Error])
	findings(sev siu.Severity) (int, iter.Seq[shownFinding])
	// answers reports the counts of answered and open warnings and the
	// answers that match none; ok is false without answers.
	answers() (answered, open int, unused []Answer, ok bool)
}

// resultView is a source.Result with the answers Validate matched.
type resultView struct {
	r  *source.Result
	ad *Answered
}

func (v resultView) info() (string, source.Format, string, siu.Header, int) {
	return v.r.Name, v.r.Format, v.r.Unit, v.r.Header, v.r.Lines
}
func (v resultView) tally() siu.Tally              { return v.r.Tally() }
func (v resultView) ignoredCounts() map[string]int { return v.r.Ignored }
func (v resultView) ruleCounts() []siu.RuleCount   { return siu.CountByRule(v.r.Findings) }
func (v resultView) readErrors() (int, iter.Seq[*source.Error]) {
	return len(v.r.ReadErrors), slices.Values(v.r.ReadErrors)
}

func (v resultView) findings(sev siu.Severity) (int, iter.Seq[shownFinding]) {
	n := 0
	for _, f := range v.r.Findings {
		if f.Severity == sev {
			n++
		}
	}
	return n, func(yield func(shownFinding) bool) {
		for _, f := range v.r.Findings {
			if f.Severity != sev {
				continue
			}
			s := shownFinding{Finding: f, Pos: v.r.Pos(f.Line)}
			if a, ok := v.ad.Lookup(f); ok {
				s.Answer = answerRecord(a)
			}
			if !yield(s) {
				return
			}
		}
	}
}

func (v resultView) answers() (int, int, []Answer, bool) {
	if v.ad == nil {
		return 0, 0, nil, false
	}
	answered, open := v.ad.Count(v.r.Findings)
	return answered, open, v.ad.Answers().Unused(), true
}

// WriteText writes c as a readable report in the shape of DST's validation
// report: what was read, the counts, the read errors, a table by rule,
// then the findings by severity with the file position of each (errors,
// then warnings, then, with opts.Info, info), with opts.Answered each
// warning's answer and the answers that match no warning, and the verdict.
// No message holds a whole CPR number.
func WriteText(w io.Writer, c *source.Result, opts TextOptions) error {
	return writeText(w, resultView{c, opts.Answered}, opts)
}

// tableBlock is how many rows of a list are aligned together: a list of
// millions of findings is written without holding it.
const tableBlock = 1000

// writeText writes the report of WriteText and Stream.WriteText.
func writeText(w io.Writer, v textView, opts TextOptions) error {
	l := textLang(opts.Lang)
	schema := opts.Schema
	t := v.tally()
	name, format, unit, h, lines := v.info()
	units := unitWord(l, unit)
	nRead, readErrs := v.readErrors()
	b := bufio.NewWriterSize(w, 64<<10)
	fmt.Fprintf(b, tr(l, "txt.checked")+"\n", name, strings.ToUpper(format.String()), lines, units(lines), describeHeader(l, h))
	switch {
	case schema == nil:
	case len(schema) == 0:
		fmt.Fprintf(b, "%s\n", tr(l, "txt.schema.valid"))
	default:
		fmt.Fprintf(b, "%s\n", tr(l, "txt.schema.invalid"))
	}
	fmt.Fprintf(b, tr(l, "txt.findings"), t.Errors, trn(l, "n.error", t.Errors), t.Warnings, trn(l, "n.warning", t.Warnings), t.Infos)
	if nRead > 0 {
		fmt.Fprintf(b, "; %d %s", nRead, trn(l, "n.readerror", nRead))
	}
	b.WriteString("\n")
	if ig := v.ignoredCounts(); len(ig) > 0 {
		var parts []string
		for _, code := range slices.Sorted(maps.Keys(ig)) {
			parts = append(parts, fmt.Sprintf("%d × %s", ig[code], code))
		}
		fmt.Fprintf(b, tr(l, "txt.ignored")+"\n", cmp.Or(opts.IgnoredBy, tr(l, "txt.ignoredby")), strings.Join(parts, ", "))
	}

	if nRead > 0 {
		fmt.Fprintf(b, "\n"+tr(l, "txt.readerrors")+"\n", nRead, units(2))
		i := 0
		for e := range readErrs {
			if opts.Max > 0 && i == opts.Max {
				fmt.Fprintf(b, "  "+tr(l, "txt.more")+"\n", nRead-i, opts.hint(" (", ")"))
				break
			}
			fmt.Fprintf(b, "  %s\n", e.Text(opts.Lang))
			i++
		}
	}

	if rc := v.ruleCounts(); len(rc) > 0 {
		fmt.Fprintf(b, "\n%s\n", tr(l, "txt.byrule"))
		tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  %s\n", tr(l, "txt.byrule.cols"))
		for _, r := range rc {
			fmt.Fprintf(tw, "  %s\t%s\t%d\t%s\n", r.Code, severityWord(l, r.Severity), r.N, ruleTitle(r.Code, l))
		}
		tw.Flush()
	}

	_, _, _, hasAnswers := v.answers()
	for _, sev := range []siu.Severity{siu.Error, siu.Warning, siu.Info} {
		n, fs := v.findings(sev)
		if n == 0 || (sev == siu.Info && !opts.Info) {
			continue
		}
		title := tr(l, "txt.sev."+sev.String())
		shown := n
		if opts.Max > 0 && shown > opts.Max {
			shown = opts.Max
			fmt.Fprintf(b, "\n"+tr(l, "txt.listcut")+"\n", title, n, shown, opts.hint(", ", ""))
		} else {
			fmt.Fprintf(b, "\n%s (%d):\n", title, n)
		}
		answers := sev == siu.Warning && hasAnswers
		tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  %s\t%s", strings.ToUpper(units(1)), tr(l, "txt.findings.cols"))
		if answers {
			fmt.Fprintf(tw, "\t%s", tr(l, "txt.answer.col"))
		}
		fmt.Fprintf(tw, "\n")
		i := 0
		for f := range fs {
			if i == shown {
				break
			}
			i++
			where, field := tr(l, "txt.header"), cmp.Or(f.Field, "-")
			if f.Line > 0 {
				where = fmt.Sprint(f.Pos)
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s", where, field, f.Code, cpr.Redact(message(f.Finding, l)))
			if answers {
				if f.Answer != nil {
					fmt.Fprintf(tw, "\t"+tr(l, "txt.answered"), shorten(f.Answer.Comment, 40))
				} else {
					fmt.Fprintf(tw, "\t%s", tr(l, "txt.open"))
				}
			}
			fmt.Fprintf(tw, "\n")
			if i%tableBlock == 0 {
				tw.Flush() // columns align within blocks: memory stays bounded
			}
		}
		tw.Flush()
	}
	if hasAnswers {
		writeAnswersText(b, v, opts)
	}

	b.WriteString("\n")
	deliverable := nRead == 0 && t.Errors == 0
	switch {
	case !deliverable:
		var parts []string
		if t.Errors > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", t.Errors, trn(l, "n.error", t.Errors)))
		}
		if nRead > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", nRead, trn(l, "n.readerror", nRead)))
		}
		fmt.Fprintf(b, tr(l, "txt.verdict.reject")+"\n", strings.Join(parts, tr(l, "txt.and")))
	case t.Warnings > 0 && hasAnswers:
		answered, open, _, _ := v.answers()
		fmt.Fprintf(b, tr(l, "txt.verdict.warnans")+"\n", t.Warnings, trn(l, "n.warning", t.Warnings), answered, open)
	case t.Warnings > 0:
		fmt.Fprintf(b, tr(l, "txt.verdict.warn")+"\n", t.Warnings, trn(l, "n.warning", t.Warnings))
	default:
		fmt.Fprintf(b, "%s\n", tr(l, "txt.verdict.ok"))
	}
	return b.Flush()
}

// DescribeHeader says in a few words what a header holds, such as
// "municipality 461, budget year 2025, area VOKSEN, test delivery".
func DescribeHeader(h siu.Header) string { return describeHeader("en", h) }

// DescribeHeaderIn is DescribeHeader in language lang, "en" or "da".
func DescribeHeaderIn(lang string, h siu.Header) string { return describeHeader(lang, h) }

func describeHeader(l string, h siu.Header) string {
	l = textLang(l)
	if h == (siu.Header{}) {
		return tr(l, "txt.noheader")
	}
	area := "(none)"
	if h.Area.IsValid() {
		area = h.Area.String()
	}
	s := fmt.Sprintf(tr(l, "txt.header.describe"), h.Municipality, h.Year, area)
	if h.Test {
		s += tr(l, "txt.header.test")
	}
	return s
}

// writeAnswersText writes the answers' counts and the answers that match no
// warning.
func writeAnswersText(b io.Writer, v textView, opts TextOptions) {
	l := textLang(opts.Lang)
	answered, open, unused, _ := v.answers()
	fmt.Fprintf(b, "\n"+tr(l, "txt.answers")+"\n", answered, trn(l, "n.warning", answered), open)
	if len(unused) == 0 {
		return
	}
	fmt.Fprintf(b, "\n"+tr(l, "txt.unused")+"\n", len(unused))
	tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "  %s\n", tr(l, "txt.unused.cols"))
	for i, a := range unused {
		if opts.Max > 0 && i == opts.Max {
			fmt.Fprintf(tw, "  "+tr(l, "txt.more")+"\n", len(unused)-i, opts.hint(" (", ")"))
			break
		}
		fmt.Fprintf(tw, "  %d\t%s\t%s\t%s\n", a.Line, a.Code, cmp.Or(a.Ident(), tr(l, "header")), shorten(cpr.Redact(a.Comment), 40))
	}
	tw.Flush()
}

// textLang is the language of a text report: "da", else "en".
func textLang(lang string) string {
	if lang == "da" {
		return "da"
	}
	return "en"
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

// severityWord is sev in lang: "error" or "fejl".
func severityWord(lang string, sev siu.Severity) string {
	if lang == "da" {
		return tr(lang, "sev."+sev.String())
	}
	return sev.String()
}

// unitWord returns the word for what a position counts ("line" or "row")
// in lang, singular or plural by n.
func unitWord(lang, unit string) func(n int) string {
	key := "n.line"
	if unit == "row" {
		key = "n.row"
	}
	return func(n int) string { return trn(lang, key, n) }
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
