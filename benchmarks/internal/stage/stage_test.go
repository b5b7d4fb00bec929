package stage

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/siu"
)

const testLines = 500

func testData(t *testing.T) (siu.Header, []siu.Line) {
	t.Helper()
	g, err := Generator(testLines)
	if err != nil {
		t.Fatal(err)
	}
	return g.Header(), slices.Collect(g.Lines())
}

// TestBaselinesAreEquivalent checks that the baselines do the same work
// as the stages they are compared with: encoding/xml writes the same file
// as xmlformat's Encoder (but for the final newline), and both decoders
// read every line of it.
func TestBaselinesAreEquivalent(t *testing.T) {
	h, lines := testData(t)
	var ours, base bytes.Buffer
	if n, err := Encode(&ours, h, slices.Values(lines)); err != nil || n != testLines {
		t.Fatalf("Encode: %d lines, %v", n, err)
	}
	if n, err := EncodeBaseline(&base, h, slices.Values(lines)); err != nil || n != testLines {
		t.Fatalf("EncodeBaseline: %d lines, %v", n, err)
	}
	if !bytes.Equal(bytes.TrimSuffix(ours.Bytes(), []byte("\n")), base.Bytes()) {
		t.Errorf("the baseline encoder wrote another file:\n%s\nwant:\n%s", head(base.Bytes()), head(ours.Bytes()))
	}
	for name, decode := range map[string]func(io.Reader) (int, error){"Decode": Decode, "DecodeBaseline": DecodeBaseline} {
		if n, err := decode(bytes.NewReader(ours.Bytes())); err != nil || n != testLines {
			t.Errorf("%s: %d lines, %v; want %d", name, n, err, testLines)
		}
	}
	// A broken record must fail both decoders, so that neither can pass
	// by skipping the records.
	broken := bytes.Replace(ours.Bytes(), []byte("<BELOEB>"), []byte("<BELOEB>x"), 1)
	for name, decode := range map[string]func(io.Reader) (int, error){"Decode": Decode, "DecodeBaseline": DecodeBaseline} {
		if _, err := decode(bytes.NewReader(broken)); err == nil {
			t.Errorf("%s read a file with the amount x", name)
		}
	}
}

func head(b []byte) []byte { return b[:min(len(b), 600)] }

// TestSQLiteBaseline checks that the SQLite baseline does the work of the
// aggregation it is compared with: on the same CSV file, its lines are
// siu's (MergedOptions), but for lines siu cuts at 366 days, so it makes
// as many or a few fewer, with the same total.
func TestSQLiteBaseline(t *testing.T) {
	sqlite3, err := exec.LookPath("sqlite3")
	if err != nil {
		t.Skip("sqlite3 not installed (Debian: apt-get install sqlite3)")
	}
	_, lines := testData(t)
	dir := t.TempDir()
	csv := filepath.Join(dir, "postings.csv")
	var buf bytes.Buffer
	if _, err := WriteCSV(&buf, slices.Values(lines)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(csv, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "postings.db")
	if err := SQLiteCreate(sqlite3, csv, db); err != nil {
		t.Fatal(err)
	}
	n, _, err := SQLiteAggregate(sqlite3, "", db)
	if err != nil {
		t.Fatal(err)
	}
	postings := make([]siu.Posting, len(lines))
	for i, l := range lines {
		postings[i] = siu.Posting{PsrID: l.PsrID, Account: l.Account, Amount: l.Amount, Start: l.Start, End: l.End}
	}
	agg, err := siu.Aggregate(postings, MergedOptions())
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 || n > len(agg) || n < len(agg)*9/10 {
		t.Errorf("SQLite made %d lines, siu %d: want as many or a few fewer", n, len(agg))
	}
	out, err := exec.Command(sqlite3, db, "SELECT SUM(oere) FROM p").Output()
	if err != nil {
		t.Fatal(err)
	}
	var total decimal.Decimal
	for _, l := range agg {
		total = total.Add(l.Amount)
	}
	if got := strings.TrimSpace(string(out)); got != total.Shift(2).String() {
		t.Errorf("SQLite's total is %s øre, siu's %s", got, total.Shift(2))
	}
}
