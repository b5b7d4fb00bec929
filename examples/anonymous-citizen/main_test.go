package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestAnonymousCitizen(t *testing.T) {
	var b bytes.Buffer
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	want := []string{
		`150685-**** fictive=true sex=female birth="1985-06-15" digits in the file: 10`,
		`123456-**** fictive=true sex=female birth="" digits in the file: 10`,
		"on 5.38.42: 0 findings",
		"on 5.38.50: line 1 PsrID: SIU-PSR-004 warning:",
		"aggregated: 2 postings, 2 lines",
	}
	for _, w := range want {
		if !strings.Contains(b.String(), w) {
			t.Errorf("output lacks %q:\n%s", w, b.String())
		}
	}
	if strings.Contains(b.String(), "1506859998") || strings.Contains(b.String(), "1234569998") {
		t.Errorf("a whole number was printed:\n%s", b.String())
	}
}
