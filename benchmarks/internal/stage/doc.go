// Package stage holds the stages of the SIU pipeline exactly as the
// benchmark suite in package benchmarks times them and as the memprobe
// program runs them for peak memory, so that both measure the same code:
// generating the data, parsing CPR numbers and accounts, aggregating
// postings, validating lines, encoding and decoding the XML file (with
// siukit's xmlformat and, as the baseline, with encoding/xml), reading the
// CSV file, and the whole pipeline.
//
// Checking a file against the XSD needs cgo (libxml2); those stages are in
// xsd.go, built only with cgo, so that this package, like every package
// but xmlformat/xsd, builds with CGO_ENABLED=0.
package stage
