package siu

import (
	"strings"
	"testing"
)

func TestMunicipalities(t *testing.T) {
	ms := Municipalities()
	if len(ms) != 98 {
		t.Fatalf("%d municipalities, want 98", len(ms))
	}
	perRegion := map[int]int{}
	names := map[string]bool{}
	for i, m := range ms {
		if i > 0 && ms[i-1].Code >= m.Code {
			t.Errorf("not sorted at %d", m.Code)
		}
		if names[m.Name] {
			t.Errorf("name %q twice", m.Name)
		}
		names[m.Name] = true
		perRegion[m.Region]++
		got, ok := LookupMunicipality(m.Code)
		if !ok || got != m {
			t.Errorf("LookupMunicipality(%d) = %v, %v", m.Code, got, ok)
		}
	}
	// The regions since 2007: Nordjylland 11, Midtjylland 19, Syddanmark 22,
	// Hovedstaden 29, Sjælland 17.
	want := map[int]int{1081: 11, 1082: 19, 1083: 22, 1084: 29, 1085: 17}
	for r, n := range want {
		if perRegion[r] != n {
			t.Errorf("region %d has %d municipalities, want %d", r, perRegion[r], n)
		}
	}
	for _, tc := range []struct {
		code int
		name string
	}{{101, "København"}, {147, "Frederiksberg"}, {400, "Bornholm"}, {461, "Odense"}, {751, "Aarhus"}, {851, "Aalborg"}, {860, "Hjørring"}, {825, "Læsø"}, {492, "Ærø"}} {
		m, ok := LookupMunicipality(tc.code)
		if !ok || m.Name != tc.name {
			t.Errorf("LookupMunicipality(%d) = %v, %v; want %s", tc.code, m, ok, tc.name)
		}
	}
	// 411 Christiansø is administered by the state, not a municipality; 0,
	// 100 and 999 are no codes.
	for _, code := range []int{0, 100, 411, 999, -101, 1010} {
		if m, ok := LookupMunicipality(code); ok {
			t.Errorf("LookupMunicipality(%d) = %v", code, m)
		}
	}
	ms[0].Name = "changed"
	if m, _ := LookupMunicipality(101); m.Name != "København" {
		t.Error("Municipalities() returned the table itself, not a copy")
	}
}

func TestParseMunicipalitiesErrors(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"no header", "101,København,1084\n"},
		{"short code", "code,name,region\n11,X,1084\n"},
		{"bad region", "code,name,region\n101,København,1090\n"},
		{"empty name", "code,name,region\n101,,1084\n"},
		{"unsorted", "code,name,region\n147,Frederiksberg,1084\n101,København,1084\n"},
		{"missing column", "code,name,region\n101,København\n"},
	} {
		if _, err := parseMunicipalities(strings.NewReader(tc.in)); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
}
