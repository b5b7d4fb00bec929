package report_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/delivery"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/sample"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

// EncodeDelivery gives WriteDelivery's bytes and findings, in memory: for
// the deliverable corrected sample and for the raw one, which has errors.
func TestEncodeDeliverySameAsWriteDelivery(t *testing.T) {
	h := sample.Header(siu.AreaSamlet)
	h.Created = time.Date(2026, 3, 2, 9, 15, 0, 0, time.UTC)
	h.Contact.Email = "siu@kommune.example"
	h = h.WithDefaults(time.Time{})
	ig, _ := siu.NewIgnore("SIU-PSR-004")
	dopts := delivery.Options{Validate: siu.ValidateOptions{Today: civil.MustParse("2026-03-02")}}
	for name, data := range map[string][]byte{"corrected": sample.CorrectedPostingsCSV(), "raw": sample.PostingsCSV()} {
		t.Run(name, func(t *testing.T) {
			open := func() *source.Source {
				src, err := source.Open(bytes.NewReader(data), "postings.csv", source.Options{})
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { src.Close() })
				return src
			}
			path := filepath.Join(t.TempDir(), "siu.xml")
			ws, wres, err := report.WriteDelivery(context.Background(), path, h, open(), dopts, report.StreamOptions{Ignore: ig})
			if err != nil {
				t.Fatal(err)
			}
			defer ws.Close()
			es, xml, eres, err := report.EncodeDelivery(context.Background(), h, open(), dopts, report.StreamOptions{Ignore: ig})
			if err != nil {
				t.Fatal(err)
			}
			defer es.Close()
			if wres.Written != eres.Written || (name == "corrected") != eres.Written {
				t.Fatalf("written: WriteDelivery %v, EncodeDelivery %v", wres.Written, eres.Written)
			}
			if eres.Written {
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(xml, want) {
					t.Errorf("EncodeDelivery's XML (%d bytes) differs from WriteDelivery's (%d bytes)", len(xml), len(want))
				}
			} else if xml != nil {
				t.Errorf("%d bytes of XML for a delivery with errors", len(xml))
			}
			var wj, ej bytes.Buffer
			if err := ws.WriteJSON(&wj, "da", nil); err != nil {
				t.Fatal(err)
			}
			if err := es.WriteJSON(&ej, "da", nil); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(wj.Bytes(), ej.Bytes()) {
				t.Errorf("the findings differ: WriteDelivery %d bytes of JSON, EncodeDelivery %d", wj.Len(), ej.Len())
			}
		})
	}
}
