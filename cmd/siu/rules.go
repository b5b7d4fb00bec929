package main

import (
	"encoding/json"

	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/siu"
)

func runRules(c *cmdFlags, _ []string) int {
	e := c.e
	var err error
	switch c.v.format {
	case "table":
		err = report.WriteRules(e.stdout, e.language())
	case "markdown":
		err = siu.WriteRulesMarkdown(e.stdout)
	case "json":
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(siu.Rules())
	}
	if err != nil {
		return e.fail("rules", err)
	}
	return exitOK
}
