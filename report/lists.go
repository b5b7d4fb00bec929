package report

import (
	"fmt"
	"io"
	"maps"
	"text/tabwriter"

	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

// listTexts are the words of WriteSchemaProblems, WriteReadErrors and
// WriteRules: Danish, then English.
var listTexts = map[string][2]string{
	"lst.problems":  {"%s: skemakontrollen fandt %d %s:", "%s: the schema check found %d %s:"},
	"n.problem":     {"problem|problemer", "problem|problems"},
	"lst.readerrs":  {"%s: %d %s:", "%s: %d %s:"},
	"lst.rules":     {"REGEL\tALVOR\tFELT\tKILDE\tBESKRIVELSE", "CODE\tSEVERITY\tFIELD\tSOURCE\tRULE"},
	"lst.public":    {"offentlig", "public"},
	"lst.modeled":   {"modelleret", "modeled"},
	"lst.rulecount": {"%d regler. Detaljer og kilder: siu rules --format markdown (RULES.md).", "%d rules. Details and sources: siu rules --format markdown (RULES.md)."},
}

func init() { maps.Copy(texts, listTexts) }

// WriteSchemaProblems lists the problems the schema check found in file,
// at most opts.Max of them (zero: all) followed by how many more there are
// and opts.MoreHint, then an empty line; nothing when there are none. Only
// opts.Lang, Max and MoreHint are used. It is the list 'siu check' writes
// above the findings' report.
func WriteSchemaProblems(w io.Writer, file string, problems []string, opts TextOptions) error {
	if len(problems) == 0 {
		return nil
	}
	l := textLang(opts.Lang)
	_, err := fmt.Fprintln(w, tr(l, "lst.problems", file, len(problems), trn(l, "n.problem", len(problems))))
	for i, p := range problems {
		if opts.Max > 0 && i == opts.Max {
			_, err = fmt.Fprintf(w, "  "+tr(l, "txt.more")+"\n\n", len(problems)-i, opts.hint(" (", ")"))
			return err
		}
		fmt.Fprintf(w, "  %s\n", p)
	}
	_, err = fmt.Fprintln(w)
	return err
}

// WriteReadErrors lists the first read errors of file, errs, of the n
// there are: a line "FILE: N read errors:", each error's message (its line
// and column) indented, and how many more there are. It is what 'siu
// aggregate' and 'siu summary' write when records cannot be read.
func WriteReadErrors(w io.Writer, lang, file string, n int, errs []*source.Error) error {
	l := textLang(lang)
	_, err := fmt.Fprintln(w, tr(l, "lst.readerrs", file, n, trn(l, "n.readerror", n)))
	for _, e := range errs {
		fmt.Fprintf(w, "  %s\n", e.Text(lang))
	}
	if n > len(errs) {
		_, err = fmt.Fprintf(w, "  "+tr(l, "txt.more")+"\n", n-len(errs), "")
	}
	return err
}

// WriteRules writes the rule catalogue (siu.Rules) as a table, in lang
// ("en" or "da"): each rule's code, severity, field, whether its source is
// public or modeled, and its title, then the number of rules. It is 'siu
// rules'; siu.WriteRulesMarkdown writes the details.
func WriteRules(w io.Writer, lang string) error {
	l := textLang(lang)
	rules := siu.Rules()
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, tr(l, "lst.rules"))
	for _, r := range rules {
		title, src, field := r.Title, tr(l, "lst.public"), r.Field
		if l == "da" {
			title = r.TitleDA
		}
		if r.Modeled() {
			src = tr(l, "lst.modeled")
		}
		if field == "" {
			field = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Code, severityWord(l, r.Severity), field, src, title)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\n%s\n", tr(l, "lst.rulecount", len(rules)))
	return err
}
