package siu

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
)

// This file holds the Aggregator's external sort, modeled on GNU sort:
// postings are packed into fixed-size records (rec), collected in chunks
// up to the memory budget, sorted, written to a temporary file as a sorted
// run when the budget is full, and k-way merged at the end. See the
// Aggregator's documentation for the files and their removal.

// rec is one posting packed into four words, with no pointers (so that the
// garbage collector never scans a chunk), in an order that sorting
// compares word by word:
//
//	psr:  PsrID digits + 1 (0 for no number)
//	acct: (KONTOSTRENG read as a number + 1) << 1 | pass (0 for no account);
//	      pass marks a posting that is passed through unchanged
//	days: start day << 42 | end day << 20 | (exponent + 20) << 1 | big;
//	      day numbers count from 0001-01-01 = 1, and 0 is a missing date
//	amt:  the amount in øre, or, when big is set, the index of the amount
//	      in the run's table of amounts that do not fit
//
// An amount fits when it is a whole number of øre within int64, its
// coefficient has at most 18 digits and its exponent lies in
// [-20, 16]: then the øre and the exponent give back its coefficient
// exactly. Two recs that compare equal (with their amounts) stand for
// identical postings, so the order of equal recs never shows in the lines.
type rec struct {
	psr, acct, days uint64
	amt             int64
}

const (
	recSize     = 32 // bytes of a rec
	recLowBits  = 20 // bits of days below the end day
	recStartPos = 42
	recDayMask  = 1<<22 - 1 // 9999-12-31 is day 3,652,059 < 2^22
	recExpBias  = 20        // exponents -20 … 16 are stored as 0 … 36
	recExpMax   = 16
	// bigCost is what a big amount is counted for against the budget,
	// besides its rec: a decimal.Decimal and its big.Int.
	bigCost = 128
)

func (r *rec) pass() bool          { return r.acct&1 != 0 }
func (r *rec) big() bool           { return r.days&1 != 0 }
func (r *rec) exp() int32          { return int32(r.days>>1&63) - recExpBias }
func (r *rec) start() int64        { return int64(r.days >> recStartPos) }
func (r *rec) end() int64          { return int64(r.days >> recLowBits & recDayMask) }
func (r *rec) dayKey() uint64      { return r.days >> recLowBits }
func (r *rec) sameKey(s *rec) bool { return r.psr == s.psr && r.acct == s.acct }

// item is a rec with its big amount, as the merge passes it on.
type item struct {
	r   rec
	big decimal.Decimal // set when r.big()
}

// cmpKey compares everything but the amounts.
func cmpKey(x, y *rec) int {
	switch {
	case x.psr != y.psr:
		if x.psr < y.psr {
			return -1
		}
		return +1
	case x.acct != y.acct:
		if x.acct < y.acct {
			return -1
		}
		return +1
	}
	dx, dy := x.dayKey(), y.dayKey()
	switch {
	case dx < dy:
		return -1
	case dx > dy:
		return +1
	}
	return 0
}

// cmpAmount compares the amounts of x and y by value, then by exponent;
// bx and by are their big amounts when they have one.
func cmpAmount(x, y *rec, bx, by decimal.Decimal) int {
	if !x.big() && !y.big() {
		if c := compareInt64(x.amt, y.amt); c != 0 {
			return c
		}
		return compareInt64(int64(x.exp()), int64(y.exp()))
	}
	dx, dy := bx, by
	if !x.big() {
		dx = x.amount()
	}
	if !y.big() {
		dy = y.amount()
	}
	if c := dx.Cmp(dy); c != 0 {
		return c
	}
	return compareInt64(int64(dx.Exponent()), int64(dy.Exponent()))
}

func compareInt64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return +1
	}
	return 0
}

func cmpItem(x, y *item) int {
	if c := cmpKey(&x.r, &y.r); c != 0 {
		return c
	}
	return cmpAmount(&x.r, &y.r, x.big, y.big)
}

// amount returns the amount of a rec that is not big, with its exponent.
func (r *rec) amount() decimal.Decimal {
	e := r.exp()
	var c int64
	if s := int(e) + 2; s >= 0 {
		c = r.amt / oerePow10[s]
	} else {
		c = r.amt * oerePow10[-s]
	}
	return decimal.New(c, e)
}

// smallAmount returns the øre and exponent of d when d fits a rec.
func smallAmount(d decimal.Decimal) (oereValue int64, exp int32, ok bool) {
	e := d.Exponent()
	if e < -recExpBias || e > recExpMax || d.NumDigits() > 18 {
		return 0, 0, false
	}
	v, ok := oere(d)
	return v, e, ok
}

// dayNumber returns d's day number counted from 0001-01-01 = 1, or 0 for the
// zero Date.
func dayNumber(d civil.Date) uint64 {
	if !d.IsValid() {
		return 0
	}
	return uint64(dayOne.DaysUntil(d) + 1)
}

// dayOne is day number 1.
var dayOne = civil.MustNew(1, 1, 1)

// dayDate is the inverse of dayNumber.
func dayDate(n int64) civil.Date {
	if n <= 0 {
		return civil.Date{}
	}
	return dayOne.AddDays(int(n) - 1)
}

// packer packs postings into recs, remembering the last citizen and
// account, since a finance system's postings come citizen by citizen.
type packer struct {
	mergeFictive bool
	lastPsr      cpr.Number
	lastPsrVal   uint64
	lastFictive  bool
	lastAcct     kontoplan.Account
	lastAcctVal  uint64
	havePsr      bool
	haveAcct     bool
	lastStart    civil.Date
	lastEnd      civil.Date
	lastStartDay uint64
	lastEndDay   uint64
	haveStart    bool
	haveEnd      bool
}

// digitsValue reads up to 19 ASCII digits as a number.
func digitsValue(b []byte) uint64 {
	var v uint64
	for _, c := range b {
		v = v*10 + uint64(c-'0')
	}
	return v
}

// pack returns p as a rec and, when its amount does not fit one, the
// amount (the caller stores it and sets r.amt).
func (k *packer) pack(p *Posting) (r rec, bigAmount bool) {
	if !k.havePsr || p.PsrID != k.lastPsr {
		var buf [16]byte
		k.lastPsr, k.havePsr = p.PsrID, true
		k.lastPsrVal, k.lastFictive = 0, false
		if b := p.PsrID.AppendDigits(buf[:0]); len(b) > 0 {
			k.lastPsrVal = digitsValue(b) + 1
			k.lastFictive = p.PsrID.IsFictive()
		}
	}
	if !k.haveAcct || p.Account != k.lastAcct {
		var buf [32]byte
		k.lastAcct, k.haveAcct = p.Account, true
		k.lastAcctVal = 0
		if b := p.Account.AppendTo(buf[:0]); len(b) > 0 {
			k.lastAcctVal = digitsValue(b) + 1
		}
	}
	// Invoices come in months: most postings repeat a recent date.
	if p.Start != k.lastStart || !k.haveStart {
		k.lastStart, k.lastStartDay, k.haveStart = p.Start, dayNumber(p.Start), true
	}
	if p.End != k.lastEnd || !k.haveEnd {
		k.lastEnd, k.lastEndDay, k.haveEnd = p.End, dayNumber(p.End), true
	}
	start, end := k.lastStartDay, k.lastEndDay
	pass := k.lastPsrVal == 0 || k.lastAcctVal == 0 || start == 0 || end == 0 || end < start ||
		(!k.mergeFictive && k.lastFictive)
	r.psr = k.lastPsrVal
	r.acct = k.lastAcctVal << 1
	if pass {
		r.acct |= 1
	}
	r.days = start<<recStartPos | end<<recLowBits
	if v, e, ok := smallAmount(p.Amount); ok {
		r.amt = v
		r.days |= uint64(e+recExpBias) << 1
		return r, false
	}
	r.days |= 1
	return r, true
}

// unpacker turns recs back into the values of a line, remembering the
// last citizen and account.
type unpacker struct {
	psrVal  uint64
	psr     cpr.Number
	acctVal uint64
	acct    kontoplan.Account
	buf     [20]byte
}

func (u *unpacker) fill(v uint64, width int) []byte {
	b := u.buf[:width]
	for i := width - 1; i >= 0; i-- {
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return b
}

// ids returns the citizen and account of r.
func (u *unpacker) ids(r *rec) (cpr.Number, kontoplan.Account, error) {
	if r.psr != u.psrVal {
		u.psrVal, u.psr = r.psr, cpr.Number{}
		if r.psr != 0 {
			n, err := cpr.Parse(string(u.fill(r.psr-1, 10)))
			if err != nil {
				return n, kontoplan.Account{}, fmt.Errorf("siu: aggregating: a CPR number does not read back: %w", err)
			}
			u.psr = n
		}
	}
	if a := r.acct >> 1; a != u.acctVal {
		u.acctVal, u.acct = a, kontoplan.Account{}
		if a != 0 {
			acct, err := kontoplan.Parse(string(u.fill(a-1, 16)))
			if err != nil {
				return u.psr, acct, fmt.Errorf("siu: aggregating: an account does not read back: %w", err)
			}
			u.acct = acct
		}
	}
	return u.psr, u.acct, nil
}

// A run file holds sorted recs in a compact binary encoding, each
// relative to the one before:
//
//	flags  byte: 1 same citizen, 2 same citizen and account, 4 big amount
//	psr    uvarint, unless same citizen
//	acct   uvarint, unless same citizen and account
//	start  uvarint: the start day, minus the previous start day when same
//	       citizen and account (the recs are sorted, so it is not negative)
//	end    varint: end day minus start day
//	amount byte exponent+20 and varint øre; or, when big, varint exponent
//	       and uvarint length and the coefficient's decimal text
//
// Most postings of a citizen take 8 to 10 bytes.
const (
	flagSamePsr  = 1
	flagSameAcct = 2
	flagBig      = 4
)

// runFile is one sorted run on disk.
type runFile struct {
	f    *os.File
	name string // "" once the name is removed
	recs int
}

// runWriter encodes recs into a run file.
type runWriter struct {
	w     *bufio.Writer
	prev  rec
	first bool
	buf   [8 * binary.MaxVarintLen64]byte
}

func newRunWriter(w io.Writer, size int) *runWriter {
	return &runWriter{w: bufio.NewWriterSize(w, size), first: true}
}

func (w *runWriter) write(it *item) error {
	r := &it.r
	var flags byte
	b := w.buf[:1]
	switch {
	case !w.first && r.psr == w.prev.psr && r.acct == w.prev.acct:
		flags |= flagSamePsr | flagSameAcct
		b = binary.AppendUvarint(b, uint64(r.start()-w.prev.start()))
	case !w.first && r.psr == w.prev.psr:
		flags |= flagSamePsr
		b = binary.AppendUvarint(b, r.acct)
		b = binary.AppendUvarint(b, uint64(r.start()))
	default:
		b = binary.AppendUvarint(b, r.psr)
		b = binary.AppendUvarint(b, r.acct)
		b = binary.AppendUvarint(b, uint64(r.start()))
	}
	b = binary.AppendVarint(b, r.end()-r.start())
	if r.big() {
		flags |= flagBig
		b = binary.AppendVarint(b, int64(it.big.Exponent()))
		text := it.big.Coefficient().String()
		b = binary.AppendUvarint(b, uint64(len(text)))
		b[0] = flags
		if _, err := w.w.Write(b); err != nil {
			return err
		}
		if _, err := w.w.WriteString(text); err != nil {
			return err
		}
	} else {
		b = append(b, byte(r.exp()+recExpBias))
		b = binary.AppendVarint(b, r.amt)
		b[0] = flags
		if _, err := w.w.Write(b); err != nil {
			return err
		}
	}
	w.prev, w.first = *r, false
	return nil
}

func (w *runWriter) flush() error { return w.w.Flush() }

// errCorrupt is the error for a run file that does not decode: someone
// wrote into it, or the disk failed.
var errCorrupt = errors.New("siu: aggregating: a temporary run file does not decode")

// runReader decodes a run file; it is a source.
type runReader struct {
	r     *bufio.Reader
	left  int // recs not yet read
	cur   item
	err   error
	first bool
}

func newRunReader(rf *runFile, size int) (*runReader, error) {
	if _, err := rf.f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return &runReader{r: bufio.NewReaderSize(rf.f, size), left: rf.recs, first: true}, nil
}

func (rr *runReader) next() bool {
	if rr.left == 0 || rr.err != nil {
		return false
	}
	if err := rr.read(); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		rr.err = err
		return false
	}
	rr.left--
	return true
}

func (rr *runReader) read() error {
	flags, err := rr.r.ReadByte()
	if err != nil {
		return err
	}
	prev := rr.cur.r
	var r rec
	var start uint64
	switch {
	case flags&flagSameAcct != 0 && !rr.first:
		r.psr, r.acct = prev.psr, prev.acct
		d, err := binary.ReadUvarint(rr.r)
		if err != nil {
			return err
		}
		start = uint64(prev.start()) + d
	case flags&flagSamePsr != 0 && !rr.first:
		r.psr = prev.psr
		if r.acct, err = binary.ReadUvarint(rr.r); err != nil {
			return err
		}
		if start, err = binary.ReadUvarint(rr.r); err != nil {
			return err
		}
	case flags&(flagSamePsr|flagSameAcct) != 0:
		return errCorrupt
	default:
		if r.psr, err = binary.ReadUvarint(rr.r); err != nil {
			return err
		}
		if r.acct, err = binary.ReadUvarint(rr.r); err != nil {
			return err
		}
		if start, err = binary.ReadUvarint(rr.r); err != nil {
			return err
		}
	}
	span, err := binary.ReadVarint(rr.r)
	if err != nil {
		return err
	}
	end := int64(start) + span
	if start > recDayMask || end < 0 || end > recDayMask {
		return errCorrupt
	}
	r.days = start<<recStartPos | uint64(end)<<recLowBits
	rr.cur.big = decimal.Decimal{}
	if flags&flagBig != 0 {
		e, err := binary.ReadVarint(rr.r)
		if err != nil {
			return err
		}
		n, err := binary.ReadUvarint(rr.r)
		if err != nil {
			return err
		}
		if n == 0 || n > 1<<20 || e < -1<<31 || e >= 1<<31 {
			return errCorrupt
		}
		text := make([]byte, n)
		if _, err := io.ReadFull(rr.r, text); err != nil {
			return err
		}
		c, ok := new(big.Int).SetString(string(text), 10)
		if !ok {
			return errCorrupt
		}
		r.days |= 1
		rr.cur.big = decimal.NewFromBigInt(c, int32(e))
	} else {
		e, err := rr.r.ReadByte()
		if err != nil {
			return err
		}
		if e > recExpBias+recExpMax {
			return errCorrupt
		}
		r.days |= uint64(e) << 1
		if r.amt, err = binary.ReadVarint(rr.r); err != nil {
			return err
		}
	}
	rr.cur.r, rr.first = r, false
	return nil
}

func (rr *runReader) item() *item  { return &rr.cur }
func (rr *runReader) error() error { return rr.err }

// source is a sorted sequence of items: a run file, or a sorted chunk in
// memory.
type source interface {
	next() bool // advances to the next item; false at the end or on an error
	item() *item
	error() error
}

// chunkSource reads a sorted chunk of the current run in memory.
type chunkSource struct {
	recs []rec
	bigs []decimal.Decimal
	i    int
	cur  item
}

func (c *chunkSource) next() bool {
	if c.i >= len(c.recs) {
		return false
	}
	c.cur.r = c.recs[c.i]
	c.cur.big = decimal.Decimal{}
	if c.cur.r.big() {
		c.cur.big = c.bigs[c.cur.r.amt]
	}
	c.i++
	return true
}

func (c *chunkSource) item() *item  { return &c.cur }
func (c *chunkSource) error() error { return nil }

// merger merges sorted sources into one sorted sequence with a binary
// heap. The order of items that compare equal does not matter: they stand
// for identical postings.
type merger struct {
	heap []source
	err  error
}

func newMerger(srcs []source) *merger {
	m := &merger{heap: make([]source, 0, len(srcs))}
	for _, s := range srcs {
		if s.next() {
			m.heap = append(m.heap, s)
		} else if err := s.error(); err != nil && m.err == nil {
			m.err = err
		}
	}
	for i := len(m.heap)/2 - 1; i >= 0; i-- {
		m.down(i)
	}
	return m
}

func (m *merger) less(i, j int) bool { return cmpItem(m.heap[i].item(), m.heap[j].item()) < 0 }

func (m *merger) down(i int) {
	h := m.heap
	for {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		j := l
		if r := l + 1; r < len(h) && m.less(r, l) {
			j = r
		}
		if !m.less(j, i) {
			return
		}
		h[i], h[j] = h[j], h[i]
		i = j
	}
}

// each calls f with every item in order, until f returns false or an
// error; it returns the first error of a source.
func (m *merger) each(f func(*item) bool) error {
	if m.err != nil {
		return m.err
	}
	for len(m.heap) > 0 {
		top := m.heap[0]
		if !f(top.item()) {
			return nil
		}
		if !top.next() {
			if err := top.error(); err != nil {
				return err
			}
			last := len(m.heap) - 1
			m.heap[0] = m.heap[last]
			m.heap[last] = nil
			m.heap = m.heap[:last]
		}
		if len(m.heap) > 1 {
			m.down(0)
		}
	}
	return nil
}

// sortChunk sorts a chunk of recs whose big amounts are in bigs.
func sortChunk(c []rec, bigs []decimal.Decimal) {
	slices.SortFunc(c, func(x, y rec) int {
		if c := cmpKey(&x, &y); c != 0 {
			return c
		}
		var bx, by decimal.Decimal
		if x.big() {
			bx = bigs[x.amt]
		}
		if y.big() {
			by = bigs[y.amt]
		}
		return cmpAmount(&x, &y, bx, by)
	})
}
