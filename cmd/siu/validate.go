package main

import (
	"fmt"

	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

const validateAbout = `Validate checks a file of lines against every rule of the catalogue
(siu rules) and reports all findings at once: errors (DST rejects the
delivery), warnings (DST asks for a comment) and info.

The file may be:
  CSV   a Danish spreadsheet's export: ';' (or ',' or tab) separators,
        decimal comma, dd-mm-yyyy or yyyy-mm-dd dates, UTF-8 or
        Windows-1252, with the columns CPR, Konto, Beløb, Startdato and
        Slutdato (other names are accepted, e.g. CPR-nummer, Kontonummer,
        Fra, Til; other columns are ignored);
  XLSX  the same columns in the first sheet (or --sheet);
  JSON  the conformance suite's neutral form (input.json), with its header;
  XML   an SIU file, with its header (use 'siu check' for the schema too).
The format comes from the extension (.csv .txt .xlsx .json .xml), else
from the content; --input-format sets it. "-" reads standard input.

CSV and XLSX files carry no header: give --municipality and --year (and
--area, --test). Lines in the report are lines of the file (the CSV
header is line 1), rows for XLSX, and for XML the line of the record.
A line that cannot be read is a read error naming its line and column;
the other lines are still checked.

--answers reads the municipality's answers to warnings (a CSV file of
Regel;CPR;Konto;Start;Slut;Kommentar, personal data like the export) and
shows each warning answered or open; --require-answers fails while one is
open. siu report writes all of it as one HTML file.`

const validateExamples = `  siu validate --municipality 461 --year 2025 postings.csv
  siu validate --municipality 461 --year 2025 --area VOKSEN --lang da udtraek.xlsx
  siu validate --ignore SIU-PSR-004 --format json delivery.xml > findings.json`

func runValidate(e *env, args []string) int {
	fs := newFlags("validate", "[flags] FILE", validateAbout, validateExamples)
	hf := addHeaderFlags(fs, false)
	rf := addReportFlags(fs)
	src := addSourceFlags(fs)
	rules := addRuleFlags(fs)
	af := addAnswerFlags(fs)
	files, code, ok := fs.parse(e, args)
	if !ok {
		return code
	}
	if len(files) != 1 {
		return e.usageError("validate", "want one FILE, got %d", len(files))
	}
	ig, err := rf.check()
	if err != nil {
		return e.usageError("validate", "%v", err)
	}
	answers, err := af.load()
	if err != nil {
		return e.usageError("validate", "%v", err)
	}
	c, ad, code := checkFile(e, "validate", files[0], hf, src, rules, answers)
	if c == nil {
		return code
	}
	c.Ignore(ig)
	if err := rf.write(e.stdout, c, nil, ad); err != nil {
		e.errorf("validate", "%v", err)
		return exitFail
	}
	if _, open := ad.Count(c.Findings); !c.Deliverable() || (af.require && open > 0) {
		return exitFail
	}
	return exitOK
}

// fileHeader returns the header of the file at path: its own (JSON, XML),
// or the one the flags give (CSV, XLSX; hf nil means the file must carry
// its own). The error is bad usage.
func fileHeader(e *env, path string, in *input, hf *headerFlags) (siu.Header, error) {
	if in.format.HasHeader() {
		if given := hf.given(); len(given) > 0 {
			return siu.Header{}, fmt.Errorf("%s: a %s file carries its own header; %s applies to CSV and XLSX files only", path, in.format, given[0])
		}
		if in.src == nil {
			return siu.Header{}, nil
		}
		h, _ := in.src.Header()
		return h, nil
	}
	if hf == nil {
		return siu.Header{}, fmt.Errorf("%s is not an XML file", path)
	}
	return hf.header(e)
}

// checkFile reads and validates one file under fileHeader's header. It
// returns nil and the exit code when the command cannot go on (bad usage,
// printed); a file that cannot be read at all gives a result with that
// read error.
func checkFile(e *env, cmd, path string, hf *headerFlags, sf *sourceFlags, rules *ruleFlags, answers *report.Answers) (*source.Result, *report.Answered, int) {
	opts, err := rules.options()
	if err != nil {
		return nil, nil, e.usageError(cmd, "%v", err)
	}
	in, code := openSource(e, cmd, path, sf)
	if in == nil {
		return nil, nil, code
	}
	defer in.Close()
	h, err := fileHeader(e, path, in, hf)
	if err != nil {
		return nil, nil, e.usageError(cmd, "%v", err)
	}
	// A spreadsheet's lines are checked before the envelope is known.
	opts.SkipEnvelope = !in.format.HasHeader() && hf != nil && !hf.envelope
	if in.src == nil {
		return &source.Result{Name: in.name, Format: in.format, Unit: "line", Header: h, ReadErrors: []*source.Error{in.fatal}}, nil, exitFail
	}
	c, ad := report.Validate(in.src, h, opts, answers)
	return c, ad, exitOK
}
