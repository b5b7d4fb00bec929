package conformance

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat/xsd"
)

// skipIfUpdating skips tests of the embedded suite while -update rewrites
// it: the test binary embeds the files from before the rewrite.
func skipIfUpdating(t *testing.T) {
	t.Helper()
	if *update {
		t.Skip("-update rewrites the suite; run go test again to check it")
	}
}

// citedIDRE finds the ids of SOURCES.md a case's source cites: an id
// ("dst-qa-2025", "budregn-4.5.3") followed by a colon.
var citedIDRE = regexp.MustCompile(`(?:^|[^A-Za-z0-9._-])([a-z][a-z0-9]*(?:-[a-z0-9.]*[a-z0-9])+):`)

// sourceIDs returns the ids of the repository's SOURCES.md: its
// "### <id>" headings.
func sourceIDs(t *testing.T) map[string]bool {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "SOURCES.md"))
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^### (\S+)$`).FindAllStringSubmatch(string(b), -1) {
		ids[m[1]] = true
	}
	if len(ids) == 0 {
		t.Fatal("SOURCES.md lists no sources")
	}
	return ids
}

func loadSuite(t *testing.T) []Case {
	t.Helper()
	skipIfUpdating(t)
	cases, err := Cases()
	if err != nil {
		t.Fatal(err)
	}
	return cases
}

// TestReference runs the whole suite against the project's own packages,
// expected.xml byte for byte.
func TestReference(t *testing.T) {
	skipIfUpdating(t)
	Run(t, Reference(), ExactXML())
}

// TestReferenceByMeaning runs the suite the way a vendor's implementation
// is judged, XML by meaning.
func TestReferenceByMeaning(t *testing.T) {
	skipIfUpdating(t)
	rep, err := Evaluate(Reference())
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() || rep.Skipped != 0 {
		var b strings.Builder
		rep.WriteSummary(&b)
		t.Fatalf("reference fails the suite by meaning:\n%s", b.String())
	}
}

// companions are the rules that cannot fire without another one given the
// embedded charts, with the rules they bring along (see the case notes).
var companions = map[string][]string{
	"SIU-HDR-004": {"SIU-KTO-007"}, // every function is voluntary 2022-2024
	"SIU-PSR-008": {"SIU-KTO-007"}, // children's functions are voluntary
}

// TestRuleCoverage: every rule of the catalogue has a case that triggers it
// alone (or with its documented companions only) and a boundary case that
// does not trigger it; no case names a rule the catalogue lacks.
func TestRuleCoverage(t *testing.T) {
	cases := loadSuite(t)
	for _, r := range siu.Rules() {
		var trig, bound []string
		for _, c := range cases {
			if !slices.Contains(c.Rules, r.Code) {
				continue
			}
			switch c.Role {
			case RoleTrigger:
				rest := slices.DeleteFunc(slices.Clone(c.Triggers), func(s string) bool { return s == r.Code })
				alone := len(rest) == 0
				if !alone {
					alone = true
					for _, s := range rest {
						if !slices.Contains(companions[r.Code], s) {
							alone = false
						}
					}
				}
				if slices.Contains(c.Triggers, r.Code) && alone {
					trig = append(trig, c.ID)
				}
			case RoleBoundary:
				if !slices.Contains(c.Triggers, r.Code) {
					bound = append(bound, c.ID)
				} else {
					t.Errorf("%s: boundary case of %s triggers it", c.ID, r.Code)
				}
			}
		}
		if len(trig) == 0 {
			t.Errorf("%s: no case triggers it alone", r.Code)
		}
		if len(bound) == 0 {
			t.Errorf("%s: no boundary case", r.Code)
		}
	}
	for code, with := range companions {
		if _, ok := siu.LookupRule(code); !ok {
			t.Errorf("companions: %s is not in the catalogue", code)
		}
		for _, c := range cases {
			if c.Role == RoleTrigger && slices.Contains(c.Rules, code) && len(c.Triggers) > 1 && c.Note == "" {
				t.Errorf("%s: triggers %s with %v and has no note saying why", c.ID, code, with)
			}
		}
	}
}

// TestManifests: every case is well formed (LoadCases checks each manifest
// with Manifest.Check), cites at least one source of SOURCES.md by id (a
// modeled case the source it leans on) and only ids SOURCES.md lists, has
// the files of its kinds, and
// its findings.json holds exactly the codes its manifest declares.
func TestManifests(t *testing.T) {
	cases := loadSuite(t)
	if len(cases) < 250 {
		t.Errorf("%d cases, want at least 250", len(cases))
	}
	ids := sourceIDs(t)
	for _, c := range cases {
		cited := citedIDRE.FindAllStringSubmatch(c.Source, -1)
		if len(cited) == 0 {
			t.Errorf("%s: source %q cites no source of SOURCES.md by id", c.ID, c.Source)
		}
		for _, m := range cited {
			if !ids[m[1]] {
				t.Errorf("%s: source cites %q, which SOURCES.md does not list", c.ID, m[1])
			}
		}
		if c.Has(KindValidate) {
			var codes []string
			for _, f := range c.Findings {
				codes = append(codes, f.Code)
				if r, _ := siu.LookupRule(f.Code); r.Severity.String() != f.Severity {
					t.Errorf("%s: %s has severity %q, the catalogue says %q", c.ID, f.Code, f.Severity, r.Severity)
				}
				if f.Line < 0 || f.Line > len(c.Input.Lines) {
					t.Errorf("%s: finding %s on line %d of %d", c.ID, f, f.Line, len(c.Input.Lines))
				}
				if !fieldOK(f) {
					t.Errorf("%s: finding %s: field %q is not the one SPEC.md gives its rule", c.ID, f, f.Field)
				}
				header := strings.HasPrefix(f.Code, "SIU-HDR-") || strings.HasPrefix(f.Code, "SIU-LEV-001")
				if header != (f.Line == 0) {
					t.Errorf("%s: finding %s: header and delivery findings have line 0, line findings a line", c.ID, f)
				}
			}
			codes = slices.Compact(slices.Sorted(slices.Values(codes)))
			if !slices.Equal(codes, c.Triggers) && !(len(codes) == 0 && len(c.Triggers) == 0) {
				t.Errorf("%s: findings.json has %v, the manifest declares %v", c.ID, codes, c.Triggers)
			}
		}
		if c.Has(KindEncode) {
			for _, f := range c.Findings {
				if f.Severity == "error" {
					t.Errorf("%s: an encode case with an error finding %s", c.ID, f)
				}
			}
		}
		if c.Has(KindEncode) && len(c.XML) == 0 {
			t.Errorf("%s: empty expected.xml", c.ID)
		}
	}
}

// TestDomainExamples: each example of DST's answers (SOURCES.md:
// dst-qa-2025) and each realistic delivery has its case.
func TestDomainExamples(t *testing.T) {
	cases := loadSuite(t)
	byID := map[string]*Case{}
	for i := range cases {
		byID[cases[i].ID] = &cases[i]
	}
	for _, tc := range []struct {
		id   string
		kind Kind
	}{
		{"example-summed-invoices", KindAggregate},
		{"example-summed-invoices-line", KindEncode},
		{"example-end-date-required", KindValidate},
		{"example-insurance-cross-year", KindEncode},
		{"example-anonymous-with-birth-date", KindEncode},
		{"example-anonymous-without-birth-date", KindEncode},
		{"example-full-load-empty", KindEncode},
		{"delivery-voksen", KindEncode},
		{"delivery-boern", KindEncode},
		{"delivery-samlet", KindEncode},
	} {
		c := byID[tc.id]
		if c == nil || !c.Has(tc.kind) {
			t.Errorf("no %s case %s", tc.kind, tc.id)
		}
	}
	for _, id := range []string{"delivery-voksen", "delivery-boern", "delivery-samlet"} {
		c := byID[id]
		if c == nil {
			continue
		}
		var fictive, crossYear, income, credit bool
		for _, l := range c.Input.Lines {
			fictive = fictive || strings.HasSuffix(l.PsrID, "9998") || strings.HasSuffix(l.PsrID, "9999")
			crossYear = crossYear || l.Start[:4] != l.End[:4]
			neg := strings.HasPrefix(l.Amount, "-")
			income = income || (neg && strings.HasSuffix(l.Account, "72"))
			credit = credit || (neg && strings.HasSuffix(l.Account, "40"))
		}
		if !crossYear || !income || !credit || !fictive {
			t.Errorf("%s: fictive %v, across the year end %v, egenbetaling %v, credit note %v", id, fictive, crossYear, income, credit)
		}
	}
}

// TestExpectedXML: every expected.xml passes the profile's XSD and is what
// the reference encoder writes, byte for byte.
func TestExpectedXML(t *testing.T) {
	cases := loadSuite(t)
	schema, err := xsd.Default()
	if err != nil {
		t.Fatal(err)
	}
	ref := Reference()
	n := 0
	for _, c := range cases {
		if !c.Has(KindEncode) {
			continue
		}
		n++
		if err := schema.Validate(bytes.NewReader(c.XML)); err != nil {
			t.Errorf("%s: expected.xml does not pass the XSD: %v", c.ID, err)
		}
		got, err := ref.Encode(*c.Input)
		if err != nil {
			t.Errorf("%s: %v", c.ID, err)
			continue
		}
		if !bytes.Equal(got, c.XML) {
			t.Errorf("%s: expected.xml is not the reference encoder's bytes", c.ID)
		}
	}
	if n == 0 {
		t.Error("no encode case")
	}
}

// fieldOK reports whether a finding's field is its rule's, or, for the
// rules that name the value at fault, one of the values they concern
// (SPEC.md, section 5).
func fieldOK(f Finding) bool {
	r, _ := siu.LookupRule(f.Code)
	switch f.Code {
	case "SIU-HDR-009", "SIU-HDR-010":
		return slices.Contains([]string{"Description", "SystemName", "SystemVersion", "ContactIdentifier", "ContactEmail"}, f.Field)
	case "SIU-PER-001", "SIU-PER-002":
		return f.Field == "STARTDATO" || f.Field == "SLUTDATO"
	}
	return f.Field == r.Field
}
