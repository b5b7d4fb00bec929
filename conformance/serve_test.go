package conformance_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/siukit/siukit/conformance"
)

const serveInput = `{"today": "2026-03-02", "header": {"Municipality": "461", "Year": "2025", "Area": "VOKSEN",
 "Created": "2026-03-02T09:15:00+01:00", "Description": "SIU 2025 VOKSEN", "SystemName": "t", "SystemVersion": "1",
 "ContactIdentifier": "x", "ContactEmail": "siu@kommune.example"},
 "lines": [{"PsrID": "0101809999", "KONTOSTRENG": "5385010000000047", "BELOEB": "100.00", "STARTDATO": "2025-01-01", "SLUTDATO": "2025-09-31"}]}`

func TestServe(t *testing.T) {
	ref := conformance.Reference()
	var out bytes.Buffer
	if err := conformance.Serve(ref, conformance.KindValidate, strings.NewReader(serveInput), &out); err != nil {
		t.Fatal(err)
	}
	var fs []conformance.Finding
	if err := json.Unmarshal(out.Bytes(), &fs); err != nil {
		t.Fatalf("validate output %q: %v", out.String(), err)
	}
	var found bool
	for _, f := range fs {
		found = found || (f.Line == 1 && f.Field == "SLUTDATO")
	}
	if !found {
		t.Errorf("no finding on line 1's SLUTDATO (2025-09-31): %s", out.String())
	}

	out.Reset()
	if err := conformance.Serve(ref, conformance.KindAggregate, strings.NewReader(`{"postings": []}`), &out); err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(out.String()) != "[]" && strings.TrimSpace(out.String()) != "null" {
		t.Errorf("aggregate of nothing: %q", out.String())
	}

	// Errors write nothing.
	out.Reset()
	if err := conformance.Serve(ref, conformance.KindValidate, strings.NewReader("{"), &out); err == nil || out.Len() > 0 {
		t.Errorf("bad JSON: %v, wrote %q", err, out.String())
	}
	onlyValidate := conformance.Funcs{ValidateFunc: ref.Validate}
	if err := conformance.Serve(onlyValidate, conformance.KindAggregate, strings.NewReader(`{}`), &out); !errors.Is(err, conformance.ErrUnsupported) {
		t.Errorf("aggregate without an Aggregator: %v, want ErrUnsupported", err)
	}
}
