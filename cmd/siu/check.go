package main

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/delivery"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
	"github.com/siukit/siukit/xmlformat"
)

const checkAbout = `Check checks an SIU XML file as DST would receive it: first against the
schema of siukit's profile (xmlformat/schema, with libxml2), then every
line against the rule catalogue, as 'siu validate' does. Both verdicts are
reported; problems name the line of the XML file. The input is read once:
standard input, a pipe or a FIFO works as well as a file.

The schema is siukit's profile, not DST's (which is not public).`

const checkExamples = `  siu check siu-461-2025-samlet.xml
  siu check --format json delivery.xml`

func runCheck(e *env, args []string) int {
	fs := newFlags("check", "[flags] FILE.xml", checkAbout, checkExamples)
	rf := addReportFlags(fs)
	rules := addRuleFlags(fs)
	files, code, ok := fs.parse(e, args)
	if !ok {
		return code
	}
	if len(files) != 1 {
		return e.usageError("check", "want one FILE, got %d", len(files))
	}
	ig, err := rf.check()
	if err != nil {
		return e.usageError("check", "%v", err)
	}
	opts, err := rules.options()
	if err != nil {
		return e.usageError("check", "%v", err)
	}
	r, name, closer, err := openPath(e, files[0])
	if err != nil {
		e.errorf("check", "%v", err)
		return exitUsage
	}
	if closer != nil {
		defer closer.Close()
	}

	// The schema, then the rules, reading the input once.
	c := &source.Result{Name: name, Format: source.XML, Unit: "line"}
	res, err := delivery.Check(context.Background(), r, delivery.CheckOptions{
		Validate: opts,
		ReportAt: func(f siu.Finding, at delivery.Pos) {
			c.Findings = append(c.Findings, f)
			if at.Record > 0 {
				c.Positions = append(c.Positions, make([]int32, max(0, at.Record-len(c.Positions)))...)
				c.Positions[at.Record-1] = int32(at.Line)
			}
		},
		ReadError: func(err error) {
			se := &source.Error{Fatal: true, Message: cpr.Redact(err.Error()), Err: err}
			if xe, ok := err.(*xmlformat.SyntaxError); ok {
				se.Line, se.Column = xe.Line, xe.Col
			}
			c.ReadErrors = append(c.ReadErrors, se)
		},
	})
	if err != nil {
		e.errorf("check", "%v", err)
		return exitFail
	}
	siu.SortFindings(c.Findings)
	c.Header, c.Lines = res.Header, res.Lines
	c.Ignore(ig)
	problems := make([]string, 0, len(res.SchemaProblems)+1)
	for _, p := range res.SchemaProblems {
		problems = append(problems, cpr.Redact(p.String()))
	}
	if res.SchemaOmitted > 0 {
		problems = append(problems, fmt.Sprintf("... and %d more problems", res.SchemaOmitted))
	}
	if rf.format == "table" && !res.SchemaValid {
		writeSchemaProblems(e.stdout, name, problems, rf.max)
	}
	if err := rf.write(e.stdout, c, problems, nil); err != nil {
		e.errorf("check", "%v", err)
		return exitFail
	}
	if !c.Deliverable() || !res.SchemaValid {
		return exitFail
	}
	return exitOK
}

func writeSchemaProblems(w io.Writer, file string, problems []string, max int) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s: the schema check found %d %s:\n", file, len(problems), plural(len(problems), "problem", "problems"))
	for i, p := range problems {
		if max > 0 && i == max {
			fmt.Fprintf(&b, "  ... and %d more (--max 0 lists all)\n", len(problems)-i)
			break
		}
		fmt.Fprintf(&b, "  %s\n", p)
	}
	b.WriteString("\n")
	w.Write(b.Bytes())
}
