package main

import (
	"fmt"
	"os"

	"github.com/siukit/siukit/conformance"
)

func runConformanceExport(c *cmdFlags, dirs []string) int {
	e := c.e
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

func runConformanceRun(c *cmdFlags, argv []string) int {
	e, v := c.e, &c.v
	opts := []conformance.Option{conformance.Timeout(v.timeout), conformance.Jobs(v.jobs),
		conformance.Skip(v.skips...), conformance.Select(v.selects...)}
	for _, k := range v.kinds {
		kind, err := conformance.ParseKind(k)
		if err != nil {
			return e.usage(c.cmd, fmt.Errorf("--kind: %v", err))
		}
		opts = append(opts, conformance.OnlyKinds(kind))
	}
	if v.exact {
		opts = append(opts, conformance.ExactXML())
	}
	if v.suite != "" {
		opts = append(opts, conformance.FromFS(os.DirFS(v.suite)))
	}
	rep, err := conformance.RunCommand(e.context(), argv, opts...)
	if err != nil {
		e.errorf(c.cmd, "%v", err)
		return exitUsage
	}
	if v.verbose {
		err = rep.WriteResults(e.stdout)
	}
	if err == nil {
		err = rep.WriteSummary(e.stdout)
	}
	if err == nil && v.jsonOut != "" {
		err = writeOutput(e, v.jsonOut, rep.WriteJSON)
	}
	if err != nil {
		return e.fail(c.cmd, err)
	}
	return exitIf(!rep.OK())
}

// runConformanceReference is siukit's implementation behind the
// stdin/stdout contract.
func runConformanceReference(c *cmdFlags, kinds []string) int {
	kind, err := conformance.ParseKind(kinds[0])
	if err != nil {
		return c.e.usage(c.cmd, err)
	}
	if err := conformance.Serve(conformance.Reference(), kind, c.e.stdin, c.e.stdout); err != nil {
		return c.e.fail(c.cmd, err)
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
