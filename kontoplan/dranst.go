package kontoplan

import "strconv"

// Dranst is the dranst digit of an account (position 6): whether the
// posting concerns drift, anlæg or status (the name is made of the three
// words). Chapter 2.2 of the budget and accounting system authorises 1–7.
type Dranst uint8

// The authorised dranst values (budregn.im.dk chapter 2.2, SOURCES.md: budregn-ch2).
const (
	DranstDrift               Dranst = 1 // drift (operating)
	DranstStatsrefusion       Dranst = 2 // statsrefusion (state reimbursement)
	DranstAnlaeg              Dranst = 3 // anlæg (capital)
	DranstRenter              Dranst = 4 // renter (interest)
	DranstFinansforskydninger Dranst = 5 // finansforskydninger
	DranstAfdrag              Dranst = 6 // afdrag på lån (loan repayments)
	DranstFinansiering        Dranst = 7 // finansiering
)

var dranstNames = [...]string{
	DranstDrift:               "drift",
	DranstStatsrefusion:       "statsrefusion",
	DranstAnlaeg:              "anlæg",
	DranstRenter:              "renter",
	DranstFinansforskydninger: "finansforskydninger",
	DranstAfdrag:              "afdrag på lån",
	DranstFinansiering:        "finansiering",
}

// IsValid reports whether d is one of the authorised values 1–7.
func (d Dranst) IsValid() bool { return d >= DranstDrift && d <= DranstFinansiering }

// String returns the Danish name ("drift"), or "dranst(N)" for a value
// outside 1–7.
func (d Dranst) String() string {
	if d.IsValid() {
		return dranstNames[d]
	}
	return "dranst(" + strconv.Itoa(int(d)) + ")"
}
