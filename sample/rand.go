package sample

import (
	"math/bits"
	"math/rand/v2"
)

// source draws the generator's random numbers. It uses only the raw 64-bit
// output of math/rand/v2's PCG (a fixed algorithm, PCG-DXSM, whose output
// Go keeps stable) and derives every bounded value here with integer
// arithmetic, so that a seed gives the same data on every machine,
// architecture and Go version: no floating point, no library helper whose
// algorithm might change.
type source struct {
	pcg *rand.PCG
}

// streamConstant is the second PCG seed word. Changing it changes every
// generated file.
const streamConstant = 0x5349554B49545347 // "SIUKITSG"

func newSource(seed uint64) source {
	return source{pcg: rand.NewPCG(seed, streamConstant)}
}

// below returns a uniform value in [0, n); n must be positive. It is
// Lemire's multiply-and-shift method with rejection, so it has no bias.
func (s source) below(n uint64) uint64 {
	hi, lo := bits.Mul64(s.pcg.Uint64(), n)
	if lo < n {
		threshold := -n % n
		for lo < threshold {
			hi, lo = bits.Mul64(s.pcg.Uint64(), n)
		}
	}
	return hi
}

// between returns a uniform int in [lo, hi]; hi must not be below lo.
func (s source) between(lo, hi int) int {
	return lo + int(s.below(uint64(hi-lo+1)))
}

// between64 is between for int64 values.
func (s source) between64(lo, hi int64) int64 {
	return lo + int64(s.below(uint64(hi-lo+1)))
}

// percent reports true with probability p/100.
func (s source) percent(p int) bool {
	return int(s.below(100)) < p
}

// perMille reports true with probability p/1000.
func (s source) perMille(p int) bool {
	return int(s.below(1000)) < p
}

// skewed returns a value in [lo, hi] that leans towards lo: the smaller of
// two uniform draws. Stays and prices are like that: many short or cheap,
// few long or dear.
func (s source) skewed(lo, hi int) int {
	a, b := s.between(lo, hi), s.between(lo, hi)
	return min(a, b)
}

// pick returns an index into weights, drawn in proportion to the weights.
// The weights must not all be zero.
func (s source) pick(weights []int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	r := int(s.below(uint64(total)))
	for i, w := range weights {
		if r < w {
			return i
		}
		r -= w
	}
	return len(weights) - 1
}
