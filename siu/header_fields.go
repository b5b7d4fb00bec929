package siu

import (
	"fmt"
	"strings"
	"time"
)

// HeaderFields are the header of a CSV or XLSX file, which carries none, as
// a person gives it as text: the flags of the command siu, the fields of
// the browser checker's form. Header reads them with one set of rules, so
// that the same values give the same header everywhere.
type HeaderFields struct {
	// Municipality and Year are required.
	Municipality, Year int
	// Area is VOKSEN, BOERN (or BØRN) or SAMLET, in any case (ParseAreaName);
	// empty means SAMLET.
	Area string
	Test bool

	// The envelope of the XML file, read when Header is asked for it:
	// Created is RFC 3339, empty for now; empty Description, System and
	// SystemVersion are WithDefaults'; Email is required.
	Created, Description, System, SystemVersion, Contact, Email string
}

// HeaderFieldError names the field of HeaderFields that is missing or
// wrong: "municipality", "year", "area", "created" or "email".
type HeaderFieldError struct {
	Field string
	Err   error // the cause, when there is one
}

func (e *HeaderFieldError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("siu: header field %s: %v", e.Field, e.Err)
	}
	return fmt.Sprintf("siu: header field %s missing", e.Field)
}

func (e *HeaderFieldError) Unwrap() error { return e.Err }

// Header returns the header the fields give, checked in the order of the
// fields: a field missing or wrong is a *HeaderFieldError. With envelope
// it reads the envelope too and fills it in with WithDefaults(now);
// without, the header has only Municipality, Year, Area and Test, as a
// spreadsheet's lines are validated (ValidateOptions.SkipEnvelope).
func (f HeaderFields) Header(envelope bool, now time.Time) (Header, error) {
	switch {
	case f.Municipality == 0:
		return Header{}, &HeaderFieldError{Field: "municipality"}
	case f.Year == 0:
		return Header{}, &HeaderFieldError{Field: "year"}
	}
	area, err := ParseAreaName(f.Area)
	h := Header{Municipality: f.Municipality, Year: f.Year, Area: area, Test: f.Test}
	if err != nil {
		return h, &HeaderFieldError{Field: "area", Err: err}
	}
	if !envelope {
		return h, nil
	}
	if s := strings.TrimSpace(f.Created); s != "" {
		if h.Created, err = time.Parse(time.RFC3339, s); err != nil {
			return h, &HeaderFieldError{Field: "created", Err: err}
		}
	}
	h.Description, h.System = f.Description, System{Name: f.System, Version: f.SystemVersion}
	h.Contact = Contact{Identifier: f.Contact, Email: strings.TrimSpace(f.Email)}
	if h.Contact.Email == "" {
		return h, &HeaderFieldError{Field: "email"}
	}
	return h.WithDefaults(now), nil
}

// ParseAreaName reads an area as a person writes it: VOKSEN, BOERN, BØRN or
// SAMLET in any case, with spaces around; empty is SAMLET (both areas).
// ParseArea reads the XML's exact form.
func ParseAreaName(s string) (Area, error) {
	s = strings.ReplaceAll(strings.ToUpper(strings.TrimSpace(s)), "Ø", "OE")
	if s == "" {
		return AreaSamlet, nil
	}
	return ParseArea(s)
}

// ParseIgnore is NewIgnore for lists of codes as a person writes them:
// each string holds codes separated by commas, semicolons or spaces, such
// as a repeated --ignore flag or a form's field gives them.
func ParseIgnore(lists ...string) (*Ignore, error) {
	var codes []string
	for _, l := range lists {
		codes = append(codes, strings.FieldsFunc(l, func(r rune) bool { return r == ',' || r == ';' || r == ' ' })...)
	}
	return NewIgnore(codes...)
}
