package main

import (
	"context"
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
	// exitInterrupted: stopped by SIGINT or SIGTERM, every temporary file removed
	exitInterrupted = 130
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
	// getenv reads the environment for the locale; nil reads none.
	getenv func(string) string
	// ctx is cancelled by SIGINT and SIGTERM in main; nil means
	// context.Background.
	ctx context.Context
	// lang is the language of the messages, "en" or "da": --lang, else
	// the locale (localeLang).
	lang string
}

func (e *env) timeNow() time.Time {
	if e.now != nil {
		return e.now()
	}
	return time.Now()
}

func (e *env) context() context.Context {
	if e.ctx == nil {
		return context.Background()
	}
	return e.ctx
}

// errorf writes "siu CMD: message" to stderr, with anything that looks like
// a CPR number masked.
func (e *env) errorf(cmd, format string, args ...any) {
	fmt.Fprintf(e.stderr, "siu %s: %s\n", cmd, cpr.Redact(fmt.Sprintf(format, args...)))
}

// fail reports err on stderr and returns exitFail; usage reports err
// with a pointer to the help and returns exitUsage.
func (e *env) fail(cmd string, err error) int {
	e.errorf(cmd, "%v", err)
	return exitFail
}

func (e *env) usage(cmd string, err error) int {
	e.errorf(cmd, "%v", err)
	fmt.Fprintln(e.stderr, e.t("run.help", cmd))
	return exitUsage
}

// errorT is an error whose text is the message key in e's language.
func (e *env) errorT(key string, args ...any) error { return errors.New(e.t(key, args...)) }

// command is one subcommand of siu.
type command struct {
	name string
	run  func(e *env, args []string) int
}

// commands lists the subcommands in the order the help shows them.
var commands []command

func init() {
	commands = []command{{"demo", runDemo}, {"validate", runValidate}, {"aggregate", runAggregate},
		{"encode", runEncode}, {"check", runCheck}, {"summary", runSummary}, {"report", runReport},
		{"diff", runDiff}, {"rules", runRules}, {"generate", runGenerate}, {"conformance", runConformance}}
}

func (e *env) writeTopUsage(w io.Writer) {
	var b strings.Builder
	for _, c := range commands {
		fmt.Fprintf(&b, "  %-12s %s\n", c.name, e.t("cmd."+c.name))
	}
	fmt.Fprintln(w, e.t("top.usage", b.String()))
}

// run runs the command line args (without the program name) and returns
// the exit code.
func run(e *env, args []string) int {
	if e.lang == "" {
		e.lang = langArg(args, e.getenv)
	}
	if len(args) == 0 {
		e.writeTopUsage(e.stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help", "help":
		if name == "help" && len(args) > 1 {
			return run(e, []string{args[1], "--help"})
		}
		e.writeTopUsage(e.stdout)
		return exitOK
	}
	for _, c := range commands {
		if c.name == name {
			return c.run(e, args[1:])
		}
	}
	fmt.Fprintf(e.stderr, "siu: %s\n\n", e.t("run.unknown", truncate(name, 40)))
	e.writeTopUsage(e.stderr)
	return exitUsage
}

// langArg returns the language a --lang flag among args gives, before the
// flags are parsed (so that the help is in it), else the locale's.
func langArg(args []string, getenv func(string) string) string {
	for i, a := range args {
		if a == "--" {
			break
		}
		v, ok := strings.CutPrefix(strings.TrimPrefix(a, "-"), "-lang=")
		if !ok && (a == "--lang" || a == "-lang") && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if ok && (v == "da" || v == "en") {
			return v
		}
	}
	return localeLang(getenv)
}

// cmdFlags is a subcommand's flag set with its help text.
type cmdFlags struct {
	*flag.FlagSet
	e        *env
	cmd      string // e.g. "validate", or "conformance run"
	key      string // its messages' prefix, e.g. "conformance.run"
	synopsis string // e.g. "[flags] FILE"
	lang     string
	v        values    // the values of the shared flags (flags.go)
	prog     *progress // the progress of the input open opened
}

// newFlags returns the flag set of cmd, with --lang. The help texts are the
// messages KEY.about and KEY.examples, and the flags' the messages
// f.KEY.NAME or else f.NAME.
func (e *env) newFlags(cmd, synopsis string) *cmdFlags {
	fs := flag.NewFlagSet("siu "+cmd, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	c := &cmdFlags{FlagSet: fs, e: e, cmd: cmd, key: strings.ReplaceAll(cmd, " ", "."), synopsis: synopsis}
	fs.StringVar(&c.lang, "lang", e.language(), "")
	return c
}

// writeUsage writes the command's help: synopsis, description, flags and
// examples.
func (c *cmdFlags) writeUsage(w io.Writer) {
	e := c.e
	fmt.Fprintf(w, "%s siu %s %s\n\n%s\n", e.t("help.usage"), c.cmd, c.synopsis, e.t(c.key+".about"))
	fmt.Fprintf(w, "\n%s\n", e.t("help.flags"))
	c.VisitAll(func(f *flag.Flag) {
		usage := e.t("f." + c.key + "." + f.Name)
		if usage == "f."+c.key+"."+f.Name {
			usage = e.t("f." + f.Name)
		}
		typ, usage := flag.UnquoteUsage(&flag.Flag{Name: f.Name, Usage: usage, Value: f.Value})
		line := "  --" + f.Name
		if len(f.Name) == 1 {
			line = "  -" + f.Name
		}
		if typ != "" {
			line += " " + typ
		}
		switch f.DefValue {
		case "", "0", "false", "[]", e.language():
		default:
			usage += " " + e.t("help.default", f.DefValue)
		}
		fmt.Fprintf(w, "%s\n      %s\n", line, strings.ReplaceAll(usage, "\n", "\n      "))
	})
	if ex := e.t(c.key + ".examples"); ex != c.key+".examples" {
		fmt.Fprintf(w, "\n%s\n%s\n", e.t("help.examples"), ex)
	}
}

// parse parses args, flags and arguments in any order ("--" ends the
// flags), and checks the number of arguments: want of them, or at least
// one for want < 0. It returns the arguments, or ok false and the exit
// code: 0 after printing the help for --help, exitUsage after bad usage.
func (c *cmdFlags) parse(args []string, want int) (positional []string, code int, ok bool) {
	for {
		err := c.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			c.writeUsage(c.e.stdout)
			return nil, exitOK, false
		}
		if err == nil && c.lang != "en" && c.lang != "da" {
			err = c.e.errorT("err.lang")
		}
		if err == nil {
			c.e.lang = c.lang
		}
		if err != nil {
			return nil, c.e.usage(c.cmd, err), false
		}
		rest := c.Args()
		if consumed := len(args) - len(rest); len(rest) > 0 && consumed > 0 && args[consumed-1] == "--" {
			positional = append(positional, rest...)
			rest = nil
		}
		if len(rest) == 0 {
			if (want >= 0 && len(positional) != want) || (want < 0 && len(positional) == 0) {
				return nil, c.e.usage(c.cmd, c.e.errorT("err.args."+c.key, len(positional))), false
			}
			if err := c.v.load(c.e); err != nil {
				return nil, c.e.usage(c.cmd, err), false
			}
			return positional, exitOK, true
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
