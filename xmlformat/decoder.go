package xmlformat

import (
	"io"
	"iter"
	"slices"
	"unicode/utf8"

	"github.com/siukit/siukit/siu"
)

// Decoder reads one SIU file of its profile, one record at a time, like
// encoding/csv's Reader: Header, then Next (or NextRecord) until io.EOF.
// It holds one record at a time, never the document, so a file of any size
// is read in constant memory.
//
// The decoder reads the profile exactly: the root and namespaces, every
// element in its order, nothing unknown, missing or repeated, the codes
// of the profile. The envelope (DeliveryMetadataNewStructure) may take
// any form DST's published envelope schema admits, no more (see the
// package documentation, "Reading"); Envelope returns what it holds. It
// refuses DTDs and entity declarations (so no entity is ever expanded and
// nothing external is fetched) and enforces Limits.
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
	env   Envelope
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
//
// The envelope may take any form DST's published envelope schema admits
// (see the package documentation, "Reading"); the header holds the first
// CommunicatorStructure's description, time and system and the first
// ContactStructure of the profile's ContactTypeName. Envelope returns
// everything else.
func (d *Decoder) Header() (siu.Header, error) {
	if d.state == decNew && d.err == nil {
		d.start()
	}
	if !d.hdrOK {
		return siu.Header{}, d.err
	}
	return d.hdr, nil
}

// Envelope reads the header as Header does and returns the delivery
// metadata as the file carries it: the optional elements siu.Header has
// no place for (RefID, EntityPath, Authorisation, ReportingDataType,
// DBoksContactNewStructure), every CommunicatorStructure and every
// ContactStructure. The result is the caller's to keep or change.
func (d *Decoder) Envelope() (Envelope, error) {
	if _, err := d.Header(); err != nil {
		return Envelope{}, err
	}
	e := d.env
	e.Communicators = slices.Clone(e.Communicators)
	e.Contacts = slices.Clone(e.Contacts)
	if e.Authorisation != nil {
		a := *e.Authorisation
		e.Authorisation = &a
	}
	if e.DBoks != nil {
		db := *e.DBoks
		e.DBoks = &db
	}
	return e, nil
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
	d.s.nillable = d.p.nillable
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

// readHeader reads everything before the first record: the root's start
// tag, DeliveryMetadataNewStructure in every form DST's envelope schema
// admits (see hdr), OMRAADE and the collection's start tag.
func (d *Decoder) readHeader() error {
	s, p := d.s, d.p
	ns, env, en, c := p.Namespace, p.EnvelopeNamespace, p.Envelope, p.Codes

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

	r := &hdr{d: d, s: s}
	e := &d.env
	*e = Envelope{HeaderContact: -1}
	var h siu.Header
	code := func(want string) func(v []byte) error {
		return func(v []byte) error {
			if string(v) != want {
				return detail(ErrMismatch, "want %q", want)
			}
			return nil
		}
	}

	r.enter(ns, en.Metadata, p.Root, false)

	// dst:Envelope: Source, RefID?, SurveyID, FormID, Period,
	// Entity{EntityIDType, EntityID, EntityPath?, Authorisation?},
	// ReportingDataType?.
	r.enter(env, en.Envelope, en.Metadata, false)
	e.Source = r.leaf(env, en.Source, en.Envelope, code(c.Source))
	r.optional(env, nameRefID, &e.RefID, nil)
	e.SurveyID = r.leaf(env, en.SurveyID, en.Envelope, code(c.SurveyID))
	e.FormID = r.leaf(env, en.FormID, en.Envelope, func(v []byte) error {
		switch string(v) {
		case c.FormID:
			h.Test = false
		case c.TestFormID:
			h.Test = true
		default:
			return detail(ErrMismatch, "want %q (production) or %q (test)", c.FormID, c.TestFormID)
		}
		return nil
	})
	e.Period = r.leaf(env, en.Period, en.Envelope, func(v []byte) error {
		var ok bool
		h.Year, ok = digits(v, 4)
		if !ok {
			return detail(ErrMalformed, "want the budget year, four digits")
		}
		return nil
	})
	r.enter(env, en.Entity, en.Envelope, false)
	e.EntityIDType = r.leaf(env, en.EntityIDType, en.Entity, code(c.EntityIDType))
	e.EntityID = r.leaf(env, en.EntityID, en.Entity, func(v []byte) error {
		var ok bool
		h.Municipality, ok = digits(v, 3)
		if !ok {
			return detail(ErrMalformed, "want the municipality code, three digits")
		}
		return nil
	})
	r.optional(env, nameEntityPath, &e.EntityPath, nil)
	if r.at(env, nameAuthorisation) {
		a := &Authorisation{}
		e.Authorisation = a
		if r.enter(env, nameAuthorisation, en.Entity, true) {
			r.optional(env, nameAutID, &a.AutID, maxRunes(maxAutID))
			r.optional(env, nameAutSubID, &a.AutSubID, nil)
			r.optional(env, namePrivilige, &a.Privilige, nil)
			r.leave(nameAuthorisation)
		}
	}
	r.leave(en.Entity)
	r.optional(env, nameReportingDataType, &e.ReportingDataType, nil)
	r.leave(en.Envelope)

	// CommunicatorStructureCollection*, each CommunicatorStructure+ of
	// CommunicationDescription, CommunicationDateTime, SystemStructure?.
	// The first CommunicatorStructure is the header's; the others the
	// validator does not see, so their values are checked here.
	for r.at(ns, en.CommunicatorCollection) {
		r.enter(ns, en.CommunicatorCollection, en.Metadata, false)
		for first := true; r.err == nil && (first || r.at(ns, en.Communicator)); first = false {
			r.enter(ns, en.Communicator, en.CommunicatorCollection, false)
			r.item()
			m := Communicator{Collection: e.CommunicatorCollections}
			header := len(e.Communicators) == 0
			check := func(max int) func([]byte) error {
				if header {
					return nil // the validator's (SIU-HDR-010)
				}
				return maxRunes(max)
			}
			m.Description = r.leaf(ns, en.CommunicationDescription, en.Communicator, check(siu.MaxDescriptionLen))
			m.DateTime = r.leaf(ns, en.CommunicationDateTime, en.Communicator, func(v []byte) error {
				t, _, ok := parseDateTime(v)
				if !ok {
					return detail(ErrMalformed, "want an xs:dateTime such as 2026-03-02T09:15:00+01:00 (or without the offset, Danish time)")
				}
				m.Time = t
				return nil
			})
			if r.at(ns, en.SystemStructure) {
				m.HasSystem = true
				r.enter(ns, en.SystemStructure, en.Communicator, false)
				m.SystemName = r.leaf(ns, en.SystemName, en.SystemStructure, check(siu.MaxSystemNameLen))
				m.SystemVersion = r.leaf(ns, en.SystemVersion, en.SystemStructure, check(siu.MaxSystemVersionLen))
				r.leave(en.SystemStructure)
			}
			r.leave(en.Communicator)
			if r.err == nil {
				e.Communicators = append(e.Communicators, m)
				if header {
					h.Description, h.Created = m.Description, m.Time
					h.System = siu.System{Name: m.SystemName, Version: m.SystemVersion}
				}
			}
		}
		r.leave(en.CommunicatorCollection)
		e.CommunicatorCollections++
	}

	// ContactStructureCollection*, each ContactStructure+ of
	// ContactTypeName, ContactIdentifier, ContactEmailAddress. The first
	// of the profile's ContactTypeName is the header's; the others the
	// validator does not see, so their values are checked here.
	for r.at(ns, en.ContactCollection) {
		r.enter(ns, en.ContactCollection, en.Metadata, false)
		for first := true; r.err == nil && (first || r.at(ns, en.Contact)); first = false {
			r.enter(ns, en.Contact, en.ContactCollection, false)
			r.item()
			ct := Contact{Collection: e.ContactCollections}
			header := false
			ct.TypeName = r.leaf(ns, en.ContactTypeName, en.Contact, func(v []byte) error {
				header = e.HeaderContact < 0 && string(v) == c.ContactTypeName
				if header {
					return nil
				}
				return maxRunes(maxContactTypeName)(v)
			})
			check := func(f func([]byte) error) func([]byte) error {
				if header {
					return nil // the validator's (SIU-HDR-010 to SIU-HDR-012)
				}
				return f
			}
			ct.Identifier = r.leaf(ns, en.ContactIdentifier, en.Contact, check(maxRunes(siu.MaxContactIdentifierLen)))
			ct.Email = r.leaf(ns, en.ContactEmailAddress, en.Contact, check(func(v []byte) error {
				if !siu.IsEmailAddress(string(v)) {
					return detail(ErrMalformed, "want an e-mail address of the xkom type: one @, at most %d characters before it and 1 to %d after it", siu.MaxEmailLocalLen, siu.MaxEmailDomainLen)
				}
				return nil
			}))
			r.leave(en.Contact)
			if r.err == nil {
				if header {
					e.HeaderContact = len(e.Contacts)
					h.Contact = siu.Contact{Identifier: ct.Identifier, Email: ct.Email}
				}
				e.Contacts = append(e.Contacts, ct)
			}
		}
		r.leave(en.ContactCollection)
		e.ContactCollections++
	}

	// DBoksContactNewStructure? {CVRnumberIdentifier?,
	// ProductionUnitIdentifier?}, FormVersion?.
	if r.at(ns, nameDBoks) {
		db := &DBoksContact{}
		e.DBoks = db
		if r.enter(ns, nameDBoks, en.Metadata, true) {
			r.optional(ns, nameCVR, &db.CVR, func(v []byte) error {
				if _, ok := digits(v, lenCVR); !ok {
					return detail(ErrMalformed, "want a CVR number, %d digits", lenCVR)
				}
				return nil
			})
			r.optional(ns, nameProductionUnit, &db.ProductionUnit, func(v []byte) error {
				if utf8.RuneCount(v) != lenProductionUnit {
					return detail(ErrMalformed, "want a P-number of exactly %d characters", lenProductionUnit)
				}
				return nil
			})
			r.leave(nameDBoks)
		}
	}
	r.optional(ns, en.FormVersion, &e.FormVersion, code(c.FormVersion))
	r.leave(en.Metadata)

	r.leaf(ns, p.Area, p.Root, func(v []byte) error {
		a, err := siu.ParseArea(string(v))
		if err != nil {
			return detail(ErrMalformed, "want VOKSEN, BOERN or SAMLET")
		}
		h.Area = a
		return nil
	})
	r.expect(ns, p.Collection, p.Root)
	if r.err != nil {
		return r.err
	}
	d.state = decRecords
	if s.empty {
		d.state = decAfter
	}
	d.hdr = h
	return nil
}

// hdr reads the header element by element, with one tag of lookahead:
// an optional element is read when the next tag starts it. The first
// error stops it; every later call does nothing.
type hdr struct {
	d     *Decoder
	s     *scanner
	held  bool // the scanner's current tag is read but not yet taken
	items int  // CommunicatorStructure and ContactStructure elements read
	err   error
}

// peek reads the next tag unless one is held. It reports false after an
// error.
func (r *hdr) peek() bool {
	if r.err != nil {
		return false
	}
	if !r.held {
		if err := r.s.nextTag(); err != nil {
			r.err = err
			return false
		}
		r.held = true
	}
	return true
}

// at reports whether the next tag starts the element name in ns.
func (r *hdr) at(ns, name string) bool {
	return r.peek() && r.s.kind == tokStart && r.s.space == ns && string(r.s.local) == name
}

// expect takes the start tag of the element name in ns, a child of
// parent, or fails.
func (r *hdr) expect(ns, name, parent string) bool {
	if !r.peek() {
		return false
	}
	if !r.at(ns, name) {
		r.err = r.misplaced(ns, name, parent)
		return false
	}
	r.held = false
	return true
}

// enter takes the start tag of the element name, which holds elements,
// and reports whether it has content. An empty element (<x/>, or <x></x>
// with only white space, comments or processing instructions) is an
// error unless mayBeEmpty; an empty <x></x> reports true, and leave reads
// its end tag.
func (r *hdr) enter(ns, name, parent string, mayBeEmpty bool) bool {
	if !r.expect(ns, name, parent) {
		return false
	}
	if r.s.empty {
		if !mayBeEmpty {
			r.err = r.s.errAt(r.s.tline, r.s.tcol, ErrStructure, "element <%s> is empty", name)
		}
		return false
	}
	return true
}

// leave takes the end tag of the element name.
func (r *hdr) leave(name string) {
	if !r.peek() {
		return
	}
	s := r.s
	if s.kind == tokStart {
		switch {
		case r.d.headerName(s.space, s.local):
			r.err = s.errAt(s.tline, s.tcol, ErrStructure, "element <%s> is repeated or out of order in <%s>, want its end", safeName(s.qname), name)
		default:
			r.err = s.errAt(s.tline, s.tcol, ErrStructure, "unknown element <%s> in <%s>, want its end", safeName(s.qname), name)
		}
		return
	}
	r.held = false
}

// misplaced explains why the held tag is not the start of the element
// want in ns, a child of parent.
func (r *hdr) misplaced(ns, want, parent string) error {
	s := r.s
	switch {
	case s.kind == tokEnd:
		return s.errAt(s.tline, s.tcol, ErrStructure, "missing element <%s> in <%s>", want, parent)
	case string(s.local) == want:
		return s.errAt(s.tline, s.tcol, ErrStructure, "element <%s> is in namespace %s, want %q", want, safeText([]byte(s.space)), ns)
	case r.d.headerName(s.space, s.local):
		return s.errAt(s.tline, s.tcol, ErrStructure, "element <%s> is repeated or out of order in <%s>, want <%s>", safeName(s.qname), parent, want)
	}
	return s.errAt(s.tline, s.tcol, ErrStructure, "unknown element <%s> in <%s>, want <%s>", safeName(s.qname), parent, want)
}

// item counts one CommunicatorStructure or ContactStructure against
// Limits.MaxEnvelopeItems.
func (r *hdr) item() {
	if r.err != nil {
		return
	}
	if r.items++; r.items > r.s.lim.MaxEnvelopeItems {
		r.err = r.s.errAt(r.s.tline, r.s.tcol, ErrLimit, "more than %d CommunicatorStructure and ContactStructure elements", r.s.lim.MaxEnvelopeItems)
	}
}

// value reads the text of the element whose start tag was just taken,
// up to its end tag, and checks it with check (nil: any text). A nilled
// element (xsi:nil true) must be empty, and its value is not checked.
func (r *hdr) value(name string, check func(v []byte) error) (v string, nilled bool) {
	s := r.s
	line, col := s.tline, s.tcol
	nilled = s.nilled == nilTrue
	var text []byte
	if !s.empty {
		if err := s.readText(); err != nil {
			r.err = err
			return "", false
		}
		text = s.text
		if nilled && (len(text) > 0 || s.cdata) {
			r.err = s.errAt(line, col, ErrStructure, "element <%s> is nil (xsi:nil) but has content", name)
			return "", false
		}
	}
	if !nilled && check != nil {
		if err := check(text); err != nil {
			r.err = &FieldError{Field: name, Line: line, Col: col, Err: err}
			return "", false
		}
	}
	return string(text), nilled
}

// leaf reads the required text element name in ns, a child of parent,
// checks its value with use and returns it.
func (r *hdr) leaf(ns, name, parent string, use func(v []byte) error) string {
	if !r.expect(ns, name, parent) {
		return ""
	}
	v, _ := r.value(name, use)
	return v
}

// optional reads the text element name in ns into o if it comes next.
func (r *hdr) optional(ns, name string, o *Optional, check func(v []byte) error) {
	if !r.at(ns, name) {
		return
	}
	r.held = false
	o.Present = true
	o.Value, o.Nil = r.value(name, check)
}

// maxRunes checks that a value has at most n characters.
func maxRunes(n int) func(v []byte) error {
	return func(v []byte) error {
		if c := utf8.RuneCount(v); c > n {
			return detail(ErrMalformed, "%d characters, at most %d are allowed", c, n)
		}
		return nil
	}
}

// headerName reports whether local in namespace space names an element
// of the header (DeliveryMetadataNewStructure and the root's children),
// for messages that tell a misplaced element from an unknown one.
func (d *Decoder) headerName(space string, local []byte) bool {
	p, en := &d.p, &d.p.Envelope
	var names []string
	switch space {
	case p.EnvelopeNamespace:
		names = []string{en.Envelope, en.Source, nameRefID, en.SurveyID, en.FormID, en.Period, en.Entity, en.EntityIDType,
			en.EntityID, nameEntityPath, nameAuthorisation, nameAutID, nameAutSubID, namePrivilige, nameReportingDataType}
	case p.Namespace:
		names = []string{en.Metadata, en.CommunicatorCollection, en.Communicator, en.CommunicationDescription,
			en.CommunicationDateTime, en.SystemStructure, en.SystemName, en.SystemVersion, en.ContactCollection,
			en.Contact, en.ContactTypeName, en.ContactIdentifier, en.ContactEmailAddress, nameDBoks, nameCVR,
			nameProductionUnit, en.FormVersion, p.Area, p.Collection}
	}
	return slices.Contains(names, string(local))
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
