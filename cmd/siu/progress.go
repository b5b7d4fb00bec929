package main

import (
	"fmt"
	"time"
)

// progress reports on stderr how far a long input has come, on one line
// that it rewrites, only when stderr is a terminal (env.progress) and the
// work has taken longer than progressDelay: short runs, pipes and logs
// stay clean. A nil *progress reports nothing.
type progress struct {
	e            *env
	label, units string
	n            int
	start, last  time.Time
	printed      bool
}

const (
	progressDelay = time.Second
	progressEvery = 250 * time.Millisecond
)

// newProgress starts a report such as "validate postings.csv: 120000
// lines"; units is the plural word.
func (e *env) newProgress(label, units string) *progress {
	if !e.progress {
		return nil
	}
	now := e.timeNow()
	return &progress{e: e, label: label, units: units, start: now, last: now}
}

// tick counts one more item.
func (p *progress) tick() {
	if p != nil {
		p.update(p.n + 1)
	}
}

// update sets the count to n.
func (p *progress) update(n int) {
	if p.n = n; n%1024 != 0 {
		return
	}
	if now := p.e.timeNow(); now.Sub(p.start) >= progressDelay && now.Sub(p.last) >= progressEvery {
		p.last, p.printed = now, true
		fmt.Fprintf(p.e.stderr, "\r%s: %d %s...", p.label, p.n, p.units)
	}
}

// done clears the progress line.
func (p *progress) done() {
	if p != nil && p.printed {
		fmt.Fprint(p.e.stderr, "\r\033[K")
	}
}
