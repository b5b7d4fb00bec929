package source

import (
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/siu"
)

// Report is the machine-readable form of a Result, for JSON: the counts,
// the read errors and each finding with its position in the file. Messages
// never hold a whole CPR number. It is the form of 'siu validate --format
// json'.
type Report struct {
	File   string       `json:"file"`
	Format Format       `json:"format"`
	Header ReportHeader `json:"header"`
	Lines  int          `json:"lines"`
	// SchemaValid and SchemaProblems are set when the file was checked
	// against the schema too (an XML file).
	SchemaValid    *bool    `json:"schema_valid,omitempty"`
	SchemaProblems []string `json:"schema_problems,omitempty"`
	Errors         int      `json:"errors"`
	Warnings       int      `json:"warnings"`
	Info           int      `json:"info"`
	// Ignored counts the findings left out, by rule code.
	Ignored    map[string]int  `json:"ignored,omitempty"`
	ReadErrors []*Error        `json:"read_errors"`
	Findings   []ReportFinding `json:"findings"`
	// Deliverable is true when there are no error findings, no read errors
	// and no schema problems.
	Deliverable bool `json:"deliverable"`
}

// ReportHeader is the header of a Report.
type ReportHeader struct {
	Municipality int    `json:"municipality"`
	Year         int    `json:"year"`
	Area         string `json:"area"`
	Test         bool   `json:"test"`
}

// ReportFinding is a finding of a Report.
type ReportFinding struct {
	Code     string       `json:"code"`
	Severity siu.Severity `json:"severity"`
	// Line is the line in the delivery (from 1, 0 for the header);
	// FileLine is where it is in the file: the CSV line (the header line
	// is 1), XLSX row, or XML line of the record's start tag.
	Line      int    `json:"line"`
	FileLine  int    `json:"file_line"`
	Field     string `json:"field,omitempty"`
	Message   string `json:"message"`
	MessageEN string `json:"message_en"`
}

// Report returns r in its machine-readable form.
func (r *Result) Report() Report {
	t := r.Tally()
	rep := Report{
		File: r.Name, Format: r.Format, Lines: r.Lines,
		Header: ReportHeader{Municipality: r.Header.Municipality, Year: r.Header.Year,
			Area: r.Header.Area.String(), Test: r.Header.Test},
		Errors: t.Errors, Warnings: t.Warnings, Info: t.Infos, Ignored: r.Ignored,
		ReadErrors: r.ReadErrors, Findings: make([]ReportFinding, 0, len(r.Findings)),
		Deliverable: r.Deliverable(),
	}
	if rep.ReadErrors == nil {
		rep.ReadErrors = []*Error{}
	}
	for _, f := range r.Findings {
		rep.Findings = append(rep.Findings, ReportFinding{Code: f.Code, Severity: f.Severity, Line: f.Line,
			FileLine: r.Pos(f.Line), Field: f.Field, Message: cpr.Redact(f.Message), MessageEN: cpr.Redact(f.MessageEN)})
	}
	return rep
}

// WithSchema returns rep with the verdict of a schema check: problems is
// empty for a valid file. A file with schema problems is not deliverable.
func (rep Report) WithSchema(problems []string) Report {
	valid := len(problems) == 0
	rep.SchemaValid, rep.SchemaProblems = &valid, problems
	rep.Deliverable = rep.Deliverable && valid
	return rep
}
