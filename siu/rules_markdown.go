package siu

import (
	"bufio"
	"io"
	"strings"
)

// ruleFamilies names the code families in the order RULES.md lists them.
var ruleFamilies = []struct{ prefix, title string }{
	{"SIU-HDR-", "Header (HDR)"},
	{"SIU-PSR-", "Citizen, PsrID (PSR)"},
	{"SIU-KTO-", "Account, KONTOSTRENG (KTO)"},
	{"SIU-BEL-", "Amount, BELOEB (BEL)"},
	{"SIU-PER-", "Period, STARTDATO and SLUTDATO (PER)"},
	{"SIU-LEV-", "Delivery (LEV)"},
}

// WriteRulesMarkdown writes the rule catalogue as Markdown: the text of
// RULES.md at the root of the repository, which a test keeps in step with
// the catalogue. The output depends on the catalogue only.
func WriteRulesMarkdown(w io.Writer) error {
	bw := bufio.NewWriter(w)
	p := func(ss ...string) {
		for _, s := range ss {
			bw.WriteString(s)
		}
	}
	p("# SIU validation rules\n\n",
		"<!-- Generated from siu/rules.go by WriteRulesMarkdown. Do not edit:\n",
		"     go test ./siu -run TestRulesMarkdown -update -->\n\n",
		"Every finding of the validator (`siu.Validate`, `siu.Validator`) carries one of\n",
		"these codes. Codes are stable: a rule that changes meaning gets a new code.\n\n",
		"Severities are modeled on DST's validation reports, which mark problems red or\n",
		"yellow (SOURCES.md: dst-dialog): **error** = red, DST rejects the delivery; **warning** =\n",
		"yellow, the municipality must comment on it; **info** = a note, no action needed.\n\n",
		"Each rule names its source by its id in [SOURCES.md](SOURCES.md). *Modeled* marks\n",
		"a decision of this project where no public source says more: DST's SIU\n",
		"requirement specification is not public.\n\n",
		"| Code | Severity | Field | Rule | Modeled |\n",
		"|---|---|---|---|---|\n")
	for _, r := range catalogue {
		modeled := ""
		if r.Modeled() {
			modeled = "modeled"
		}
		p("| [", r.Code, "](#", strings.ToLower(r.Code), ") | ", r.Severity.String(), " | ",
			mdCell(r.Field), " | ", mdCell(r.Title), " | ", modeled, " |\n")
	}
	for _, fam := range ruleFamilies {
		p("\n## ", fam.title, "\n")
		for _, r := range catalogue {
			if !strings.HasPrefix(r.Code, fam.prefix) {
				continue
			}
			p("\n### ", r.Code, "\n\n",
				"**", r.Title, "** (", r.TitleDA, "): ", r.Severity.String())
			if r.Field != "" {
				p(", field `", r.Field, "`")
			}
			p(".\n\n", r.Description, "\n\n", "*", r.DescriptionDA, "*\n\n", "Source: ", r.Source, ".\n")
		}
	}
	return bw.Flush()
}

// mdCell escapes text for a Markdown table cell.
func mdCell(s string) string {
	if s == "" {
		return "–"
	}
	return strings.ReplaceAll(s, "|", `\|`)
}
