package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/xmlformat/xsd"
)

const checkAbout = `Check checks an SIU XML file as DST would receive it: first against the
schema of siukit's profile (xmlformat/schema, with libxml2), then every
line against the rule catalogue, as 'siu validate' does. Both verdicts are
reported; problems name the line of the XML file.

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
	if err := rf.check(); err != nil {
		return e.usageError("check", "%v", err)
	}
	path := files[0]
	if path == "-" { // read twice: the schema, then the rules
		var err error
		if e, err = e.bufferStdin(); err != nil {
			e.errorf("check", "reading stdin: %v", err)
			return exitFail
		}
	}

	// 1. The schema.
	in, err := openInput(e, path, formatXML)
	if err != nil {
		e.errorf("check", "%v", err)
		return exitUsage
	}
	problems, err := schemaProblems(in.r)
	in.Close()
	if err != nil {
		e.errorf("check", "%v", err)
		return exitFail
	}
	valid := len(problems) == 0

	// 2. The rules.
	sf := &sourceFlags{format: string(formatXML)}
	c, code := checkFile(e, "check", path, nil, sf, rules)
	if c == nil {
		return code
	}
	c.schemaValid = &valid
	c.schemaProblems = problems
	rf.filter(c, c.findings)
	if rf.format == "table" && !valid {
		writeSchemaProblems(e.stdout, c.file, problems, rf.max)
	}
	if err := rf.write(e.stdout, c); err != nil {
		e.errorf("check", "%v", err)
		return exitFail
	}
	if c.failed() || !valid {
		return exitFail
	}
	return exitOK
}

// schemaProblems validates the document against the default profile's
// schema and returns its problems, each "line N:C: kind: message". The
// error is for a schema that cannot be loaded or input that cannot be read.
func schemaProblems(r io.Reader) ([]string, error) {
	s, err := xsd.Default()
	if err != nil {
		return nil, err
	}
	err = s.Validate(r)
	var xe *xsd.Error
	switch {
	case err == nil:
		return nil, nil
	case errors.As(err, &xe):
		out := make([]string, 0, len(xe.Problems)+1)
		for _, p := range xe.Problems {
			out = append(out, cpr.Redact(p.String()))
		}
		if xe.Omitted > 0 {
			out = append(out, fmt.Sprintf("... and %d more problems", xe.Omitted))
		}
		return out, nil
	}
	return nil, err
}

// validateSchemaFile checks a file this command wrote.
func validateSchemaFile(path string) error {
	s, err := xsd.Default()
	if err != nil {
		return err
	}
	return s.ValidateFile(path)
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
