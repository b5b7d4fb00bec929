// Package siukit is the root of siukit, the reference library for SIU:
// Danmarks Statistik's statistic of each municipality's expenses per
// citizen for social services (individhenførbare udgifter).
//
// The work is done by the packages below it: siu (the model and the rule
// catalogue), cpr, civil, kontoplan, csvformat, xmlformat, source,
// delivery, report, diff, pipeline, sample and conformance; cmd/siu is the
// command. This package holds what belongs to the project as a whole: the
// list of public sources every rule, data row and case cites (SOURCES.md),
// which the conformance suite's export carries for implementations outside
// Go.
package siukit

import (
	"bytes"
	_ "embed"
)

//go:embed SOURCES.md
var sources []byte

// Sources returns SOURCES.md: every public source the rules, the data and
// the XML profile rest on, each with a stable id, title, publisher, date
// and address. Rules (siu.Rule.Source) and conformance cases cite these ids.
func Sources() []byte { return bytes.Clone(sources) }
