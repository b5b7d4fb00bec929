package siu

import (
	"math"
	"math/bits"
	"sort"
	"strconv"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
)

// pairKey is one citizen on one account; the account is the id the
// validator gave it (accountFacts.id), which keeps the key small and free
// of padding, so that it hashes fast.
type pairKey struct {
	psr  cpr.Number
	acct uint32
	pad  uint32 // always 0: a named field, so that == compares memory
}

// span is a run of days of one pair covered by lines seen. The spans of a
// pair are sorted and disjoint. A span made by exactly one line remembers
// that line (single) and its amount, so that an exact copy is reported as a
// duplicate; spans merged from several lines remember only their first
// line, for messages.
type span struct {
	start, end civil.Date
	line       int32 // the first line of the span
	single     bool  // made by one line with an amount in øre
	oere       int64
}

// pairState locates a pair's spans in the tracker's arena.
type pairState struct {
	off, n, cap uint32
}

// pairTracker is the delivery-wide state: per (citizen, account) pair a
// sorted list of disjoint spans, kept in pointer-free chunks that the
// garbage collector need not scan and that never move.
//
// Memory: a pair keeps up to exactSpans spans line by line, which is enough
// to tell an exact copy (SIU-LEV-002) from an overlap (SIU-LEV-003) for a
// citizen with a line per month. Past that, spans whose periods touch (one
// ends the day before the next starts) are merged into one, which forgets
// the lines they were made of, so a later copy of one of those lines is
// reported as an overlap rather than a duplicate: still reported, with the
// less precise code. Only periods separated by gaps stay apart, so the
// memory of a pair is bounded by its gaps, not by its lines.
type pairTracker struct {
	index  map[pairKey]uint32 // pair → states
	states []pairState
	chunks [][]span    // chunkSize spans each; offset o is chunks[o/chunkSize][o%chunkSize]
	used   uint32      // spans handed out from the last chunk
	free   [8][]uint32 // free regions by capacity class (1, 4, 16, …, 4^7)
}

// chunkSize is the number of spans in a chunk: 4^8, so that a region of
// the largest class (4^7) always fits in one.
const chunkSize = 1 << 16

// region returns the n spans at offset off.
func (t *pairTracker) region(off, n uint32) []span {
	c := t.chunks[off/chunkSize]
	i := off % chunkSize
	return c[i : i+n : i+n]
}

func newPairTracker() pairTracker {
	return pairTracker{index: make(map[pairKey]uint32)}
}

// alloc returns the offset of a free region of capacity 4^class.
func (t *pairTracker) alloc(class int) uint32 {
	if f := t.free[class]; len(f) > 0 {
		off := f[len(f)-1]
		t.free[class] = f[:len(f)-1]
		return off
	}
	size := uint32(1) << (2 * class)
	if len(t.chunks) == 0 || t.used+size > chunkSize {
		t.chunks = append(t.chunks, make([]span, chunkSize))
		t.used = 0
	}
	off := uint32(len(t.chunks)-1)*chunkSize + t.used
	t.used += size
	return off
}

// capClass returns the class of capacity c, a power of 4.
func capClass(c uint32) int { return bits.TrailingZeros32(c) / 2 }

// add records line n with a valid period, PsrID and account and reports
// duplicates (SIU-LEV-002) and overlaps (SIU-LEV-003).
func (t *pairTracker) add(v *Validator, n int, l *lineData, acct uint32) {
	line := int32(min(n, math.MaxInt32))
	s := span{start: l.start, end: l.end, oere: l.oere, line: line, single: l.oereOK}
	k := pairKey{psr: l.psr, acct: acct}
	i, ok := t.index[k]
	if !ok {
		off := t.alloc(0)
		t.region(off, 1)[0] = s
		t.states = append(t.states, pairState{off: off, n: 1, cap: 1})
		t.index[k] = uint32(len(t.states) - 1)
		return
	}
	st := &t.states[i]
	ss := t.region(st.off, st.n)
	// lo is the first span that ends on or after s.start; hi is one past
	// the last span that starts on or before s.end. Spans lo..hi-1 overlap s.
	lo := firstEndingOnOrAfter(ss, s.start)
	hi := lo
	for hi < len(ss) && !ss[hi].start.After(s.end) {
		hi++
	}
	switch {
	case lo == hi: // no overlap: insert
		if len(ss) >= exactSpans {
			ss = mergeTouching(ss)
			st.n = uint32(len(ss))
			lo = firstEndingOnOrAfter(ss, s.start)
		}
		if st.n == st.cap {
			class := capClass(st.cap) + 1
			if class >= len(t.free) {
				class = len(t.free) - 1 // 4^7 spans: more than a pair's disjoint periods in decades
			}
			if 1<<(2*class) > int(st.n) {
				off := t.alloc(class)
				copy(t.region(off, st.n), ss)
				t.free[capClass(st.cap)] = append(t.free[capClass(st.cap)], st.off)
				st.off, st.cap = off, 1<<(2*class)
			} else {
				return // the largest class is full: stop remembering this pair's new periods
			}
		}
		ss = t.region(st.off, st.n+1)
		copy(ss[lo+1:], ss[lo:])
		ss[lo] = s
		st.n++
		return
	case hi == lo+1 && ss[lo].single && s.single &&
		ss[lo].start == s.start && ss[lo].end == s.end && ss[lo].oere == s.oere:
		first := strconv.Itoa(int(ss[lo].line))
		v.report(levDuplicate, n, "",
			"Linjen er en dublet af linje "+first+": samme CPR-nummer, kontostreng, beløb, start- og slutdato.",
			"The line duplicates line "+first+": same CPR number, account, amount, start and end date.")
		return
	}
	merged := span{start: s.start, end: s.end, line: ss[lo].line}
	for j := lo; j < hi; j++ {
		merged.start = civil.Min(merged.start, ss[j].start)
		merged.end = civil.Max(merged.end, ss[j].end)
		merged.line = min(merged.line, ss[j].line)
	}
	what := "linje " + strconv.Itoa(int(ss[lo].line))
	whatEN := "line " + strconv.Itoa(int(ss[lo].line))
	if hi-lo > 1 || !ss[lo].single {
		what = "tidligere linjer, første gang linje " + strconv.Itoa(int(merged.line))
		whatEN = "earlier lines, first line " + strconv.Itoa(int(merged.line))
	}
	v.report(levOverlap, n, "",
		"Perioden "+s.start.String()+".."+s.end.String()+" overlapper "+what+" for samme borger og konto; udgiften kan blive talt to gange.",
		"The period "+s.start.String()+".."+s.end.String()+" overlaps "+whatEN+" for the same citizen and account; the expense may be counted twice.")
	ss[lo] = merged
	st.n -= uint32(len(ss[lo+1 : hi]))
	copy(ss[lo+1:], ss[hi:])
}

// firstEndingOnOrAfter returns the index of the first span of the sorted,
// disjoint ss that ends on or after d, or len(ss).
func firstEndingOnOrAfter(ss []span, d civil.Date) int {
	if len(ss) <= 2*exactSpans { // the usual case: a short scan
		i := 0
		for i < len(ss) && ss[i].end.Before(d) {
			i++
		}
		return i
	}
	return sort.Search(len(ss), func(i int) bool { return !ss[i].end.Before(d) })
}

// exactSpans is the number of spans a pair keeps before merging the ones
// that touch. Modeled: 16 covers a line per month with room to spare.
const exactSpans = 16

// mergeTouching merges the spans of ss whose periods touch, in place.
func mergeTouching(ss []span) []span {
	out := ss[:1]
	for _, s := range ss[1:] {
		last := &out[len(out)-1]
		if last.end.DaysUntil(s.start) == 1 {
			last.end = s.end
			last.line = min(last.line, s.line)
			last.single = false
			continue
		}
		out = append(out, s)
	}
	return out
}

// exceedsOere reports whether round(|a| × 365 / days) > t for an amount a
// and a threshold t in øre: AnnualisedExceeds for amounts held in øre, with
// the same rounding (half away from zero) and without allocating.
func exceedsOere(a int64, days int, t int64) bool {
	if days <= 0 {
		return false
	}
	if t < 0 {
		return true
	}
	ua := uint64(a)
	if a < 0 {
		ua = -ua // also right for math.MinInt64
	}
	// round(ua × 365 / days) > t  ⇔  2 × 365 × ua ≥ (2t + 1) × days
	lhsHi, lhsLo := bits.Mul64(ua, 2*AnnualisationDays)
	rhsHi, rhsLo := bits.Mul64(2*uint64(t)+1, uint64(days))
	return lhsHi > rhsHi || (lhsHi == rhsHi && lhsLo >= rhsLo)
}
