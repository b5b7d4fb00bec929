package report

import (
	"fmt"
	"io"
	"time"
)

// Progress reports how far a long job has come, such as "validate
// postings.csv: 120000 lines...", on one line of a terminal that it
// rewrites: only once the job has taken longer than ProgressDelay, and at
// most every ProgressEvery, so that short runs stay clean. It is what siu
// shows on stderr when stderr is a terminal; give it only a terminal.
// A nil *Progress reports nothing, so that a program can pass one
// whether or not it shows progress.
type Progress struct {
	w            io.Writer
	now          func() time.Time
	label, units string
	n            int
	start, last  time.Time
	printed      bool
}

// ProgressDelay is how long a job runs before Progress shows it, and
// ProgressEvery how often it rewrites its line.
const (
	ProgressDelay = time.Second
	ProgressEvery = 250 * time.Millisecond
)

// NewProgress starts a report on w, such as "LABEL: 120000 UNITS...";
// units is the plural word. now is the clock; nil means time.Now.
func NewProgress(w io.Writer, label, units string, now func() time.Time) *Progress {
	if now == nil {
		now = time.Now
	}
	t := now()
	return &Progress{w: w, now: now, label: label, units: units, start: t, last: t}
}

// Tick counts one more item.
func (p *Progress) Tick() {
	if p != nil {
		p.Update(p.n + 1)
	}
}

// Update sets the count to n; it fits source.Options.Progress. It looks at
// the clock every 1024 items.
func (p *Progress) Update(n int) {
	if p == nil {
		return
	}
	if p.n = n; n%1024 != 0 {
		return
	}
	if now := p.now(); now.Sub(p.start) >= ProgressDelay && now.Sub(p.last) >= ProgressEvery {
		p.last, p.printed = now, true
		fmt.Fprintf(p.w, "\r%s: %d %s...", p.label, p.n, p.units)
	}
}

// Done clears the line, when Progress wrote one.
func (p *Progress) Done() {
	if p != nil && p.printed {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
