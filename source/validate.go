package source

import (
	"iter"
	"slices"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/siu"
)

// codeEmptyLoad is the rule for a delivery without lines.
const codeEmptyLoad = "SIU-LEV-001"

// Result is the outcome of validating one input: what was read, the
// records that could not be read and the validator's findings, with the
// file position of each line.
type Result struct {
	// Name and Format are the Source's.
	Name   string
	Format Format
	// Unit is what a position counts: "line", or "row" for XLSX.
	Unit string
	// Header is the header the lines were validated under.
	Header siu.Header
	// Lines is the number of lines the validator checked.
	Lines int
	// ReadErrors are the records that could not be read, so were not
	// checked, in file order.
	ReadErrors []*Error
	// Findings are the validator's findings, sorted (siu.SortFindings),
	// less those Ignore moved to Ignored.
	Findings []siu.Finding
	// Ignored counts, by rule code, the findings Ignore removed.
	Ignored map[string]int

	// Positions[i] is the file position (line, or row for XLSX) of the
	// validator's line i+1, or 0 when not known; int32 for 4 bytes a line,
	// for files of millions of lines. Pos reads it.
	Positions []int32
}

// Validate reads every record of src and validates it under header h (for
// a JSON or XML source, the header src.Header returns). A JSON source's
// Today is used when opts.Today is zero. Records that cannot be read are
// kept as read errors and the others are still checked; when a fatal read
// error stopped the input, whether the delivery is empty is not known, so
// SIU-LEV-001 (an empty full load) is not reported.
func Validate(src *Source, h siu.Header, opts siu.ValidateOptions) *Result {
	if !opts.Today.IsValid() && src.Today().IsValid() {
		opts.Today = src.Today()
	}
	t := Track(src)
	v := siu.NewValidator(h, opts)
	for rec, err := range t.Records() {
		if err == nil {
			v.AddRecord(rec)
		}
	}
	return t.Result(h, v.Findings())
}

// Tracker hands a Source's records on as plain siu.Records, to a consumer
// that takes an iter.Seq2[siu.Record, error] (siu.Validator.AddRecord in a
// loop, or delivery.WriteFile), and keeps what a Result needs besides the
// findings: the position of each record and the read errors. Its Result
// then places each finding in the file.
type Tracker struct {
	src     *Source
	res     Result
	stopped bool // a fatal read error ended the input
}

// Track returns a Tracker over src's records.
func Track(src *Source) *Tracker {
	return &Tracker{src: src, res: Result{Name: src.Name(), Format: src.Format(), Unit: src.Unit()}}
}

// Records returns an iterator over the records of the Source, in order,
// with an *Error for each that cannot be read. Iterate it once.
func (t *Tracker) Records() iter.Seq2[siu.Record, error] {
	return func(yield func(siu.Record, error) bool) {
		for rec, err := range t.src.Records() {
			if err != nil {
				e := errorOf(err, rec.Pos)
				t.res.ReadErrors = append(t.res.ReadErrors, e)
				t.stopped = t.stopped || e.Fatal
				if !yield(siu.Record{}, e) {
					return
				}
				continue
			}
			t.res.Positions = append(t.res.Positions, int32(rec.Pos))
			if !yield(rec.Record, nil) {
				return
			}
		}
	}
}

// Result returns the Result of the records read so far, under header h,
// with the findings a consumer reported for them (their Line counting the
// records Records yielded without error, from 1). When a fatal read error
// stopped the input, SIU-LEV-001 (an empty full load) is dropped: whether
// the delivery is empty is not known.
func (t *Tracker) Result(h siu.Header, findings []siu.Finding) *Result {
	r := t.res
	r.Header, r.Lines, r.Findings = h, len(r.Positions), findings
	if t.stopped {
		r.Findings = slices.DeleteFunc(slices.Clone(r.Findings), func(f siu.Finding) bool { return f.Code == codeEmptyLoad })
	}
	return &r
}

// Pos returns the file position (line, or row for XLSX) of the
// validator's line n (from 1), or 0 for the header (n = 0) and for a line
// not read.
func (r *Result) Pos(n int) int {
	if n >= 1 && n <= len(r.Positions) {
		return int(r.Positions[n-1])
	}
	return 0
}

// Tally counts the findings by severity (the ignored ones excepted).
func (r *Result) Tally() siu.Tally { return siu.TallyOf(r.Findings) }

// Deliverable reports whether the input has neither error findings nor
// read errors.
func (r *Result) Deliverable() bool { return len(r.ReadErrors) == 0 && !r.Tally().HasErrors() }

// Ignore moves the findings that ig ignores out of r.Findings and counts
// them in r.Ignored. A nil ig ignores nothing.
func (r *Result) Ignore(ig *siu.Ignore) { r.Findings, r.Ignored = ig.Filter(r.Findings) }

// ReadLines reads every record of src and parses it into a line
// (siu.ParseRecord). A record that cannot be read or parsed is an *Error
// naming its position and the fields at fault; the others are returned.
func ReadLines(src *Source) ([]siu.Line, []*Error) {
	var lines []siu.Line
	var errs []*Error
	for l, err := range Lines(src) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		lines = append(lines, l)
	}
	return lines, errs
}

// Lines returns an iterator over the records of src parsed into lines
// (siu.ParseRecord), in file order, with an *Error for each record that
// cannot be read or parsed, naming its position and the field at fault:
// ReadLines one line at a time, in memory that does not grow with the
// input.
func Lines(src *Source) iter.Seq2[siu.Line, *Error] {
	return func(yield func(siu.Line, *Error) bool) {
		for rec, err := range src.Records() {
			if err != nil {
				if !yield(siu.Line{}, errorOf(err, rec.Pos)) {
					return
				}
				continue
			}
			l, fs := siu.ParseRecord(rec.Record)
			if len(fs) > 0 {
				f := fs[0]
				m := &message{text: danish.New(nil, "%v %d: %s: %v", unitText(src), rec.Pos, f.Field, bilingual{f.MessageEN, f.Message})}
				e := &Error{Line: rec.Pos, Message: cpr.Redact(m.Error()), Err: m}
				if !yield(siu.Line{}, e) {
					return
				}
				continue
			}
			if !yield(l, nil) {
				return
			}
		}
	}
}
