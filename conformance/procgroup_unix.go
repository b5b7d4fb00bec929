//go:build unix

package conformance

import (
	"os/exec"
	"syscall"
)

// setProcessGroup makes the program the leader of a process group of its
// own, which its children join, so that killProcessGroup ends them all.
func setProcessGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
}

// killProcessGroup sends SIGKILL to the program's process group: the
// program and every process it started that stayed in the group. A group
// that is already gone is not an error.
func killProcessGroup(cmd *exec.Cmd) {
	if cmd.Process == nil {
		return
	}
	_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
}
