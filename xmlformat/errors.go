package xmlformat

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/internal/errtext"
	"github.com/siukit/siukit/siu"
)

// Causes. Errors of this package wrap one of them (or io.ErrUnexpectedEOF
// for a truncated file), so callers can test with errors.Is.
var (
	// ErrMissing: a value the file requires is not set (zero PsrID,
	// account or date when encoding, an empty element when decoding). It
	// is siu.ErrMissing, which the record grammar returns.
	ErrMissing = siu.ErrMissing
	// ErrDecimals: an amount has more than two decimals. Amounts are never
	// rounded. It is siu.ErrDecimals.
	ErrDecimals = siu.ErrDecimals
	// ErrRange: a value is outside what the file can hold, e.g. an amount of
	// 10^16 kroner or more, or a year that is not four digits. It is
	// siu.ErrRange.
	ErrRange = siu.ErrRange
	// ErrMalformed: a text value does not have the form the profile
	// prescribes (e.g. BELOEB without exactly two decimals). It is
	// siu.ErrMalformed.
	ErrMalformed = siu.ErrMalformed
	// ErrMismatch: a code in the file differs from the profile's (Source,
	// SurveyID, FormID, EntityIDType, ContactTypeName, FormVersion).
	ErrMismatch = errors.New("code does not match the profile")
	// ErrStructure: the elements are not those of the profile: the wrong
	// root or namespace, or an unknown, missing or repeated element.
	ErrStructure = errors.New("elements do not match the profile")
	// ErrSyntax: the input is not well-formed XML.
	ErrSyntax = errors.New("malformed XML")
	// ErrDTD: the input holds a document type declaration or an entity
	// declaration. Both are refused: they are how billion-laughs and
	// external-entity (XXE) attacks work, and SIU files need neither.
	ErrDTD = errors.New("DTDs and entity declarations are not allowed")
	// ErrLimit: the input exceeds one of the decoder's Limits.
	ErrLimit = errors.New("decoder limit exceeded")
	// ErrEncoding: the input is not UTF-8, or holds a character XML 1.0
	// does not allow.
	ErrEncoding = errors.New("not UTF-8 XML text")

	// ErrNoHeader: a line or Close came before WriteHeader.
	ErrNoHeader = errors.New("xmlformat: no header written yet")
	// ErrHeaderWritten: WriteHeader was called twice.
	ErrHeaderWritten = errors.New("xmlformat: header already written")
	// ErrClosed: the Encoder was used after Close.
	ErrClosed = errors.New("xmlformat: encoder closed")
)

// SyntaxError reports input that the decoder cannot read as a file of its
// profile: malformed XML, a refused construct (DTD, entity), a limit, or
// elements that are not the profile's. It is fatal: the decoder returns it
// from every later call.
type SyntaxError struct {
	Line int    // 1-based line of the input
	Col  int    // 1-based column, in bytes, of the input
	Msg  string // what is wrong; never a whole CPR number
	Err  error  // the cause: ErrSyntax, ErrDTD, ErrLimit, ErrEncoding, ErrStructure, io.ErrUnexpectedEOF

	msg *errtext.Message // Msg with its Danish text; nil when Msg was set otherwise
}

// Error implements the error interface.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("xmlformat: line %d, column %d: %s", e.Line, e.Col, e.Msg)
}

// Danish returns the text of Error in Danish, with the same position and
// names, for example
//
//	xmlformat: linje 3, kolonne 5: sluttagget </PsrID> passer ikke til <Linje>
//
// A Msg that the decoder did not make is shown as it is.
func (e *SyntaxError) Danish() string {
	msg := e.Msg
	if e.msg != nil && e.msg.Error() == e.Msg {
		msg = e.msg.Danish()
	}
	return cpr.Redact(fmt.Sprintf("xmlformat: linje %d, kolonne %d: %s", e.Line, e.Col, msg))
}

// Unwrap returns the cause.
func (e *SyntaxError) Unwrap() error { return e.Err }

// FieldError reports one value that cannot be written or read: a field
// of a line (Record > 0) or of the header (Record 0). When decoding, the
// structure around the value is intact and reading may go on.
type FieldError struct {
	// Record is the 1-based number of the line in the delivery, or 0 for
	// the header.
	Record int
	// Field is the element's local name, e.g. "BELOEB" or "EntityID".
	Field string
	// Line and Col are the position of the element in the input (1-based,
	// Col in bytes); both are 0 when encoding.
	Line, Col int
	// Err says what is wrong; errors.Is finds ErrMissing, ErrDecimals,
	// ErrRange, ErrMalformed, ErrMismatch or ErrEncoding, or the parse
	// error of the cpr, kontoplan or civil package.
	Err error
}

// Error implements the error interface. It never prints a whole CPR
// number: the cause's text goes through cpr.Redact.
func (e *FieldError) Error() string {
	return e.text("line %d, column %d: ", "record %d: ", "header: ", error.Error)
}

// Danish returns the text of Error in Danish, for example
//
//	xmlformat: linje 9, kolonne 7: post 2: BELOEB: beløbet har mere end to decimaler
//
// The detail of a cause from another package that has no Danish text (the
// parse errors of cpr, kontoplan and civil, and the record grammar's
// details) is shown in English after the Danish wording of the cause. Like
// Error, it never shows a whole CPR number.
func (e *FieldError) Danish() string {
	return e.text("linje %d, kolonne %d: ", "post %d: ", "hoved: ", danish.Danish)
}

// text builds Error's text in one language: the formats of the position
// and the record, the word for the header, and the cause's text.
func (e *FieldError) text(pos, record, header string, cause func(error) string) string {
	var b strings.Builder
	b.WriteString("xmlformat: ")
	if e.Line > 0 {
		fmt.Fprintf(&b, pos, e.Line, e.Col)
	}
	if e.Record > 0 {
		fmt.Fprintf(&b, record, e.Record)
	} else {
		b.WriteString(header)
	}
	b.WriteString(e.Field)
	b.WriteString(": ")
	if e.Err != nil {
		b.WriteString(cause(e.Err))
	}
	return cpr.Redact(b.String())
}

// Unwrap returns the cause.
func (e *FieldError) Unwrap() error { return e.Err }

// detail wraps a sentinel with an explanation, whose Danish format is in
// the table danish.
func detail(sentinel error, format string, args ...any) error {
	return danish.New(sentinel, format, args...)
}

// truncated reports whether err means the input ended too early.
func truncated(err error) bool { return errors.Is(err, io.ErrUnexpectedEOF) }

// safeName returns an element or attribute name from the input for an
// error message: at most 40 bytes, valid UTF-8, CPR numbers masked by
// cpr.Redact.
func safeName(b []byte) string {
	const max = 40
	s := string(b)
	cut := false
	if len(s) > max {
		s, cut = s[:max], true
	}
	s = cpr.Redact(strings.ToValidUTF8(s, "\uFFFD"))
	if cut {
		s += "…"
	}
	return s
}

// safeText quotes a name or value from the input for an error message:
// at most 40 bytes, valid UTF-8, CPR numbers masked by cpr.Redact.
func safeText(b []byte) string {
	const max = 40
	s := string(b)
	cut := false
	if len(s) > max {
		s, cut = s[:max], true
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = cpr.Redact(s)
	if cut {
		return fmt.Sprintf("%q…", s)
	}
	return fmt.Sprintf("%q", s)
}
