package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/siukit/siukit/conformance"
)

func runConformance(e *env, args []string) int {
	usage := e.t("conformance.about", conformance.Version)
	switch {
	case len(args) == 0:
		fmt.Fprintln(e.stderr, usage)
		return exitUsage
	case args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help":
		fmt.Fprintln(e.stdout, usage)
		return exitOK
	case args[0] == "export":
		return runConformanceExport(e, args[1:])
	case args[0] == "run":
		return runConformanceRun(e, args[1:])
	case args[0] == "reference":
		return runConformanceReference(e, args[1:])
	}
	return e.usage("conformance", e.errorT("conformance.unknown", truncate(args[0], 20)))
}

func runConformanceExport(e *env, args []string) int {
	c := e.newFlags("conformance export", "DIR")
	dirs, code, ok := c.parse(args, 1)
	if !ok {
		return code
	}
	if err := conformance.Export(dirs[0]); err != nil {
		return e.fail(c.cmd, err)
	}
	cases, err := conformance.Cases()
	if err != nil {
		return e.fail(c.cmd, err)
	}
	fmt.Fprintln(e.stdout, e.t("conformance.wrote", conformance.Version, len(cases), dirs[0], dirs[0]))
	return exitOK
}

func runConformanceRun(e *env, args []string) int {
	c := e.newFlags("conformance run", "[flags] -- CMD ARGS...")
	jsonPath := c.String("json", "", "")
	var selects, skips, kinds rawList
	c.Var(&selects, "select", "")
	c.Var(&skips, "skip", "")
	c.Var(&kinds, "kind", "")
	exact := c.Bool("exact-xml", false, "")
	suiteDir := c.String("suite", "", "")
	timeout := c.Duration("timeout", 30*time.Second, "")
	jobs := c.Int("jobs", 1, "")
	verbose := c.Bool("v", false, "")
	argv, code, ok := c.parse(args, -1)
	if !ok {
		return code
	}
	opts := []conformance.Option{conformance.Timeout(*timeout), conformance.Jobs(*jobs)}
	if len(skips) > 0 {
		opts = append(opts, conformance.Skip(skips...))
	}
	if len(selects) > 0 {
		opts = append(opts, conformance.Select(selects...))
	}
	for _, k := range kinds {
		kind, err := conformance.ParseKind(k)
		if err != nil {
			return e.usage(c.cmd, fmt.Errorf("--kind: %v", err))
		}
		opts = append(opts, conformance.OnlyKinds(kind))
	}
	if *exact {
		opts = append(opts, conformance.ExactXML())
	}
	if *suiteDir != "" {
		opts = append(opts, conformance.FromFS(os.DirFS(*suiteDir)))
	}
	rep, err := conformance.RunCommand(e.context(), argv, opts...)
	if err != nil {
		e.errorf(c.cmd, "%v", err)
		return exitUsage
	}
	for i := 0; *verbose && i < len(rep.Results); i++ {
		r := rep.Results[i]
		fmt.Fprintf(e.stdout, "%-4s %s/%s\n", r.Status, r.Case, r.Kind)
	}
	err = rep.WriteSummary(e.stdout)
	if err == nil && *jsonPath != "" {
		err = writeOutput(e, *jsonPath, func(w io.Writer) error {
			enc := json.NewEncoder(w)
			enc.SetIndent("", "  ")
			return enc.Encode(rep)
		})
	}
	if err != nil {
		return e.fail(c.cmd, err)
	}
	if !rep.OK() {
		return exitFail
	}
	return exitOK
}

// runConformanceReference is siukit's implementation behind the
// stdin/stdout contract.
func runConformanceReference(e *env, args []string) int {
	c := e.newFlags("conformance reference", "KIND")
	rest, code, ok := c.parse(args, 1)
	if !ok {
		return code
	}
	kind, err := conformance.ParseKind(rest[0])
	if err != nil {
		return e.usage(c.cmd, err)
	}
	if err := conformance.Serve(conformance.Reference(), kind, e.stdin, e.stdout); err != nil {
		return e.fail(c.cmd, err)
	}
	return exitOK
}

// rawList is a repeatable string flag, kept as given.
type rawList []string

func (l *rawList) String() string { return fmt.Sprint(*l) }

func (l *rawList) Set(s string) error {
	*l = append(*l, s)
	return nil
}
