package stage

import (
	"bytes"
	"io"
	"slices"
	"testing"

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
