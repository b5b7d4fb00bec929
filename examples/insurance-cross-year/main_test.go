package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestInsuranceCrossYear(t *testing.T) {
	var b bytes.Buffer
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"findings: 0\n",
		"period 2025-07-01..2026-06-30: 365 days\n",
		"share in 2025: 1840.00 (184 days)\n",
		"share in 2026: 1810.00 (181 days)\n",
		"annualised: 3650.00\n",
		"<STARTDATO>2025-07-01</STARTDATO>",
		"<SLUTDATO>2026-06-30</SLUTDATO>",
		"<dst:Period>2025</dst:Period>",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, b.String())
		}
	}
}
