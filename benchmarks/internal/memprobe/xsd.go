//go:build cgo

package main

import (
	"os"
	"path/filepath"

	"github.com/siukit/siukit/benchmarks/internal/stage"
	"github.com/siukit/siukit/siu"
)

// The stages that need libxml2. The xsd stage reports -lines as the number
// of lines: the file's records are not counted apart.
func init() {
	stages["xsd"] = func(lines int, in, _ string) (int, error) {
		return lines, stage.CheckXSD(in)
	}
	stages["pipeline"] = runPipeline(stage.MergedOptions())
	stages["pipeline-unmerged"] = runPipeline(siu.AggregateOptions{})
}

// runPipeline runs stage.Pipeline over the CSV file in, writing the
// delivery to out, or to a temporary directory removed afterwards.
func runPipeline(opts siu.AggregateOptions) run {
	return func(_ int, in, out string) (int, error) {
		f, err := os.Open(in)
		if err != nil {
			return 0, err
		}
		defer f.Close()
		if out == "" {
			dir, err := os.MkdirTemp("", "memprobe-")
			if err != nil {
				return 0, err
			}
			defer os.RemoveAll(dir)
			out = filepath.Join(dir, "siu.xml")
		}
		g, err := stage.Generator(0)
		if err != nil {
			return 0, err
		}
		opts.MemoryBudget = budget
		res, err := stage.Pipeline(f, g.Header(), out, opts)
		return res.Postings, err
	}
}
