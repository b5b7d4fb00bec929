package conformance

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestOptionsNeverDropped checks that Evaluate refuses the options only
// RunCommand honours, and that every caller refuses a timeout of zero or
// less and fewer than one job, instead of ignoring them.
func TestOptionsNeverDropped(t *testing.T) {
	for name, opt := range map[string]Option{
		"Timeout":     Timeout(time.Second),
		"Jobs":        Jobs(2),
		"Dir":         Dir(t.TempDir()),
		"Env":         Env("A=b"),
		"OutputLimit": OutputLimit(1 << 20),
	} {
		_, err := Evaluate(Reference(), opt, Select("lev-001-empty"))
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("Evaluate with %s: error %v, want a refusal naming %s", name, err, name)
		}
	}
	for _, tc := range []struct {
		opt  Option
		want string
	}{
		{Timeout(0), "Timeout"},
		{Timeout(-time.Second), "Timeout"},
		{Jobs(0), "Jobs"},
		{OutputLimit(0), "OutputLimit"},
		{OutputLimit(-1), "OutputLimit"},
	} {
		_, err := RunCommand(context.Background(), []string{"true"}, tc.opt)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("RunCommand: error %v, want a refusal naming %s", err, tc.want)
		}
	}
	if _, err := Evaluate(Reference(), Select("lev-001-empty")); err != nil {
		t.Errorf("Evaluate without command options: %v", err)
	}
}
