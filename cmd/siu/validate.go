package main

import (
	"github.com/siukit/siukit/report"
)

func runValidate(c *cmdFlags, files []string) int {
	e := c.e
	s, code := c.validate(files[0], c.v.answersA)
	if s == nil {
		return code
	}
	defer s.Close()
	if err := c.writeFindings(e.stdout, s, nil); err != nil {
		return e.fail("validate", err)
	}
	return exitIf(!s.Deliverable() || (c.v.requireAnswers && s.Open() > 0))
}

// validate reads and validates the file at path under the header the file
// or the flags give, into a Stream the caller closes. It returns nil and
// the exit code when the command cannot go on (printed).
func (c *cmdFlags) validate(path string, answers *report.Answers) (*report.Stream, int) {
	e, opts := c.e, c.v.vopts
	f, code := c.open(path)
	if f == nil {
		return nil, code
	}
	defer c.closeFile(f)
	h, err := c.header(f, false)
	if err != nil {
		return nil, e.usage(c.cmd, err)
	}
	// A spreadsheet's lines are checked before the envelope is known.
	opts.SkipEnvelope = !f.Format.HasHeader()
	if f.Source == nil {
		s := report.NewStream(f.Name, f.Format, h, c.streamOptions(answers))
		s.ReadError(f.Fatal)
		return s, exitFail
	}
	s, err := report.ValidateStream(e.context(), f.Source, h, opts, c.streamOptions(answers))
	if err != nil {
		s.Close()
		return nil, e.interrupted(c.cmd, err)
	}
	return s, exitOK
}

// interrupted reports that err (a cancelled context: SIGINT or SIGTERM, or
// a temporary file that could not be written) stopped cmd.
func (e *env) interrupted(cmd string, err error) int {
	if e.context().Err() != nil {
		e.errorf(cmd, "%s", e.t("interrupted"))
		return exitInterrupted
	}
	return e.fail(cmd, err)
}
