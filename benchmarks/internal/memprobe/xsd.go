//go:build cgo

package main

import (
	"os"

	"github.com/siukit/siukit/benchmarks/internal/stage"
)

// The stages that need libxml2. The xsd stage reports -lines as the number
// of lines: the file's records are not counted apart.
func init() {
	stages["xsd"] = func(lines int, in, _ string) (int, error) {
		return lines, stage.CheckXSD(in)
	}
	stages["pipeline"] = func(_ int, in, _ string) (int, error) {
		f, err := os.Open(in)
		if err != nil {
			return 0, err
		}
		defer f.Close()
		g, err := stage.Generator(0)
		if err != nil {
			return 0, err
		}
		res, err := stage.Pipeline(f, g.Header(), nil)
		return res.Postings, err
	}
}
