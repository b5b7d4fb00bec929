package delivery_test

import (
	"bytes"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
)

// testHeader is the header of the test deliveries.
func testHeader() siu.Header {
	return siu.Header{
		Municipality: 101,
		Year:         2025,
		Area:         siu.AreaVoksen,
		Created:      time.Date(2026, 3, 2, 9, 15, 0, 0, time.FixedZone("CET", 3600)),
		Description:  "SIU 2025 voksne",
		System:       siu.System{Name: "Sagssystem", Version: "4.2"},
		Contact:      siu.Contact{Identifier: "Økonomi", Email: "siu@kommune.example"},
	}
}

// testOptions fixes today, so that the findings do not depend on the date.
func testOptions() siu.ValidateOptions {
	return siu.ValidateOptions{Today: civil.MustParse("2026-03-02")}
}

// cleanRecords are records without an error finding.
func cleanRecords() []siu.Record {
	return []siu.Record{
		{PsrID: "0101801234", Account: "5385010000000040", Amount: "24850.00", Start: "2025-01-01", End: "2025-01-31"},
		{PsrID: "0101801234", Account: "5385010000000072", Amount: "-1250.50", Start: "2025-01-01", End: "2025-01-31"},
		{PsrID: "0202901236", Account: "5385010000000040", Amount: "12000.00", Start: "2025-02-01", End: "2025-02-28"},
	}
}

// badRecord has an end date before its start date: an error finding, but
// fields that parse.
var badRecord = siu.Record{PsrID: "0101801234", Account: "5385010000000040", Amount: "100.00", Start: "2025-03-31", End: "2025-03-01"}

// seq yields records without errors.
func seq(recs []siu.Record) iter.Seq2[siu.Record, error] {
	return func(yield func(siu.Record, error) bool) {
		for _, r := range recs {
			if !yield(r, nil) {
				return
			}
		}
	}
}

// lines parses records the way a test expects the encoder to see them.
func lines(t *testing.T, recs []siu.Record) []siu.Line {
	t.Helper()
	var out []siu.Line
	for _, r := range recs {
		out = append(out, siu.Line{
			PsrID:   cpr.MustParse(r.PsrID),
			Account: kontoplan.MustParse(r.Account),
			Amount:  decimal.RequireFromString(r.Amount),
			Start:   civil.MustParse(r.Start),
			End:     civil.MustParse(r.End),
		})
	}
	return out
}

// encoded is xmlformat.Encode's file of the clean delivery.
func encoded(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	d := siu.Delivery{Header: testHeader(), Lines: lines(t, cleanRecords())}
	if err := xmlformat.Encode(&b, xmlformat.DefaultProfile(), d); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// names lists the names in dir, sorted.
func names(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	slices.Sort(out)
	return out
}

// writeTemp writes data to a new file in dir and returns its path.
func writeTemp(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}
