package diff

import (
	"bufio"
	"container/heap"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/siu"
)

// The sort key of a line: its five fields as text (siu.Line.Record), the
// first four padded to a fixed width so that comparing the text compares
// citizen, account, start and end in that order. The amount follows and is
// compared as a number.
const (
	widthPsrID   = 10
	widthAccount = 16
	widthDate    = 10
	keyLen       = widthPsrID + widthAccount + 2*widthDate
)

// encode returns l's sort entry.
func encode(l siu.Line) string {
	r := l.Record()
	var b strings.Builder
	b.Grow(keyLen + len(r.Amount))
	pad(&b, r.PsrID, widthPsrID)
	pad(&b, r.Account, widthAccount)
	pad(&b, r.Start, widthDate)
	pad(&b, r.End, widthDate)
	b.WriteString(r.Amount)
	return b.String()
}

func pad(b *strings.Builder, s string, n int) {
	if len(s) > n {
		s = s[:n] // not reached for a Line's own text
	}
	b.WriteString(s)
	for range n - len(s) {
		b.WriteByte(' ')
	}
}

// decode returns the line of an entry. A field that is not set comes back
// not set (siu.ParseRecord's findings for it are not needed here).
func decode(e string) siu.Line {
	l, _ := siu.ParseRecord(siu.Record{
		PsrID:   strings.TrimRight(e[:10], " "),
		Account: strings.TrimRight(e[10:26], " "),
		Start:   strings.TrimRight(e[26:36], " "),
		End:     strings.TrimRight(e[36:46], " "),
		Amount:  e[keyLen:],
	})
	return l
}

// groupOf is the part of an entry that names its citizen and account.
func groupOf(e string) string { return e[:widthPsrID+widthAccount] }

// citizenOf is the part of an entry that names its citizen.
func citizenOf(e string) string { return e[:widthPsrID] }

// compareEntries orders entries by key, then by amount as a number.
func compareEntries(a, b string) int {
	if c := strings.Compare(a[:keyLen], b[:keyLen]); c != 0 {
		return c
	}
	if a[keyLen:] == b[keyLen:] {
		return 0
	}
	da, errA := decimal.NewFromString(a[keyLen:])
	db, errB := decimal.NewFromString(b[keyLen:])
	if errA != nil || errB != nil {
		return strings.Compare(a[keyLen:], b[keyLen:])
	}
	return da.Cmp(db)
}

// sorter sorts the entries of one input in runs of at most runLen entries,
// spilling each full run to a private temporary file, and merges the runs.
type sorter struct {
	dir    string
	runLen int
	buf    []string
	runs   []*os.File
	named  []string // runs whose name could not be removed at once
	n      int
}

// add adds an entry, spilling a full run.
func (s *sorter) add(e string) error {
	s.buf = append(s.buf, e)
	s.n++
	if len(s.buf) >= s.runLen {
		return s.spill()
	}
	return nil
}

// spill sorts the buffer and writes it to a new temporary file. The file
// is created with mode 0600 and, where the system allows it, its name is
// removed at once, so that it disappears with the process whatever happens.
func (s *sorter) spill() error {
	slices.SortFunc(s.buf, compareEntries)
	f, err := os.CreateTemp(s.dir, "siukit-diff-*.tmp")
	if err != nil {
		return fmt.Errorf("diff: temporary file: %w", err)
	}
	s.runs = append(s.runs, f)
	if os.Remove(f.Name()) != nil {
		s.named = append(s.named, f.Name())
	}
	w := bufio.NewWriterSize(f, 64<<10)
	var n [binary.MaxVarintLen64]byte
	for _, e := range s.buf {
		w.Write(n[:binary.PutUvarint(n[:], uint64(len(e)))])
		w.WriteString(e)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("diff: writing a temporary file: %w", err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("diff: temporary file: %w", err)
	}
	clear(s.buf)
	s.buf = s.buf[:0]
	return nil
}

// close removes every temporary file.
func (s *sorter) close() {
	for _, f := range s.runs {
		f.Close()
	}
	for _, name := range s.named {
		os.Remove(name)
	}
	s.runs, s.named, s.buf = nil, nil, nil
}

// fill reads lines into s. It stops at the first error of lines, or when
// ctx is done.
func (s *sorter) fill(ctx context.Context, lines iter.Seq2[siu.Line, error]) error {
	for l, err := range lines {
		if err != nil {
			return err
		}
		if s.n%4096 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if err := s.add(encode(l)); err != nil {
			return err
		}
	}
	if len(s.runs) > 0 && len(s.buf) > 0 {
		return s.spill()
	}
	slices.SortFunc(s.buf, compareEntries)
	return nil
}

// stream is a sorted stream of entries: the buffer when everything fit in
// one run, else a merge of the runs.
type stream struct {
	buf  []string
	i    int
	h    runHeap
	err  error
	head string
	ok   bool
}

func (s *sorter) stream() (*stream, error) {
	st := &stream{}
	if len(s.runs) == 0 {
		st.buf = s.buf
	} else {
		for _, f := range s.runs {
			r := &runReader{r: bufio.NewReaderSize(f, 32<<10)}
			if r.next() {
				st.h = append(st.h, r)
			} else if r.err != nil {
				return nil, r.err
			}
		}
		heap.Init(&st.h)
	}
	st.advance()
	return st, st.err
}

// advance moves to the next entry: head and ok.
func (st *stream) advance() {
	if st.h == nil {
		st.ok = st.i < len(st.buf)
		if st.ok {
			st.head = st.buf[st.i]
			st.buf[st.i] = ""
			st.i++
		}
		return
	}
	if len(st.h) == 0 {
		st.ok = false
		return
	}
	r := st.h[0]
	st.head, st.ok = r.cur, true
	if r.next() {
		heap.Fix(&st.h, 0)
	} else {
		if r.err != nil {
			st.err = r.err
		}
		heap.Pop(&st.h)
	}
}

type runReader struct {
	r   *bufio.Reader
	cur string
	err error
}

func (r *runReader) next() bool {
	n, err := binary.ReadUvarint(r.r)
	if err != nil {
		if !errors.Is(err, io.EOF) {
			r.err = fmt.Errorf("diff: reading a temporary file: %w", err)
		}
		return false
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r.r, b); err != nil {
		r.err = fmt.Errorf("diff: reading a temporary file: %w", err)
		return false
	}
	r.cur = string(b)
	return true
}

type runHeap []*runReader

func (h runHeap) Len() int           { return len(h) }
func (h runHeap) Less(i, j int) bool { return compareEntries(h[i].cur, h[j].cur) < 0 }
func (h runHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *runHeap) Push(x any)        { *h = append(*h, x.(*runReader)) }
func (h *runHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
