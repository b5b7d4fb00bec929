package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/conformance"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
)

// inputError is a problem reading the input: where it is (the file's line,
// or row for XLSX, and the column when one field is at fault) and what is
// wrong. Its message never holds a whole CPR number.
type inputError struct {
	Line    int    `json:"line"`
	Column  int    `json:"column,omitempty"`
	Message string `json:"message"`
	// Fatal reports that reading stopped there: the rest of the input was
	// not read.
	Fatal bool `json:"fatal,omitempty"`
}

func (e *inputError) Error() string { return e.Message }

// asInputError returns err as an *inputError: itself when it is one,
// otherwise a fatal one at line with err's message, masked.
func asInputError(err error, line int) *inputError {
	var ie *inputError
	if errors.As(err, &ie) {
		return ie
	}
	return &inputError{Line: line, Message: cpr.Redact(err.Error()), Fatal: true}
}

// recordSource yields the records of an input file, with the file's own
// header for JSON and XML.
type recordSource struct {
	in   *input
	unit string // "line", or "row" for XLSX
	// header is the file's header (JSON, XML); hasHeader reports one.
	header    siu.Header
	hasHeader bool
	// today is the date a JSON case fixes as today; zero otherwise.
	today civil.Date
	// next returns the next record and the file line (or row) where it
	// starts, io.EOF at the end, or an *inputError. After a fatal
	// *inputError it returns io.EOF.
	next  func() (siu.Record, int, error)
	close func() error
}

// sourceOptions are what reading a file may need besides the file.
type sourceOptions struct {
	sheet   string             // XLSX sheet; "" for the first
	decimal rune               // CSV/XLSX decimal mark; 0 learns it
	profile *xmlformat.Profile // nil for the default profile
}

// openRecords returns the records of in. The error is a fatal
// *inputError: the file cannot be read at all (not a workbook, JSON that
// does not parse, an XML header that is wrong).
func openRecords(in *input, opts sourceOptions) (*recordSource, error) {
	switch in.format {
	case formatCSV:
		r := csvformat.NewReader(in.r)
		r.Decimal = opts.decimal
		return csvRecords(in, r, "line"), nil
	case formatXLSX:
		r, err := csvformat.OpenXLSX(in.r, opts.sheet)
		if err != nil {
			return nil, inputErrorOf(err, 0)
		}
		r.Decimal = opts.decimal
		return csvRecords(in, r, "row"), nil
	case formatJSON:
		return jsonRecords(in)
	case formatXML:
		p := xmlformat.DefaultProfile()
		if opts.profile != nil {
			p = *opts.profile
		}
		return xmlRecords(in, p)
	}
	return nil, &inputError{Fatal: true, Message: fmt.Sprintf("unknown input format %q", in.format)}
}

func csvRecords(in *input, r *csvformat.Reader, unit string) *recordSource {
	src := &recordSource{in: in, unit: unit, close: r.Close}
	if _, err := r.Header(); err != nil {
		e := inputErrorOf(err, 1)
		src.next = func() (siu.Record, int, error) {
			if e != nil {
				err := e
				e = nil
				return siu.Record{}, err.Line, err
			}
			return siu.Record{}, 0, io.EOF
		}
		return src
	}
	src.next = func() (siu.Record, int, error) {
		rec, err := r.Read()
		if err == io.EOF {
			return siu.Record{}, 0, io.EOF
		}
		if err != nil {
			ie := inputErrorOf(err, r.Line())
			return siu.Record{}, ie.Line, ie
		}
		return rec, r.Line(), nil
	}
	return src
}

// maxJSONInput bounds a JSON input, which is read whole.
const maxJSONInput = 256 << 20

func jsonRecords(in *input) (*recordSource, error) {
	data, err := io.ReadAll(io.LimitReader(in.r, maxJSONInput+1))
	if err != nil {
		return nil, &inputError{Fatal: true, Message: cleanPathError(err).Error()}
	}
	if len(data) > maxJSONInput {
		return nil, &inputError{Fatal: true, Message: fmt.Sprintf("the JSON input is larger than %d bytes", maxJSONInput)}
	}
	var ci conformance.Input
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&ci); err != nil {
		return nil, jsonError(data, err)
	}
	h, err := ci.Header.SIUHeader()
	if err != nil {
		return nil, &inputError{Fatal: true, Message: "header: " + cpr.Redact(err.Error())}
	}
	today, err := ci.TodayDate()
	if err != nil {
		return nil, &inputError{Fatal: true, Message: cpr.Redact(err.Error())}
	}
	i := 0
	src := &recordSource{in: in, unit: "line", header: h, hasHeader: true, today: today, close: func() error { return nil }}
	src.next = func() (siu.Record, int, error) {
		if i == len(ci.Lines) {
			return siu.Record{}, 0, io.EOF
		}
		i++
		return ci.Lines[i-1].Record(), i, nil
	}
	return src, nil
}

// jsonError names the line and column of a JSON syntax or type error.
func jsonError(data []byte, err error) *inputError {
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
			return &inputError{Fatal: true, Message: "the JSON input is empty"}
		}
		return &inputError{Fatal: true, Message: "JSON: " + cpr.Redact(err.Error())}
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
	return &inputError{Line: line, Column: col, Fatal: true,
		Message: fmt.Sprintf("line %d, column %d: JSON: %s", line, col, cpr.Redact(err.Error()))}
}

func xmlRecords(in *input, p xmlformat.Profile) (*recordSource, error) {
	d := xmlformat.NewDecoder(in.r, p)
	h, err := d.Header()
	if err != nil {
		return nil, inputErrorOf(err, 0)
	}
	done := false
	src := &recordSource{in: in, unit: "line", header: h, hasHeader: true, close: func() error { return nil }}
	src.next = func() (siu.Record, int, error) {
		if done {
			return siu.Record{}, 0, io.EOF
		}
		rec, err := d.NextRecord()
		_, line, _ := d.RecordPos()
		if err == io.EOF {
			done = true
			return siu.Record{}, 0, io.EOF
		}
		if err != nil {
			ie := inputErrorOf(err, line)
			done = ie.Fatal
			return siu.Record{}, ie.Line, ie
		}
		return rec, line, nil
	}
	return src, nil
}

// inputErrorOf describes an error of csvformat or xmlformat, with the line
// it names (or line when it names none).
func inputErrorOf(err error, line int) *inputError {
	ie := &inputError{Line: line, Message: cpr.Redact(err.Error())}
	var pe *csvformat.ParseError
	var se *xmlformat.SyntaxError
	var fe *xmlformat.FieldError
	switch {
	case errors.As(err, &pe):
		ie.Fatal = pe.Fatal
		if pe.Line > 0 {
			ie.Line = pe.Line
		}
		ie.Column = pe.Column
	case errors.As(err, &se):
		ie.Fatal = true
		ie.Line, ie.Column = se.Line, se.Col
	case errors.As(err, &fe):
		if fe.Line > 0 {
			ie.Line, ie.Column = fe.Line, fe.Col
		}
		ie.Fatal = fe.Record == 0
	default:
		ie.Fatal = true
	}
	return ie
}
