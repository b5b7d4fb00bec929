package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/siukit/siukit/cpr"
)

// Exit codes of every subcommand.
const (
	exitOK    = 0 // done, and the input has no errors
	exitFail  = 1 // the input has errors (findings, read errors, schema problems, differences)
	exitUsage = 2 // bad usage: unknown command or flag, missing argument, unreadable file
)

// env is what a command reads and writes: the process's streams in main,
// buffers in tests.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// progress enables progress reports on stderr for long inputs; main
	// sets it when stderr is a terminal.
	progress bool
	// now returns the current time; nil means time.Now.
	now func() time.Time
}

func (e *env) timeNow() time.Time {
	if e.now != nil {
		return e.now()
	}
	return time.Now()
}

// errorf writes "siu CMD: message" to stderr, with anything that looks like
// a CPR number masked.
func (e *env) errorf(cmd, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	fmt.Fprintf(e.stderr, "siu %s: %s\n", cmd, cpr.Redact(msg))
}

// usageError reports bad usage of cmd and returns exitUsage.
func (e *env) usageError(cmd, format string, args ...any) int {
	e.errorf(cmd, format, args...)
	fmt.Fprintf(e.stderr, "Run 'siu %s --help' for usage.\n", cmd)
	return exitUsage
}

// command is one subcommand of siu.
type command struct {
	name    string
	summary string
	run     func(e *env, args []string) int
}

// commands lists the subcommands in the order the help shows them.
var commands []command

func init() {
	commands = []command{
		{"demo", "run the whole job on the built-in sample data", runDemo},
		{"validate", "check a file of lines (CSV, XLSX, JSON or XML) against the rules", runValidate},
		{"aggregate", "sum invoice postings into lines (CSV or XLSX in, CSV out)", runAggregate},
		{"encode", "write the SIU XML file from lines, refusing lines with errors", runEncode},
		{"check", "check an SIU XML file: its schema, then the rules", runCheck},
		{"summary", "totals per function and art, and reconciliation with the accounts", runSummary},
		{"report", "write the validation report as one HTML file, with answers, totals and pictures", runReport},
		{"diff", "compare two full loads line by line: added, removed, changed", runDiff},
		{"rules", "list the rule catalogue", runRules},
		{"generate", "write synthetic postings for testing a pipeline", runGenerate},
		{"conformance", "export the conformance suite or run it against a program", runConformance},
	}
}

const topUsage = `siu checks and writes SIU deliveries: Danmarks Statistik's statistic of
municipal expenses for social services per citizen (individhenførbare udgifter).

Usage:
  siu COMMAND [flags] [arguments]
  siu COMMAND --help

Commands:
%s
Start here:
  siu demo                 the whole job on built-in sample data, explained
  siu validate --help      how to check your own export

Exit status: 0 done without errors, 1 the input has errors, 2 bad usage.
`

func writeTopUsage(w io.Writer) {
	var b strings.Builder
	for _, c := range commands {
		fmt.Fprintf(&b, "  %-12s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, topUsage, b.String())
}

// run runs the command line args (without the program name) and returns
// the exit code.
func run(e *env, args []string) int {
	if len(args) == 0 {
		writeTopUsage(e.stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help", "help":
		if name == "help" && len(args) > 1 {
			return run(e, []string{args[1], "--help"})
		}
		writeTopUsage(e.stdout)
		return exitOK
	}
	for _, c := range commands {
		if c.name == name {
			return c.run(e, args[1:])
		}
	}
	fmt.Fprintf(e.stderr, "siu: unknown command %q\n\n", truncate(name, 40))
	writeTopUsage(e.stderr)
	return exitUsage
}

// cmdFlags is a subcommand's flag set with its help text.
type cmdFlags struct {
	*flag.FlagSet
	cmd      string // e.g. "validate", or "conformance run"
	synopsis string // e.g. "[flags] FILE"
	about    string // what the command does
	examples string // example command lines
}

func newFlags(cmd, synopsis, about, examples string) *cmdFlags {
	fs := flag.NewFlagSet("siu "+cmd, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return &cmdFlags{FlagSet: fs, cmd: cmd, synopsis: synopsis, about: about, examples: examples}
}

// writeUsage writes the command's help: synopsis, description, flags and
// examples.
func (c *cmdFlags) writeUsage(w io.Writer) {
	fmt.Fprintf(w, "Usage: siu %s %s\n\n%s\n", c.cmd, c.synopsis, strings.TrimSpace(c.about))
	n := 0
	c.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		fmt.Fprintf(w, "\nFlags:\n")
		c.VisitAll(func(f *flag.Flag) {
			typ, usage := flag.UnquoteUsage(f)
			line := "  --" + f.Name
			if len(f.Name) == 1 {
				line = "  -" + f.Name
			}
			if typ != "" {
				line += " " + typ
			}
			if !isZeroDefault(f) {
				usage += fmt.Sprintf(" (default %s)", f.DefValue)
			}
			fmt.Fprintf(w, "%s\n      %s\n", line, strings.ReplaceAll(usage, "\n", "\n      "))
		})
	}
	if c.examples != "" {
		fmt.Fprintf(w, "\nExamples:\n%s\n", strings.TrimRight(c.examples, "\n"))
	}
}

func isZeroDefault(f *flag.Flag) bool {
	switch f.DefValue {
	case "", "0", "false", "[]":
		return true
	}
	return false
}

// parse parses args, flags and arguments in any order ("--" ends the
// flags). It returns the arguments, or ok false and the exit code: 0 after
// printing the help for --help, exitUsage after a bad flag.
func (c *cmdFlags) parse(e *env, args []string) (positional []string, code int, ok bool) {
	for {
		err := c.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			c.writeUsage(e.stdout)
			return nil, exitOK, false
		}
		if err != nil {
			return nil, e.usageError(c.cmd, "%v", err), false
		}
		rest := c.Args()
		if len(rest) == 0 {
			return positional, exitOK, true
		}
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" {
			return append(positional, rest...), exitOK, true
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// truncate shortens s for a message.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
