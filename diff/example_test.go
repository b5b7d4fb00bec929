package diff_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/siukit/siukit/diff"
	"github.com/siukit/siukit/source"
)

// Compare two CSV exports of the same municipality and year.
func ExampleCompare() {
	const old = "CPR;Konto;Beløb;Startdato;Slutdato\n" +
		"230191-9998;5.38.42.1 4.0;24.850,00;01-01-2025;31-01-2025\n" +
		"230191-9998;5.38.42.1 4.0;24.850,00;01-02-2025;28-02-2025\n"
	const new = "CPR;Konto;Beløb;Startdato;Slutdato\n" +
		"230191-9998;5.38.42.1 4.0;24.850,00;01-01-2025;31-01-2025\n" +
		"230191-9998;5.38.42.1 4.0;22.445,16;01-02-2025;25-02-2025\n" +
		"1234569998;5.38.42.1 4.0;3.100,00;02-03-2025;15-03-2025\n"
	a, _ := source.Open(strings.NewReader(old), "old.csv", source.Options{})
	b, _ := source.Open(strings.NewReader(new), "new.csv", source.Options{})
	r, err := diff.Compare(context.Background(), diff.Lines(a, nil), diff.Lines(b, nil), diff.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Unchanged, "unchanged,", r.Added, "added,", r.Removed, "removed,", r.Changed, "changed")
	for _, c := range r.Changes {
		l := c.Line()
		fmt.Println(c.Kind, l.PsrID, l.Period(), c.AmountChanged(), c.PeriodChanged())
	}
	fmt.Println("citizens who appear:", r.NewCitizens)
	// Output:
	// 1 unchanged, 1 added, 0 removed, 1 changed
	// added 123456-**** 2025-03-02..2025-03-15 false false
	// changed 230191-**** 2025-02-01..2025-02-25 true true
	// citizens who appear: [123456-****]
}
