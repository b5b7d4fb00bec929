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
	var got []siu.Rule
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(rules) {
		t.Fatalf("%d rules in JSON, want %d", len(got), len(rules))
	}
	for i, g := range got {
		if g != rules[i] {
			t.Errorf("rule %d = %+v, want %+v", i, g, rules[i])
		}
	}
	if !strings.Contains(r.stdout, `"modeled": true`) {
		t.Error("the JSON does not say which rules are modeled")
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
