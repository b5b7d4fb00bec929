package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/siukit/siukit/siu"
)

func TestRules(t *testing.T) {
	rules := siu.Rules()
	r := runSIU(t, "", "rules")
	r.wantCode(t, exitOK)
	for _, rule := range rules {
		if !strings.Contains(r.stdout, rule.Code) {
			t.Errorf("table lacks %s", rule.Code)
		}
	}
	r.wantOut(t, "SOURCE", "modeled")

	r = runSIU(t, "", "rules", "--format", "json")
	r.wantCode(t, exitOK)
	var got []jsonRule
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(rules) {
		t.Fatalf("%d rules in JSON, want %d", len(got), len(rules))
	}
	for i, g := range got {
		w := rules[i]
		if g.Code != w.Code || g.Severity != w.Severity || g.Source != w.Source || g.Modeled != w.Modeled() || g.Title == "" || g.TitleDA == "" {
			t.Errorf("rule %d = %+v, want %s", i, g, w.Code)
		}
	}

	r = runSIU(t, "", "rules", "--format", "markdown")
	r.wantCode(t, exitOK)
	var md strings.Builder
	if err := siu.WriteRulesMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if r.stdout != md.String() {
		t.Error("--format markdown differs from siu.WriteRulesMarkdown")
	}

	runSIU(t, "", "rules", "--format", "xml").wantCode(t, exitUsage)
	runSIU(t, "", "rules", "extra").wantCode(t, exitUsage)
}
