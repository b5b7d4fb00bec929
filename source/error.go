package source

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/xmlformat"
)

// Error is a problem reading the input: where it is (the file's line, or
// row for XLSX, and the column when one field is at fault) and what is
// wrong. Its message never holds a whole CPR number. It marshals to JSON as
// {"line", "column", "message", "fatal"}.
type Error struct {
	// Line is the 1-based line (row for XLSX) of the problem; 0 when it
	// concerns the whole input.
	Line int `json:"line"`
	// Column is the 1-based column of the field at fault; 0 when no one
	// field is.
	Column int `json:"column,omitempty"`
	// Message says what is wrong, with the position, e.g. "line 7,
	// column 3 (Beløb): invalid amount".
	Message string `json:"message"`
	// Fatal reports that reading stopped there: the rest of the input was
	// not read.
	Fatal bool `json:"fatal,omitempty"`
	// Err is the cause (a *csvformat.ParseError, *xmlformat.SyntaxError,
	// *xmlformat.FieldError, a JSON or I/O error), for errors.Is and
	// errors.As.
	Err error `json:"-"`
}

// Error returns e.Message.
func (e *Error) Error() string { return e.Message }

// Unwrap returns e.Err.
func (e *Error) Unwrap() error { return e.Err }

// errorOf describes an error of csvformat or xmlformat (or any other) as an
// *Error, with the line it names, or line when it names none. An error
// that is not one of those packages' record errors is fatal.
func errorOf(err error, line int) *Error {
	var se *Error
	if errors.As(err, &se) {
		return se
	}
	e := &Error{Line: line, Message: cpr.Redact(err.Error()), Err: err, Fatal: true}
	var pe *csvformat.ParseError
	var xe *xmlformat.SyntaxError
	var fe *xmlformat.FieldError
	switch {
	case errors.As(err, &pe):
		e.Fatal = pe.Fatal
		if pe.Line > 0 {
			e.Line = pe.Line
		}
		e.Column = pe.Column
	case errors.As(err, &xe):
		e.Line, e.Column = xe.Line, xe.Col
	case errors.As(err, &fe):
		if fe.Line > 0 {
			e.Line, e.Column = fe.Line, fe.Col
		}
		e.Fatal = fe.Record == 0
	}
	return e
}

// fatalf returns a fatal *Error at line 0.
func fatalf(cause error, format string, args ...any) *Error {
	return &Error{Fatal: true, Message: cpr.Redact(fmt.Sprintf(format, args...)), Err: cause}
}

// jsonError names the line and column of a JSON syntax or type error.
func jsonError(data []byte, err error) *Error {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	}
	if off < 0 {
		if err == io.EOF {
			return fatalf(err, "the JSON input is empty")
		}
		return fatalf(err, "JSON: %v", err)
	}
	line, col := 1, 1
	for _, c := range data[:min(int(off), len(data))] {
		if c == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	e := fatalf(err, "line %d, column %d: JSON: %v", line, col, err)
	e.Line, e.Column = line, col
	return e
}
