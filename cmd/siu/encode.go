package main

import (
	"fmt"
	"io"
	"os"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
)

const encodeAbout = `Encode writes the SIU XML file from a file of lines (CSV, XLSX or the
conformance JSON form; see 'siu validate --help'). It validates the lines
first and refuses to write anything when there is an error finding or a
line that cannot be read: it prints the findings and exits 1. Warnings
are printed and do not stop it. The file written is then checked against
the schema (xmlformat/schema).

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
	if err := rf.check(); err != nil {
		return e.usageError("encode", "%v", err)
	}
	path := files[0]
	if path == "-" { // read twice: once to validate, once to encode
		var err error
		if e, err = e.bufferStdin(); err != nil {
			e.errorf("encode", "reading stdin: %v", err)
			return exitFail
		}
	}
	report := e.stdout
	if toStdout(*out) {
		report = e.stderr
	}

	// 1. Validate.
	c, code := checkFile(e, "encode", path, hf, sf, rules)
	if c == nil {
		return code
	}
	if c.format == formatXML {
		return e.usageError("encode", "%s is already an XML file: use 'siu check' to check it", c.file)
	}
	rf.filter(c, c.findings)
	if c.failed() {
		rf.write(report, c)
		e.errorf("encode", "nothing written: the lines have errors")
		return exitFail
	}

	// 2. Encode, reading the file again.
	src, fatal, _, code := openSource(e, "encode", path, sf)
	if src == nil {
		if fatal != nil {
			e.errorf("encode", "%s", fatal.Message)
		}
		return max(code, exitFail)
	}
	defer src.in.Close()
	defer src.close()
	h := c.header // from the file, or from the flags with the envelope
	p := xmlformat.DefaultProfile()
	n := 0
	err := writeOutput(e, *out, func(w io.Writer) error {
		var err error
		n, err = encodeRecords(e, w, p, h, src)
		return err
	})
	if err != nil {
		if toStdout(*out) {
			e.errorf("encode", "stopped: %v", err)
		} else {
			e.errorf("encode", "nothing written: %v", err)
		}
		return exitFail
	}

	// 3. Check the file against the schema.
	schema := "not checked (run 'siu check' on the file)"
	if !toStdout(*out) {
		if err := validateSchemaFile(*out); err != nil {
			os.Remove(*out)
			e.errorf("encode", "the XML does not pass the schema, so it was removed: %v", err)
			return exitFail
		}
		schema = "valid"
	}

	_, warns, infos := c.counts()
	where := "standard output"
	if !toStdout(*out) {
		where = *out
	}
	fmt.Fprintf(report, "Wrote %s: %d %s; %s.\n", where, n, plural(n, "line", "lines"), describeHeader(h))
	fmt.Fprintf(report, "Validation: no errors, %d %s, %d info. Schema: %s.\n", warns, plural(warns, "warning", "warnings"), infos, schema)
	if p.Placeholder {
		fmt.Fprintf(report, "Note: the profile's DST codes (Source, SurveyID, FormID) are placeholders; DST will not accept the file until a profile with DST's own codes is used.\n")
	}
	return exitOK
}

// encodeRecords writes the XML file of header h and the records of src to
// w, one line at a time. A record that cannot be read or parsed stops it
// with an error naming its line.
func encodeRecords(e *env, w io.Writer, p xmlformat.Profile, h siu.Header, src *recordSource) (int, error) {
	enc := xmlformat.NewEncoder(w, p)
	if err := enc.WriteHeader(h); err != nil {
		return 0, err
	}
	n := 0
	prog := e.newProgress("encode "+src.in.name, src.unit)
	defer prog.done()
	for {
		rec, pos, err := src.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return n, err
		}
		l, err := parseLine(rec)
		if err != nil {
			return n, fmt.Errorf("%s %d: %v", src.unit, pos, err)
		}
		if err := enc.WriteLine(l); err != nil {
			return n, fmt.Errorf("%s %d: %s", src.unit, pos, cpr.Redact(err.Error()))
		}
		n++
		prog.tick()
	}
	return n, enc.Close()
}
