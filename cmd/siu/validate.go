package main

import (
	"fmt"
	"io"
	"slices"

	"github.com/siukit/siukit/siu"
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
the other lines are still checked.`

const validateExamples = `  siu validate --municipality 461 --year 2025 postings.csv
  siu validate --municipality 461 --year 2025 --area VOKSEN --lang da udtraek.xlsx
  siu validate --ignore SIU-PSR-004 --format json delivery.xml > findings.json`

func runValidate(e *env, args []string) int {
	fs := newFlags("validate", "[flags] FILE", validateAbout, validateExamples)
	hf := addHeaderFlags(fs, false)
	rf := addReportFlags(fs)
	src := addSourceFlags(fs)
	rules := addRuleFlags(fs)
	files, code, ok := fs.parse(e, args)
	if !ok {
		return code
	}
	if len(files) != 1 {
		return e.usageError("validate", "want one FILE, got %d", len(files))
	}
	if err := rf.check(); err != nil {
		return e.usageError("validate", "%v", err)
	}
	c, code := checkFile(e, "validate", files[0], hf, src, rules)
	if c == nil {
		return code
	}
	all := c.findings
	rf.filter(c, all)
	if err := rf.write(e.stdout, c); err != nil {
		e.errorf("validate", "%v", err)
		return exitFail
	}
	if c.failed() {
		return exitFail
	}
	return exitOK
}

// codeEmptyLoad is the rule for a delivery without lines.
const codeEmptyLoad = "SIU-LEV-001"

// sourceFlags are the flags that say how to read an input file.
type sourceFlags struct {
	format  string
	sheet   string
	decimal string
}

func addSourceFlags(fs *cmdFlags) *sourceFlags {
	s := &sourceFlags{}
	fs.StringVar(&s.format, "input-format", "", formatHelp)
	fs.StringVar(&s.sheet, "sheet", "", "the XLSX sheet to read (default the first)")
	fs.StringVar(&s.decimal, "decimal", "", "the decimal mark of CSV/XLSX amounts, ',' or '.' (default: learnt from the file)")
	return s
}

func (s *sourceFlags) options() (format, sourceOptions, error) {
	f, err := parseFormat(s.format)
	if err != nil {
		return "", sourceOptions{}, fmt.Errorf("--input-format: %v", err)
	}
	opts := sourceOptions{sheet: s.sheet}
	switch s.decimal {
	case "":
	case ",", ".":
		opts.decimal = rune(s.decimal[0])
	default:
		return "", sourceOptions{}, fmt.Errorf("--decimal: want , or .")
	}
	return f, opts, nil
}

// openSource opens a file's records. A usage problem (flags, a file that
// cannot be opened) prints its message and returns exitUsage; a file that
// cannot be read at all returns a fatal *inputError and the file's format.
func openSource(e *env, cmd, path string, sf *sourceFlags) (*recordSource, *inputError, format, int) {
	forced, opts, err := sf.options()
	if err != nil {
		return nil, nil, "", e.usageError(cmd, "%v", err)
	}
	in, err := openInput(e, path, forced)
	if err != nil {
		e.errorf(cmd, "%v", err)
		return nil, nil, "", exitUsage
	}
	src, err := openRecords(in, opts)
	if err != nil {
		in.Close()
		return nil, asInputError(err, 0), in.format, exitFail
	}
	return src, nil, in.format, exitOK
}

// hasOwnHeader reports whether files of format f carry their header.
func hasOwnHeader(f format) bool { return f == formatJSON || f == formatXML }

// checkFile reads and validates one file. hf gives the header of a CSV or
// XLSX file; it is nil when the file must carry its own (XML). It returns
// nil and the exit code when the command cannot go on (bad usage, printed);
// a file that cannot be read at all gives a result with that read error.
func checkFile(e *env, cmd, path string, hf *headerFlags, sf *sourceFlags, rules *ruleFlags) (*checked, int) {
	opts, err := rules.options()
	if err != nil {
		return nil, e.usageError(cmd, "%v", err)
	}
	src, fatal, f, code := openSource(e, cmd, path, sf)
	if src == nil && fatal == nil {
		return nil, code
	}
	var h siu.Header
	if hasOwnHeader(f) {
		if given := hf.given(); len(given) > 0 {
			if src != nil {
				src.in.Close()
			}
			return nil, e.usageError(cmd, "%s: a %s file carries its own header; %s applies to CSV and XLSX files only",
				path, f, given[0])
		}
		if src != nil {
			h = src.header
		}
	} else {
		if hf == nil {
			err = fmt.Errorf("%s is not an XML file", path)
		} else {
			h, err = hf.header(e)
		}
		if err != nil {
			if src != nil {
				src.in.Close()
			}
			return nil, e.usageError(cmd, "%v", err)
		}
	}
	if src == nil {
		name := path
		if path == "-" {
			name = "stdin"
		}
		return &checked{file: name, format: f, unit: "line", header: h, readErrors: []*inputError{fatal}}, exitFail
	}
	defer src.in.Close()
	defer src.close()
	if src.today.IsValid() {
		opts.Today = src.today
	}
	return validateRecords(e, cmd, src, h, opts), exitOK
}

// validateRecords feeds every record of src to a validator for header h.
func validateRecords(e *env, cmd string, src *recordSource, h siu.Header, opts siu.ValidateOptions) *checked {
	c := &checked{file: src.in.name, format: src.in.format, unit: src.unit, header: h}
	v := siu.NewValidator(h, opts)
	p := e.newProgress(cmd+" "+src.in.name, src.unit)
	stopped := false // a fatal read error ended the input
	for {
		rec, pos, err := src.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			ie := asInputError(err, pos)
			c.readErrors = append(c.readErrors, ie)
			stopped = stopped || ie.Fatal
			continue
		}
		v.AddRecord(rec)
		c.pos = append(c.pos, int32(pos))
		p.tick()
	}
	p.done()
	c.lines = v.Len()
	c.findings = v.Findings()
	if stopped {
		// The file was not read to its end: whether the delivery is empty
		// is not known.
		c.findings = slices.DeleteFunc(c.findings, func(f siu.Finding) bool { return f.Code == codeEmptyLoad })
	}
	return c
}
