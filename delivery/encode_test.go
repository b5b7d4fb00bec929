package delivery_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/siukit/siukit/delivery"
)

// Encode returns the bytes WriteFile writes, with the same result.
func TestEncodeSameAsWriteFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "siu.xml")
	opts := delivery.Options{Validate: testOptions()}
	wres, err := delivery.WriteFile(context.Background(), path, testHeader(), seq(cleanRecords()), opts)
	if err != nil || !wres.Written {
		t.Fatalf("WriteFile: %+v, %v", wres, err)
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got, eres, err := delivery.Encode(context.Background(), testHeader(), seq(cleanRecords()), opts)
	if err != nil || !eres.Written {
		t.Fatalf("Encode: %+v, %v", eres, err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("Encode's bytes differ from WriteFile's:\n%s\nwant:\n%s", got, want)
	}
	if !bytes.Equal(got, encoded(t)) {
		t.Error("Encode's bytes differ from xmlformat.Encode's")
	}
	if diff := cmp.Diff(wres, eres); diff != "" {
		t.Errorf("results (-WriteFile +Encode):\n%s", diff)
	}
}

// Every case that WriteFile refuses, Encode refuses too: no bytes, and the
// result and the error WriteFile gives.
func TestEncodeFailures(t *testing.T) {
	for _, tc := range failures {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			opts := delivery.Options{Validate: testOptions()}
			if tc.opts != nil {
				tc.opts(&opts)
			}
			xml, res, err := delivery.Encode(ctx, testHeader(), tc.records(cancel), opts)
			tc.check(t, res, err)
			if res.Written || xml != nil {
				t.Errorf("Written %v, %d bytes: want nothing", res.Written, len(xml))
			}
		})
	}
}
