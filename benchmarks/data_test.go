package benchmarks

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/siukit/siukit/benchmarks/internal/stage"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
)

// defaultBenchLines is the number of lines of the benchmark data unless
// SIU_BENCH_LINES says otherwise (scripts/bench sets 1,000,000).
const defaultBenchLines = 100_000

// dataset is the one generated data set every benchmark uses: the lines in
// memory (and the same data as postings and as text), and on disk as the
// canonical XML file and as the pipeline's CSV file.
type dataset struct {
	n        int
	header   siu.Header
	lines    []siu.Line
	postings []siu.Posting
	cprs     []string // the lines' CPR numbers as ten digits
	accounts []string // the lines' accounts as KONTOSTRENG
	xmlPath  string   // the lines encoded by xmlformat
	csvPath  string   // the lines as a Danish spreadsheet's CSV
	// schemaPath is the main file of xmlformat's schema, copied to disk
	// for xmllint.
	schemaPath string
}

var benchSet struct {
	once sync.Once
	d    *dataset
	err  error
}

// benchData returns the data set of SIU_BENCH_LINES lines, made on the
// first call.
func benchData(b *testing.B) *dataset {
	b.Helper()
	n := envInt(b, "SIU_BENCH_LINES", defaultBenchLines)
	benchSet.once.Do(func() {
		b.StopTimer()
		defer b.StartTimer()
		benchSet.d, benchSet.err = makeDataset(n, filepath.Join(workDir, "data"))
	})
	if benchSet.err != nil {
		b.Fatal(benchSet.err)
	}
	return benchSet.d
}

func makeDataset(n int, dir string) (*dataset, error) {
	g, err := stage.Generator(n)
	if err != nil {
		return nil, err
	}
	d := &dataset{
		n:          n,
		header:     g.Header(),
		lines:      slices.Collect(g.Lines()),
		postings:   slices.Collect(g.Postings()),
		xmlPath:    filepath.Join(dir, "delivery.xml"),
		csvPath:    filepath.Join(dir, "postings.csv"),
		schemaPath: filepath.Join(dir, "schema", xmlformat.SchemaMain),
	}
	d.cprs = make([]string, len(d.lines))
	d.accounts = make([]string, len(d.lines))
	for i, l := range d.lines {
		d.cprs[i] = l.PsrID.Digits()
		d.accounts[i] = l.Account.String()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	if err := os.CopyFS(filepath.Dir(d.schemaPath), xmlformat.SchemaFS()); err != nil {
		return nil, err
	}
	if err := writeFile(d.xmlPath, func(w *bufio.Writer) error {
		_, err := stage.Encode(w, d.header, slices.Values(d.lines))
		return err
	}); err != nil {
		return nil, err
	}
	if err := writeFile(d.csvPath, func(w *bufio.Writer) error {
		_, err := stage.WriteCSV(w, slices.Values(d.lines))
		return err
	}); err != nil {
		return nil, err
	}
	return d, nil
}

// writeFile creates path and writes it through a buffer with write.
func writeFile(path string, write func(*bufio.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 64<<10)
	return errors.Join(write(w), w.Flush(), f.Close())
}
