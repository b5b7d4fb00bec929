package report_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

func TestResultIgnoreAndReport(t *testing.T) {
	r := source.Validate(open(t, cleanCSV, "clean.csv"), header, today)
	if !r.Deliverable() {
		t.Fatalf("clean file not deliverable: %+v", r.Findings)
	}
	before := len(r.Findings)
	ig, err := siu.NewIgnore("SIU-PSR-004")
	if err != nil {
		t.Fatal(err)
	}
	r.Ignore(ig)
	if r.Ignored["SIU-PSR-004"] == 0 || len(r.Findings)+r.Ignored["SIU-PSR-004"] != before {
		t.Errorf("Ignore: %d findings left of %d, ignored %v", len(r.Findings), before, r.Ignored)
	}

	rep := report.NewValidation(r)
	data, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var back report.Validation
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rep, back); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	for _, key := range []string{`"file":"clean.csv"`, `"format":"csv"`, `"area":"VOKSEN"`, `"read_errors":[]`, `"deliverable":true`, `"ignored":{"SIU-PSR-004":`} {
		if !bytes.Contains(data, []byte(key)) {
			t.Errorf("report lacks %s: %s", key, data)
		}
	}
	if rep.SchemaValid != nil {
		t.Error("schema verdict without a schema check")
	}
	if s := rep.WithSchema([]string{"line 3:1: bad"}); s.Deliverable || *s.SchemaValid {
		t.Error("schema problems leave the file deliverable")
	}
	if s := rep.WithSchema([]string{}); !s.Deliverable || !*s.SchemaValid {
		t.Error("no schema problems: not deliverable")
	}
}
