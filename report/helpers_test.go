package report_test

import (
	"strings"
	"testing"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

// The numbers are fictive (SIU's DDMMYY9998 form): no real person is meant.
const cleanCSV = "CPR;Konto;Beløb;Startdato;Slutdato\r\n" +
	"230191-9998;5.38.50.1 4.7;24.850,00;01-01-2025;31-01-2025\r\n" +
	"\r\n" +
	"230191-9998;5.38.50.1 7.2;-1.250,50;01-01-2025;31-01-2025\r\n" +
	"1234569998;5.38.42.1 4.0;3.100,00;02-03-2025;15-03-2025\r\n"

// badCSV has a swapped period on line 3, a line that cannot be read on
// line 4 and a missing end date on line 6.
const badCSV = "CPR;Konto;Beløb;Startdato;Slutdato\r\n" +
	"230191-9998;5.38.50.1 4.7;24.850,00;01-01-2025;31-01-2025\r\n" +
	"230191-9998;5.38.50.1 4.7;24.850,00;28-02-2025;01-02-2025\r\n" +
	"230191-9998;5.38.50.1 4.7;12a;01-01-2025;31-01-2025\r\n" +
	"\r\n" +
	"1234569998;5.38.42.1 4.0;3.100,00;02-03-2025;\r\n"

var header = siu.Header{Municipality: 461, Year: 2025, Area: siu.AreaVoksen}

var today = siu.ValidateOptions{Today: civil.MustParse("2026-03-02"), SkipEnvelope: true}

func open(t *testing.T, data, name string) *source.Source {
	t.Helper()
	src, err := source.Open(strings.NewReader(data), name, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return src
}
