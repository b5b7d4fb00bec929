package kontoplan

// Kind tells what a line on an account is: an expense, or income such as
// the citizen's own payment (egenbetaling). The art decides it.
type Kind uint8

// The kinds of line.
const (
	KindUnknown  Kind = iota // the zero Account or Art
	KindExpense              // udgift: hovedart 0-6
	KindIncome               // indtægt, e.g. egenbetaling 7.2: hovedart 7 and 8
	KindInternal             // interne udgifter og indtægter: hovedart 9 (modeled)
)

var kindNames = [...]string{"unknown", "expense", "income", "internal"}

// String returns "expense", "income", "internal" or "unknown".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// MarshalText implements encoding.TextMarshaler with String.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// parseKind reads the kind column of a chart file.
func parseKind(s string) (Kind, bool) {
	switch s {
	case "expense":
		return KindExpense, true
	case "income":
		return KindIncome, true
	case "internal":
		return KindInternal, true
	}
	return KindUnknown, false
}

// kindByHovedart is the rule used for an art a chart does not list.
//
// Modeled: chapter 2.5 puts udgifter in hovedart 0-6 and indtægter in
// hovedart 7 (indtægter) and 8 (finansindtægter, e.g. 8.6 statsrefusion);
// hovedart 9 holds the municipality's internal postings (interne udgifter
// og indtægter), which move cost between its own units and are neither an
// expense for nor a payment from a citizen. This project classes them
// KindInternal; the siu package decides what to do with them. This table is
// the only place the rule lives; a chart file's art rows override it.
var kindByHovedart = [10]Kind{
	0: KindExpense, 1: KindExpense, 2: KindExpense, 3: KindExpense, 4: KindExpense,
	5: KindExpense, 6: KindExpense, 7: KindIncome, 8: KindIncome, 9: KindInternal,
}

// KindOf returns the kind of an art by its hovedart alone (see Chart.Kind
// for the kind a chart states). The zero Art gives KindUnknown.
func KindOf(a Art) Kind {
	if !a.IsValid() {
		return KindUnknown
	}
	return kindByHovedart[a.Hovedart()]
}
