package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/siukit/siukit/delivery"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/source"
	"github.com/siukit/siukit/xmlformat"
)

const encodeAbout = `Encode writes the SIU XML file from a file of lines (CSV, XLSX or the
conformance JSON form; see 'siu validate --help'), reading it once. It
validates the lines and refuses to write anything when there is an error
finding or a line that cannot be read: it prints the findings and exits 1.
Warnings are printed and do not stop it. The file is checked against the
schema (xmlformat/schema) before it replaces -o FILE, in one step.

For CSV and XLSX, the header comes from the flags: --municipality, --year,
--area, --test, and the envelope: --email (required: DST sends its receipt
there), --contact, --description, --system, --system-version, --created.

The XML follows siukit's profile (see the xmlformat package): DST's SIU
schema is not public, and the profile's DST codes (Source, SurveyID,
FormID) are placeholders until DST's are filled in.`

const encodeExamples = `  siu encode --municipality 461 --year 2025 --area VOKSEN --test \
      --email siu@kommune.example -o siu-461-2025-voksen.xml lines.csv
  siu encode -o delivery.xml input.json`

func runEncode(e *env, args []string) int {
	fs := newFlags("encode", "[flags] FILE", encodeAbout, encodeExamples)
	out := fs.String("o", "", "write the XML to this `file` (default standard output)")
	hf := addHeaderFlags(fs, true)
	rf := addReportFlags(fs)
	sf := addSourceFlags(fs)
	rules := addRuleFlags(fs)
	files, code, ok := fs.parse(e, args)
	if !ok {
		return code
	}
	if len(files) != 1 {
		return e.usageError("encode", "want one FILE, got %d", len(files))
	}
	ig, err := rf.check()
	if err != nil {
		return e.usageError("encode", "%v", err)
	}
	opts, err := rules.options()
	if err != nil {
		return e.usageError("encode", "%v", err)
	}
	in, code := openSource(e, "encode", files[0], sf)
	if in == nil {
		return code
	}
	defer in.Close()
	if in.format == source.XML {
		return e.usageError("encode", "%s is already an XML file: use 'siu check' to check it", in.name)
	}
	h, err := fileHeader(e, files[0], in, hf)
	if err != nil {
		return e.usageError("encode", "%v", err)
	}
	msgs := e.stdout
	if toStdout(*out) {
		msgs = e.stderr
	}
	if in.src == nil {
		rf.write(msgs, &source.Result{Name: in.name, Format: in.format, Unit: "line", Header: h, ReadErrors: []*source.Error{in.fatal}}, nil, nil)
		e.errorf("encode", "nothing written: the lines have errors")
		return exitFail
	}
	if today := in.src.Today(); today.IsValid() {
		opts.Today = today
	}

	// Validate, encode and check the schema, reading the input once. The
	// XML for standard output is written to a private temporary file
	// first, so that nothing is printed unless all of it is good.
	target := *out
	if toStdout(*out) {
		dir, err := os.MkdirTemp("", "siu-encode-")
		if err != nil {
			e.errorf("encode", "%v", err)
			return exitFail
		}
		defer os.RemoveAll(dir)
		target = filepath.Join(dir, "siu.xml")
	}
	t := source.Track(in.src)
	res, err := delivery.WriteFile(context.Background(), target, h, t.Records(), delivery.Options{Validate: opts, AllowEmpty: true})
	c := t.Result(h, res.Findings)
	c.Ignore(ig)
	if err != nil {
		e.errorf("encode", "nothing written: %v", err)
		return exitFail
	}
	if !res.Written {
		rf.write(msgs, c, nil, nil)
		e.errorf("encode", "nothing written: the lines have errors")
		return exitFail
	}
	where := *out
	if toStdout(*out) {
		where = "standard output"
		if err := copyFile(e.stdout, target); err != nil {
			e.errorf("encode", "stopped: %v", err)
			return exitFail
		}
	}
	tally := c.Tally()
	fmt.Fprintf(msgs, "Wrote %s: %d %s; %s.\n", where, c.Lines, plural(c.Lines, "line", "lines"), report.DescribeHeader(h))
	fmt.Fprintf(msgs, "Validation: no errors, %d %s, %d info. Schema: valid.\n", tally.Warnings, plural(tally.Warnings, "warning", "warnings"), tally.Infos)
	if xmlformat.DefaultProfile().Placeholder {
		fmt.Fprintf(msgs, "Note: the profile's DST codes (Source, SurveyID, FormID) are placeholders; DST will not accept the file until a profile with DST's own codes is used.\n")
	}
	return exitOK
}

// copyFile writes the file at path to w.
func copyFile(w io.Writer, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(w, f)
	return err
}
