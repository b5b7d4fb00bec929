// Package conformance is the SIU conformance suite: cases, as files, that
// prove an implementation's validator, encoder and aggregator agree with
// siukit's rules (the catalogue of package siu), the XML profile of package
// xmlformat and DST's answers on summing invoices.
//
// The suite is embedded (FS, Cases) and versioned (Version): vendors pin the
// version. Each case is a directory cases/<id>/ with a manifest.json (id,
// title, kinds, the rules it exercises, its source, budget years, profile),
// an input in a neutral JSON form where every value is a string (Input,
// AggregateInput), and its expected outcome: findings.json (code,
// severity, line and field of each finding; never messages), expected.xml
// (the reference encoder's exact bytes) or lines.json (aggregated lines).
//
// A Go implementation runs the suite in its tests with Run, one subtest per
// case, or without a *testing.T with Evaluate. Select and Skip choose the
// cases; a skipped case that starts to pass fails the run. A vendor's XML
// is compared by meaning (CompareXML): elements, their order and values,
// with whitespace, namespace prefixes and the creation timestamp free.
// Reference is siukit's own implementation; it passes the whole suite byte
// for byte.
//
// Programs in other languages are driven through a stdin/stdout contract
// by RunCommand (the command siu conformance run), after Export wrote the
// suite out. README.md, exported with the suite, documents the files, the
// neutral form and the contract with a worked example.
//
// Reports never hold a whole CPR number: values that look like one are
// masked (DDMMYY-****).
package conformance
