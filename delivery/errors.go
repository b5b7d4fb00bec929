package delivery

import (
	"fmt"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/xmlformat/xsd"
)

// SchemaError is the error of WriteFile when the file it encoded does not
// pass the schema. That means the profile and the schema do not match (or
// a rule of the schema that siu's validation does not have): the records
// had no error finding. The file was not written.
type SchemaError struct {
	// Problems are the schema's problems, as xsd.Error gives them: at
	// most xsd.MaxProblems, the first ones in file order, with any digits
	// that could form a CPR number masked.
	Problems []xsd.Problem
	// Omitted counts the problems beyond those kept.
	Omitted int
}

// Error says how many problems there were and gives the first.
func (e *SchemaError) Error() string {
	n := len(e.Problems) + e.Omitted
	s := fmt.Sprintf("delivery: the encoded file does not pass the schema: %d problem(s)", n)
	if len(e.Problems) > 0 {
		s += ", the first: " + e.Problems[0].String()
	}
	return cpr.Redact(s + "; nothing written")
}

// SizeError is the error of Check for an input larger than its limit.
type SizeError struct {
	Limit int64 // CheckOptions.MaxSize, or DefaultMaxSize
}

// Error names the limit.
func (e *SizeError) Error() string {
	return fmt.Sprintf("delivery: the input is larger than the limit of %d bytes (CheckOptions.MaxSize); nothing checked", e.Limit)
}

// redacted is an error of this package around an error from elsewhere:
// its message is masked with cpr.Redact (a path or a wrapped message may
// hold a CPR number), and it unwraps to the error, for errors.Is and
// errors.As.
type redacted struct {
	msg string
	err error
}

func (e *redacted) Error() string { return e.msg }
func (e *redacted) Unwrap() error { return e.err }

// wrap returns err as an error of this package, saying what was being
// done (when what is not empty), with any CPR number masked.
func wrap(what string, err error) error {
	msg := "delivery: "
	if what != "" {
		msg += what + ": "
	}
	return &redacted{msg: cpr.Redact(msg + err.Error()), err: err}
}
