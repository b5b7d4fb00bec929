package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/siukit/siukit/conformance"
)

const conformanceAbout = `Conformance gives vendors outside Go the conformance suite (version %s):
every rule's cases as files, with their expected findings, XML and lines.

  siu conformance export DIR
      write the suite into DIR: suite.json, cases/<id>/, the schema and
      README.md, which documents the stdin/stdout contract.
  siu conformance run [flags] -- CMD ARGS...
      run every case against a program: CMD ARGS... KIND, with the case's
      input on stdin and the output on stdout (see README.md). Prints a
      pass/fail summary; exit 0 when every check passes, 1 otherwise.
  siu conformance reference KIND
      siukit's own implementation behind that contract (KIND is validate,
      encode or aggregate): an example program, and what 'run' is
      compared with. 'siu conformance run -- siu conformance reference'
      passes every case.

Pin the suite version in your CI: a new version may add cases.`

func runConformance(e *env, args []string) int {
	about := fmt.Sprintf(conformanceAbout, conformance.Version)
	if len(args) == 0 {
		fmt.Fprintf(e.stderr, "Usage: siu conformance export|run|reference ...\n\n%s\n", about)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprintf(e.stdout, "Usage: siu conformance export|run|reference ...\n\n%s\n", about)
		return exitOK
	case "export":
		return runConformanceExport(e, args[1:])
	case "run":
		return runConformanceRun(e, args[1:])
	case "reference":
		return runConformanceReference(e, args[1:])
	}
	return e.usageError("conformance", "unknown subcommand %q: want export, run or reference", truncate(args[0], 20))
}

func runConformanceExport(e *env, args []string) int {
	fs := newFlags("conformance export", "DIR",
		"Export writes the conformance suite into DIR (created if needed): suite.json,\ncases/<id>/ with each case's files, schema/ and README.md (the contract).\nFiles of the same names are replaced; other files are left alone.",
		"  siu conformance export ./siu-conformance")
	dirs, code, ok := fs.parse(e, args)
	if !ok {
		return code
	}
	if len(dirs) != 1 {
		return e.usageError("conformance export", "want one DIR, got %d", len(dirs))
	}
	if err := conformance.Export(dirs[0]); err != nil {
		e.errorf("conformance export", "%v", err)
		return exitFail
	}
	cases, err := conformance.Cases()
	if err != nil {
		e.errorf("conformance export", "%v", err)
		return exitFail
	}
	fmt.Fprintf(e.stdout, "Wrote conformance suite %s (%d cases) to %s; the contract is in %s/README.md.\n",
		conformance.Version, len(cases), dirs[0], dirs[0])
	return exitOK
}

const runAbout = `Run runs the conformance suite against a program in any language. For each
case and kind it runs CMD ARGS... KIND (KIND is validate, encode or
aggregate) with the case's input.json (or postings.json) on stdin; the
program writes a JSON array of findings, the XML file, or a JSON array of
lines on stdout and exits 0. The contract is in the exported README.md.

XML is compared by meaning (elements, order, values; not whitespace,
prefixes or the creation time) unless --exact-xml. A case in --skip that
still fails is skipped; one that passes fails the run, so the skip list
only shrinks.`

func runConformanceRun(e *env, args []string) int {
	fs := newFlags("conformance run", "[flags] -- CMD ARGS...", runAbout,
		"  siu conformance run -- python3 my_siu.py\n  siu conformance run --json report.json --skip 'bel-*' -- ./bin/siu-adapter\n  siu conformance run --kind validate --select 'psr-*' -- siu conformance reference")
	jsonPath := fs.String("json", "", "also write the full report as JSON to this `file`")
	var selects, skips, kinds codeListRaw
	fs.Var(&selects, "select", "run only the cases matching this `pattern` (e.g. 'psr-*' or 'delivery-voksen/encode'); repeatable")
	fs.Var(&skips, "skip", "cases known to fail (`pattern`); repeatable")
	fs.Var(&kinds, "kind", "run only this `kind`: validate, encode or aggregate; repeatable")
	exact := fs.Bool("exact-xml", false, "compare the XML byte for byte")
	suiteDir := fs.String("suite", "", "run the suite exported in this `directory` instead of the built-in one")
	timeout := fs.Duration("timeout", 30*time.Second, "the time limit for one run of the program")
	jobs := fs.Int("jobs", 1, "run this many programs at once")
	verbose := fs.Bool("v", false, "list every check, not only the failures")
	argv, code, ok := fs.parse(e, args)
	if !ok {
		return code
	}
	if len(argv) == 0 {
		return e.usageError("conformance run", "no program: give it after --, e.g. siu conformance run -- ./my-siu")
	}
	opts := []conformance.Option{conformance.Timeout(*timeout), conformance.Jobs(*jobs)}
	if len(selects) > 0 {
		opts = append(opts, conformance.Select(selects...))
	}
	if len(skips) > 0 {
		opts = append(opts, conformance.Skip(skips...))
	}
	for _, k := range kinds {
		kind, err := conformance.ParseKind(k)
		if err != nil {
			return e.usageError("conformance run", "--kind: %v", err)
		}
		opts = append(opts, conformance.OnlyKinds(kind))
	}
	if *exact {
		opts = append(opts, conformance.ExactXML())
	}
	if *suiteDir != "" {
		opts = append(opts, conformance.FromFS(os.DirFS(*suiteDir)))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	rep, err := conformance.RunCommand(ctx, argv, opts...)
	if err != nil {
		e.errorf("conformance run", "%v", err)
		return exitUsage
	}
	if *verbose {
		for _, r := range rep.Results {
			fmt.Fprintf(e.stdout, "%-4s %s/%s\n", r.Status, r.Case, r.Kind)
		}
	}
	if err := rep.WriteSummary(e.stdout); err != nil {
		e.errorf("conformance run", "%v", err)
		return exitFail
	}
	if *jsonPath != "" {
		err := writeOutput(e, *jsonPath, func(w io.Writer) error {
			enc := json.NewEncoder(w)
			enc.SetIndent("", "  ")
			return enc.Encode(rep)
		})
		if err != nil {
			e.errorf("conformance run", "%v", err)
			return exitFail
		}
	}
	if !rep.OK() {
		return exitFail
	}
	return exitOK
}

// runConformanceReference is siukit's implementation behind the
// stdin/stdout contract.
func runConformanceReference(e *env, args []string) int {
	fs := newFlags("conformance reference", "KIND",
		"Reference reads a case's input on stdin and writes siukit's output on stdout,\nfollowing the conformance suite's stdin/stdout contract. KIND is validate\n(input.json in, a JSON array of findings out), encode (input.json in, the\nXML out) or aggregate (postings.json in, a JSON array of lines out).",
		"  siu conformance reference validate < cases/psr-001-missing/input.json")
	rest, code, ok := fs.parse(e, args)
	if !ok {
		return code
	}
	if len(rest) != 1 {
		return e.usageError("conformance reference", "want one KIND: validate, encode or aggregate")
	}
	kind, err := conformance.ParseKind(rest[0])
	if err != nil {
		return e.usageError("conformance reference", "%v", err)
	}
	if err := conformance.Serve(conformance.Reference(), kind, e.stdin, e.stdout); err != nil {
		e.errorf("conformance reference", "%v", err)
		return exitFail
	}
	return exitOK
}

// codeListRaw is a repeatable string flag, kept as given.
type codeListRaw []string

func (l *codeListRaw) String() string { return fmt.Sprint(*l) }

func (l *codeListRaw) Set(s string) error {
	*l = append(*l, s)
	return nil
}
