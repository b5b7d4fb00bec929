package siu_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/siukit/siukit/siu"
)

// The catalogue round-trips through JSON, with the keys the rule
// catalogue's JSON form documents.
func TestRuleJSON(t *testing.T) {
	rules := siu.Rules()
	data, err := json.Marshal(rules)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"code":"SIU-`, `"severity":"error"`, `"title_da":`, `"source":`, `"modeled":true`, `"modeled":false`} {
		if !strings.Contains(string(data), key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
	var back []siu.Rule
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rules, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}
