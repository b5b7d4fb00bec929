package kontoplan

// Scope says whether a function's expenses belong in SIU in a budget year.
type Scope uint8

// The scopes. The zero Scope is ScopeOut.
const (
	ScopeOut       Scope = iota // not part of SIU
	ScopeVoluntary              // may be reported (2022-2024 for the boformer, SOURCES.md: social-analysis-2024)
	ScopeMandatory              // must be reported (from budget year 2025, SOURCES.md: sm-hoering-2024)
)

var scopeNames = [...]string{"out", "voluntary", "mandatory"}

// String returns "out", "voluntary" or "mandatory".
func (s Scope) String() string {
	if int(s) < len(scopeNames) {
		return scopeNames[s]
	}
	return "out"
}

// MarshalText implements encoding.TextMarshaler with String.
func (s Scope) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

func parseScope(s string) (Scope, bool) {
	switch s {
	case "out", "":
		return ScopeOut, true
	case "voluntary":
		return ScopeVoluntary, true
	case "mandatory":
		return ScopeMandatory, true
	}
	return ScopeOut, false
}
