//go:build cgo

package xsd

// This file validates batches (finding the failing records by halves)
// and turns libxml2's outcome for a piece into problems.

import (
	"bytes"
	"slices"

	"github.com/siukit/siukit/cpr"
)

// checker validates batches and documents for one goroutine.
type checker struct {
	v        *validation // read only here
	doc      []byte      // buffer for the documents handed to libxml2
	problems []Problem
	stopped  bool // found a syntax error
}

// checkUnits validates units i to j-1 of b as one document (the header,
// the units, the closers). If it fails it looks for the failing units by
// halves and reports each. It reports whether it reported anything.
func (c *checker) checkUnits(b *batch, i, j int) bool {
	v := c.v
	a, e := b.units[i].off-b.off, b.units[j-1].end-b.off
	c.doc = append(append(append(c.doc[:0], v.header...), b.region[a:e]...), v.closers...)
	out := check(v.schema.lib.xs, c.doc)
	extra := v.extra(out.msgs)
	if out.syntax == nil && len(extra) == 0 {
		return false
	}
	if n := j - i; n > 1 {
		reported := false
		if n <= 8 {
			for k := i; k < j && !c.stopped; k++ {
				reported = c.checkUnits(b, k, k+1) || reported
			}
		} else {
			mid := i + n/2
			reported = c.checkUnits(b, i, mid)
			if !c.stopped {
				reported = c.checkUnits(b, mid, j) || reported
			}
		}
		if reported {
			return true
		}
		// Not expected for a schema with a frame: report the run of units.
	}
	u := b.units[i]
	seg := b.region[a:e]
	first := v.headerLines + 1 // line of seg's first byte in the document
	endLine := u.line + bytes.Count(seg, []byte{'\n'})
	mapLine := func(l, off int) int {
		if off >= 0 {
			return l - 1 + u.line // a line of seg
		}
		if l < first {
			return u.recLine
		}
		return l - first + u.line
	}
	// A message about no element of the units (such as text between
	// records, which libxml2 blames on the collection) goes to the first
	// text before the record, or to the record.
	fallback := u.recLine
	k := 0
	for k < len(seg) && isSpace(seg[k]) {
		k++
	}
	if k < len(seg) && seg[k] != '<' {
		fallback = u.line + bytes.Count(seg[:k], []byte{'\n'})
	}
	p := piece{doc: seg, prefix: v.header, suffix: v.closers, sub: true, mapLine: mapLine, lo: u.line, hi: endLine, fallback: fallback}
	c.problems = append(c.problems, c.problemsOf(out, extra, p)...)
	return true
}

// extra returns msgs less the header document's messages, which every
// batch repeats.
func (v *validation) extra(msgs []string) []string {
	if len(v.base) == 0 {
		return msgs
	}
	seen := map[string]int{}
	var out []string
	for _, m := range msgs {
		if seen[m] < v.base[m] {
			seen[m]++
			continue
		}
		out = append(out, m)
	}
	return out
}

// piece is a document, or the part of a batch document that libxml2's
// messages are about.
type piece struct {
	doc            []byte // the piece
	prefix, suffix []byte // what the document has around it
	sub            bool   // messages of the header document are not the piece's
	// mapLine turns a line of the document and an offset in doc (-1 if not
	// known) into a line of the file.
	mapLine func(line, off int) int
	// Lines of syntax errors are kept within lo..hi; a message naming no
	// element of doc gets the line fallback.
	lo, hi, fallback int
}

// problemsOf turns libxml2's outcome for a document into problems about
// the piece p. msgs are the messages to report (all or some of out.msgs).
func (c *checker) problemsOf(out outcome, msgs []string, p piece) []Problem {
	v := c.v
	if out.syntax != nil {
		c.stopped = true
		byLine := func(l int) int { return p.mapLine(l, -1) }
		line := min(max(byLine(out.syntax.line), p.lo), p.hi)
		return []Problem{{Line: line, Kind: KindSyntax, Message: cpr.Redact(mapLineRefs(out.syntax.msg, byLine))}}
	}
	if len(msgs) == 0 {
		return nil
	}
	loc := locator{elems: elementsOf(p.doc, p.mapLine), fallback: p.fallback}
	if len(p.doc) > maxProbeBytes {
		return locateAll(&loc, msgs)
	}
	loc.probe = func(i int, whole bool, msg string) bool {
		e := loc.elems[i]
		var doc []byte
		switch {
		case whole:
			doc = append(append(doc, p.prefix...), p.doc[:e.end]...)
		default:
			doc = append(append(doc, p.prefix...), p.doc[:e.tagEnd]...)
			if !e.empty {
				doc = append(append(append(doc, "</"...), e.qname...), '>')
			}
		}
		doc = append(append(doc, closersAfter(loc.elems, i)...), p.suffix...)
		got := check(v.schema.lib.xs, doc).msgs
		if p.sub {
			got = v.extra(got)
		}
		return slices.Contains(got, msg)
	}
	return locateAll(&loc, msgs)
}

// maxProbeBytes: a larger piece (a whole document from Load) is not
// validated again to place a message.
const maxProbeBytes = 1 << 20

// locateAll makes a schema problem of each message, placed by loc.
func locateAll(loc *locator, msgs []string) []Problem {
	ps := make([]Problem, 0, len(msgs))
	for _, m := range msgs {
		ps = append(ps, Problem{Line: loc.line(m), Kind: KindSchema, Message: cpr.Redact(m)})
	}
	return ps
}
