//go:build cgo

package xsd

// This file cuts a document into the pieces validated one at a time:
// the header, batches of records, the tail.

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"slices"
	"sync"

	"github.com/siukit/siukit/cpr"
)

// frame tells how the documents of a schema are cut into pieces that are
// validated one at a time. It holds for a schema whose root has a child
// element (the collection) whose content is any number of records, each
// valid or not on its own: (record)* with minOccurs="0" and no identity
// constraint, as the default profile's IndividUdgiftStrukturSamling.
type frame struct {
	// collection is the local name of the root's child that holds the
	// records.
	collection string
}

// Batch sizes: a batch is cut after this many records or bytes. libxml2
// through the wrapper parses batches of about 16 KiB fastest (measured
// with BenchmarkValidate: 24 KiB and more take up to twice as long).
const (
	batchRecords = 2000
	batchBytes   = 16 << 10
)

// openElement is an element whose end tag has not been read yet.
type openElement struct {
	name string // qualified name as written
	line int
}

// unit is one record of the collection, with what precedes it since the
// previous record (white space, comments), or, last, what follows the last
// record.
type unit struct {
	off, end int64 // input offsets
	line     int   // line of off
	recLine  int   // line of the record's start tag
}

// batch is a run of units held in memory.
type batch struct {
	region []byte // the input from units[0].off to the last unit's end
	off    int64  // input offset of region[0]
	units  []unit
}

// validation is one call of Validate.
type validation struct {
	schema *Schema
	sc     *scanner
	stack  []openElement

	// The header document: the input up to the collection's start tag,
	// closed by closers ("</collection></root>").
	header      []byte
	headerLines int            // newlines in header
	closers     []byte         //
	headerOut   outcome        // libxml2's verdict on the header document
	base        map[string]int // its messages, which every batch repeats

	// frameProblems are the problems of the document without its records
	// (the header and tail document, or the whole document).
	frameProblems []Problem
	frameHead     int  // how many of them come before the records'
	framed        bool // frameProblems is set

	problems []Problem // problems of records, and a fault that ended the input
	omitted  int
	stopped  bool // the document is not well-formed: validation ended

	// Batches are validated by workers, in parallel when GOMAXPROCS > 1;
	// their results are taken in input order.
	workers int
	jobs    chan job
	pending []job // submitted, results not yet taken, in input order
	wg      sync.WaitGroup
}

// run reads the document and validates it piece by piece.
func (v *validation) run() {
	f := v.schema.lib.frame
	limit, what := int64(maxDocumentBytes), "the document is longer than 256 MiB, the most a schema without known records is validated as one tree; refused"
	if f != nil {
		limit, what = maxUnitBytes, "no "+f.collection+" element among the root's children in the first 16 MiB (the header is that long); refused"
	}
	for {
		t, err := v.sc.next()
		if err == io.EOF {
			v.whole(v.sc.bytesFrom(0))
			return
		}
		if err != nil {
			v.syntaxFault()
			return
		}
		if v.sc.offset() > limit {
			v.sc.refused = v.sc.refuse(t.line, ErrTooLarge, what)
			return
		}
		switch t.kind {
		case tStart:
			name := tagName(t.b)
			v.stack = append(v.stack, openElement{v.sc.intern(name), t.line})
			if f != nil && len(v.stack) == 2 && string(localName(name)) == f.collection {
				v.records()
				return
			}
		case tEnd:
			if len(v.stack) > 0 {
				v.stack = v.stack[:len(v.stack)-1]
			}
		}
	}
}

// whole validates doc, all of the input, as one tree.
func (v *validation) whole(doc []byte) {
	v.setFrame(check(v.schema.lib.xs, doc), piece{doc: doc, mapLine: sameLine, lo: 1, hi: 1 << 62, fallback: 1})
}

func sameLine(l, _ int) int { return l }

// setFrame records the problems of the header (and tail) document.
func (v *validation) setFrame(out outcome, p piece) {
	c := &checker{v: v}
	v.frameProblems = c.problemsOf(out, out.msgs, p)
	v.frameHead = len(v.frameProblems)
	v.framed = true
	v.stopped = v.stopped || c.stopped
}

// records validates the header document, then reads the records and
// validates them in batches, then the tail. The collection's start tag
// has just been read.
func (v *validation) records() {
	sc := v.sc
	v.header = slices.Clone(sc.bytesFrom(0))
	v.headerLines = bytes.Count(v.header, []byte{'\n'})
	coll, root := v.stack[1], v.stack[0]
	v.closers = []byte("</" + coll.name + "></" + root.name + ">")
	hdoc := append(slices.Clone(v.header), v.closers...)
	v.headerOut = check(v.schema.lib.xs, hdoc)
	if v.headerOut.syntax != nil {
		v.setFrame(v.headerOut, piece{doc: hdoc, mapLine: sameLine, lo: 1, hi: v.headerLines + 1, fallback: 1})
		return
	}
	v.base = map[string]int{}
	for _, m := range v.headerOut.msgs {
		v.base[m]++
	}

	v.workers = min(runtime.GOMAXPROCS(0), maxWorkers)
	defer v.stopWorkers()
	regionStart := sc.offset()
	sc.keep = regionStart
	var units []unit
	uStart, uLine, recLine := regionStart, sc.line, 0
	for !v.stopped {
		t, err := sc.next()
		if err != nil {
			// Not io.EOF: the collection is open, so the scanner reports
			// the end of the input as a syntax error.
			if sc.syntax != nil {
				v.flush(regionStart, units)
				v.stopWorkers()
				v.syntaxFault()
			}
			return
		}
		end := t.off + int64(len(t.b))
		done := false // a unit ended with t
		switch t.kind {
		case tStart:
			if len(v.stack) == 2 {
				recLine = t.line
			}
			v.stack = append(v.stack, openElement{sc.intern(tagName(t.b)), t.line})
		case tEmpty:
			if len(v.stack) == 2 {
				recLine, done = t.line, true
			}
		case tEnd:
			// The scanner has checked that it closes the innermost element.
			v.stack = v.stack[:len(v.stack)-1]
			switch len(v.stack) {
			case 2:
				done = true
			case 1:
				// The collection's end tag: the tail begins.
				if t.off > uStart {
					units = append(units, unit{off: uStart, end: t.off, line: uLine, recLine: uLine})
				}
				v.flush(regionStart, units)
				v.stopWorkers()
				if !v.stopped {
					v.tail(t.off, t.line)
				}
				return
			}
		}
		if done {
			units = append(units, unit{off: uStart, end: end, line: uLine, recLine: recLine})
			uStart, uLine = end, sc.line
			if len(units) >= batchRecords || end-regionStart >= batchBytes {
				v.flush(regionStart, units)
				regionStart, units = end, units[:0]
				sc.keep = regionStart
			}
		} else if sc.offset()-uStart > maxUnitBytes {
			sc.refused = sc.refuse(t.line, ErrTooLarge, "a record is longer than 16 MiB; refused")
			return
		}
	}
}

// tail reads the rest of the input, from the collection's end tag at
// input offset off on line, and validates the header and tail document.
func (v *validation) tail(off int64, line int) {
	v.sc.keep = off
	for {
		t, err := v.sc.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			// The header's problems stand (see result), the tail's are
			// not known: it is not validated.
			v.syntaxFault()
			return
		}
		if v.sc.offset()-off > maxUnitBytes {
			v.sc.refused = v.sc.refuse(t.line, ErrTooLarge, "more than 16 MiB after the records; refused")
			return
		}
	}
	tail := v.sc.bytesFrom(off)
	doc := append(slices.Clone(v.header), tail...)
	out := check(v.schema.lib.xs, doc)
	first := v.headerLines + 1
	hlen := len(v.header)
	mapLine := func(l, o int) int {
		if o >= 0 && o < hlen || o < 0 && l < first {
			return l
		}
		return l - first + line
	}
	v.setFrame(out, piece{doc: doc, mapLine: mapLine, lo: line, hi: line + bytes.Count(tail, []byte{'\n'}), fallback: 1})
	// libxml2 gives the header's messages first, as for the header
	// document; those after them are the tail's.
	v.frameHead = 0
	for out.syntax == nil && v.frameHead < min(len(out.msgs), len(v.headerOut.msgs)) &&
		out.msgs[v.frameHead] == v.headerOut.msgs[v.frameHead] {
		v.frameHead++
	}
}

// syntaxFault reports the syntax error the scanner found, if it found
// one (and not a refusal or a read error), unless libxml2 found an
// earlier one.
func (v *validation) syntaxFault() {
	if v.stopped || v.sc.syntax == nil {
		return
	}
	v.stopped = true
	p := *v.sc.syntax
	p.Message = cpr.Redact(p.Message)
	v.add(p)
}

// add records a problem of a record, up to MaxProblems.
func (v *validation) add(p Problem) {
	if len(v.problems) >= MaxProblems {
		v.omitted++
		return
	}
	v.problems = append(v.problems, p)
}

// result builds Validate's verdict: the problems of the header and tail
// and of the records, in file order.
func (v *validation) result(name string) error {
	if !v.framed && v.header != nil {
		// The input ended early: the header document stands for the frame.
		hdoc := append(slices.Clone(v.header), v.closers...)
		v.setFrame(v.headerOut, piece{doc: hdoc, mapLine: sameLine, lo: 1, hi: v.headerLines + 1, fallback: 1})
	}
	// In file order, each piece's problems in libxml2's order: the
	// header's, the records', the tail's.
	all := slices.Concat(v.frameProblems[:v.frameHead], v.problems, v.frameProblems[v.frameHead:])
	omitted := v.omitted
	if len(all) > MaxProblems {
		omitted += len(all) - MaxProblems
		all = all[:MaxProblems]
	}
	if len(all) == 0 && omitted == 0 {
		return nil
	}
	return &Error{Op: "validate", Name: name, Problems: all, Omitted: omitted}
}

// validateLibxml2 validates the document read from r with libxml2.
func (s *Schema) validateLibxml2(r io.Reader, name string) error {
	v := &validation{schema: s, sc: newScanner(r)}
	v.run()
	switch {
	case v.sc.refused != nil:
		return &Error{Op: "validate", Name: name, Problems: []Problem{*v.sc.refused}}
	case v.sc.readErr != nil:
		if name == "" {
			return fmt.Errorf("xsd: reading the document: %w", v.sc.readErr)
		}
		return fmt.Errorf("xsd: reading %s: %w", name, v.sc.readErr)
	}
	return v.result(name)
}
