package main

import (
	"errors"
	"io"

	"github.com/siukit/siukit/diff"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/source"
)

func runDiff(c *cmdFlags, files []string) int {
	e, max := c.e, c.v.max
	var r *diff.Result
	code := exitOK
	err := writeOutput(e, "", func(w io.Writer) error {
		dw := report.NewDiffWriter(w, c.v.format, max, files[0], files[1])
		if r, code = c.compareFiles(files, c.v.allowDifferent, diff.Options{MaxListed: max, OnChange: dw.OnChange}); r == nil {
			return nil
		}
		return dw.Finish(r)
	})
	if err != nil {
		return e.fail("diff", err)
	}
	if r == nil || code != exitOK {
		return code
	}
	return exitIf(!r.Identical())
}

// compareFiles compares the lines of two files (report.Compare). Records
// that cannot be read are left out and reported, and the exit code is then
// exitFail. It returns nil and the exit code when it cannot compare.
func (c *cmdFlags) compareFiles(files []string, allow bool, opts diff.Options) (*diff.Result, int) {
	e := c.e
	var fs [2]*source.File
	for i, p := range files {
		f, code := c.open(p)
		if f == nil {
			return nil, code
		}
		defer c.closeFile(f)
		if f.Source == nil {
			e.errorf(c.cmd, "%s", f.Fatal.Text(e.language()))
			return nil, exitFail
		}
		fs[i] = f
	}
	shown := 0
	r, skipped, err := report.Compare(e.context(), fs[0].Source, fs[1].Source, allow, opts, func(src *source.Source, err *source.Error) {
		if shown++; shown <= 5 {
			e.errorf(c.cmd, "%s", e.t("diff.skipped", src.Name(), err.Text(e.language())))
		}
	})
	if errors.As(err, new(*report.DifferentLoadsError)) {
		return nil, e.usage(c.cmd, e.errorT("diff.different", err))
	} else if err != nil {
		return nil, e.interrupted(c.cmd, err)
	}
	if skipped > 0 {
		e.errorf(c.cmd, "%s", e.t("diff.notcompared", skipped, e.tn("n.record", skipped)))
		return r, exitFail
	}
	return r, exitOK
}
