package conformance

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestReportWriteResultsAndJSON(t *testing.T) {
	r := Report{Suite: Version, Passed: 1, Failed: 1}
	r.Results = []Result{
		{Case: "psr-001-missing", Kind: KindValidate, Status: StatusPass},
		{Case: "delivery-voksen", Kind: KindEncode, Status: StatusFail, Detail: "exit status 1"},
	}
	var b bytes.Buffer
	if err := r.WriteResults(&b); err != nil {
		t.Fatal(err)
	}
	if want := "pass psr-001-missing/validate\nfail delivery-voksen/encode\n"; b.String() != want {
		t.Errorf("WriteResults:\n%s\nwant:\n%s", b.String(), want)
	}
	b.Reset()
	if err := r.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if back.Suite != r.Suite || back.Failed != 1 || len(back.Results) != 2 || back.Results[1].Detail != "exit status 1" {
		t.Errorf("WriteJSON read back as %+v", back)
	}
	if !bytes.Contains(b.Bytes(), []byte("\n  \"suite\"")) {
		t.Errorf("WriteJSON is not indented:\n%s", b.String())
	}
}
