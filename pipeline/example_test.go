package pipeline_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/pipeline"
	"github.com/siukit/siukit/siu"
)

// A finance system's export of three monthly invoices and a credit note
// for one citizen's stay becomes a delivery file with one line. The
// command hooks SIGINT so that an interrupted run leaves no temporary
// file behind.
func ExampleRun() {
	csv := "CPR;Konto;Beløb;Startdato;Slutdato\n" +
		"0101801234;5385010000000040;31.000,00;01-01-2025;31-01-2025\n" +
		"0101801234;5385010000000040;28.000,00;01-02-2025;28-02-2025\n" +
		"0101801234;5385010000000040;-1.500,00;10-02-2025;12-02-2025\n" +
		"0101801234;5385010000000040;31.000,00;01-03-2025;31-03-2025\n"
	h := siu.Header{
		Municipality: 461, Year: 2025, Area: siu.AreaVoksen,
		Created:     time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC),
		Description: "SIU 2025",
		System:      siu.System{Name: "økonomisystem", Version: "1"},
		Contact:     siu.Contact{Identifier: "Økonomi", Email: "siu@kommune.example"},
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	dir, err := os.MkdirTemp("", "siu-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	var opts pipeline.Options
	opts.Delivery.Validate.Today = civil.MustNew(2026, 3, 2)
	res, err := pipeline.Run(ctx, strings.NewReader(csv), filepath.Join(dir, "siu.xml"), h, opts)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("postings:", res.Postings, "lines:", res.Delivery.Lines, "runs:", res.Runs)
	fmt.Println("errors:", res.Delivery.Tally.Errors, "written:", res.Written())
	// Output:
	// postings: 4 lines: 1 runs: 0
	// errors: 0 written: true
}
