package main

import (
	"io"

	"github.com/siukit/siukit/diff"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

func runDiff(e *env, args []string) int {
	c := e.newFlags("diff", "[flags] OLD NEW")
	c.formatFlag("text", "json")
	max := c.Int("max", 50, "")
	allow := c.Bool("allow-different", false, "")
	c.sourceFlags()
	files, code, ok := c.parse(args, 2)
	if !ok {
		return code
	}
	var r *diff.Result
	err := writeOutput(e, "", func(w io.Writer) error {
		dw := report.NewDiffWriter(w, c.v.format, *max, files[0], files[1])
		if r, code = c.compareFiles(files, *allow, diff.Options{MaxListed: *max, OnChange: dw.OnChange}); r == nil {
			return nil
		}
		return dw.Finish(r)
	})
	if err != nil {
		return e.fail("diff", err)
	}
	if r == nil {
		return code
	}
	if code == exitOK && !r.Identical() {
		code = exitFail
	}
	return code
}

// compareFiles compares the lines of two files (diff.Compare), refusing
// loads of different municipalities, years or areas (as far as their files
// say: a CSV file says nothing) unless allow. Records that cannot be read
// are left out and reported, and the exit code is then exitFail. It
// returns nil and the exit code when it cannot compare.
func (c *cmdFlags) compareFiles(files []string, allow bool, opts diff.Options) (*diff.Result, int) {
	e := c.e
	var fs [2]*source.File
	var hs [2]siu.Header
	for i, p := range files {
		f, code := c.open(p)
		if f == nil {
			return nil, code
		}
		defer c.closeFile(f)
		if f.Source == nil {
			e.errorf(c.cmd, "%s", f.Fatal.Message)
			return nil, exitFail
		}
		fs[i] = f
		hs[i], _ = f.Source.Header()
	}
	if err := diff.CheckHeaders(hs[0], hs[1]); err != nil && !allow {
		return nil, e.usage(c.cmd, e.errorT("diff.different", err))
	}
	skipped := 0
	skip := func(f *source.File) func(*source.Error) {
		return func(err *source.Error) {
			if skipped++; skipped <= 5 {
				e.errorf(c.cmd, "%s", e.t("diff.skipped", f.Name, err.Message))
			}
		}
	}
	r, err := diff.Compare(e.context(), diff.Lines(fs[0].Source, skip(fs[0])), diff.Lines(fs[1].Source, skip(fs[1])), opts)
	if err != nil {
		return nil, e.interrupted(c.cmd, err)
	}
	if skipped > 0 {
		e.errorf(c.cmd, "%s", e.t("diff.notcompared", skipped, e.tn("n.record", skipped)))
		return r, exitFail
	}
	return r, exitOK
}
