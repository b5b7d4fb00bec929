package report

import (
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

// Validation is the machine-readable form of a source.Result, for JSON: the
// counts, the read errors and each finding with its position in the file.
// Messages never hold a whole CPR number. It is the form of 'siu validate
// --format json'.
type Validation struct {
	File   string           `json:"file"`
	Format source.Format    `json:"format"`
	Header ValidationHeader `json:"header"`
	Lines  int              `json:"lines"`
	// SchemaValid and SchemaProblems are set when the file was checked
	// against the schema too (an XML file).
	SchemaValid    *bool    `json:"schema_valid,omitempty"`
	SchemaProblems []string `json:"schema_problems,omitempty"`
	Errors         int      `json:"errors"`
	Warnings       int      `json:"warnings"`
	Info           int      `json:"info"`
	// Ignored counts the findings left out, by rule code.
	Ignored    map[string]int      `json:"ignored,omitempty"`
	ReadErrors []*source.Error     `json:"read_errors"`
	Findings   []ValidationFinding `json:"findings"`
	// Answered and Open count the warnings answered and not answered, and
	// UnusedAnswers lists the answers that match no warning; all three are
	// set only when the validation was matched with answers (WithAnswers).
	Answered      *int           `json:"answered,omitempty"`
	Open          *int           `json:"open,omitempty"`
	UnusedAnswers []AnswerRecord `json:"unused_answers,omitempty"`
	// Deliverable is true when there are no error findings, no read errors
	// and no schema problems.
	Deliverable bool `json:"deliverable"`
}

// ValidationHeader is the header of a Validation.
type ValidationHeader struct {
	Municipality int    `json:"municipality"`
	Year         int    `json:"year"`
	Area         string `json:"area"`
	Test         bool   `json:"test"`
}

// ValidationFinding is a finding of a Validation.
type ValidationFinding struct {
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
	// Answer is the municipality's comment on a warning, when matched
	// with answers and answered.
	Answer *AnswerRecord `json:"answer,omitempty"`
}

// AnswerRecord is an answer in JSON: the CPR number masked, and the
// comment passed through cpr.Redact.
type AnswerRecord struct {
	Code     string `json:"code"`
	Citizen  string `json:"citizen,omitempty"`
	Account  string `json:"account,omitempty"`
	Start    string `json:"start,omitempty"`
	End      string `json:"end,omitempty"`
	Comment  string `json:"comment"`
	FileLine int    `json:"file_line"`
}

func answerRecord(a Answer) *AnswerRecord {
	r := &AnswerRecord{Code: a.Code, Citizen: a.PsrID.String(), Start: a.Start.String(), End: a.End.String(),
		Comment: cpr.Redact(a.Comment), FileLine: a.Line}
	if a.Account.IsValid() {
		r.Account = a.Account.String()
	}
	return r
}

// NewValidation returns r in its machine-readable form.
func NewValidation(r *source.Result) Validation {
	t := r.Tally()
	rep := Validation{
		File: r.Name, Format: r.Format, Lines: r.Lines,
		Header: ValidationHeader{Municipality: r.Header.Municipality, Year: r.Header.Year,
			Area: r.Header.Area.String(), Test: r.Header.Test},
		Errors: t.Errors, Warnings: t.Warnings, Info: t.Infos, Ignored: r.Ignored,
		ReadErrors: r.ReadErrors, Findings: make([]ValidationFinding, 0, len(r.Findings)),
		Deliverable: r.Deliverable(),
	}
	if rep.ReadErrors == nil {
		rep.ReadErrors = []*source.Error{}
	}
	for _, f := range r.Findings {
		rep.Findings = append(rep.Findings, ValidationFinding{Code: f.Code, Severity: f.Severity, Line: f.Line,
			FileLine: r.Pos(f.Line), Field: f.Field, Message: cpr.Redact(f.Message), MessageEN: cpr.Redact(f.MessageEN)})
	}
	return rep
}

// WithSchema returns rep with the verdict of a schema check: problems is
// empty for a valid file. A file with schema problems is not deliverable.
func (rep Validation) WithSchema(problems []string) Validation {
	valid := len(problems) == 0
	rep.SchemaValid, rep.SchemaProblems = &valid, problems
	rep.Deliverable = rep.Deliverable && valid
	return rep
}

// WithAnswers returns rep with each warning's answer, the counts of
// answered and open warnings, and the answers that match no warning, from
// the validation of r that Validate matched (ad). The findings of rep must
// be those of r, in order.
func (rep Validation) WithAnswers(r *source.Result, ad *Answered) Validation {
	answered, open := ad.Count(r.Findings)
	rep.Answered, rep.Open = &answered, &open
	rep.Findings = append([]ValidationFinding(nil), rep.Findings...)
	for i, f := range r.Findings {
		if a, ok := ad.Lookup(f); ok && i < len(rep.Findings) {
			rep.Findings[i].Answer = answerRecord(a)
		}
	}
	rep.UnusedAnswers = []AnswerRecord{}
	for _, a := range ad.Answers().Unused() {
		rep.UnusedAnswers = append(rep.UnusedAnswers, *answerRecord(a))
	}
	return rep
}
