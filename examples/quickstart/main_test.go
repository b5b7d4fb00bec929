package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestQuickstart(t *testing.T) {
	var b bytes.Buffer
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"0 findings\n",
		"The PsrID is printed masked in logs: 123456-****\n",
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
		"<OMRAADE>VOKSEN</OMRAADE>",
		"<PsrID>1234569998</PsrID>",
		"<KONTOSTRENG>5384210000000040</KONTOSTRENG>",
		"<BELOEB>-700.00</BELOEB>",
		"<SLUTDATO>2025-03-15</SLUTDATO>",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
