package xsd

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// MaxProblems is the number of problems an Error keeps. Validation goes on
// to the end of the file and counts the rest in Error.Omitted, so memory
// stays bounded even when every line of a large file is wrong.
const MaxProblems = 1000

// Sentinel causes, matched with errors.Is on an *Error.
var (
	// ErrDoctype: the file has a DOCTYPE (or another markup declaration)
	// before its root element. Such files are refused before libxml2 parses
	// them, so no entity is ever declared, expanded or fetched.
	ErrDoctype = errors.New("xsd: DOCTYPE declaration refused")

	// ErrTextTooLong: the document has more than MaxTextBytes bytes of
	// character data in one element, or a name, namespace name, attribute
	// value, tag or comment longer than the package's limits. It is refused
	// as it arrives, before libxml2 reads it.
	ErrTextTooLong = errors.New("xsd: text node too long")

	// ErrTooLarge: a part of the document that is parsed into one tree is
	// too large: for the Default schema the header (everything before the
	// first record), one record or the tail after the records, each
	// limited to 16 MiB; for a schema from Load, whose records are not
	// known, the whole document, limited to 256 MiB.
	ErrTooLarge = errors.New("xsd: document part too large")

	// ErrClosed: the Schema was closed.
	ErrClosed = errors.New("xsd: schema is closed")
)

// Kind says what sort of problem a Problem is.
type Kind uint8

// The kinds of problem.
const (
	// KindSchema: the document breaks the schema (libxml2's schema
	// validity errors), or, from Load, the schema itself is wrong.
	KindSchema Kind = iota + 1
	// KindSyntax: the input is not well-formed XML (or not UTF-8).
	KindSyntax
	// KindRefused: the input was refused before libxml2 parsed it (see
	// ErrDoctype and ErrTextTooLong).
	KindRefused
)

// String returns "schema", "syntax" or "refused".
func (k Kind) String() string {
	switch k {
	case KindSchema:
		return "schema"
	case KindSyntax:
		return "syntax"
	case KindRefused:
		return "refused"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// A Problem is one thing wrong with a document (or, from Load, with a
// schema file).
type Problem struct {
	// File is the schema file the problem is in, relative to the fs.FS
	// given to Load. It is empty for problems in a validated document.
	File string
	// Line is the 1-based line of the problem in the file, 0 when it is
	// not known. For a bad value or an unexpected element it is the line of
	// the element's start tag; for a missing child element the line of the
	// parent's end tag, where the child was due; for a syntax error the
	// line libxml2 gives; for a refusal the line of the refused piece. See
	// the package documentation for how schema problems are placed.
	Line int
	// Column is the 1-based column, or 0: libxml2 through the wrapper
	// (github.com/lestrrat-go/libxml2) does not give it, so it is always 0
	// for now.
	Column int
	// Kind says whether the problem is a schema violation, a syntax error
	// or a refusal.
	Kind Kind
	// Code is libxml2's error code (xmlParserErrors), or 0: libxml2
	// through the wrapper does not give it, so it is always 0 for now.
	Code int
	// Message is libxml2's message on one line, e.g. "Element
	// '{http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/}BELOEB': [facet
	// 'pattern'] The value '10.005' is not accepted by the pattern
	// '-?[0-9]+\.[0-9]{2}'." A value that could be a CPR number is
	// masked by cpr.Redact (DDMMYY-****).
	Message string

	cause error // sentinel behind a refusal
}

// String formats the problem as "file:line:column: kind: message", leaving
// out the parts that are not known.
func (p Problem) String() string {
	var b strings.Builder
	if p.File != "" {
		b.WriteString(p.File)
		b.WriteByte(':')
	}
	if p.Line > 0 {
		if p.File == "" {
			b.WriteString("line ")
		}
		b.WriteString(strconv.Itoa(p.Line))
		if p.Column > 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(p.Column))
		}
		b.WriteByte(':')
	}
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	b.WriteString(p.Kind.String())
	b.WriteString(": ")
	b.WriteString(p.Message)
	return b.String()
}

// Error is the error Validate returns for a document that is not valid,
// and Load for a schema that cannot be compiled. It lists every problem
// found (up to MaxProblems) in file order: the header's, then each
// record's, then the tail's, each piece's in the order libxml2 gives
// them.
type Error struct {
	// Op is "validate" or "load".
	Op string
	// Name names the input: the file name given to ValidateFile, the main
	// schema file given to Load, or "" for an io.Reader.
	Name string
	// Problems are the problems kept, at least one.
	Problems []Problem
	// Omitted counts the problems found beyond MaxProblems.
	Omitted int
}

// errorListed is how many problems Error() spells out.
const errorListed = 5

// Error summarises the problems: their number and the first few.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("xsd: ")
	if e.Op == "load" {
		b.WriteString("cannot load schema")
	} else {
		b.WriteString("invalid document")
	}
	if e.Name != "" {
		b.WriteByte(' ')
		b.WriteString(strconv.Quote(e.Name))
	}
	n := len(e.Problems) + e.Omitted
	fmt.Fprintf(&b, ": %d problem", n)
	if n != 1 {
		b.WriteByte('s')
	}
	for i, p := range e.Problems {
		if i == errorListed {
			fmt.Fprintf(&b, "; and %d more", n-errorListed)
			break
		}
		b.WriteString("; ")
		b.WriteString(p.String())
	}
	return b.String()
}

// Unwrap returns the sentinel causes among the problems (ErrDoctype,
// ErrTextTooLong, ErrTooLarge), so that errors.Is(err, ErrDoctype) works.
func (e *Error) Unwrap() []error {
	var causes []error
	for _, p := range e.Problems {
		if p.cause != nil {
			causes = append(causes, p.cause)
		}
	}
	return causes
}

// oneLine trims a message and joins its lines.
func oneLine(s string) string {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, "\r\n") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}
