package source

import (
	"io"

	"github.com/siukit/siukit/csvformat"
)

// WriteCSV writes the aggregated lines (Lines) to w as a Danish
// spreadsheet's CSV, for people: csvformat.Writer's default form, in which
// Excel keeps CPR numbers and accounts as text and which this package
// reads back. It returns the number of lines written. Call it once, and
// only when ReadErrorCount is 0.
func (a *Aggregation) WriteCSV(w io.Writer) (lines int, err error) {
	cw := csvformat.NewWriter(w)
	for l, err := range a.Lines() {
		if err != nil {
			return lines, err
		}
		if err := cw.WriteLine(l); err != nil {
			return lines, err
		}
		lines++
	}
	cw.Flush()
	return lines, cw.Error()
}
