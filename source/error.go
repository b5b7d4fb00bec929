package source

import (
	"encoding/json"
	"errors"
	"io"
	"strings"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/internal/errtext"
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

// Danish returns the text of Message in Danish, for example
//
//	linje 7, kolonne 3 (Beløb): ugyldigt beløb: "1,2,3" har to decimaltegn
//
// It is the Danish text of the cause (csvformat.ParseError.Danish,
// xmlformat.SyntaxError.Danish, xmlformat.FieldError.Danish, or this
// package's own messages), through cpr.Redact as Message is. A cause
// without a Danish text (a JSON or I/O error) is shown in English, after a
// Danish lead where this package adds one; an Error whose Err is nil shows
// Message.
func (e *Error) Danish() string {
	if e.Err == nil {
		return e.Message
	}
	return cpr.Redact(danish.Danish(e.Err))
}

// Text returns e's text in the language lang: Danish for "da", else
// English (Message).
func (e *Error) Text(lang string) string {
	if lang == "da" {
		return e.Danish()
	}
	return e.Message
}

// Unwrap returns e.Err.
func (e *Error) Unwrap() error { return e.Err }

// ErrorText returns err's text in the language lang. For "da", an *Error in
// err's chain is shown in Danish, inside whatever text wraps it (such as a
// file name before it); any other error, and every error for another
// language, is err.Error().
func ErrorText(err error, lang string) string {
	var se *Error
	if lang != "da" || !errors.As(err, &se) {
		return err.Error()
	}
	return strings.Replace(err.Error(), se.Error(), se.Danish(), 1)
}

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

// fatalf returns a fatal *Error at line 0. Its Err is cause with the
// message, whose Danish format is in the table danish.
func fatalf(cause error, format string, args ...any) *Error {
	m := &message{text: danish.New(nil, format, args...), err: cause}
	return &Error{Fatal: true, Message: cpr.Redact(m.Error()), Err: m}
}

// message is the Err of an *Error that this package words itself: the
// cause (nil for none), with the message in English and Danish.
type message struct {
	text *errtext.Message
	err  error
}

func (m *message) Error() string  { return m.text.Error() }
func (m *message) Danish() string { return m.text.Danish() }
func (m *message) Unwrap() error  { return m.err }

// bilingual is a text given in both languages, such as a finding's
// message, for an argument of a message.
type bilingual struct{ en, da string }

func (b bilingual) String() string { return b.en }
func (b bilingual) Danish() string { return b.da }

// unitText returns src.Unit in both languages.
func unitText(src *Source) bilingual {
	if src.Unit() == "row" {
		return bilingual{"row", "række"}
	}
	return bilingual{"line", "linje"}
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
