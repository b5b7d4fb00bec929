package cpr

import "testing"

// BenchmarkParse parses a valid number in the printed form DDMMYY-SSSS.
// Target: at most 30 ns/op and 0 allocs/op.
func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		n, err := Parse("170580-1234")
		if err != nil || !n.IsValid() {
			b.Fatal("Parse failed")
		}
	}
}

// BenchmarkParseDigits parses a valid number in the SIU file's form
// DDMMYYSSSS.
func BenchmarkParseDigits(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		n, err := Parse("1705801234")
		if err != nil || !n.IsValid() {
			b.Fatal("Parse failed")
		}
	}
}

// BenchmarkAppendDigits writes the ten digits into a reused buffer.
func BenchmarkAppendDigits(b *testing.B) {
	b.ReportAllocs()
	n := MustParse("1705801234")
	buf := make([]byte, 0, 16)
	for b.Loop() {
		buf = n.AppendDigits(buf[:0])
	}
}
