package kontoplan

import (
	"errors"
	"strconv"
)

// Part names a part of an account string; errors use it to say which part
// is wrong.
type Part uint8

// The parts of the account number, in the order of chapter 2.0, and the
// whole string.
const (
	PartAccount Part = iota // the string as a whole (length, shape)
	PartHovedkonto
	PartHovedfunktion
	PartFunktion
	PartDranst
	PartEjerforhold
	PartOmkostningssted
	PartGruppering
	PartHovedart
	PartArt
)

var partNames = [...]string{
	PartAccount:         "account",
	PartHovedkonto:      "hovedkonto",
	PartHovedfunktion:   "hovedfunktion",
	PartFunktion:        "funktion",
	PartDranst:          "dranst",
	PartEjerforhold:     "ejerforhold",
	PartOmkostningssted: "omkostningssted",
	PartGruppering:      "gruppering",
	PartHovedart:        "hovedart",
	PartArt:             "art",
}

// String returns the Danish name of the part, e.g. "dranst".
func (p Part) String() string {
	if int(p) < len(partNames) {
		return partNames[p]
	}
	return "part(" + strconv.Itoa(int(p)) + ")"
}

// ErrSyntax is the cause of every ParseError: errors.Is(err, ErrSyntax)
// reports whether a string could not be read as an account.
var ErrSyntax = errors.New("malformed account string")

// ParseError says why a string is not an account and where. Its message
// names the part and the 1-based position in the input; it never repeats
// the input, so a wrong field (for instance a CPR number put in the
// account column) does not leak into logs.
type ParseError struct {
	Part   Part   // the part that is wrong
	Pos    int    // 1-based byte position in the input; 0 if not one place
	Reason string // what is wrong, in English
}

// Error implements error.
func (e *ParseError) Error() string {
	s := "kontoplan: " + e.Part.String()
	if e.Pos > 0 {
		s += " at position " + strconv.Itoa(e.Pos)
	}
	return s + ": " + e.Reason
}

// Unwrap returns ErrSyntax.
func (e *ParseError) Unwrap() error { return ErrSyntax }

// Sentinel causes of a CheckError.
var (
	ErrUnknownFunction = errors.New("function not in the chart of accounts")
	ErrUnknownDranst   = errors.New("dranst not authorised")
	ErrUnknownArt      = errors.New("art not in the chart of accounts")
	ErrInvalidAccount  = errors.New("no account")
)

// CheckError says that an account does not exist in the chart of a budget
// year, and which part is missing from the chart.
type CheckError struct {
	Year  int    // the chart's budget year
	Part  Part   // PartFunktion, PartDranst, PartArt, or PartAccount for the zero Account
	Value string // the value not found, e.g. "5.38.99" or "3"
	Err   error  // ErrUnknownFunction, ErrUnknownDranst, ErrUnknownArt or ErrInvalidAccount
}

// Error implements error.
func (e *CheckError) Error() string {
	s := "kontoplan " + strconv.Itoa(e.Year) + ": " + e.Part.String()
	if e.Value != "" {
		s += " " + e.Value
	}
	return s + ": " + e.Err.Error()
}

// Unwrap returns the sentinel cause.
func (e *CheckError) Unwrap() error { return e.Err }
