// Command two-areas delivers a municipality's year as two full loads, one
// for adults (VOKSEN) and one for children (BOERN), as DST allows
// (SOURCES.md: dst-qa-2025): it splits one delivery by the function of each line,
// validates and writes each file, and checks both against the schema.
//
//	go run ./examples/two-areas [DIR]
package main
