package redacttable

import "testing"

func TestCasesRead(t *testing.T) {
	cs, err := Cases()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, c := range cs {
		if c.Name == "" || seen[c.Name] {
			t.Errorf("case name %q is empty or appears twice", c.Name)
		}
		seen[c.Name] = true
	}
}
