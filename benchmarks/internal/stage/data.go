package stage

import (
	"fmt"
	"io"
	"iter"

	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/sample"
	"github.com/siukit/siukit/siu"
)

// Seed is the seed of every generated data set, so that each stage and
// each run sees the same lines.
const Seed = 20251122

// Generator returns the generator of the benchmark data: n lines of both
// areas (AreaSamlet) for budget year 2025, from Seed.
func Generator(n int) (*sample.Generator, error) {
	return sample.New(sample.Config{Seed: Seed, Lines: n, Year: 2025, Area: siu.AreaSamlet})
}

// WriteCSV writes lines as a Danish spreadsheet's CSV (csvformat.Writer),
// the input of the pipeline, and returns the number of lines written.
func WriteCSV(w io.Writer, lines iter.Seq[siu.Line]) (int, error) {
	cw := csvformat.NewWriter(w)
	n := 0
	for l := range lines {
		if err := cw.WriteLine(l); err != nil {
			return n, fmt.Errorf("csv line %d: %w", n+1, err)
		}
		n++
	}
	cw.Flush()
	return n, cw.Error()
}

// ReadCSV reads every posting of a CSV file with csvformat's Reader
// (ReadPosting: the fields read and parsed) and returns how many it read.
func ReadCSV(r io.Reader) (int, error) {
	cr := csvformat.NewReader(r)
	n := 0
	for {
		_, err := cr.ReadPosting()
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		n++
	}
}
