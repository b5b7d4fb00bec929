//go:build cgo

package xsd

// This file hands batches to worker goroutines and takes their results
// back in input order.

import (
	"slices"
)

// maxWorkers bounds the goroutines validating batches of one document.
var maxWorkers = 4

// job is one batch handed to a worker.
type job struct {
	b    *batch
	done chan *checker // receives the finished checker
}

// flush validates the batch of units, which starts at input offset off,
// or hands it to a worker.
func (v *validation) flush(off int64, units []unit) {
	if len(units) == 0 || v.stopped {
		return
	}
	region := v.sc.buf[off-v.sc.base : units[len(units)-1].end-v.sc.base]
	if v.workers <= 1 {
		c := &checker{v: v}
		c.checkUnits(&batch{region: region, off: off, units: units}, 0, len(units))
		v.merge(c)
		return
	}
	if v.jobs == nil {
		v.jobs = make(chan job, v.workers)
		for range v.workers {
			v.wg.Add(1)
			go v.work()
		}
	}
	j := job{b: &batch{region: slices.Clone(region), off: off, units: slices.Clone(units)}, done: make(chan *checker, 1)}
	v.pending = append(v.pending, j)
	v.jobs <- j
	v.collect(false)
}

// work validates the batches of v.jobs.
func (v *validation) work() {
	defer v.wg.Done()
	var buf []byte
	for j := range v.jobs {
		c := &checker{v: v, doc: buf}
		c.checkUnits(j.b, 0, len(j.b.units))
		buf = c.doc
		j.done <- c
	}
}

// collect takes the results of the batches handed to workers, in input
// order: those that are ready, waiting only when too many are pending, or
// all of them.
func (v *validation) collect(all bool) {
	for len(v.pending) > 0 {
		var c *checker
		if all || len(v.pending) > 2*v.workers {
			c = <-v.pending[0].done
		} else {
			select {
			case c = <-v.pending[0].done:
			default:
				return
			}
		}
		v.pending = v.pending[1:]
		v.merge(c)
	}
}

// stopWorkers waits for every batch handed to workers and ends them.
func (v *validation) stopWorkers() {
	v.collect(true)
	if v.jobs != nil {
		close(v.jobs)
		v.wg.Wait()
		v.jobs = nil
	}
}

// merge takes the problems a checker found in a batch, unless an earlier
// batch ended validation.
func (v *validation) merge(c *checker) {
	if v.stopped {
		return
	}
	for _, p := range c.problems {
		v.add(p)
	}
	v.stopped = c.stopped
}
