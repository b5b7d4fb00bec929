package main

import (
	"errors"
	"fmt"

	"github.com/siukit/siukit/delivery"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/source"
	"github.com/siukit/siukit/xmlformat/xsd"
)

func runCheck(c *cmdFlags, files []string) int {
	e := c.e
	answers := c.v.answersA
	if answers != nil && files[0] == "-" {
		return e.usage("check", e.errorT("err.answers.stdin"))
	}
	schema, err := xsd.Default()
	if err != nil {
		return e.fail("check", err)
	}
	r, name, err := source.OpenPath(files[0], e.stdin)
	if err != nil {
		e.errorf("check", "%v", err)
		return exitUsage
	}
	defer r.Close()
	in, head := source.Peek(r)
	if f, err := source.Sniff(head); err != nil || f != source.XML {
		return e.usage("check", e.notXML(name, f, err))
	}
	// The schema, then the rules, reading the input once; with answers,
	// which need each line, the rules read the file again.
	s, res, problems, err := report.CheckXML(e.context(), in, name,
		delivery.CheckOptions{Validate: c.v.vopts, Profile: c.v.src.Profile, Schema: schema}, c.streamOptions(nil))
	defer s.Close()
	if err != nil {
		return e.interrupted("check", err)
	}
	if answers != nil && res.ReadErrors == 0 {
		var code int
		if s, code = c.validate(files[0], answers); s == nil {
			return code
		}
		defer s.Close()
	}
	if c.v.format == "table" {
		report.WriteSchemaProblems(e.stdout, name, problems, c.textOptions(nil))
		fmt.Fprintln(e.stdout, e.t("schema.checker", schema.Checker()))
	}
	if err := c.writeFindings(e.stdout, s, problems); err != nil {
		return e.fail("check", err)
	}
	return exitIf(!s.Deliverable() || !res.SchemaValid || (c.v.requireAnswers && s.Open() > 0))
}

// notXML says what a file given to check is, and which command reads it.
func (e *env) notXML(name string, f source.Format, err error) error {
	switch {
	case errors.Is(err, source.ErrEmptyInput):
		return e.errorT("check.empty", name)
	case err != nil:
		return e.errorT("check.binary", name)
	}
	return e.errorT("check.not."+f.String(), name)
}
