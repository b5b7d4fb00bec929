package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/siukit/siukit/siu"
)

const rulesAbout = `Rules lists the rule catalogue: every code the validator reports, with its
severity (error: DST rejects; warning: DST asks for a comment; info), the
field it concerns and where it comes from: "public" for a rule taken from
a public source (DST, the ministry, cpr.dk, the chart of accounts), or
"modeled" for this project's decision where no public source says more.
--format markdown writes RULES.md.`

const rulesExamples = `  siu rules
  siu rules --format json | jq '.[] | select(.modeled)'
  siu rules --format markdown > RULES.md`

func runRules(e *env, args []string) int {
	fs := newFlags("rules", "[flags]", rulesAbout, rulesExamples)
	outFormat := fs.String("format", "table", "output: table, markdown or json")
	lang := fs.String("lang", "en", "language of the titles in the table: en or da")
	rest, code, ok := fs.parse(e, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		return e.usageError("rules", "unexpected argument %q", truncate(rest[0], 40))
	}
	if *lang != "en" && *lang != "da" {
		return e.usageError("rules", "--lang: want en or da")
	}
	rules := siu.Rules()
	var err error
	switch *outFormat {
	case "table":
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "CODE\tSEVERITY\tFIELD\tSOURCE\tRULE\n")
		for _, r := range rules {
			title := r.Title
			if *lang == "da" {
				title = r.TitleDA
			}
			src := "public"
			if r.Modeled() {
				src = "modeled"
			}
			field := r.Field
			if field == "" {
				field = "-"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Code, r.Severity, field, src, title)
		}
		err = tw.Flush()
		if err == nil {
			fmt.Fprintf(e.stdout, "\n%d rules. Details and sources: siu rules --format markdown (RULES.md).\n", len(rules))
		}
	case "markdown":
		err = siu.WriteRulesMarkdown(e.stdout)
	case "json":
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(rules)
	default:
		return e.usageError("rules", "--format: want table, markdown or json, not %q", truncate(strings.TrimSpace(*outFormat), 20))
	}
	if err != nil {
		e.errorf("rules", "%v", err)
		return exitFail
	}
	return exitOK
}
