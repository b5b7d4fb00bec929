// Command vendor-conformance runs the SIU conformance suite against a
// vendor's implementation (vendor.go) and prints the summary. In the
// vendor's own CI the same suite runs as Go tests: see vendor_test.go,
// which calls conformance.Run, one subtest per case.
//
//	go run ./examples/vendor-conformance
//	go test ./examples/vendor-conformance -run Conformance -v
package main
