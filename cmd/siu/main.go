package main

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"syscall"

	"golang.org/x/term"

	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat/xsd"
)

// version is the version of a release, set by scripts/release with
// -ldflags "-X main.version=...": --system-version's default and what
// 'siu version' says, before the build information's (siu.ModuleVersion).
var version string

// systemVersion is version when set, else siu.ModuleVersion, at most
// siu.MaxSystemVersionLen characters (the XML's system version).
func systemVersion() string {
	v := cmp.Or(version, siu.ModuleVersion())
	return v[:min(len(v), siu.MaxSystemVersionLen)]
}

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

// runVersion says the version and which schema checker this build has.
func runVersion(c *cmdFlags, _ []string) int {
	schema, err := xsd.Default()
	if err != nil {
		return c.e.fail("version", err)
	}
	fmt.Fprintln(c.e.stdout, c.e.t("version.line", cmp.Or(version, siu.ModuleVersion()), runtime.Version(), schema.Checker()))
	return exitOK
}
