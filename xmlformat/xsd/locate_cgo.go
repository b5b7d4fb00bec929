//go:build cgo

package xsd

import (
	"bytes"
	"strings"
)

// The wrapper gives libxml2's schema validity messages without their line
// numbers. This file finds the line again: a message names the element it
// is about ("Element '{ns}BELOEB': ..."), and the piece of the file that
// was validated (one record, or the header) is small, so the element is
// looked up there by name, and by value when the message quotes one.

// element is one element of a piece of the document.
type element struct {
	qname   string // qualified name as written
	local   string // local name
	line    int    // line of the start tag
	endLine int    // line of the end tag (of the start tag if empty)
	end     int    // offset in the piece just after the element; 0 if it does not end there
	tagEnd  int    // offset in the piece just after its start tag
	empty   bool   // written <x/>
	parent  int    // index of the parent element in the piece, or -1
	text    string // its character data, trimmed, when it has no child elements
}

// elementsOf lists the elements of doc in document order. mapLine turns a
// line of doc (1-based) and the offset in doc of the tag on it into a line
// of the file. doc need not be well-formed; what cannot be read is
// skipped.
func elementsOf(doc []byte, mapLine func(line, off int) int) []element {
	var (
		elems []element
		open  []int // indexes in elems
		text  []byte
		kids  bool // the innermost open element has a child element
		line  = 1
		off   int
	)
	for off < len(doc) {
		kind, n, _ := lexToken(doc[off:], true)
		t := doc[off : off+n]
		switch kind {
		case tText:
			text = append(text, t...)
		case tCDATA:
			text = append(text, t[len(cdataOpen):len(t)-len(cdataClose)]...)
		case tStart, tEmpty:
			l := mapLine(line, off)
			q := tagName(t)
			parent := -1
			if len(open) > 0 {
				parent = open[len(open)-1]
			}
			elems = append(elems, element{qname: string(q), local: string(localName(q)), line: l, endLine: l, parent: parent,
				tagEnd: off + n, empty: kind == tEmpty})
			kids = true
			if kind == tEmpty {
				elems[len(elems)-1].end = off + n
			} else {
				open = append(open, len(elems)-1)
				text, kids = text[:0], false
			}
		case tEnd:
			if len(open) > 0 {
				e := &elems[open[len(open)-1]]
				open = open[:len(open)-1]
				e.endLine = mapLine(line, off)
				e.end = off + n
				if !kids {
					e.text = string(bytes.TrimSpace(text))
				}
			}
			text, kids = text[:0], true
		}
		line += bytes.Count(t, []byte{'\n'})
		off += n
	}
	return elems
}

// is reports whether e is the element a message names: by its local
// name, or, for a name libxml2 gives without a namespace because its
// prefix is not declared or it cannot split it ("q:OMRAADE", "a:"), by
// the name as written.
func (e *element) is(name string) bool { return e.local == name || e.qname == name }

// locator finds the lines of the messages about one piece of the
// document, which come in document order.
type locator struct {
	elems    []element
	cursor   int // index of the element the last message was about
	fallback int // line for a message naming no element of the piece
	// probe, if not nil, reports whether libxml2 gives msg for the piece
	// cut just after the start tag of element i (it and its open
	// ancestors closed), or, whole, just after its end tag (its open
	// ancestors closed). It settles which of several elements of the same
	// name a message is about: the first for which the cut piece has it
	// (the envelope repeats ContactStructureCollection, ContactStructure
	// and CommunicatorStructure, and the first of them may be fine). A
	// message about a start tag ("is not expected", an attribute) is
	// probed cut after the start tag (cut after the whole element, an
	// element holding the one meant, of the same name, would be taken for
	// it); one about the content ("Missing child element(s)", text or a
	// child element where none may be) after the whole element.
	probe func(i int, whole bool, msg string) bool
}

// maxProbes bounds the validations one message may cost.
const maxProbes = 8

// closersAfter returns the end tags that close the ancestors of element i
// of elems, innermost first.
func closersAfter(elems []element, i int) []byte {
	var b []byte
	for p := elems[i].parent; p >= 0; p = elems[p].parent {
		b = append(append(append(b, "</"...), elems[p].qname...), '>')
	}
	return b
}

// line returns the line msg is about: the start tag of the element it
// names, or the end tag for a missing child element (where the child was
// due). Among elements of the same name it takes the first from the
// previous message's element on whose value matches the quoted value.
func (l *locator) line(msg string) int {
	name, ok := messageElement(msg)
	if !ok {
		return l.fallback
	}
	value, hasValue := messageValue(msg)
	best := -1
	missing := strings.Contains(msg, "Missing child element")
	// A message about the start tag (an unexpected element, its
	// attributes) is probed cut after the start tag; one about the
	// content (missing children, text or a child where none may be) after
	// the whole element. A message quoting a value is placed by the value.
	atStart := strings.Contains(msg, "This element is not expected") || strings.Contains(msg, "', attribute '") ||
		strings.Contains(msg, "The element is not 'nillable'")
	if l.probe != nil && (atStart || !hasValue) {
		var cands []int
		for i := l.cursor; i < len(l.elems); i++ {
			if l.elems[i].is(name) && l.elems[i].end > 0 {
				cands = append(cands, i)
			}
		}
		if len(cands) > 1 && len(cands) <= maxProbes {
			for _, i := range cands {
				if best < 0 && l.probe(i, !atStart, msg) {
					best = i
				}
			}
		}
	}
	for i := l.cursor; i < len(l.elems) && best < 0; i++ {
		// The element's text is kept trimmed; an xs:string value is quoted
		// as written, white space and all.
		if l.elems[i].is(name) && (!hasValue || l.elems[i].text == value || l.elems[i].text == strings.TrimSpace(value)) {
			best = i
		}
	}
	for i := l.cursor; i < len(l.elems) && best < 0; i++ {
		if l.elems[i].is(name) {
			best = i
		}
	}
	for i := 0; i < len(l.elems) && best < 0; i++ {
		if l.elems[i].is(name) {
			best = i
		}
	}
	if best < 0 {
		return l.fallback
	}
	l.cursor = best
	if missing {
		return l.elems[best].endLine
	}
	return l.elems[best].line
}

// messageElement returns the local name of the element a libxml2 schema
// message is about: "Element '{namespace}local': ...".
func messageElement(msg string) (string, bool) {
	rest, ok := strings.CutPrefix(msg, "Element '")
	if !ok {
		return "", false
	}
	if strings.HasPrefix(rest, "{") {
		i := strings.IndexByte(rest, '}')
		if i < 0 {
			return "", false
		}
		rest = rest[i+1:]
	}
	i := strings.IndexByte(rest, '\'')
	if i <= 0 {
		return "", false
	}
	return rest[:i], true
}

// messageValue returns the value a libxml2 schema message quotes, as in
// "The value '24850.005' is not accepted" or "': '2025-13-01' is not a
// valid value of the atomic type".
func messageValue(msg string) (string, bool) {
	if i := strings.Index(msg, "The value '"); i >= 0 {
		v := msg[i+len("The value '"):]
		if j := strings.Index(v, "' is not "); j >= 0 {
			return v[:j], true
		}
		return "", false
	}
	if i := strings.Index(msg, "': '"); i >= 0 {
		v := msg[i+len("': '"):]
		if j := strings.Index(v, "' is not a valid value"); j >= 0 {
			return v[:j], true
		}
	}
	return "", false
}
