package conformance

import (
	"errors"
	"fmt"
	"slices"

	"github.com/siukit/siukit/siu"
)

// Role says why a case is in the suite.
type Role string

// The roles of a case.
const (
	// RoleTrigger: the case triggers the rules it names, alone (or with
	// the few companions its note explains).
	RoleTrigger Role = "trigger"
	// RoleBoundary: the case sits at the edge of the rules it names and
	// must not trigger them.
	RoleBoundary Role = "boundary"
	// RoleExample: an example from DST's answers (SOURCES.md: dst-qa-2025) or another
	// situation worth pinning down.
	RoleExample Role = "example"
	// RoleDelivery: a realistic delivery of many lines.
	RoleDelivery Role = "delivery"
)

// IsValid reports whether r is one of the roles.
func (r Role) IsValid() bool {
	return r == RoleTrigger || r == RoleBoundary || r == RoleExample || r == RoleDelivery
}

// Manifest describes a case (manifest.json).
type Manifest struct {
	// Suite is the suite version the case belongs to (Version).
	Suite string `json:"suite"`
	// ID names the case and its directory: lower case letters, digits and
	// hyphens.
	ID string `json:"id"`
	// Title says in one line what the case is about.
	Title string `json:"title"`
	// Kinds are the checks the case supports, in the order of Kinds().
	Kinds []Kind `json:"kinds"`
	// Role says why the case is in the suite.
	Role Role `json:"role"`
	// Rules are the codes of the catalogue's rules the case exercises:
	// the rules it triggers (RoleTrigger) or must not trigger
	// (RoleBoundary).
	Rules []string `json:"rules"`
	// Triggers are the codes findings.json holds, sorted, each once; empty
	// for a case without a validate check or without findings.
	Triggers []string `json:"triggers"`
	// Source cites where the expected behaviour comes from: public sources
	// of the repository's SOURCES.md, each by its id and a colon
	// ("dst-qa-2025: DST's answers ..."), or "modeled: ..." for this
	// project's own decision.
	Source string `json:"source"`
	// Years are the budget years the case applies to.
	Years []int `json:"years"`
	// Profile is the XML profile version (FormVersion) the case applies
	// to: Profile.
	Profile string `json:"profile"`
	// Note explains anything surprising about the case.
	Note string `json:"note,omitempty"`
}

// Check reports every way m is not well formed (errors.Join): a wrong
// suite version or profile, a malformed id, a missing title or source, an
// unknown kind or role, a rule code the catalogue (siu.Rules) lacks, a
// trigger case whose triggers lack one of its rules or a boundary case
// whose triggers hold one, or years out of range.
func (m Manifest) Check() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("manifest %s: "+format, append([]any{m.ID}, args...)...))
	}
	if m.Suite != Version {
		bad("suite %q, want %q", m.Suite, Version)
	}
	if !isCaseID(m.ID) {
		bad("id: want lower case letters, digits and hyphens")
	}
	if m.Title == "" {
		bad("no title")
	}
	if m.Source == "" {
		bad("no source")
	}
	if len(m.Kinds) == 0 {
		bad("no kinds")
	}
	for i, k := range m.Kinds {
		if !k.IsValid() {
			bad("unknown kind %q", k)
		}
		if slices.Index(m.Kinds, k) != i {
			bad("kind %q twice", k)
		}
	}
	if slices.Contains(m.Kinds, KindAggregate) && len(m.Kinds) > 1 {
		bad("an aggregate case has no other kind")
	}
	if slices.Contains(m.Kinds, KindRead) && len(m.Kinds) > 1 {
		bad("a read case has no other kind")
	}
	if !m.Role.IsValid() {
		bad("unknown role %q", m.Role)
	}
	if (m.Role == RoleTrigger || m.Role == RoleBoundary) && len(m.Rules) == 0 {
		bad("a %s case names the rules it exercises", m.Role)
	}
	for _, c := range append(slices.Clone(m.Rules), m.Triggers...) {
		if _, ok := siu.LookupRule(c); !ok {
			bad("rule %q is not in the catalogue", c)
		}
	}
	if !slices.IsSorted(m.Triggers) || len(slices.Compact(slices.Clone(m.Triggers))) != len(m.Triggers) {
		bad("triggers are not sorted and unique")
	}
	if len(m.Triggers) > 0 && !slices.Contains(m.Kinds, KindValidate) {
		bad("triggers without a validate check")
	}
	if slices.Contains(m.Kinds, KindValidate) {
		for _, c := range m.Rules {
			switch {
			case m.Role == RoleTrigger && !slices.Contains(m.Triggers, c):
				bad("a trigger case that does not trigger its rule %s", c)
			case m.Role == RoleBoundary && slices.Contains(m.Triggers, c):
				bad("a boundary case that triggers its rule %s", c)
			}
		}
	}
	if len(m.Years) == 0 {
		bad("no years")
	}
	for _, y := range m.Years {
		if y < 2000 || y > 2100 {
			bad("year %d out of range", y)
		}
	}
	if m.Profile != Profile {
		bad("profile %q, want %q", m.Profile, Profile)
	}
	return errors.Join(errs...)
}

// isCaseID reports whether s is a case id: [a-z0-9] then [a-z0-9-]*.
func isCaseID(s string) bool {
	if s == "" || len(s) > 80 || s[0] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
