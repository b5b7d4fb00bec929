package main

import (
	"os"

	"golang.org/x/term"
)

func main() {
	e := &env{
		stdin:    os.Stdin,
		stdout:   os.Stdout,
		stderr:   os.Stderr,
		progress: term.IsTerminal(int(os.Stderr.Fd())),
	}
	os.Exit(run(e, os.Args[1:]))
}
