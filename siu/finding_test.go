package siu

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSeverityText(t *testing.T) {
	for _, tc := range []struct {
		s    Severity
		text string
	}{{Info, "info"}, {Warning, "warning"}, {Error, "error"}} {
		if got := tc.s.String(); got != tc.text {
			t.Errorf("%d.String() = %q, want %q", tc.s, got, tc.text)
		}
		b, err := tc.s.MarshalText()
		if err != nil || string(b) != tc.text {
			t.Errorf("%d.MarshalText() = %q, %v", tc.s, b, err)
		}
		var back Severity
		if err := back.UnmarshalText([]byte(tc.text)); err != nil || back != tc.s {
			t.Errorf("UnmarshalText(%q) = %d, %v", tc.text, back, err)
		}
	}
	if !(Info < Warning && Warning < Error) {
		t.Error("severities are not ordered Info < Warning < Error")
	}
	var zero Severity
	if zero.IsValid() || zero.String() != "" {
		t.Error("the zero Severity is valid")
	}
	if _, err := zero.MarshalText(); err == nil {
		t.Error("MarshalText of the zero Severity succeeded")
	}
	for _, bad := range []string{"", "Error", "fatal", "warning "} {
		var s Severity
		if err := s.UnmarshalText([]byte(bad)); err == nil {
			t.Errorf("UnmarshalText(%q) succeeded", bad)
		}
	}
}

func TestFindingJSON(t *testing.T) {
	f := Finding{Code: "SIU-BEL-003", Severity: Warning, Line: 7, Field: "BELOEB", Message: "Beløbet er nul.", MessageEN: "The amount is zero."}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"code":"SIU-BEL-003","severity":"warning","line":7,"field":"BELOEB","message":"Beløbet er nul.","message_en":"The amount is zero."}`
	if string(b) != want {
		t.Errorf("JSON\n got %s\nwant %s", b, want)
	}
	var back Finding
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(f, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if got, want := f.String(), "line 7 BELOEB: SIU-BEL-003 warning: The amount is zero."; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	d := Finding{Code: "SIU-LEV-001", Severity: Warning, MessageEN: "Empty."}
	if got, want := d.String(), "delivery: SIU-LEV-001 warning: Empty."; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}
