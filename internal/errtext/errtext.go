// Package errtext gives the read errors of csvformat, xmlformat and source
// a Danish text beside their English one. Each of those packages keeps one
// Table: the Danish wording of its causes (sentinel errors), keyed by the
// error, and of its message formats, keyed by the English format. A
// Message is an error built from a format and its arguments; its Error is
// the English text, as fmt.Sprintf makes it, and its Danish method the
// Danish format with the same arguments, each shown in Danish where it can
// be (an error, a phrase, a month, a word of the table).
//
// Audit is the completeness check the packages' tests run: every exported
// Err* and Hint* of the package has a Danish wording, every format of the
// package's message helpers has a Danish format with the same verbs, and
// the table holds nothing that is no longer used.
package errtext

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Danisher is implemented by an error (or a phrase) that has a Danish text.
type Danisher interface {
	Danish() string
}

// Table is one package's Danish wording.
type Table struct {
	// Causes maps a cause (a sentinel error, also another package's) to
	// its Danish text.
	Causes map[error]string
	// Formats maps an English format (as given to the package's message
	// helpers) to its Danish format, with the same verbs in the same
	// order.
	Formats map[string]string
	// Words maps an English text that a message shows as an argument or
	// as a whole (a hint constant, a description of a hidden value) to its
	// Danish text.
	Words map[string]string
}

// Danish returns err's Danish text: its Danish method's; the table's
// wording of a cause; for an error that wraps a cause of the table and
// whose text starts with the cause's, the cause's Danish wording followed by
// the rest of the text as it is (English: the detail of another package
// that has no Danish); else err.Error(), English.
func (t *Table) Danish(err error) string {
	if err == nil {
		return ""
	}
	if d, ok := err.(Danisher); ok {
		return d.Danish()
	}
	if da, ok := t.Causes[err]; ok {
		return da
	}
	en := err.Error()
	if da, ok := t.Words[en]; ok {
		return da
	}
	// The cause with the longest English text that leads err's text.
	var lead error
	for c := range t.Causes {
		if errors.Is(err, c) && strings.HasPrefix(en, c.Error()) && (lead == nil || len(c.Error()) > len(lead.Error())) {
			lead = c
		}
	}
	if lead != nil {
		return t.Causes[lead] + en[len(lead.Error()):]
	}
	return en
}

// Word returns the Danish of the English text s: the table's word, or s.
func (t *Table) Word(s string) string {
	if da, ok := t.Words[s]; ok {
		return da
	}
	return s
}

// Format returns the Danish format of the English format en, or en when
// the table has none.
func (t *Table) Format(en string) string {
	if da, ok := t.Formats[en]; ok {
		return da
	}
	return en
}

// Args returns args as the Danish text shows them: a Danisher by its
// Danish method, another error by Danish, a time.Month by its Danish name,
// a string by Word; others as they are.
func (t *Table) Args(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case Danisher:
			out[i] = v.Danish()
		case error:
			out[i] = t.Danish(v)
		case time.Month:
			out[i] = MonthName(v)
		case string:
			out[i] = t.Word(v)
		default:
			out[i] = a
		}
	}
	return out
}

// Sprintf formats like fmt.Sprintf in Danish: the Danish format of en
// with args as the Danish text shows them.
func (t *Table) Sprintf(en string, args ...any) string {
	return fmt.Sprintf(t.Format(en), t.Args(args)...)
}

// New returns the Message of format and args. When cause is not nil, the
// text is the cause's, ": ", then the formatted detail (as
// fmt.Errorf("%w: "+format) writes it).
func (t *Table) New(cause error, format string, args ...any) *Message {
	return &Message{t: t, Cause: cause, Format: format, Args: args}
}

// Message is an error (or, without a cause, a phrase) with an English and
// a Danish text, formatted when asked for.
type Message struct {
	t *Table
	// Cause, when not nil, leads the text and is what the Message matches
	// with errors.Is.
	Cause error
	// Format is the English format; the table holds the Danish one.
	Format string
	// Args are the format's arguments. Those that are errors are matched
	// by errors.Is and errors.As too.
	Args []any
}

// Error returns the English text.
func (m *Message) Error() string {
	s := fmt.Sprintf(m.Format, m.Args...)
	if m.Cause != nil {
		return m.Cause.Error() + ": " + s
	}
	return s
}

// String returns the English text, for a phrase used as an argument.
func (m *Message) String() string { return m.Error() }

// Danish returns the Danish text.
func (m *Message) Danish() string {
	s := m.t.Sprintf(m.Format, m.Args...)
	if m.Cause != nil {
		return m.t.Danish(m.Cause) + ": " + s
	}
	return s
}

// Unwrap returns the cause and the arguments that are errors.
func (m *Message) Unwrap() []error {
	var errs []error
	if m.Cause != nil {
		errs = append(errs, m.Cause)
	}
	for _, a := range m.Args {
		if e, ok := a.(error); ok {
			errs = append(errs, e)
		}
	}
	return errs
}

var months = [...]string{"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"}

// MonthName returns the Danish name of m in lower case, as Danish writes
// it ("februar"); m.String() when m is not a month.
func MonthName(m time.Month) string {
	if m >= time.January && m <= time.December {
		return months[m-1]
	}
	return m.String()
}
