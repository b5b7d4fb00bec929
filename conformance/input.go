package conformance

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/siu"
)

// Input is a delivery in the suite's neutral JSON form (input.json). Every
// value of the header and the lines is a string, so that a case can hold a
// malformed value exactly as a file or a finance system would deliver it.
// The JSON keys of the header and the lines are the field names findings
// use (Finding.Field): Municipality, Year, Area, and PsrID, KONTOSTRENG,
// BELOEB, STARTDATO, SLUTDATO. An empty string is a missing value.
type Input struct {
	// Today is the date (YYYY-MM-DD) the validator takes as today, for the
	// rule on future budget years (SIU-HDR-003). An implementation under
	// test must use it instead of its clock. Empty means the clock.
	Today string `json:"today"`
	// Header is the delivery's header.
	Header Header `json:"header"`
	// Lines are the delivery's lines in file order; line numbers in
	// findings count from 1 in this order.
	Lines []Line `json:"lines"`
}

// Header is a delivery header in the neutral form. See siu.Header for the
// meaning of each field.
type Header struct {
	Municipality string `json:"Municipality"` // municipality code, e.g. "101"
	Year         string `json:"Year"`         // budget year, e.g. "2025"
	Area         string `json:"Area"`         // VOKSEN, BOERN or SAMLET
	// Test is "true" for a test delivery; "false" or "" otherwise.
	Test string `json:"Test"`
	// Created is when the file was made, RFC 3339 with an offset, e.g.
	// "2026-03-02T09:15:00+01:00": CommunicationDateTime.
	Created           string `json:"Created"`
	Description       string `json:"Description"`
	SystemName        string `json:"SystemName"`
	SystemVersion     string `json:"SystemVersion"`
	ContactIdentifier string `json:"ContactIdentifier"`
	ContactEmail      string `json:"ContactEmail"`
}

// Line is one line (or, in postings.json, one posting) in the neutral form:
// SIU's five data elements as text, keyed by their XML element names.
type Line struct {
	PsrID   string `json:"PsrID"`       // ten digits, a CPR or fictive number
	Account string `json:"KONTOSTRENG"` // the account, 16 digits
	Amount  string `json:"BELOEB"`      // kroner, e.g. "-1250.50"
	Start   string `json:"STARTDATO"`   // YYYY-MM-DD
	End     string `json:"SLUTDATO"`    // YYYY-MM-DD
}

// InputError says which value of an Input could not be converted and why.
// It never holds the value itself, which may be a CPR number.
type InputError struct {
	// Line is the 1-based line or posting, or 0 for the header and today.
	Line int
	// Field is the JSON key of the value: "today", "Municipality",
	// "PsrID", ...
	Field string
	// Err is the cause.
	Err error
}

// Error implements error.
func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("conformance: line %d %s: %v", e.Line, e.Field, e.Err)
	}
	return fmt.Sprintf("conformance: %s: %v", e.Field, e.Err)
}

// Unwrap returns the cause.
func (e *InputError) Unwrap() error { return e.Err }

// TodayDate returns Today as a date; the zero Date when Today is empty.
func (in Input) TodayDate() (civil.Date, error) {
	if strings.TrimSpace(in.Today) == "" {
		return civil.Date{}, nil
	}
	d, err := civil.Parse(strings.TrimSpace(in.Today))
	if err != nil {
		return civil.Date{}, &InputError{Field: "today", Err: err}
	}
	return d, nil
}

// SIUHeader converts the header. An empty Municipality or Year gives 0 and
// an Area that is not VOKSEN, BOERN or SAMLET gives the zero Area, so that
// the validator can report them (SIU-HDR-001, SIU-HDR-002, SIU-HDR-005);
// a Municipality or Year that is not an integer, a Test other than "true",
// "false" or "", and a Created that is not RFC 3339 are errors.
func (h Header) SIUHeader() (siu.Header, error) {
	out := siu.Header{
		Description: h.Description,
		System:      siu.System{Name: h.SystemName, Version: h.SystemVersion},
		Contact:     siu.Contact{Identifier: h.ContactIdentifier, Email: h.ContactEmail},
	}
	var err error
	if out.Municipality, err = atoiOrZero(h.Municipality); err != nil {
		return siu.Header{}, &InputError{Field: "Municipality", Err: err}
	}
	if out.Year, err = atoiOrZero(h.Year); err != nil {
		return siu.Header{}, &InputError{Field: "Year", Err: err}
	}
	if a, err := siu.ParseArea(strings.TrimSpace(h.Area)); err == nil {
		out.Area = a
	}
	switch strings.TrimSpace(h.Test) {
	case "", "false":
	case "true":
		out.Test = true
	default:
		return siu.Header{}, &InputError{Field: "Test", Err: fmt.Errorf(`want "true", "false" or ""`)}
	}
	if s := strings.TrimSpace(h.Created); s != "" {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			return siu.Header{}, &InputError{Field: "Created", Err: fmt.Errorf("want RFC 3339 with an offset, e.g. 2026-03-02T09:15:00+01:00")}
		}
		out.Created = t
	}
	return out, nil
}

// atoiOrZero reads a decimal integer; "" is 0.
func atoiOrZero(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || len(s) > 9 {
		return 0, fmt.Errorf("not an integer of at most 9 digits (%d characters)", len(s))
	}
	return n, nil
}

// Record returns the line as a siu.Record, the raw text the validator's
// AddRecord checks.
func (l Line) Record() siu.Record {
	return siu.Record{PsrID: l.PsrID, Account: l.Account, Amount: l.Amount, Start: l.Start, End: l.End}
}

// SIULine parses the line with the record grammar of package siu
// (siu.ParsePsrID, siu.ParseAccount, siu.ParseAmount, siu.ParseDate): the
// one form each field takes in the XML file. An empty PsrID, KONTOSTRENG,
// STARTDATO or SLUTDATO gives the zero value of its field (a missing
// value, which encoders refuse); an empty BELOEB, which a siu.Line cannot
// hold (its zero is 0.00), and a malformed value are an *InputError whose
// Line is 0 (the caller knows the line).
func (l Line) SIULine() (siu.Line, error) {
	var out siu.Line
	var err error
	if out.PsrID, err = orZero(l.PsrID, siu.ParsePsrID); err != nil {
		return siu.Line{}, &InputError{Field: siu.FieldPsrID, Err: err}
	}
	if out.Account, err = orZero(l.Account, siu.ParseAccount); err != nil {
		return siu.Line{}, &InputError{Field: siu.FieldAccount, Err: err}
	}
	if out.Amount, err = siu.ParseAmount(l.Amount); err != nil {
		return siu.Line{}, &InputError{Field: siu.FieldAmount, Err: err}
	}
	if out.Start, err = orZero(l.Start, siu.ParseDate); err != nil {
		return siu.Line{}, &InputError{Field: siu.FieldStart, Err: err}
	}
	if out.End, err = orZero(l.End, siu.ParseDate); err != nil {
		return siu.Line{}, &InputError{Field: siu.FieldEnd, Err: err}
	}
	return out, nil
}

// orZero parses s, or gives the zero value when s is empty.
func orZero[T any](s string, parse func(string) (T, error)) (T, error) {
	if s == "" {
		var zero T
		return zero, nil
	}
	return parse(s)
}

// LineOf returns l in the neutral form: PsrID as ten digits, KONTOSTRENG
// canonical, BELOEB with exactly two decimals (or every decimal when it has
// more) and dates YYYY-MM-DD. Zero values give empty strings.
func LineOf(l siu.Line) Line {
	var out Line
	if l.PsrID.IsValid() {
		out.PsrID = l.PsrID.Digits()
	}
	if l.Account.IsValid() {
		out.Account = l.Account.String()
	}
	out.Amount = formatAmount(l.Amount)
	if l.Start.IsValid() {
		out.Start = l.Start.String()
	}
	if l.End.IsValid() {
		out.End = l.End.String()
	}
	return out
}

// formatAmount writes d with two decimals, or all of its decimals when it
// has more than two, so that nothing is rounded away.
func formatAmount(d decimal.Decimal) string {
	if d.Equal(d.Round(2)) {
		return d.StringFixed(2)
	}
	return d.String()
}

// Delivery parses the header and every line into a siu.Delivery, the form
// an encoder takes. Any value that does not parse is an *InputError naming
// the line and field. Missing values give zero values, which encoders
// refuse.
func (in Input) Delivery() (siu.Delivery, error) {
	h, err := in.Header.SIUHeader()
	if err != nil {
		return siu.Delivery{}, err
	}
	d := siu.Delivery{Header: h, Lines: make([]siu.Line, 0, len(in.Lines))}
	for i, l := range in.Lines {
		sl, err := l.SIULine()
		if err != nil {
			if ie, ok := err.(*InputError); ok {
				ie.Line = i + 1
			}
			return siu.Delivery{}, err
		}
		d.Lines = append(d.Lines, sl)
	}
	return d, nil
}
