package csvformat

import (
	"errors"
	"io"
)

// errLimit is what limitReader returns when a record grows too long.
var errLimit = errors.New("csvformat: record size limit")

// limitReader bounds the memory encoding/csv may use for one record: it
// hands out at most max bytes past the start of the record being read.
type limitReader struct {
	r     io.Reader
	n     int64 // bytes handed out
	start int64 // input offset where the current record starts
	max   int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	room := l.start + l.max - l.n
	if room <= 0 {
		return 0, errLimit
	}
	if int64(len(p)) > room {
		p = p[:room]
	}
	n, err := l.r.Read(p)
	l.n += int64(n)
	return n, err
}

// mark notes that the record being read starts at offset.
func (l *limitReader) mark(offset int64) { l.start = offset }
