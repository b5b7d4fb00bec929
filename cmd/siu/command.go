package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/siukit/siukit/conformance"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/sample"
	"github.com/siukit/siukit/source"
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

func (e *env) context() context.Context { return cmp.Or[context.Context](e.ctx, context.Background()) }

// errorf writes "siu CMD: message" to stderr, with anything that looks like
// a CPR number masked.
func (e *env) errorf(cmd, format string, args ...any) {
	fmt.Fprintf(e.stderr, "siu %s: %s\n", cmd, cpr.Redact(fmt.Sprintf(format, args...)))
}

// fail reports err on stderr and returns exitFail; usage reports err
// with a pointer to the help and returns exitUsage.
func (e *env) fail(cmd string, err error) int {
	e.errorf(cmd, "%s", source.ErrorText(err, e.language()))
	return exitFail
}

func (e *env) usage(cmd string, err error) int {
	e.errorf(cmd, "%v", err)
	fmt.Fprintln(e.stderr, e.t("run.help", cmd))
	return exitUsage
}

// exitIf is exitFail when failed (the input has errors), else exitOK.
func exitIf(failed bool) int {
	if failed {
		return exitFail
	}
	return exitOK
}

// errorT is an error whose text is the message key in e's language.
func (e *env) errorT(key string, args ...any) error { return errors.New(e.t(key, args...)) }

// command is one subcommand of siu: its synopsis, the number of arguments
// it takes (-1: one or more), its flags (names of the table of flags.go,
// with "=default" where the command's default differs) and what it does;
// or, with subs, a command of subcommands.
type command struct {
	name, synopsis string
	args           int
	flags          string
	run            func(c *cmdFlags, args []string) int
	subs           []command
}

// The flags that several commands share.
const (
	fHeader   = "municipality year area test "
	fEnvelope = "created description system system-version contact email "
	fReport   = "format=table|json max=25 info ignore "
	fSource   = "input-format sheet decimal header-row "
	fRules    = "chart extreme profile answers require-answers "
)

// commands lists the subcommands in the order the help shows them.
var commands []command

func init() {
	commands = []command{
		{"demo", "[flags]", 0, "out", runDemo, nil},
		{"validate", "[flags] FILE", 1, fHeader + fReport + fSource + fRules, runValidate, nil},
		{"aggregate", "[flags] FILE", 1, "o max-gap merge-fictive " + fSource, runAggregate, nil},
		{"encode", "[flags] FILE", 1, "o allow-empty " + fHeader + fEnvelope + fReport + fSource + "chart extreme profile", runEncode, nil},
		{"check", "[flags] FILE.xml", 1, fReport + fRules, runCheck, nil},
		{"summary", "[flags] FILE", 1, "year totals tolerance in-year format=table|csv " + fSource, runSummary, nil},
		{"report", "[flags] FILE", 1, fmt.Sprintf("o max=%d ignore totals", report.DefaultMaxPerRule) + " tolerance in-year previous allow-different " + fHeader + fSource + fRules, runReport, nil},
		{"diff", "[flags] OLD NEW", 2, "format=text|json max=50 allow-different " + fSource, runDiff, nil},
		{"rules", "[flags]", 0, "format=table|markdown|json", runRules, nil},
		{"generate", "[flags]", 0, fmt.Sprintf("n seed year=%d municipality=%d area o", sample.DefaultYear, sample.DefaultMunicipality), runGenerate, nil},
		{"web", "[flags]", 0, "page addr", runWeb, nil},
		{"version", "[flags]", 0, "", runVersion, nil},
		{"conformance", "", 0, "", nil, []command{
			{"export", "DIR", 1, "", runConformanceExport, nil},
			{"run", "[flags] -- CMD ARGS...", -1, "json select skip kind exact-xml suite timeout jobs v", runConformanceRun, nil},
			{"reference", "KIND", 1, "", runConformanceReference, nil},
		}},
	}
}

// run runs the command line args (without the program name) and returns
// the exit code.
func run(e *env, args []string) int {
	if e.lang == "" {
		e.lang = langArg(args, e.getenv)
	}
	return e.dispatch("", commands, args)
}

// dispatch runs the command of cmds that args[0] names, under parent ("" or
// "conformance"), or writes their list.
func (e *env) dispatch(parent string, cmds []command, args []string) int {
	list := func(w io.Writer) {
		if parent != "" {
			fmt.Fprintln(w, e.t(parent+".about", conformance.Version))
			return
		}
		var b strings.Builder
		for _, c := range cmds {
			fmt.Fprintf(&b, "  %-12s %s\n", c.name, e.t("cmd."+c.name))
		}
		fmt.Fprintln(w, e.t("top.usage", b.String()))
	}
	if len(args) == 0 {
		list(e.stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		if args[0] == "help" && len(args) > 1 {
			return e.dispatch(parent, cmds, []string{args[1], "--help"})
		}
		list(e.stdout)
		return exitOK
	}
	for _, c := range cmds {
		if c.name != args[0] {
			continue
		}
		if c.subs != nil {
			return e.dispatch(c.name, c.subs, args[1:])
		}
		f := e.newFlags(strings.TrimSpace(parent+" "+c.name), c.synopsis, c.flags)
		rest, code, ok := f.parse(args[1:], c.args)
		if !ok {
			return code
		}
		return c.run(f, rest)
	}
	if parent != "" {
		return e.usage(parent, e.errorT(parent+".unknown", truncate(args[0], 20)))
	}
	fmt.Fprintf(e.stderr, "siu: %s\n\n", e.t("run.unknown", truncate(args[0], 40)))
	list(e.stderr)
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
	v        values           // the values of the flags (flags.go)
	prog     *report.Progress // the progress of the input open opened
}

// writeUsage writes the command's help: synopsis, description, flags and
// examples. A flag's text is the message f.KEY.NAME, else f.NAME.
func (c *cmdFlags) writeUsage(w io.Writer) {
	e := c.e
	fmt.Fprintf(w, "%s siu %s %s\n\n%s\n\n%s\n", e.t("help.usage"), c.cmd, c.synopsis, e.t(c.key+".about"), e.t("help.flags"))
	c.VisitAll(func(f *flag.Flag) {
		usage := e.t("f." + c.key + "." + f.Name)
		if strings.HasPrefix(usage, "f.") {
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
		if err != nil {
			return nil, c.e.usage(c.cmd, err), false
		}
		c.e.lang = c.lang
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
