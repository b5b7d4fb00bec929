package conformance_test

import (
	"fmt"
	"log"
	"os"

	"github.com/siukit/siukit/conformance"
)

// Cases lists the suite; each case has a manifest, its input and its
// expected outcome.
func ExampleCases() {
	cases, err := conformance.Cases()
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range cases {
		if c.ID != "example-insurance-cross-year" {
			continue
		}
		l := c.Input.Lines[0]
		fmt.Println(c.Title)
		fmt.Println("kinds:", c.Kinds, "years:", c.Years)
		fmt.Println("period:", l.Start, "to", l.End)
		fmt.Println("findings:", len(c.Findings))
	}
	// Output:
	// Insurance booked in 2025 covering 2025-07-01 to 2026-06-30
	// kinds: [validate encode] years: [2025]
	// period: 2025-07-01 to 2026-06-30
	// findings: 0
}

// Evaluate runs the suite without a *testing.T; a vendor's test calls Run
// instead: conformance.Run(t, mySystem{}).
func ExampleEvaluate() {
	rep, err := conformance.Evaluate(conformance.Reference(), conformance.Select("example-*"))
	if err != nil {
		log.Fatal(err)
	}
	rep.WriteSummary(os.Stdout)
	// Output:
	// suite 0.3.0: 16 checks, 16 passed, 0 failed, 0 skipped
}

// An implementation that only encodes declares it with Funcs (or a
// Supports method): its validate and aggregate checks are skipped.
func ExampleFuncs() {
	encodeOnly := conformance.Funcs{EncodeFunc: conformance.Reference().Encode}
	rep, err := conformance.Evaluate(encodeOnly, conformance.Select("delivery-voksen", "delivery-boern", "delivery-samlet"))
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range rep.Results {
		fmt.Println(r.Case, r.Kind, r.Status)
	}
	// Output:
	// delivery-voksen validate skip
	// delivery-voksen encode pass
	// delivery-boern validate skip
	// delivery-boern encode pass
	// delivery-samlet validate skip
	// delivery-samlet encode pass
}

// CompareXML judges a vendor's file by meaning: prefixes, whitespace and
// the creation time are free, values are not.
func ExampleCompareXML() {
	want := []byte(`<R xmlns="urn:x"><CommunicationDateTime>2026-03-02T09:15:00+01:00</CommunicationDateTime><Rec><PsrID>0101801234</PsrID><BELOEB>24850.00</BELOEB></Rec></R>`)
	got := []byte(`<x:R xmlns:x="urn:x">
  <x:CommunicationDateTime>2026-03-05T12:00:00Z</x:CommunicationDateTime>
  <x:Rec><x:PsrID>0101801234</x:PsrID><x:BELOEB>24850</x:BELOEB></x:Rec>
</x:R>`)
	for _, m := range conformance.CompareXML(want, got) {
		fmt.Println(m)
	}
	// Output:
	// /R/Rec/BELOEB: want "24850.00", got "24850"
}
