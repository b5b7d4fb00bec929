package siu

import (
	"fmt"
	"strconv"
)

// Severity says how serious a finding is. The ordering is meaningful:
// Info < Warning < Error. The zero Severity is not a severity.
//
// Modeled (SOURCES.md: dst-dialog): DST's validation reports mark problems red or
// yellow. Error stands for red (DST rejects the delivery), Warning for
// yellow (the municipality must comment on it), and Info for a note that
// needs no action.
type Severity uint8

// The severities.
const (
	Info    Severity = iota + 1 // a note; no action needed
	Warning                     // yellow: DST asks for a comment
	Error                       // red: DST rejects
)

// String returns "info", "warning" or "error", or "" for the zero Severity.
func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return ""
}

// IsValid reports whether s is one of Info, Warning and Error.
func (s Severity) IsValid() bool { return s >= Info && s <= Error }

// ParseSeverity reads "info", "warning" or "error".
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "info":
		return Info, nil
	case "warning":
		return Warning, nil
	case "error":
		return Error, nil
	}
	if len(s) > 8 {
		return 0, fmt.Errorf("siu: unknown severity (%d characters): want info, warning or error", len(s))
	}
	return 0, fmt.Errorf("siu: unknown severity %q: want info, warning or error", s)
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("siu: cannot marshal severity %d", uint8(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(text []byte) error {
	v, err := ParseSeverity(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Field names of a line, as in the file (see package xmlformat): the values of
// Finding.Field for line findings.
const (
	FieldPsrID   = "PsrID"
	FieldAccount = "KONTOSTRENG"
	FieldAmount  = "BELOEB"
	FieldStart   = "STARTDATO"
	FieldEnd     = "SLUTDATO"
)

// Finding is one problem the validator found. Its Code names a rule of the
// catalogue (see Rules), which also documents the rule's source. Messages
// never hold a CPR number nor repeat a field's raw text (a CPR number may
// sit in the wrong column): the line number says which line is meant.
type Finding struct {
	// Code is the rule's stable code, e.g. "SIU-PER-003".
	Code string `json:"code"`
	// Severity is the rule's severity.
	Severity Severity `json:"severity"`
	// Line is the 1-based number of the line in the order it was fed to
	// the validator, or 0 for the header or the delivery as a whole.
	Line int `json:"line"`
	// Field is the XML element the finding concerns: "PsrID",
	// "KONTOSTRENG", "BELOEB", "STARTDATO", "SLUTDATO", a header field name
	// such as "Municipality", or "" for the delivery as a whole.
	Field string `json:"field,omitempty"`
	// Message says what is wrong, in Danish.
	Message string `json:"message"`
	// MessageEN says the same in English.
	MessageEN string `json:"message_en"`
}

// String returns a one-line English rendering for logs and terminals, such
// as "line 3 BELOEB: SIU-BEL-003 warning: the amount is zero".
func (f Finding) String() string {
	b := make([]byte, 0, 32+len(f.Field)+len(f.Code)+len(f.MessageEN))
	if f.Line > 0 {
		b = append(b, "line "...)
		b = strconv.AppendInt(b, int64(f.Line), 10)
	} else {
		b = append(b, "delivery"...)
	}
	if f.Field != "" {
		b = append(b, ' ')
		b = append(b, f.Field...)
	}
	b = append(b, ": "...)
	b = append(b, f.Code...)
	b = append(b, ' ')
	b = append(b, f.Severity.String()...)
	b = append(b, ": "...)
	b = append(b, f.MessageEN...)
	return string(b)
}
