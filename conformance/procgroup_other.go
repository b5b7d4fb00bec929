//go:build !unix

package conformance

import "os/exec"

// setProcessGroup does nothing where there are no Unix process groups.
func setProcessGroup(*exec.Cmd) {}

// killProcessGroup kills the program itself: without Unix process groups
// (Windows), processes it started are not reached, but the pipes are
// closed under them once the program has exited (runBounded).
func killProcessGroup(cmd *exec.Cmd) {
	if cmd.Process != nil {
		_ = cmd.Process.Kill()
	}
}
