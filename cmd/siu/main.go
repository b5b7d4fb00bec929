package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"golang.org/x/term"
)

func main() {
	// SIGINT (Ctrl-C) and SIGTERM cancel the context every command passes
	// down: it stops, removes every temporary file it made and exits 130.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	e := &env{
		stdin:    os.Stdin,
		stdout:   os.Stdout,
		stderr:   os.Stderr,
		progress: term.IsTerminal(int(os.Stderr.Fd())),
		getenv:   os.Getenv,
		ctx:      ctx,
	}
	code := run(e, os.Args[1:])
	stop()
	os.Exit(code)
}
