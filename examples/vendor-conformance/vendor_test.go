package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/siukit/siukit/conformance"
)

// TestSIUConformance is the test a vendor adds to its own CI: every case
// of the suite is a subtest (TestSIUConformance/<case>/<kind>). Pin the
// suite version with the module version in go.mod; a new version may add
// cases.
func TestSIUConformance(t *testing.T) {
	conformance.Run(t, vendorSIU{})
}

// The program prints the suite's summary: everything passes, and the
// aggregate cases are skipped because vendorSIU does not aggregate.
func TestMainSummary(t *testing.T) {
	var b bytes.Buffer
	ok, err := run(&b)
	if err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !ok || !strings.HasPrefix(out, "suite "+conformance.Version+": ") || !strings.Contains(out, " 0 failed, ") || strings.Contains(out, " 0 skipped") {
		t.Errorf("ok %v, summary:\n%s", ok, out)
	}
}
