package xmlformat

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/siukit/siukit/siu"
)

// Encoder writes one SIU file in the canonical bytes of its profile, one
// line at a time, like encoding/csv's Writer: WriteHeader once, WriteLine
// for each line, then Close. Its memory does not grow with the number of
// lines.
//
// Every value is checked before anything of it is written: a header or a
// line with a missing or malformed value returns a *FieldError and writes
// nothing, and the Encoder stays usable. Calls out of order return
// ErrNoHeader, ErrHeaderWritten or ErrClosed. An error of the underlying
// writer is returned by that call and every later one.
//
// An Encoder is not safe for concurrent use.
type Encoder struct {
	p     Profile
	w     *bufio.Writer
	err   error // sticky: an invalid profile or a write error
	state encState
	lines int    // lines written
	buf   []byte // one line or the header, reused

	// The fixed text around a record's five values.
	rec [6]string
}

type encState uint8

const (
	encNew encState = iota
	encHeader
	encLines
	encClosed
)

// The canonical text's fixed parts.
const (
	xmlDeclaration = `<?xml version="1.0" encoding="UTF-8"?>` + "\n"
	dateTimeLayout = "2006-01-02T15:04:05-07:00"
)

// NewEncoder returns an Encoder writing to w with the names and codes of
// p. If p is not valid (see Profile.Validate), every method returns that
// error. Output is buffered; Close flushes it.
func NewEncoder(w io.Writer, p Profile) *Encoder {
	e := &Encoder{p: p, w: bufio.NewWriterSize(w, 64<<10), buf: make([]byte, 0, 1024)}
	if err := p.Validate(); err != nil {
		e.err = err
		return e
	}
	f := p.Fields
	open := func(n string) string { return "<" + n + ">" }
	shut := func(n string) string { return "</" + n + ">\n" }
	e.rec = [6]string{
		"    " + open(p.Record) + "\n      " + open(f.PsrID),
		shut(f.PsrID) + "      " + open(f.Account),
		shut(f.Account) + "      " + open(f.Amount),
		shut(f.Amount) + "      " + open(f.Start),
		shut(f.Start) + "      " + open(f.End),
		shut(f.End) + "    " + shut(p.Record),
	}
	return e
}

// WriteHeader checks h and writes everything before the first record: the
// declaration, the root, DeliveryMetadataNewStructure and the area. A test
// delivery (h.Test) gets the profile's TestFormID. Created is written in
// RFC 3339 with its offset, in whole seconds (a fraction is dropped).
func (e *Encoder) WriteHeader(h siu.Header) error {
	if e.err != nil {
		return e.err
	}
	switch e.state {
	case encClosed:
		return ErrClosed
	case encHeader, encLines:
		return ErrHeaderWritten
	}
	if err := checkHeader(h); err != nil {
		return err
	}
	e.buf = e.appendHeader(e.buf[:0], h)
	if _, err := e.w.Write(e.buf); err != nil {
		e.err = err
		return err
	}
	e.state = encHeader
	return nil
}

// WriteLine checks l and writes it as one record. A zero PsrID, account,
// start or end date, or an amount with more than two decimals or of
// 10^siu.MaxAmountDigits kroner or more, returns a *FieldError and writes
// nothing of l; each is an error rule of package siu (SIU-PSR-001,
// SIU-KTO-001, SIU-PER-001, SIU-BEL-002, SIU-BEL-006).
// WriteLine does not judge the values any further (a start after the end,
// an account not in the chart): that is the siu package's validation.
func (e *Encoder) WriteLine(l siu.Line) error {
	if e.err != nil {
		return e.err
	}
	switch e.state {
	case encNew:
		return ErrNoHeader
	case encClosed:
		return ErrClosed
	}
	b, err := e.appendLine(e.buf[:0], l, e.lines+1)
	e.buf = b
	if err != nil {
		return err
	}
	if e.state == encHeader {
		// The collection opens with the first line; see Close.
		e.writeString("  <" + e.p.Collection + ">\n")
		if e.err != nil {
			return e.err
		}
		e.state = encLines
	}
	if _, err := e.w.Write(b); err != nil {
		e.err = err
		return err
	}
	e.lines++
	return nil
}

// Close writes the closing tags and flushes the buffer. It does not close
// the underlying writer. A delivery without lines gets an empty
// collection element, <IndividUdgiftStrukturSamling/> in the default
// profile. Close before WriteHeader returns ErrNoHeader and writes
// nothing; a second Close returns ErrClosed.
func (e *Encoder) Close() error {
	if e.err != nil {
		return e.err
	}
	switch e.state {
	case encNew:
		return ErrNoHeader
	case encClosed:
		return ErrClosed
	case encHeader:
		e.writeString("  <" + e.p.Collection + "/>\n")
	case encLines:
		e.writeString("  </" + e.p.Collection + ">\n")
	}
	e.writeString("</" + e.p.Root + ">\n")
	e.state = encClosed
	if e.err == nil {
		e.err = e.w.Flush()
	}
	return e.err
}

// writeString writes s, keeping the first write error.
func (e *Encoder) writeString(s string) {
	if e.err != nil {
		return
	}
	if _, err := e.w.WriteString(s); err != nil {
		e.err = err
	}
}

// Encode writes d as one file. It checks the header and every line first
// and writes nothing unless all are right; the first problem is returned
// as a *FieldError.
func Encode(w io.Writer, p Profile, d siu.Delivery) error {
	if err := p.Validate(); err != nil {
		return err
	}
	if err := checkHeader(d.Header); err != nil {
		return err
	}
	var scratch []byte
	for i, l := range d.Lines {
		var err error
		if scratch, err = appendLineValues(scratch[:0], l, i+1, &p.Fields, nil); err != nil {
			return err
		}
	}
	e := NewEncoder(w, p)
	if err := e.WriteHeader(d.Header); err != nil {
		return err
	}
	for _, l := range d.Lines {
		if err := e.WriteLine(l); err != nil {
			return err
		}
	}
	return e.Close()
}

// appendLine appends l as one record. On error b may hold part of it; the
// caller discards b.
func (e *Encoder) appendLine(b []byte, l siu.Line, record int) ([]byte, error) {
	return appendLineValues(b, l, record, &e.p.Fields, &e.rec)
}

// appendLineValues checks l's values and appends them, between the fixed
// parts rec when rec is not nil.
func appendLineValues(b []byte, l siu.Line, record int, f *FieldNames, rec *[6]string) ([]byte, error) {
	missing := func(field string) error {
		return &FieldError{Record: record, Field: field, Err: ErrMissing}
	}
	put := func(i int) {
		if rec != nil {
			b = append(b, rec[i]...)
		}
	}
	if !l.PsrID.IsValid() {
		return b, missing(f.PsrID)
	}
	if !l.Account.IsValid() {
		return b, missing(f.Account)
	}
	if !l.Start.IsValid() {
		return b, missing(f.Start)
	}
	if !l.End.IsValid() {
		return b, missing(f.End)
	}
	put(0)
	b = l.PsrID.AppendDigits(b)
	put(1)
	b = l.Account.AppendTo(b)
	put(2)
	b, err := appendAmount(b, l.Amount)
	if err != nil {
		return b, &FieldError{Record: record, Field: f.Amount, Err: err}
	}
	put(3)
	b = l.Start.AppendTo(b)
	put(4)
	b = l.End.AppendTo(b)
	put(5)
	return b, nil
}

// checkHeader reports the first header value the file cannot carry. Each
// refusal is an error rule of package siu's catalogue, with the same limits
// (siu.MaxDescriptionLen and its siblings, siu.IsXMLText,
// siu.IsEmailAddress), so that a header without an error finding is one the
// encoder writes.
func checkHeader(h siu.Header) error {
	bad := func(field string, err error) error { return &FieldError{Field: field, Err: err} }
	if h.Municipality < 100 || h.Municipality > 999 { // SIU-HDR-001
		return bad("EntityID", fmt.Errorf("%w: municipality code %d is not three digits", ErrRange, h.Municipality))
	}
	if h.Year < 1000 || h.Year > 9999 { // SIU-HDR-002, SIU-HDR-003
		return bad("Period", fmt.Errorf("%w: year %d is not four digits", ErrRange, h.Year))
	}
	if !h.Area.IsValid() { // SIU-HDR-005
		return bad("OMRAADE", fmt.Errorf("%w: area not set", ErrMissing))
	}
	if h.Created.IsZero() { // SIU-HDR-007
		return bad("CommunicationDateTime", fmt.Errorf("%w: Created not set", ErrMissing))
	}
	if y := h.Created.Year(); y < siu.MinCreatedYear || y > siu.MaxCreatedYear { // SIU-HDR-008
		return bad("CommunicationDateTime", fmt.Errorf("%w: year %d is outside %d-%d", ErrRange, y, siu.MinCreatedYear, siu.MaxCreatedYear))
	}
	_, off := h.Created.Zone()
	if off%60 != 0 { // SIU-HDR-008
		// RFC 3339 offsets are whole minutes (e.g. local mean time is not).
		return bad("CommunicationDateTime", fmt.Errorf("%w: the offset %ds is not whole minutes", ErrRange, off))
	}
	if d := time.Duration(off) * time.Second; d > siu.MaxCreatedOffset || d < -siu.MaxCreatedOffset { // SIU-HDR-008
		return bad("CommunicationDateTime", fmt.Errorf("%w: the offset %v is more than xs:dateTime's %v", ErrRange, d, siu.MaxCreatedOffset))
	}
	for _, t := range []struct {
		field, v string
		max      int
	}{
		{"CommunicationDescription", h.Description, siu.MaxDescriptionLen},
		{"SystemName", h.System.Name, siu.MaxSystemNameLen},
		{"SystemVersion", h.System.Version, siu.MaxSystemVersionLen},
		{"ContactIdentifier", h.Contact.Identifier, siu.MaxContactIdentifierLen},
		{"ContactEmailAddress", h.Contact.Email, 0},
	} {
		if !siu.IsXMLText(t.v) { // SIU-HDR-009
			return bad(t.field, fmt.Errorf("%w: invalid UTF-8 or a character XML cannot carry", ErrEncoding))
		}
		if n := utf8.RuneCountInString(t.v); t.max > 0 && n > t.max { // SIU-HDR-010
			return bad(t.field, fmt.Errorf("%w: %d characters, at most %d", ErrRange, n, t.max))
		}
	}
	if h.Contact.Email == "" { // SIU-HDR-011
		return bad("ContactEmailAddress", fmt.Errorf("%w: no e-mail address", ErrMissing))
	}
	if !siu.IsEmailAddress(h.Contact.Email) { // SIU-HDR-012
		return bad("ContactEmailAddress", fmt.Errorf("%w: want an e-mail address (local@domain)", ErrMalformed))
	}
	return nil
}

// appendHeader appends the canonical text before the first record.
func (e *Encoder) appendHeader(b []byte, h siu.Header) []byte {
	p := e.p
	en := p.Envelope
	env := p.EnvelopePrefix + ":"
	elem := func(indent int, name, text string) {
		for i := 0; i < indent; i++ {
			b = append(b, "  "...)
		}
		b = append(b, '<')
		b = append(b, name...)
		b = append(b, '>')
		b = appendEscapedText(b, text)
		b = append(b, "</"...)
		b = append(b, name...)
		b = append(b, ">\n"...)
	}
	open := func(indent int, name string) {
		for i := 0; i < indent; i++ {
			b = append(b, "  "...)
		}
		b = append(b, '<')
		b = append(b, name...)
		b = append(b, ">\n"...)
	}
	shut := func(indent int, name string) {
		for i := 0; i < indent; i++ {
			b = append(b, "  "...)
		}
		b = append(b, "</"...)
		b = append(b, name...)
		b = append(b, ">\n"...)
	}
	formID := p.Codes.FormID
	if h.Test {
		formID = p.Codes.TestFormID
	}
	created := h.Created.Truncate(time.Second).AppendFormat(nil, dateTimeLayout)

	b = append(b, xmlDeclaration...)
	b = append(b, '<')
	b = append(b, p.Root...)
	b = append(b, ` xmlns="`...)
	b = appendEscapedAttr(b, p.Namespace)
	b = append(b, `" xmlns:`...)
	b = append(b, p.EnvelopePrefix...)
	b = append(b, `="`...)
	b = appendEscapedAttr(b, p.EnvelopeNamespace)
	b = append(b, "\">\n"...)
	open(1, en.Metadata)
	open(2, env+en.Envelope)
	elem(3, env+en.Source, p.Codes.Source)
	elem(3, env+en.SurveyID, p.Codes.SurveyID)
	elem(3, env+en.FormID, formID)
	elem(3, env+en.Period, strconv.Itoa(h.Year))
	open(3, env+en.Entity)
	elem(4, env+en.EntityIDType, p.Codes.EntityIDType)
	elem(4, env+en.EntityID, strconv.Itoa(h.Municipality))
	shut(3, env+en.Entity)
	shut(2, env+en.Envelope)
	open(2, en.CommunicatorCollection)
	open(3, en.Communicator)
	elem(4, en.CommunicationDescription, h.Description)
	elem(4, en.CommunicationDateTime, string(created))
	open(4, en.SystemStructure)
	elem(5, en.SystemName, h.System.Name)
	elem(5, en.SystemVersion, h.System.Version)
	shut(4, en.SystemStructure)
	shut(3, en.Communicator)
	shut(2, en.CommunicatorCollection)
	open(2, en.ContactCollection)
	open(3, en.Contact)
	elem(4, en.ContactTypeName, p.Codes.ContactTypeName)
	elem(4, en.ContactIdentifier, h.Contact.Identifier)
	elem(4, en.ContactEmailAddress, h.Contact.Email)
	shut(3, en.Contact)
	shut(2, en.ContactCollection)
	elem(2, en.FormVersion, p.Codes.FormVersion)
	shut(1, en.Metadata)
	elem(1, p.Area, h.Area.String())
	return b
}
