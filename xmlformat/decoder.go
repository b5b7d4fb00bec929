package xmlformat

import (
	"fmt"
	"io"
	"iter"
	"time"

	"github.com/siukit/siukit/siu"
)

// Decoder reads one SIU file of its profile, one record at a time, like
// encoding/csv's Reader: Header, then Next (or NextRecord) until io.EOF.
// It holds one record at a time, never the document, so a file of any size
// is read in constant memory.
//
// The decoder reads the profile exactly: the root and namespaces, every
// element in its order, nothing unknown, missing or repeated, the codes
// of the profile. It refuses DTDs and entity declarations (so no entity is
// ever expanded and nothing external is fetched) and enforces Limits.
// Such problems, and malformed XML, are a *SyntaxError, which is fatal:
// every later call returns it. A malformed value inside an intact record
// is a *FieldError from Next; reading goes on with the next record.
//
// A Decoder is not safe for concurrent use.
type Decoder struct {
	// Limits bound what the decoder accepts. Set them before the first
	// call; a zero field means its default.
	Limits Limits

	p     Profile
	r     io.Reader
	s     *scanner
	state decState
	err   error // fatal and sticky
	hdr   siu.Header
	hdrOK bool

	records int // records read
	recLine int // position of the last record's start tag
	recCol  int
	raw     []byte    // the last record's five texts, concatenated
	ends    [5]int    // end of each text in raw
	pos     [5][2]int // line and column of each field's element
	names   [5]string // the profile's field names, in order
}

type decState uint8

const (
	decNew     decState = iota // nothing read
	decRecords                 // inside the collection
	decAfter                   // the collection has ended
	decEOF                     // the whole file has been read
)

// NewDecoder returns a Decoder reading r with the names and codes of p. If
// p is not valid (see Profile.Validate), every method returns that error.
// The Decoder buffers its input; it does not close r.
func NewDecoder(r io.Reader, p Profile) *Decoder {
	d := &Decoder{p: p, r: r}
	if err := p.Validate(); err != nil {
		d.err = err
	}
	f := p.Fields
	d.names = [5]string{f.PsrID, f.Account, f.Amount, f.Start, f.End}
	return d
}

// Header reads the file up to its first record and returns the header.
// A test delivery (the profile's TestFormID) has Test set. Later calls
// return the same header and error.
func (d *Decoder) Header() (siu.Header, error) {
	if d.state == decNew && d.err == nil {
		d.start()
	}
	if !d.hdrOK {
		return siu.Header{}, d.err
	}
	return d.hdr, nil
}

// Next returns the next line. It returns io.EOF after the last one, once
// the whole file, up to its end, has been read and found well formed. A
// value that does not have the profile's form (see FieldError) returns the
// zero Line and a *FieldError for the first such field of the record; the
// next call reads the next record. Next reads the header first if Header
// was not called.
func (d *Decoder) Next() (siu.Line, error) {
	if err := d.advance(); err != nil {
		return siu.Line{}, err
	}
	return d.line()
}

// NextRecord returns the next record as text, each field as written in
// the file (references replaced), without checking the values. It is for
// validators that report a malformed value as a finding. It returns
// io.EOF after the last record.
//
// Because the values are not checked, a value in a form the file does not
// admit but siu.Validator.AddRecord reads (a hyphen in PsrID, a dotted
// KONTOSTRENG, an amount without decimals) passes through: use Next, or the
// schema check of package xmlformat/xsd, to hold a file to its form.
func (d *Decoder) NextRecord() (siu.Record, error) {
	if err := d.advance(); err != nil {
		return siu.Record{}, err
	}
	all := string(d.raw) // one allocation for the five fields
	return siu.Record{
		PsrID:   all[:d.ends[0]],
		Account: all[d.ends[0]:d.ends[1]],
		Amount:  all[d.ends[1]:d.ends[2]],
		Start:   all[d.ends[2]:d.ends[3]],
		End:     all[d.ends[3]:d.ends[4]],
	}, nil
}

// All returns an iterator over the remaining lines, for use in a range
// loop. It yields each line with a nil error, a line's *FieldError with
// the zero Line and goes on, and stops after yielding a fatal error. It
// does not yield io.EOF.
func (d *Decoder) All() iter.Seq2[siu.Line, error] {
	return func(yield func(siu.Line, error) bool) {
		for {
			l, err := d.Next()
			if err == io.EOF || !yield(l, err) || d.err != nil {
				return
			}
		}
	}
}

// Records is All for NextRecord.
func (d *Decoder) Records() iter.Seq2[siu.Record, error] {
	return func(yield func(siu.Record, error) bool) {
		for {
			r, err := d.NextRecord()
			if err == io.EOF || !yield(r, err) || d.err != nil {
				return
			}
		}
	}
}

// RecordPos returns the number of the last record read (1-based) and the
// line and column of its start tag in the input, for findings that point
// into the file.
func (d *Decoder) RecordPos() (record, line, col int) {
	return d.records, d.recLine, d.recCol
}

// start reads the header.
func (d *Decoder) start() {
	d.s = newScanner(d.r, d.Limits, d.p.Namespace, d.p.EnvelopeNamespace, xsiNamespace)
	if err := d.readHeader(); err != nil {
		d.err = err
		return
	}
	d.hdrOK = true
}

// advance reads the next record into raw, or returns io.EOF.
func (d *Decoder) advance() error {
	if d.state == decNew && d.err == nil {
		d.start()
	}
	if d.err != nil {
		return d.err
	}
	if d.state == decEOF {
		return io.EOF
	}
	err := d.readRecord()
	switch {
	case err == io.EOF:
		d.state = decEOF
	case err != nil:
		d.err = err
	}
	return err
}

// readRecord reads one record, or the end of the file.
func (d *Decoder) readRecord() error {
	s, ns := d.s, d.p.Namespace
	if d.state == decRecords {
		if err := s.nextTag(); err != nil {
			return err
		}
		if s.kind == tokEnd {
			d.state = decAfter
		} else if string(s.local) != d.p.Record || s.space != ns {
			return d.unexpected(ns, d.p.Record, d.p.Collection)
		}
	}
	if d.state == decAfter {
		if err := d.close(d.p.Root, d.p.Collection); err != nil {
			return err
		}
		if err := s.nextTag(); err != nil {
			return err
		}
		// After the root, nextTag returns an error for anything but
		// comments, processing instructions and white space.
		return io.EOF
	}

	d.records++
	d.recLine, d.recCol = s.tline, s.tcol
	empty := s.empty
	d.raw = d.raw[:0]
	for i, name := range d.names {
		if empty {
			return s.errAt(d.recLine, d.recCol, ErrStructure, "record %d: missing element <%s>", d.records, name)
		}
		if err := s.nextTag(); err != nil {
			return err
		}
		if s.kind == tokEnd {
			return s.errAt(s.tline, s.tcol, ErrStructure, "record %d: missing element <%s>", d.records, name)
		}
		if string(s.local) != name || s.space != ns {
			return d.fieldOrder(i)
		}
		d.pos[i] = [2]int{s.tline, s.tcol}
		if !s.empty {
			if err := s.readText(); err != nil {
				return err
			}
			d.raw = append(d.raw, s.text...)
		}
		d.ends[i] = len(d.raw)
	}
	if empty {
		return nil
	}
	return d.close(d.p.Record, d.names[4])
}

// fieldOrder explains a record child that is not the i-th field.
func (d *Decoder) fieldOrder(i int) error {
	s := d.s
	found := safeName(s.local)
	if s.space == d.p.Namespace {
		for j, name := range d.names {
			if string(s.local) != name {
				continue
			}
			if j < i {
				return s.errAt(s.tline, s.tcol, ErrStructure, "record %d: repeated element <%s>", d.records, found)
			}
			return s.errAt(s.tline, s.tcol, ErrStructure, "record %d: missing element <%s> before <%s>", d.records, d.names[i], found)
		}
	}
	return d.unexpected(d.p.Namespace, d.names[i], d.p.Record)
}

// unexpected explains a start tag that is not the element want.
func (d *Decoder) unexpected(ns, want, parent string) error {
	s := d.s
	if string(s.local) == want {
		return s.errAt(s.tline, s.tcol, ErrStructure, "element <%s> is in namespace %s, want %q", want, safeText([]byte(s.space)), ns)
	}
	return s.errAt(s.tline, s.tcol, ErrStructure, "unknown element <%s> in <%s>, want <%s>", safeName(s.qname), parent, want)
}

// open reads the start tag of the element name, which holds elements.
func (d *Decoder) open(ns, name, parent string) error {
	s := d.s
	if err := s.nextTag(); err != nil {
		return err
	}
	if err := d.want(ns, name, parent); err != nil {
		return err
	}
	if s.empty {
		return s.errAt(s.tline, s.tcol, ErrStructure, "element <%s> is empty", name)
	}
	return nil
}

// want checks that the token just read starts the element name.
func (d *Decoder) want(ns, name, parent string) error {
	s := d.s
	if s.kind == tokEnd {
		return s.errAt(s.tline, s.tcol, ErrStructure, "missing element <%s> in <%s>", name, parent)
	}
	if string(s.local) != name || s.space != ns {
		return d.unexpected(ns, name, parent)
	}
	return nil
}

// text reads the element name, which holds text, and returns the text
// (valid until the next read) and the element's position.
func (d *Decoder) text(ns, name, parent string) (v []byte, line, col int, err error) {
	s := d.s
	if err := s.nextTag(); err != nil {
		return nil, 0, 0, err
	}
	if err := d.want(ns, name, parent); err != nil {
		return nil, 0, 0, err
	}
	line, col = s.tline, s.tcol
	if s.empty {
		return nil, line, col, nil
	}
	if err := s.readText(); err != nil {
		return nil, 0, 0, err
	}
	return s.text, line, col, nil
}

// close reads the end tag of the element name, whose last child is last.
func (d *Decoder) close(name, last string) error {
	s := d.s
	if err := s.nextTag(); err != nil {
		return err
	}
	if s.kind == tokStart {
		if string(s.local) == last {
			return s.errAt(s.tline, s.tcol, ErrStructure, "repeated element <%s> in <%s>", last, name)
		}
		return s.errAt(s.tline, s.tcol, ErrStructure, "unknown element <%s> in <%s>, want its end", safeName(s.qname), name)
	}
	return nil
}

// readHeader reads everything before the first record.
func (d *Decoder) readHeader() error {
	s, p := d.s, d.p
	ns, env, en, c := p.Namespace, p.EnvelopeNamespace, p.Envelope, p.Codes
	var h siu.Header

	if err := s.prolog(); err != nil {
		return err
	}
	if err := s.nextTag(); err != nil {
		return err
	}
	if string(s.local) != p.Root {
		return s.errAt(s.tline, s.tcol, ErrStructure, "the root element is <%s>, want <%s>", safeName(s.qname), p.Root)
	}
	if s.space != ns {
		return s.errAt(s.tline, s.tcol, ErrStructure, "the root element <%s> is in namespace %s, want %q", p.Root, safeText([]byte(s.space)), ns)
	}
	if s.empty {
		return s.errAt(s.tline, s.tcol, ErrStructure, "the root element <%s> is empty", p.Root)
	}

	var err error
	step := func(f func() error) {
		if err == nil {
			err = f()
		}
	}
	open := func(ns, name, parent string) { step(func() error { return d.open(ns, name, parent) }) }
	shut := func(name, last string) { step(func() error { return d.close(name, last) }) }
	// text reads a text element and hands its value to use.
	text := func(ns, name, parent string, use func(v []byte) error) {
		step(func() error {
			v, line, col, err := d.text(ns, name, parent)
			if err != nil {
				return err
			}
			if err := use(v); err != nil {
				return &FieldError{Field: name, Line: line, Col: col, Err: err}
			}
			return nil
		})
	}
	code := func(want string) func(v []byte) error {
		return func(v []byte) error {
			if string(v) != want {
				return fmt.Errorf("%w: want %q", ErrMismatch, want)
			}
			return nil
		}
	}
	str := func(dst *string) func(v []byte) error {
		return func(v []byte) error { *dst = string(v); return nil }
	}

	open(ns, en.Metadata, p.Root)
	open(env, en.Envelope, en.Metadata)
	text(env, en.Source, en.Envelope, code(c.Source))
	text(env, en.SurveyID, en.Envelope, code(c.SurveyID))
	text(env, en.FormID, en.Envelope, func(v []byte) error {
		switch string(v) {
		case c.FormID:
			h.Test = false
		case c.TestFormID:
			h.Test = true
		default:
			return fmt.Errorf("%w: want %q (production) or %q (test)", ErrMismatch, c.FormID, c.TestFormID)
		}
		return nil
	})
	text(env, en.Period, en.Envelope, func(v []byte) error {
		var ok bool
		h.Year, ok = digits(v, 4)
		if !ok {
			return fmt.Errorf("%w: want the budget year, four digits", ErrMalformed)
		}
		return nil
	})
	open(env, en.Entity, en.Envelope)
	text(env, en.EntityIDType, en.Entity, code(c.EntityIDType))
	text(env, en.EntityID, en.Entity, func(v []byte) error {
		var ok bool
		h.Municipality, ok = digits(v, 3)
		if !ok {
			return fmt.Errorf("%w: want the municipality code, three digits", ErrMalformed)
		}
		return nil
	})
	shut(en.Entity, en.EntityID)
	shut(en.Envelope, en.Entity)
	open(ns, en.CommunicatorCollection, en.Metadata)
	open(ns, en.Communicator, en.CommunicatorCollection)
	text(ns, en.CommunicationDescription, en.Communicator, str(&h.Description))
	text(ns, en.CommunicationDateTime, en.Communicator, func(v []byte) error {
		t, err := time.Parse(time.RFC3339, string(v))
		if err != nil {
			return fmt.Errorf("%w: want a date and time with offset, e.g. 2026-03-02T09:15:00+01:00", ErrMalformed)
		}
		h.Created = t
		return nil
	})
	open(ns, en.SystemStructure, en.Communicator)
	text(ns, en.SystemName, en.SystemStructure, str(&h.System.Name))
	text(ns, en.SystemVersion, en.SystemStructure, str(&h.System.Version))
	shut(en.SystemStructure, en.SystemVersion)
	shut(en.Communicator, en.SystemStructure)
	shut(en.CommunicatorCollection, en.Communicator)
	open(ns, en.ContactCollection, en.Metadata)
	open(ns, en.Contact, en.ContactCollection)
	text(ns, en.ContactTypeName, en.Contact, code(c.ContactTypeName))
	text(ns, en.ContactIdentifier, en.Contact, str(&h.Contact.Identifier))
	text(ns, en.ContactEmailAddress, en.Contact, str(&h.Contact.Email))
	shut(en.Contact, en.ContactEmailAddress)
	shut(en.ContactCollection, en.Contact)
	text(ns, en.FormVersion, en.Metadata, code(c.FormVersion))
	shut(en.Metadata, en.FormVersion)
	text(ns, p.Area, p.Root, func(v []byte) error {
		a, err := siu.ParseArea(string(v))
		if err != nil {
			return fmt.Errorf("%w: want VOKSEN, BOERN or SAMLET", ErrMalformed)
		}
		h.Area = a
		return nil
	})
	step(func() error {
		if err := s.nextTag(); err != nil {
			return err
		}
		return d.want(ns, p.Collection, p.Root)
	})
	if err != nil {
		return err
	}
	d.state = decRecords
	if s.empty {
		d.state = decAfter
	}
	d.hdr = h
	return nil
}

// digits reads exactly n ASCII digits.
func digits(v []byte, n int) (int, bool) {
	if len(v) != n {
		return 0, false
	}
	x := 0
	for _, c := range v {
		if c < '0' || c > '9' {
			return 0, false
		}
		x = x*10 + int(c-'0')
	}
	return x, true
}

// line parses the record in raw with the record grammar of package siu
// (siu.ParsePsrID, siu.ParseAccount, siu.ParseAmount, siu.ParseDate), the
// same grammar Validator.AddRecord and the csvformat reader use.
func (d *Decoder) line() (siu.Line, error) {
	all := string(d.raw) // one allocation for the parsers' strings
	field := func(i int) string {
		if i == 0 {
			return all[:d.ends[0]]
		}
		return all[d.ends[i-1]:d.ends[i]]
	}
	bad := func(i int, err error) (siu.Line, error) {
		return siu.Line{}, &FieldError{Record: d.records, Field: d.names[i], Line: d.pos[i][0], Col: d.pos[i][1], Err: err}
	}
	var l siu.Line
	var err error
	if l.PsrID, err = siu.ParsePsrID(field(0)); err != nil {
		return bad(0, err)
	}
	if l.Account, err = siu.ParseAccount(field(1)); err != nil {
		return bad(1, err)
	}
	if l.Amount, err = siu.ParseAmount(field(2)); err != nil {
		return bad(2, err)
	}
	if l.Start, err = siu.ParseDate(field(3)); err != nil {
		return bad(3, err)
	}
	if l.End, err = siu.ParseDate(field(4)); err != nil {
		return bad(4, err)
	}
	return l, nil
}
