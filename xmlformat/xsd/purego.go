package xsd

// This file is the pure-Go checker: it reads the document once, as a
// stream, through the same scanner as the libxml2 path (so the same
// refusals and the same syntax errors), and checks each element against
// the schema table of siuschema.go as libxml2 does, with libxml2's
// messages.
//
// It reports problems piece by piece as the libxml2 path does (see
// batch_cgo.go): the header (everything before the record collection's
// start tag), each record with the text and comments before it, and the
// tail (from the collection's end tag on). A piece with a syntax error
// contributes that error only, since libxml2 does not validate a piece
// that is not well-formed; the pieces before it keep their problems.

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/siukit/siukit/cpr"
)

// collectionName is the local name of the root's child that holds the
// records: the pieces are cut at its tags, as in the libxml2 path.
const collectionName = "IndividUdgiftStrukturSamling"

// Phases of a pure-Go validation.
const (
	phaseHeader  = iota // before the collection (or the whole document)
	phaseRecords        // inside the collection
	phaseTail           // after the collection's end tag
)

// pelem is an open element.
type pelem struct {
	qname  string // as written
	name   qname  // expanded
	line   int    // line of the start tag
	nsMark int    // len(pure.ns) before its namespace declarations

	decl *elementDecl // nil: not validated (unknown, or inside one)

	// Complex content: the state of the sequence, and whether it failed.
	pos, count int
	bad        bool

	// Simple content: the value so far, and whether an element child came.
	text  []byte
	child bool

	// nilled: a nillable element with xsi:nil true, which must be empty.
	nilled bool
}

// pendProblem is a problem of the current piece; atUnit: its line is the
// record unit's fallback line, known when the unit ends.
type pendProblem struct {
	Problem
	atUnit bool
}

// pure is one pure-Go validation.
type pure struct {
	sc    *scanner
	stack []pelem
	ns    []nsDecl // namespace bindings in scope, innermost last

	phase    int
	pend     []pendProblem // the current piece's problems
	header   []Problem     // the header's problems
	records  []Problem     // the records' problems, then a syntax error
	omitted  int
	tail     []Problem
	pieceOff int64 // input offset where the current piece (or unit) began

	// The current record unit: whether its first character other than
	// white space is text (and on which line), and the line its record
	// starts on (or the unit, when it has no record).
	unitFirst     int // 0 none yet, 1 text, 2 markup
	unitTextLine  int
	unitStartLine int
	unitRecLine   int
}

// validatePure validates the document read from r with the pure-Go
// checker.
func validatePure(r io.Reader, name string) error {
	p := &pure{sc: newScanner(r)}
	p.run()
	sc := p.sc
	switch {
	case sc.refused != nil:
		return &Error{Op: "validate", Name: name, Problems: []Problem{*sc.refused}}
	case sc.readErr != nil:
		if name == "" {
			return fmt.Errorf("xsd: reading the document: %w", sc.readErr)
		}
		return fmt.Errorf("xsd: reading %s: %w", name, sc.readErr)
	}
	all := slices.Concat(p.header, p.records, p.tail)
	omitted := p.omitted
	if len(all) > MaxProblems {
		omitted += len(all) - MaxProblems
		all = all[:MaxProblems]
	}
	if len(all) == 0 && omitted == 0 {
		return nil
	}
	return &Error{Op: "validate", Name: name, Problems: all, Omitted: omitted}
}

// run reads the document token by token.
func (p *pure) run() {
	sc := p.sc
	for {
		sc.keep = sc.offset() // nothing is kept: memory stays bounded
		t, err := sc.next()
		if err == io.EOF {
			p.endPiece()
			return
		}
		if err != nil {
			if sc.syntax != nil {
				p.syntaxError(*sc.syntax)
			}
			return
		}
		if p.limits(t) {
			return
		}
		switch t.kind {
		case tStart, tEmpty:
			p.unitSeen(t, false)
			p.start(t)
			if t.kind == tEmpty {
				p.end(t)
			}
		case tEnd:
			p.unitSeen(t, false)
			p.end(t)
		case tText:
			p.unitSeen(t, true)
			p.text(t, false)
		case tCDATA:
			p.unitSeen(t, false)
			p.text(t, true)
		default: // comments and processing instructions
			p.unitSeen(t, false)
		}
	}
}

// limits refuses, as the libxml2 path does, a header, record or tail of
// more than 16 MiB (ErrTooLarge).
func (p *pure) limits(t token) bool {
	sc := p.sc
	var what string
	switch p.phase {
	case phaseHeader:
		if sc.offset() > maxUnitBytes {
			what = "no " + collectionName + " element among the root's children in the first 16 MiB (the header is that long); refused"
		}
	case phaseRecords:
		done := t.kind == tEnd && (len(p.stack) == 3 || len(p.stack) == 2) || t.kind == tEmpty && len(p.stack) == 2
		if !done && sc.offset()-p.pieceOff > maxUnitBytes {
			what = "a record is longer than 16 MiB; refused"
		}
	case phaseTail:
		if sc.offset()-p.pieceOff > maxUnitBytes {
			what = "more than 16 MiB after the records; refused"
		}
	}
	if what == "" {
		return false
	}
	sc.refused = sc.refuse(t.line, ErrTooLarge, what)
	return true
}

// unitSeen notes the first token of a record unit that is not white
// space: a problem about the collection's text is placed on that text, or
// on the record.
func (p *pure) unitSeen(t token, text bool) {
	if p.phase != phaseRecords || p.unitFirst != 0 {
		return
	}
	if !text {
		p.unitFirst = 2
		return
	}
	if i := firstNonSpace(t.b); i >= 0 {
		p.unitFirst = 1
		p.unitTextLine = t.line + bytes.Count(t.b[:i], nl)
	}
}

// problem records a problem of the current piece.
func (p *pure) problem(line int, format string, args ...any) {
	p.pend = append(p.pend, pendProblem{Problem: Problem{Line: line, Kind: KindSchema, Message: message(format, args...)}})
}

// message formats a schema message as the libxml2 path gives it: on one
// line, CPR numbers masked.
func message(format string, args ...any) string {
	return cpr.Redact(oneLine(fmt.Sprintf(format, args...)))
}

// endPiece ends the current piece: its problems are final.
func (p *pure) endPiece() {
	switch p.phase {
	case phaseHeader:
		p.header = append(p.header, p.flush(0)...)
	case phaseRecords:
		fallback := p.unitRecLine
		if p.unitFirst == 1 {
			fallback = p.unitTextLine
		}
		for _, pr := range p.flush(fallback) {
			if len(p.records) >= MaxProblems {
				p.omitted++
				continue
			}
			p.records = append(p.records, pr)
		}
	case phaseTail:
		p.tail = append(p.tail, p.flush(0)...)
	}
}

// flush returns the pending problems, placing those about the unit on
// fallback.
func (p *pure) flush(fallback int) []Problem {
	ps := make([]Problem, 0, len(p.pend))
	for _, pp := range p.pend {
		if pp.atUnit {
			pp.Line = fallback
		}
		ps = append(ps, pp.Problem)
	}
	p.pend = p.pend[:0]
	return ps
}

// syntaxError ends validation: the current piece is not validated.
func (p *pure) syntaxError(pr Problem) {
	p.pend = p.pend[:0]
	pr.Message = cpr.Redact(pr.Message)
	if len(p.records) >= MaxProblems {
		p.omitted++
		return
	}
	p.records = append(p.records, pr)
}

// newUnit starts a record unit at the scanner's position.
func (p *pure) newUnit() {
	p.pieceOff = p.sc.offset()
	p.unitFirst, p.unitTextLine = 0, 0
	p.unitStartLine = p.sc.line
	p.unitRecLine = p.unitStartLine
	if n := len(p.stack); n == 2 {
		c := &p.stack[1]
		// Each record is validated on its own, as in the libxml2 path:
		// an unexpected element spoils its own unit only.
		c.pos, c.count, c.bad = 0, 0, false
	}
}

// lookup returns the namespace bound to prefix.
func (p *pure) lookup(prefix string) (string, bool) {
	for i := len(p.ns) - 1; i >= 0; i-- {
		if p.ns[i].prefix == prefix {
			return p.ns[i].uri, true
		}
	}
	switch prefix {
	case "xml":
		return xmlNamespace, true
	case "":
		return "", true
	}
	return "", false
}

// expand returns the expanded name of an element (elem) or attribute
// name as written, as libxml2 does: a name with an undeclared prefix, or
// one it cannot split, keeps its whole name (an element's without a
// namespace, unless it has no prefix at all).
func (p *pure) expand(q []byte, elem bool) qname {
	if prefix, local, ok := splitQName(q); ok {
		if uri, found := p.lookup(string(prefix)); found {
			return qname{uri, string(local)}
		}
		return qname{"", string(q)}
	}
	if elem {
		uri, _ := p.lookup("")
		return qname{uri, string(q)}
	}
	return qname{"", string(q)}
}

// start handles a start tag (or an empty-element tag).
func (p *pure) start(t token) {
	w := &p.sc.wf
	mark := len(p.ns)
	p.ns = append(p.ns, w.nsDecls...)
	e := pelem{qname: p.sc.intern(w.tagName), line: t.line, nsMark: mark}
	e.name = p.expand(w.tagName, true)

	depth := len(p.stack)
	if p.phase == phaseRecords && depth == 2 {
		p.unitRecLine = t.line
	}
	switch {
	case depth == 0:
		e.decl = globalElements[e.name]
		if e.decl == nil {
			p.problem(t.line, "Element '%s': No matching global declaration available for the validation root.", e.name)
		}
	default:
		parent := &p.stack[depth-1]
		switch {
		case parent.decl == nil:
		case parent.nilled:
			// libxml2 reports the first child of a nilled element and
			// nothing in it after that.
			if !parent.child {
				p.problem(parent.line, "Element '%s': Neither character nor element content is allowed, because the element was 'nilled'.", parent.name)
			}
			parent.child = true
		case parent.decl.simple != nil:
			if !parent.child {
				p.problem(parent.line, "Element '%s': Element content is not allowed, because the type definition is simple.", parent.name)
			}
			parent.child = true
		case parent.bad:
		default:
			e.decl = parent.step(e.name)
			if e.decl == nil {
				parent.bad = true
				p.problem(t.line, "Element '%s': This element is not expected.%s", e.name, parent.expected(true))
			}
		}
	}
	if e.decl != nil {
		p.attributes(&e, t.line)
	}
	p.stack = append(p.stack, e)

	if p.phase == phaseHeader && len(p.stack) == 2 && string(localName([]byte(e.qname))) == collectionName && t.kind == tStart {
		// The collection: the header is complete, the records begin.
		p.endPiece()
		p.phase = phaseRecords
		p.newUnit()
	}
}

// attributes checks the attributes of the element e, whose start tag is
// on line: the schema declares none, so each is refused, except the
// schema instance attributes XML Schema gives every element.
func (p *pure) attributes(e *pelem, line int) {
	for _, a := range p.sc.wf.attrs {
		if _, _, isNS := nsDeclName(a.name); isNS {
			continue
		}
		an := p.expand(a.name, false)
		if an.ns != nsXSI {
			p.problem(line, "Element '%s', attribute '%s': The attribute '%s' is not allowed.", e.name, an, an)
			continue
		}
		switch an.local {
		case "schemaLocation", "noNamespaceSchemaLocation":
			// Hints, which libxml2 does not follow here.
		case "type":
			p.xsiType(e, line, string(a.value))
		case "nil":
			// An xs:boolean, white space collapsed; a nillable element
			// with xsi:nil true is nilled: it must have no content, and
			// its value is not checked.
			switch collapse(string(a.value)) {
			case "true", "1":
				e.nilled = e.decl.nillable
				fallthrough
			case "false", "0":
				if !e.decl.nillable {
					p.problem(line, "Element '%s': The element is not 'nillable'.", e.name)
				}
			default:
				p.problem(line, "Element '%s', attribute '%s': '%s' is not a valid value of the atomic type 'xs:boolean'.", e.name, an, quoted(a.value))
			}
		default:
			p.problem(line, "Element '%s', attribute '%s': The attribute '%s' is not allowed.", e.name, an, an)
		}
	}
}

// xsiType checks an xsi:type attribute: it may name the element's own
// type only, since no type of the schema derives from another. libxml2
// resolves the value as it stands, white space and all.
func (p *pure) xsiType(e *pelem, line int, v string) {
	q := qname{local: v}
	if prefix, local, ok := strings.Cut(v, ":"); ok {
		uri, found := p.lookup(prefix)
		if !found {
			p.problem(line, "Element '%s', attribute '{%s}type': The QName value '%s' has no corresponding namespace declaration in scope.", e.name, nsXSI, quoted([]byte(v)))
			return
		}
		q = qname{uri, local}
	} else {
		q.ns, _ = p.lookup("")
	}
	switch {
	case q == e.decl.typeName():
	case schemaTypes[q] || q.ns == nsXS:
		p.problem(line, "Element '%s', attribute '{%s}type': The type definition '%s', specified by xsi:type, is blocked or not validly derived from the type definition of the element declaration.", e.name, nsXSI, q)
	default:
		p.problem(line, "Element '%s', attribute '{%s}type': The QName value '%s' of the xsi:type attribute does not resolve to a type definition.", e.name, nsXSI, q)
	}
}

// end handles an end tag (or the end of an empty-element tag).
func (p *pure) end(t token) {
	n := len(p.stack)
	if p.phase == phaseRecords && n == 2 {
		// The collection's end tag: the text after the last record ends
		// the last unit, and the tail begins with this tag.
		p.endPiece()
		p.phase = phaseTail
		p.pieceOff = t.off
	}
	e := &p.stack[n-1]
	if d := e.decl; d != nil && !e.nilled {
		if d.complex != nil {
			if !e.bad && !e.complete() {
				p.problem(t.line, "Element '%s': Missing child element(s).%s", e.name, e.expected(false))
			}
		} else {
			for _, m := range d.simple.check(string(e.text)) {
				p.problem(e.line, "Element '%s': %s", e.name, m)
			}
		}
	}
	p.ns = p.ns[:e.nsMark]
	p.stack = p.stack[:n-1]
	if p.phase == phaseRecords && n == 3 {
		// A record ended, and with it its unit.
		p.endPiece()
		p.newUnit()
	}
}

// text handles character data (or a CDATA section) in the innermost
// element.
func (p *pure) text(t token, cdata bool) {
	n := len(p.stack)
	if n == 0 {
		return
	}
	e := &p.stack[n-1]
	d := e.decl
	if d == nil {
		return
	}
	if e.nilled {
		// Every text node before the first child element, white space
		// and empty CDATA sections too, as libxml2 reports them.
		if !e.child {
			p.problem(e.line, "Element '%s': Neither character nor element content is allowed because the element is 'nilled'.", e.name)
		}
		return
	}
	if d.simple != nil {
		if e.child {
			return
		}
		if cdata {
			e.text = appendCDATA(e.text, t.b[len(cdataOpen):len(t.b)-len(cdataClose)])
		} else {
			e.text = appendText(e.text, t.b, false)
		}
		return
	}
	if e.bad || !cdata && allSpaceText(t.b) {
		return
	}
	// libxml2 reports each text node (and each CDATA section, blank or
	// not) in element-only content on the element.
	pp := pendProblem{Problem: Problem{Line: e.line, Kind: KindSchema,
		Message: message("Element '%s': Character content other than whitespace is not allowed because the content type is 'element-only'.", e.name)}}
	if p.phase == phaseRecords && n == 2 {
		pp.atUnit = true // the collection's text: placed with the unit
	}
	p.pend = append(p.pend, pp)
}

// allSpaceText reports whether the character data raw is white space
// once its references are replaced.
func allSpaceText(raw []byte) bool {
	if allSpace(raw) {
		return true
	}
	if bytes.IndexByte(raw, '&') < 0 {
		return false
	}
	return allSpace(appendText(nil, raw, false))
}

// appendCDATA appends a CDATA section's content, line ends normalised.
func appendCDATA(dst, raw []byte) []byte {
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c == '\r' {
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			}
			c = '\n'
		}
		dst = append(dst, c)
	}
	return dst
}

// Content models.

// step moves e's sequence on by the child named q and returns its
// declaration, or nil if q may not come here.
func (e *pelem) step(q qname) *elementDecl {
	seq := e.decl.complex.seq
	for j := e.pos; j < len(seq); j++ {
		cnt := 0
		if j == e.pos {
			cnt = e.count
		}
		pt := seq[j]
		if pt.elem.name == q && (pt.max == unbounded || cnt < pt.max) {
			e.pos, e.count = j, cnt+1
			return pt.elem
		}
		if cnt < pt.min {
			break
		}
	}
	return nil
}

// complete reports whether e's sequence may end here.
func (e *pelem) complete() bool {
	seq := e.decl.complex.seq
	for j := e.pos; j < len(seq); j++ {
		cnt := 0
		if j == e.pos {
			cnt = e.count
		}
		if cnt < seq[j].min {
			return false
		}
	}
	return true
}

// expected lists the elements that may come next, as libxml2's messages
// do: " Expected is ( a )." or " Expected is one of ( a, b )."; nothing
// when none may (for an unexpected element, notExpected).
func (e *pelem) expected(notExpected bool) string {
	seq := e.decl.complex.seq
	var names []string
	for j := e.pos; j < len(seq); j++ {
		cnt := 0
		if j == e.pos {
			cnt = e.count
		}
		pt := seq[j]
		if pt.max == unbounded || cnt < pt.max {
			names = append(names, pt.elem.name.String())
		}
		if cnt < pt.min {
			break
		}
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return " Expected is ( " + names[0] + " )."
	}
	return " Expected is one of ( " + strings.Join(names, ", ") + " )."
}

// Simple types.

// check returns the messages for the value v (the element's character
// data) against t: none when v is valid. The value is first normalised
// by the base type's white space facet, then checked against the base
// type's lexical space and, if it passes, against each facet.
func (t *simpleType) check(v string) []string {
	if t.base != xsString {
		v = collapse(v)
	}
	ok := true
	switch t.base {
	case xsDecimal:
		ok = isDecimal(v)
	case xsDate:
		ok = isDate(v)
	case xsDateTime:
		ok = isDateTime(v)
	}
	if !ok {
		return []string{fmt.Sprintf("'%s' is not a valid value of the atomic type '%s'.", quoted([]byte(v)), t.name)}
	}
	var msgs []string
	n := utf8.RuneCountInString(v)
	if t.length >= 0 && n != t.length {
		msgs = append(msgs, fmt.Sprintf("[facet 'length'] The value has a length of '%d'; this differs from the allowed length of '%d'.", n, t.length))
	}
	if t.maxLength >= 0 && n > t.maxLength {
		msgs = append(msgs, fmt.Sprintf("[facet 'maxLength'] The value has a length of '%d'; this exceeds the allowed maximum length of '%d'.", n, t.maxLength))
	}
	if t.re != nil && !t.re.MatchString(v) {
		msgs = append(msgs, fmt.Sprintf("[facet 'pattern'] The value '%s' is not accepted by the pattern '%s'.", quoted([]byte(v)), t.pattern))
	}
	if t.enum != nil && !slices.Contains(t.enum, v) {
		set := make([]string, len(t.enum))
		for i, e := range t.enum {
			set[i] = "'" + e + "'"
		}
		msgs = append(msgs, fmt.Sprintf("[facet 'enumeration'] The value '%s' is not an element of the set {%s}.", quoted([]byte(v)), strings.Join(set, ", ")))
	}
	return msgs
}

// quoted writes a value as libxml2 quotes it in a message: as it is (a
// message with a line break in it is then put on one line, as the
// libxml2 path does).
func quoted(v []byte) string { return string(v) }

// collapse applies the white space facet "collapse": tabs and line ends
// become spaces, runs of spaces one space, and leading and trailing
// spaces go.
func collapse(v string) string {
	return strings.Join(strings.FieldsFunc(v, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r'
	}), " ")
}

// isDecimal reports whether v is an xs:decimal as libxml2 reads one: an
// optional sign, digits with at most one '.', at least one digit; and at
// most 24 digits after the integer part's leading zeros, the most
// libxml2 holds (a longer value is not valid there).
func isDecimal(v string) bool {
	i := 0
	if i < len(v) && (v[i] == '+' || v[i] == '-') {
		i++
	}
	if i == len(v) {
		return false
	}
	leadingZeros := false
	for i < len(v) && v[i] == '0' {
		i++
		leadingZeros = true
	}
	digits := 0
	for i < len(v) && digits < 24 {
		c := v[i]
		if isDigit(c) {
			digits++
			i++
			continue
		}
		if c == '.' {
			i++
			for i < len(v) && digits < 24 && isDigit(v[i]) {
				digits++
				i++
			}
			if digits == 0 && !leadingZeros {
				return false
			}
		}
		break
	}
	return i == len(v)
}

// isDate reports whether v is an xs:date: [-]CCYY-MM-DD with an optional
// time zone, a year other than 0000 (of four digits, or more without a
// leading zero) and a day the month has.
func isDate(v string) bool {
	rest, ok := parseDate(v)
	if !ok {
		return false
	}
	rest, ok = parseZone(rest)
	return ok && rest == ""
}

// isDateTime reports whether v is an xs:dateTime: a date, 'T', hh:mm:ss
// with optional fractional seconds (24:00:00 allowed), an optional time
// zone.
func isDateTime(v string) bool {
	rest, ok := parseDate(v)
	if !ok || !strings.HasPrefix(rest, "T") {
		return false
	}
	rest = rest[1:]
	h, ok1 := twoDigits(rest)
	if !ok1 || len(rest) < 3 || rest[2] != ':' {
		return false
	}
	m, ok2 := twoDigits(rest[3:])
	if !ok2 || len(rest) < 6 || rest[5] != ':' {
		return false
	}
	s, ok3 := twoDigits(rest[6:])
	if !ok3 {
		return false
	}
	rest = rest[8:]
	fracZero := true
	if strings.HasPrefix(rest, ".") {
		k := 1
		for k < len(rest) && isDigit(rest[k]) {
			if rest[k] != '0' {
				fracZero = false
			}
			k++
		}
		if k == 1 {
			return false
		}
		rest = rest[k:]
	}
	if !(h <= 23 && m <= 59 && s <= 59 || h == 24 && m == 0 && s == 0 && fracZero) {
		return false
	}
	rest, ok = parseZone(rest)
	return ok && rest == ""
}

// parseDate reads [-]CCYY-MM-DD at the start of v.
func parseDate(v string) (string, bool) {
	i := 0
	if strings.HasPrefix(v, "-") {
		i++
	}
	start := i
	year := 0
	for i < len(v) && isDigit(v[i]) {
		if year < 1e6 {
			year = year*10 + int(v[i]-'0')
		}
		i++
	}
	digits := i - start
	if digits < 4 || digits > 4 && v[start] == '0' || year == 0 {
		return "", false
	}
	if i >= len(v) || v[i] != '-' {
		return "", false
	}
	month, ok := twoDigits(v[i+1:])
	if !ok || month < 1 || month > 12 || len(v) < i+4 || v[i+3] != '-' {
		return "", false
	}
	day, ok := twoDigits(v[i+4:])
	if !ok || day < 1 || day > daysIn(year, month) {
		return "", false
	}
	return v[i+6:], true
}

// parseZone reads an optional time zone at the start of v: Z or +hh:mm or
// -hh:mm, at most 14 hours from UTC.
func parseZone(v string) (string, bool) {
	if v == "" {
		return v, true
	}
	if v[0] == 'Z' {
		return v[1:], true
	}
	if v[0] != '+' && v[0] != '-' {
		return v, false
	}
	h, ok := twoDigits(v[1:])
	if !ok || h > 23 || len(v) < 4 || v[3] != ':' {
		return v, false
	}
	m, ok := twoDigits(v[4:])
	if !ok || m > 59 || h*60+m > 14*60 {
		return v, false
	}
	return v[6:], true
}

// twoDigits reads two ASCII digits at the start of v.
func twoDigits(v string) (int, bool) {
	if len(v) < 2 || !isDigit(v[0]) || !isDigit(v[1]) {
		return 0, false
	}
	return int(v[0]-'0')*10 + int(v[1]-'0'), true
}

// daysIn returns the days of month in year (proleptic Gregorian).
func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && year%100 != 0 || year%400 == 0 {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
