package siu

import (
	"bytes"
	"flag"
	"os"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite ../RULES.md from the catalogue")

func TestCatalogue(t *testing.T) {
	codeRE := regexp.MustCompile(`^SIU-(HDR|PSR|KTO|BEL|PER|LEV)-\d{3}$`)
	seen := map[string]bool{}
	for id, r := range catalogue {
		if !codeRE.MatchString(r.Code) {
			t.Errorf("rule %d: code %q does not match %v", id, r.Code, codeRE)
		}
		if seen[r.Code] {
			t.Errorf("code %s appears twice", r.Code)
		}
		seen[r.Code] = true
		if !r.Severity.IsValid() {
			t.Errorf("%s: no severity", r.Code)
		}
		if r.Title == "" || r.TitleDA == "" || r.Description == "" || r.DescriptionDA == "" || r.Source == "" {
			t.Errorf("%s: title, Danish title, description and source are all required: %+v", r.Code, r)
		}
		if !r.Modeled() && len(citedSourceIDs(r.Source)) == 0 {
			t.Errorf("%s: source %q is neither modeled nor cites a source of SOURCES.md by its id", r.Code, r.Source)
		}
		got, ok := LookupRule(r.Code)
		if !ok || got.Code != r.Code {
			t.Errorf("LookupRule(%q) = %v, %v", r.Code, got, ok)
		}
	}
	// Codes within a family are numbered 001, 002, … without holes, in
	// catalogue order: a new rule gets the next number.
	next := map[string]int{}
	for _, r := range catalogue {
		fam := r.Code[:8]
		next[fam]++
		if want := fam + threeDigits(next[fam]); r.Code != want {
			t.Errorf("code %s out of order, want %s", r.Code, want)
		}
	}
	if _, ok := LookupRule("SIU-XXX-001"); ok {
		t.Error("LookupRule found an unknown code")
	}
	rs := Rules()
	if len(rs) != int(numRules) {
		t.Fatalf("Rules() has %d rules, want %d", len(rs), numRules)
	}
	rs[0].Code = "changed"
	if catalogue[0].Code == "changed" {
		t.Error("Rules() returned the catalogue itself, not a copy")
	}
}

func threeDigits(n int) string {
	s := "00" + string(rune('0'+n/10%10)) + string(rune('0'+n%10))
	return s[len(s)-3:]
}

// TestRulesMarkdown keeps RULES.md at the root of the repository in step
// with the catalogue. Run `go test ./siu -run TestRulesMarkdown -update`
// to rewrite it.
func TestRulesMarkdown(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteRulesMarkdown(&buf); err != nil {
		t.Fatal(err)
	}
	for _, r := range catalogue {
		if !strings.Contains(buf.String(), "### "+r.Code+"\n") {
			t.Errorf("the Markdown has no section for %s", r.Code)
		}
	}
	const path = "../RULES.md"
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	have, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./siu -run TestRulesMarkdown -update)", err)
	}
	if !bytes.Equal(have, buf.Bytes()) {
		t.Errorf("RULES.md is out of date with the catalogue: run go test ./siu -run TestRulesMarkdown -update")
	}
}
