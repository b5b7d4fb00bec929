package siu_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/siukit/siukit/siu"
)

func TestNewIgnore(t *testing.T) {
	tests := []struct {
		name  string
		codes []string
		want  *siu.IgnoreError // nil: accepted
	}{
		{"none", nil, nil},
		{"warning", []string{"SIU-PSR-004"}, nil},
		{"lower case and spaces", []string{" siu-psr-004 "}, nil},
		{"unknown", []string{"SIU-XXX-001"}, &siu.IgnoreError{Code: "SIU-XXX-001"}},
		{"error rule", []string{"SIU-PSR-004", "SIU-PER-001"}, &siu.IgnoreError{Code: "SIU-PER-001", Severity: siu.Error}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ig, err := siu.NewIgnore(tt.codes...)
			if tt.want == nil {
				if err != nil || ig == nil {
					t.Fatalf("NewIgnore(%q) = %v, %v; want an Ignore", tt.codes, ig, err)
				}
				return
			}
			var ie *siu.IgnoreError
			if !errors.As(err, &ie) {
				t.Fatalf("NewIgnore(%q) error %v, want an *IgnoreError", tt.codes, err)
			}
			if diff := cmp.Diff(tt.want, ie); diff != "" {
				t.Errorf("NewIgnore(%q) error (-want +got):\n%s", tt.codes, diff)
			}
			if ig != nil {
				t.Errorf("NewIgnore(%q) returned an Ignore with its error", tt.codes)
			}
		})
	}
}

func TestIgnoreMessages(t *testing.T) {
	_, err := siu.NewIgnore("SIU-PER-001")
	if got, want := err.Error(), "SIU-PER-001 is an error rule (DST rejects such a delivery); it cannot be ignored"; got != want {
		t.Errorf("error rule: %q, want %q", got, want)
	}
	_, err = siu.NewIgnore("SIU-XXX-001")
	if got, want := err.Error(), "no rule SIU-XXX-001"; got != want {
		t.Errorf("unknown rule: %q, want %q", got, want)
	}
	_, err = siu.NewIgnore("X" + string(make([]byte, 100)))
	if len(err.Error()) > 40 {
		t.Errorf("a long code is quoted whole: %q", err.Error())
	}
}

func TestIgnoreFilter(t *testing.T) {
	ig, err := siu.NewIgnore("SIU-PSR-004")
	if err != nil {
		t.Fatal(err)
	}
	fs := []siu.Finding{
		{Code: "SIU-PER-001", Severity: siu.Error, Line: 1},
		{Code: "SIU-PSR-004", Severity: siu.Warning, Line: 2},
		{Code: "SIU-PSR-004", Severity: siu.Warning, Line: 3},
		{Code: "SIU-PSR-004", Severity: siu.Error, Line: 4}, // damaged: an error is never ignored
	}
	orig := append([]siu.Finding(nil), fs...)
	kept, hidden := ig.Filter(fs)
	if diff := cmp.Diff([]siu.Finding{fs[0], fs[3]}, kept); diff != "" {
		t.Errorf("kept (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]int{"SIU-PSR-004": 2}, hidden); diff != "" {
		t.Errorf("hidden (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(orig, fs); diff != "" {
		t.Errorf("Filter modified its input (-want +got):\n%s", diff)
	}

	var none *siu.Ignore
	if none.Ignores(fs[1]) {
		t.Error("a nil Ignore ignores a finding")
	}
	if kept, hidden := none.Filter(fs); len(kept) != len(fs) || hidden != nil {
		t.Errorf("nil Filter = %d kept, %v hidden", len(kept), hidden)
	}
}

// Every warning and info rule of the catalogue can be ignored, no error
// rule can.
func TestIgnoreEveryRule(t *testing.T) {
	for _, r := range siu.Rules() {
		_, err := siu.NewIgnore(r.Code)
		if (err == nil) != (r.Severity != siu.Error) {
			t.Errorf("NewIgnore(%s) (%s) error %v", r.Code, r.Severity, err)
		}
	}
}

func TestCountByRule(t *testing.T) {
	fs := []siu.Finding{
		{Code: "SIU-PSR-004", Severity: siu.Warning},
		{Code: "SIU-PER-003", Severity: siu.Error},
		{Code: "SIU-KTO-007", Severity: siu.Info},
		{Code: "SIU-PER-001", Severity: siu.Error},
		{Code: "SIU-PSR-004", Severity: siu.Warning},
	}
	want := []siu.RuleCount{
		{Code: "SIU-PER-001", Severity: siu.Error, N: 1},
		{Code: "SIU-PER-003", Severity: siu.Error, N: 1},
		{Code: "SIU-PSR-004", Severity: siu.Warning, N: 2},
		{Code: "SIU-KTO-007", Severity: siu.Info, N: 1},
	}
	if diff := cmp.Diff(want, siu.CountByRule(fs)); diff != "" {
		t.Errorf("CountByRule (-want +got):\n%s", diff)
	}
	if got := siu.CountByRule(nil); len(got) != 0 {
		t.Errorf("CountByRule(nil) = %v", got)
	}
}
