package csvformat

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/internal/errtext"
)

// The causes a *ParseError wraps; test for them with errors.Is. Errors from
// encoding/csv (csv.ErrQuote, csv.ErrBareQuote) are wrapped as they are.
var (
	// ErrEmpty: the input holds no header line (an empty file, or only
	// blank lines).
	ErrEmpty = errors.New("no header line: the input is empty")
	// ErrNotText: the input is not text (it holds NUL bytes, or it is an
	// XLSX or other ZIP file given to the CSV reader).
	ErrNotText = errors.New("the input is not a text file")
	// ErrMissingColumn: a required column is not in the header.
	ErrMissingColumn = errors.New("required column missing")
	// ErrDuplicateColumn: two header names mean the same column.
	ErrDuplicateColumn = errors.New("column given twice")
	// ErrFieldCount: a line has another number of fields than the header.
	ErrFieldCount = errors.New("wrong number of fields")
	// ErrFieldTooLong: a field is longer than Reader.MaxFieldSize.
	ErrFieldTooLong = errors.New("field too long")
	// ErrRecordTooLong: a record is longer than Reader.MaxRecordSize; this
	// usually means a quote that is never closed. Reading stops.
	ErrRecordTooLong = errors.New("record too long")
	// ErrEncoding: a field is not valid UTF-8 in a file that starts with a
	// UTF-8 byte order mark.
	ErrEncoding = errors.New("invalid UTF-8")
	// ErrAmount: an amount is not a number in an accepted form.
	ErrAmount = errors.New("invalid amount")
	// ErrAmbiguousAmount: an amount such as "1.250" could mean 1250 or 1.25
	// and the decimal mark of the file is not known yet. Set Reader.Decimal.
	// It also matches ErrAmount.
	ErrAmbiguousAmount = fmt.Errorf("%w, ambiguous", ErrAmount)
	// ErrEmptyField: ReadPosting found one of the five fields empty.
	ErrEmptyField = errors.New("empty field")
	// ErrDate: a date is not a date in an accepted form, or no such day
	// exists.
	ErrDate = errors.New("invalid date")
	// ErrNumberCell: the CPR or account column holds a number in exponent
	// form (5.38501E+15), as a spreadsheet shows a long number it stored
	// with only 15 digits: digits are lost.
	ErrNumberCell = errors.New("number in exponent form, digits lost")
	// ErrSheet: the XLSX workbook has no such sheet, or no sheet at all.
	ErrSheet = errors.New("no such sheet")
	// ErrXLSX: the XLSX file cannot be read (not a workbook, damaged, too
	// large, or encrypted).
	ErrXLSX = errors.New("cannot read XLSX file")
	// ErrTooLarge: an input is larger than a limit: a totals file, or an
	// XLSX workbook or one of its parts (then the cause is a *LimitError,
	// which also matches ErrXLSX).
	ErrTooLarge = errors.New("input too large")
	// ErrMergedCell: an XLSX cell the Reader reads is part of a merged
	// range whose value it cannot apply (see the package documentation).
	ErrMergedCell = errors.New("merged cells")
)

// A LimitError says which limit an XLSX workbook is beyond. It matches
// ErrTooLarge and ErrXLSX with errors.Is.
type LimitError struct {
	// Part is the part of the workbook (a file in its ZIP archive, such as
	// "xl/sharedStrings.xml"); "" for the workbook as a whole.
	Part string
	// What is what the limit counts, such as "bytes unpacked" or
	// "shared strings".
	What string
	// Limit is the limit: the most the Reader accepts.
	Limit int64
}

// Error returns for example
//
//	xl/sharedStrings.xml: more than 67108864 bytes unpacked
func (e *LimitError) Error() string {
	where := e.Part
	if where == "" {
		where = "the workbook"
	}
	return fmt.Sprintf("%v: %s: more than %d %s", ErrTooLarge, where, e.Limit, e.What)
}

// Danish returns the text of Error in Danish, for example
//
//	filen er for stor: xl/sharedStrings.xml: mere end 67108864 bytes pakket ud
func (e *LimitError) Danish() string {
	where := e.Part
	if where == "" {
		where = danish.Word("the workbook")
	}
	return danish.Sprintf("%v: %s: more than %d %s", ErrTooLarge, where, e.Limit, e.What)
}

// Unwrap returns ErrTooLarge and ErrXLSX.
func (e *LimitError) Unwrap() []error { return []error{ErrTooLarge, ErrXLSX} }

// A Hint is advice about the input for the person who made it: a sign that
// the file lost something on its way from the finance system or Excel,
// which the Reader does not repair (it never guesses). Reader.Hints lists
// them.
type Hint struct {
	// Line is the line (row) where the Reader first saw the sign.
	Line int
	// Column is the 1-based index of the column; Name its header name.
	Column int
	Name   string
	// Sheet is the XLSX sheet and Cell the cell, such as "A7"; both ""
	// for CSV.
	Sheet string
	Cell  string
	// Text is the advice, such as HintLostZero.
	Text string
}

// String returns the advice with its place, for example
//
//	line 7, column 1 (CPR): the CPR column looks like ...
func (h Hint) String() string {
	return (&ParseError{Line: h.Line, Column: h.Column, Name: h.Name, Sheet: h.Sheet, Cell: h.Cell, Err: errors.New(h.Text)}).Error()
}

// Danish returns the text of String in Danish, for example
//
//	linje 7, kolonne 1 (CPR): CPR-kolonnen ser ud til ...
func (h Hint) Danish() string {
	return (&ParseError{Line: h.Line, Column: h.Column, Name: h.Name, Sheet: h.Sheet, Cell: h.Cell, Err: errors.New(h.Text)}).Danish()
}

// HintLostZero is the Hint for a CPR column holding nine digits: what is
// left of a CPR number stored as a number, which drops a leading zero.
const HintLostZero = "the CPR column looks like it was stored as a number in Excel and lost its leading zero: store the column as text"

// HintSaveCSV is the advice for a workbook beyond one of the XLSX limits.
const HintSaveCSV = "save the sheet as CSV (semicolon separated) in Excel and read that file instead"

// ParseError is the error every reading method returns for bad input. It
// names the line (CSV) or row (XLSX) and, where one field is at fault, the
// column. Its message never holds a CPR-column value, nor any value with ten
// or more digits.
type ParseError struct {
	// Line is the 1-based line of the input where the record starts (for
	// XLSX the row number); 0 when the error concerns the whole input.
	Line int
	// Column is the 1-based index of the field at fault; 0 when the error
	// concerns the whole line.
	Column int
	// Name is the header name of that column as the file writes it, or ""
	// when it has none.
	Name string
	// Sheet is the XLSX sheet's name; "" for CSV.
	Sheet string
	// Cell is the XLSX cell reference, such as "C7"; "" for CSV.
	Cell string
	// Fatal reports that reading has stopped: the rest of the input was not
	// read, and the next Read returns io.EOF. An error that is not fatal
	// concerns one record only; Read goes on with the next.
	Fatal bool
	// Err is the cause, matching one of the Err variables of this package
	// (or csv.ErrQuote, csv.ErrBareQuote, or an I/O error) with errors.Is.
	Err error
	// Hint, when not empty, is advice on what to do: which option to set
	// (named as in the Reader's Flags), or how to save the file. Error
	// shows it after the cause.
	Hint string

	// hint is Hint as a phrase with a Danish text, when the Reader made
	// it with a format; nil for a Hint of the table (HintLostZero).
	hint *errtext.Message
}

// setHint sets Hint to the phrase h.
func (e *ParseError) setHint(h *errtext.Message) {
	e.Hint, e.hint = h.Error(), h
}

// Error returns for example
//
//	line 7, column 3 (Beløb): invalid amount: two decimal marks
func (e *ParseError) Error() string {
	return e.text(englishText, e.Hint, func(s string) string { return s }, error.Error)
}

// Danish returns the text of Error in Danish, built from the same
// position, column name and values, for example
//
//	linje 7, kolonne 3 (Beløb): ugyldigt beløb: "1,2,3" har to decimaltegn
//
// A detail that comes from another package without a Danish text (the
// reason of cpr, kontoplan or encoding/csv) is shown in English after the
// Danish lead. Like Error, it never holds a CPR-column value, nor any value
// with ten or more digits.
func (e *ParseError) Danish() string {
	hint := danish.Word(e.Hint)
	if e.hint != nil && e.hint.Error() == e.Hint {
		hint = e.hint.Danish()
	}
	return cpr.Redact(e.text(danishText, hint, danish.Word, danish.Danish))
}

// positionWords are the words of a ParseError's position in one language.
type positionWords struct{ row, cell, line, column string }

var (
	englishText = positionWords{"row ", ", cell ", "line ", ", column "}
	danishText  = positionWords{"række ", ", celle ", "linje ", ", kolonne "}
)

// text builds Error's text in one language: the position's words, the
// hint's text, the column name's and the cause's.
func (e *ParseError) text(w positionWords, hint string, name func(string) string, cause func(error) string) string {
	var b strings.Builder
	switch {
	case e.Sheet != "" && e.Line > 0:
		b.WriteString(w.row)
		b.WriteString(strconv.Itoa(e.Line))
		if e.Cell != "" {
			b.WriteString(w.cell)
			b.WriteString(e.Cell)
		}
	case e.Line > 0:
		b.WriteString(w.line)
		b.WriteString(strconv.Itoa(e.Line))
		if e.Column > 0 {
			b.WriteString(w.column)
			b.WriteString(strconv.Itoa(e.Column))
		}
	}
	if e.Name != "" {
		b.WriteString(" (")
		b.WriteString(name(safeText(e.Name)))
		b.WriteString(")")
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(cause(e.Err))
	}
	if hint != "" {
		b.WriteString("; ")
		b.WriteString(hint)
	}
	return b.String()
}

// Unwrap returns Err.
func (e *ParseError) Unwrap() error { return e.Err }

// detail wraps a sentinel with an explanation, whose Danish format is in
// the table danish.
func detail(sentinel error, format string, args ...any) error {
	return danish.New(sentinel, format, args...)
}

// phrase returns the text of format and args with its Danish text (the
// format's in the table danish), for a hint or a part of a message.
func phrase(format string, args ...any) *errtext.Message {
	return danish.New(nil, format, args...)
}

// hiddenValue stands in a message for a value that is not shown.
const hiddenValue = "the value (not shown: ten digits or more)"

// hiddenName stands in a message for a header name that is not shown.
const hiddenName = "name not shown: ten digits or more"

// maxQuoted is the longest value an error message quotes.
const maxQuoted = 40

// quoteValue returns s quoted for an error message, or a description of it
// when showing it could reveal personal data: a value holding ten or more
// ASCII digits in all (a CPR number, with or without its dash) is never
// shown, and what is shown has passed through cpr.Redact (which masks a
// number in full-width digits, for one).
func quoteValue(s string) string {
	digits := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			digits++
		}
	}
	if digits >= 10 {
		return hiddenValue
	}
	s = cpr.Redact(s)
	if len(s) > maxQuoted {
		cut := maxQuoted
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		return strconv.Quote(s[:cut]) + "..."
	}
	return strconv.Quote(s)
}

// safeText returns s for use in a message without quotes (a header name),
// or quoteValue(s) when s needs hiding or escaping.
func safeText(s string) string {
	q := quoteValue(s)
	if q == hiddenValue {
		return hiddenName
	}
	if len(q) == len(s)+2 && q[1:len(q)-1] == s {
		return s
	}
	return q
}
