package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/delivery"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
	"github.com/siukit/siukit/xmlformat"
	"github.com/siukit/siukit/xmlformat/xsd"
)

func runCheck(e *env, args []string) int {
	c := e.newFlags("check", "[flags] FILE.xml")
	c.reportFlags()
	c.ruleFlags()
	c.answerFlags()
	files, code, ok := c.parse(args, 1)
	if !ok {
		return code
	}
	vopts, err := c.v.validateOptions(e)
	var profile *xmlformat.Profile
	var answers *report.Answers
	if err == nil {
		if profile, err = c.v.readProfile(e); err == nil {
			answers, err = c.v.loadAnswers(e)
		}
	}
	if err == nil && answers != nil && files[0] == "-" {
		err = e.errorT("err.answers.stdin")
	}
	if err != nil {
		return e.usage("check", err)
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
	in, head := peek(r)
	if f, err := source.Sniff(head); err != nil || f != source.XML {
		return e.usage("check", e.notXML(name, f, err))
	}

	// The schema, then the rules, reading the input once (twice with
	// answers, which need each line).
	s := report.NewStream(name, source.XML, siu.Header{}, c.streamOptions(nil))
	defer s.Close()
	opts := delivery.CheckOptions{Validate: vopts, Profile: profile, Schema: schema,
		ReportAt: func(f siu.Finding, at delivery.Pos) { s.Add(f, at.Line) },
		ReadError: func(err error) {
			se := &source.Error{Fatal: true, Message: cpr.Redact(err.Error()), Err: err}
			if xe, ok := err.(*xmlformat.SyntaxError); ok {
				se.Line, se.Column = xe.Line, xe.Col
			}
			s.ReadError(se)
		}}
	if answers != nil {
		opts.ReportAt, opts.Validate.Report = nil, func(siu.Finding) {}
	}
	res, err := delivery.Check(e.context(), in, opts)
	if err != nil {
		return e.interrupted("check", err)
	}
	s.Header, s.Lines = res.Header, res.Lines
	if answers != nil && res.ReadErrors == 0 {
		s.Close()
		if s, code = c.validate(files[0], answers); s == nil {
			return code
		}
		defer s.Close()
	}
	problems := make([]string, 0, len(res.SchemaProblems)+1)
	for _, p := range res.SchemaProblems {
		problems = append(problems, cpr.Redact(p.String()))
	}
	if res.SchemaOmitted > 0 {
		problems = append(problems, e.t("check.omitted", res.SchemaOmitted))
	}
	if c.v.format == "table" {
		c.writeSchemaProblems(name, problems)
		fmt.Fprintln(e.stdout, e.t("schema.checker", schema.Checker()))
	}
	if err := c.writeFindings(e.stdout, s, problems); err != nil {
		return e.fail("check", err)
	}
	if !s.Deliverable() || !res.SchemaValid || (c.v.requireAnswers && s.Open() > 0) {
		return exitFail
	}
	return exitOK
}

// peek returns a reader of all of r and its first 512 bytes. A regular
// file is read at its start and given back whole, so that delivery.Check
// reads it twice through its descriptor instead of copying it.
func peek(r io.Reader) (io.Reader, []byte) {
	head := make([]byte, 512)
	if f, ok := r.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			n, _ := f.ReadAt(head, 0)
			return f, head[:n]
		}
	}
	br := bufio.NewReader(r)
	h, _ := br.Peek(512)
	return br, h
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

func (c *cmdFlags) writeSchemaProblems(file string, problems []string) {
	if len(problems) == 0 {
		return
	}
	w := c.e.stdout
	fmt.Fprintln(w, c.e.t("check.problems", file, len(problems), c.e.tn("n.problem", len(problems))))
	for i, p := range problems {
		if c.v.max > 0 && i == c.v.max {
			fmt.Fprintf(w, "  %s\n", c.e.t("more", len(problems)-i, " ("+c.e.t("hint.more")+")"))
			break
		}
		fmt.Fprintf(w, "  %s\n", p)
	}
	fmt.Fprintln(w)
}
