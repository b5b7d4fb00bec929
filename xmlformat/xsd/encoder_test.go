package xsd

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
)

// TestEncoderOutputValid encodes deliveries with xmlformat's encoder and
// validates them: the XSD and the encoder agree.
func TestEncoderOutputValid(t *testing.T) {
	header := siu.Header{
		Municipality: 851,
		Year:         2025,
		Area:         siu.AreaBoern,
		Created:      time.Date(2026, 3, 2, 9, 15, 0, 0, time.FixedZone("", 3600)),
		Description:  "SIU 2025 <børn> & unge",
		System:       siu.System{Name: "Sagssystem", Version: "4.2.1"},
		Contact:      siu.Contact{Identifier: "Økonomi", Email: "siu@aalborg.example"},
	}
	lines := []siu.Line{
		{PsrID: cpr.MustParse("0101801234"), Account: kontoplan.MustParse("5385010000000040"), Amount: decimal.RequireFromString("24850"), Start: civil.MustParse("2025-01-01"), End: civil.MustParse("2025-01-31")},
		{PsrID: cpr.MustParse("1512459998"), Account: kontoplan.MustParse("5385010000000072"), Amount: decimal.RequireFromString("-1250.5"), Start: civil.MustParse("2025-02-01"), End: civil.MustParse("2025-02-28")},
		{PsrID: cpr.MustParse("3112999999"), Account: kontoplan.MustParse("5385010000000040"), Amount: decimal.Zero, Start: civil.MustParse("2025-12-31"), End: civil.MustParse("2025-12-31")},
	}
	for _, test := range []bool{false, true} {
		for _, n := range []int{0, len(lines)} {
			h := header
			h.Test = test
			var buf bytes.Buffer
			enc := xmlformat.NewEncoder(&buf, xmlformat.DefaultProfile())
			if err := enc.WriteHeader(h); err != nil {
				t.Fatal(err)
			}
			for _, l := range lines[:n] {
				if err := enc.WriteLine(l); err != nil {
					t.Fatal(err)
				}
			}
			if err := enc.Close(); err != nil {
				t.Fatal(err)
			}
			if err := Validate(&buf); err != nil {
				t.Errorf("test=%v, %d lines: encoder output invalid: %v", test, n, err)
			}
		}
	}
}

// TestEncoderGoldenFilesValid validates xmlformat's golden files.
func TestEncoderGoldenFilesValid(t *testing.T) {
	files, err := filepath.Glob("../testdata/*.golden")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files in ../testdata (%v)", err)
	}
	s := mustDefault(t)
	for _, f := range files {
		if err := s.ValidateFile(f); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}
