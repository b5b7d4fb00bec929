package conformance

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// envHelper makes the test binary run TestHelperRun's body: Run against
// an implementation that fails one check, in a child process, so that its
// failures can be checked from outside.
const envHelper = "SIUKIT_CONFORMANCE_HELPER"

func TestHelperRun(t *testing.T) {
	switch os.Getenv(envHelper) {
	case "fail":
		Run(t, dropLEV{Reference()}, Select("lev-002-duplicate", "lev-001-empty"))
	case "skip":
		Run(t, dropLEV{Reference()}, Select("lev-002-duplicate", "lev-001-empty"), Skip("lev-002-duplicate/validate", "lev-001-empty/validate"))
	case "skip-passes":
		Run(t, Reference(), Select("lev-001-empty"), Skip("lev-001-empty/validate"))
	default:
		t.Skip("helper for TestRunSubtests")
	}
}

// TestRunSubtests: Run reports each case as its own subtest, each kind
// below it; a failing check fails with its mismatch, a skipped one is
// skipped, and a skipped one that passes fails.
func TestRunSubtests(t *testing.T) {
	skipIfUpdating(t)
	tests := []struct {
		mode   string
		failed bool
		want   []string
	}{
		{"fail", true, []string{
			"--- FAIL: TestHelperRun/lev-002-duplicate/validate",
			"findings: want SIU-LEV-002 warning line 2, got (missing)",
			"--- PASS: TestHelperRun/lev-002-duplicate/encode",
			"--- FAIL: TestHelperRun/lev-001-empty/validate",
		}},
		{"skip", false, []string{
			"--- SKIP: TestHelperRun/lev-002-duplicate/validate",
			"--- SKIP: TestHelperRun/lev-001-empty/validate",
		}},
		{"skip-passes", true, []string{
			"--- FAIL: TestHelperRun/lev-001-empty/validate",
			"in the skip list but passes: remove it from the skip list",
			"--- PASS: TestHelperRun/lev-001-empty/encode",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.mode, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestHelperRun$", "-test.v")
			cmd.Env = append(os.Environ(), envHelper+"="+tt.mode)
			out, err := cmd.CombinedOutput()
			if failed := err != nil; failed != tt.failed {
				t.Errorf("child failed = %v, want %v:\n%s", failed, tt.failed, out)
			}
			for _, w := range tt.want {
				if !strings.Contains(string(out), w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}
