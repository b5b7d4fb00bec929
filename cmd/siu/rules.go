package main

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/siukit/siukit/siu"
)

func runRules(e *env, args []string) int {
	c := e.newFlags("rules", "[flags]")
	c.formatFlag("table", "markdown", "json")
	if _, code, ok := c.parse(args, 0); !ok {
		return code
	}
	rules := siu.Rules()
	var err error
	switch c.v.format {
	case "table":
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, e.t("rules.cols"))
		for _, r := range rules {
			title, src, field := r.Title, e.t("rules.public"), r.Field
			if e.language() == "da" {
				title = r.TitleDA
			}
			if r.Modeled() {
				src = e.t("rules.modeled")
			}
			if field == "" {
				field = "-"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Code, e.t("sev."+r.Severity.String()), field, src, title)
		}
		if err = tw.Flush(); err == nil {
			fmt.Fprintf(e.stdout, "\n%s\n", e.t("rules.count", len(rules)))
		}
	case "markdown":
		err = siu.WriteRulesMarkdown(e.stdout)
	case "json":
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(rules)
	}
	if err != nil {
		return e.fail("rules", err)
	}
	return exitOK
}
