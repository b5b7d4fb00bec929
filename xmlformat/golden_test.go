package xmlformat

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/siukit/siukit/siu"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// TestGolden compares the encoder's bytes with testdata/*.golden (the
// canonical bytes of the package documentation) and reads each golden file back.
func TestGolden(t *testing.T) {
	for name, d := range goldenDeliveries() {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Encode(&buf, DefaultProfile(), d); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("encoded bytes differ from %s:\n got:\n%s\nwant:\n%s", path, buf.Bytes(), want)
			}

			got := decodeAll(t, bytes.NewReader(want))
			if diff := cmp.Diff(d, got, cmpOpts); diff != "" {
				t.Errorf("decoding %s (-want +got):\n%s", path, diff)
			}
		})
	}
}

// decodeAll reads a whole file, failing the test on any error.
func decodeAll(t testing.TB, r io.Reader) siu.Delivery {
	t.Helper()
	dec := NewDecoder(r, DefaultProfile())
	h, err := dec.Header()
	if err != nil {
		t.Fatalf("Header: %v", err)
	}
	d := siu.Delivery{Header: h}
	for {
		l, err := dec.Next()
		if err == io.EOF {
			return d
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		d.Lines = append(d.Lines, l)
	}
}
