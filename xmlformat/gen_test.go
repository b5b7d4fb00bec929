package xmlformat

import (
	"fmt"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// This file builds test data: a small deterministic generator, so that
// tests and benchmarks need no data files.

// rng is a xorshift64* generator: deterministic, no global state.
type rng uint64

func (r *rng) next() uint64 {
	x := uint64(*r)
	x ^= x >> 12
	x ^= x << 25
	x ^= x >> 27
	*r = rng(x)
	return x * 2685821657736338717
}

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

// testAccounts are canonical KONTOSTRENGs: drift on SEL/SUL functions,
// art 4.0 (expense), 5.2 and 7.2 (income such as egenbetaling).
var testAccounts = []string{
	"5385010000000040", "5385010000000072", "5385110000000040",
	"5385210000000040", "5385310000000052", "5385910000000040",
	"5385010010000040", "5218010000000040", "5218210000000072",
	"5225010000000040",
}

// testLines returns n deterministic lines. Amounts come from a pool (a
// decimal is immutable, so sharing is safe), which keeps a million lines
// small in memory.
func testLines(n int, seed uint64) []siu.Line {
	r := rng(seed | 1)
	accounts := make([]kontoplan.Account, len(testAccounts))
	for i, s := range testAccounts {
		accounts[i] = kontoplan.MustParse(s)
	}
	amounts := make([]decimal.Decimal, 1000)
	for i := range amounts {
		cents := int64(r.intn(5_000_000)) - 200_000 // -2000.00 .. 48000.00 kr
		amounts[i] = decimal.New(cents, -2)
	}
	numbers := make([]cpr.Number, 5000)
	for i := range numbers {
		s := fmt.Sprintf("%02d%02d%02d%04d", 1+r.intn(28), 1+r.intn(12), r.intn(100), r.intn(10000))
		numbers[i] = cpr.MustParse(s)
	}
	lines := make([]siu.Line, n)
	for i := range lines {
		start := civil.MustNew(2025, time.Month(1+r.intn(12)), 1+r.intn(28))
		lines[i] = siu.Line{
			PsrID:   numbers[r.intn(len(numbers))],
			Account: accounts[r.intn(len(accounts))],
			Amount:  amounts[r.intn(len(amounts))],
			Start:   start,
			End:     start.AddDays(r.intn(60)),
		}
	}
	return lines
}

// testHeader is a filled-in header of a VOKSEN production delivery.
func testHeader() siu.Header {
	return siu.Header{
		Municipality: 101,
		Year:         2025,
		Area:         siu.AreaVoksen,
		Created:      time.Date(2026, 3, 2, 9, 15, 0, 0, time.FixedZone("CET", 3600)),
		Description:  "SIU 2025 – voksen & handicap <fuld>",
		System:       siu.System{Name: "Sagssystem", Version: "4.2.1"},
		Contact:      siu.Contact{Identifier: "Økonomiafdelingen", Email: "siu@kommune.example"},
	}
}

// goldenDeliveries are the deliveries of the golden files.
func goldenDeliveries() map[string]siu.Delivery {
	egenbetaling := kontoplan.MustParse("5385010000000072")
	return map[string]siu.Delivery{
		"voksen": {
			Header: testHeader(),
			Lines: []siu.Line{
				{
					PsrID:   cpr.MustParse("0101801234"),
					Account: kontoplan.MustParse("5385010000000040"),
					Amount:  decimal.RequireFromString("24850"),
					Start:   civil.MustParse("2025-01-01"),
					End:     civil.MustParse("2025-01-31"),
				},
				{
					PsrID:   cpr.MustParse("0101801234"),
					Account: egenbetaling,
					Amount:  decimal.RequireFromString("-1250.5"),
					Start:   civil.MustParse("2025-01-01"),
					End:     civil.MustParse("2025-01-31"),
				},
				{
					// A period across the turn of the year.
					PsrID:   cpr.MustParse("1512459998"),
					Account: kontoplan.MustParse("5385210000000040"),
					Amount:  decimal.RequireFromString("3120.75"),
					Start:   civil.MustParse("2024-12-15"),
					End:     civil.MustParse("2025-01-14"),
				},
			},
		},
		"test-boern": {
			Header: siu.Header{
				Municipality: 851,
				Year:         2026,
				Area:         siu.AreaBoern,
				Test:         true,
				Created:      time.Date(2026, 11, 2, 14, 0, 5, 0, time.UTC),
				Description:  "Testlevering",
				System:       siu.System{Name: "siukit", Version: "0.1.0"},
				Contact:      siu.Contact{Identifier: "Børn og Unge", Email: "bu@kommune.example"},
			},
			Lines: []siu.Line{{
				PsrID:   cpr.MustParse("2002109998"),
				Account: kontoplan.MustParse("5218010000000040"),
				Amount:  decimal.RequireFromString("0"),
				Start:   civil.MustParse("2026-02-01"),
				End:     civil.MustParse("2026-02-28"),
			}},
		},
		"empty-samlet": {
			Header: siu.Header{
				Municipality: 461,
				Year:         2025,
				Area:         siu.AreaSamlet,
				Created:      time.Date(2026, 1, 15, 8, 0, 0, 0, time.FixedZone("", -2*3600-30*60)),
				System:       siu.System{Name: "siukit", Version: "0.1.0"},
				Contact:      siu.Contact{Email: "a@b"},
			},
		},
	}
}

// cmpOpts compares the model's value types by ==; decimal.Decimal and
// time.Time compare with their Equal methods.
var cmpOpts = cmp.Options{
	cmp.Comparer(func(a, b cpr.Number) bool { return a == b }),
	cmp.Comparer(func(a, b kontoplan.Account) bool { return a == b }),
	cmp.Comparer(func(a, b civil.Date) bool { return a == b }),
}
