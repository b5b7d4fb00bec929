package main

import (
	"fmt"
	"time"
)

// progress reports on stderr how far a long input has come, on one line
// that it rewrites. It prints only when stderr is a terminal (env.progress)
// and the work has taken longer than progressDelay, so short runs, pipes
// and logs stay clean.
type progress struct {
	e       *env
	label   string
	units   string
	n       int
	start   time.Time
	last    time.Time
	printed bool
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
	p.n = n
	if p.n%1024 != 0 {
		return
	}
	now := p.e.timeNow()
	if now.Sub(p.start) < progressDelay || now.Sub(p.last) < progressEvery {
		return
	}
	p.last = now
	p.printed = true
	fmt.Fprintf(p.e.stderr, "\r%s: %d %s...", p.label, p.n, p.units)
}

// done clears the progress line.
func (p *progress) done() {
	if p == nil || !p.printed {
		return
	}
	fmt.Fprint(p.e.stderr, "\r\033[K")
}
