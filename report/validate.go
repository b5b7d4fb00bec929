package report

import (
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

// Answered holds the answers a validation matched, finding by finding.
// A nil *Answered answers nothing.
type Answered struct {
	answers *Answers
	byRef   map[findingRef]Answer
}

type findingRef struct {
	line        int
	code, field string
}

// Lookup returns the answer to warning f.
func (a *Answered) Lookup(f siu.Finding) (Answer, bool) {
	if a == nil {
		return Answer{}, false
	}
	ans, ok := a.byRef[findingRef{f.Line, f.Code, f.Field}]
	return ans, ok
}

// Answers returns the answers file the validation matched against.
func (a *Answered) Answers() *Answers {
	if a == nil {
		return nil
	}
	return a.answers
}

// Count returns how many warnings of fs are answered and how many are open.
func (a *Answered) Count(fs []siu.Finding) (answered, open int) {
	for _, f := range fs {
		if f.Severity != siu.Warning {
			continue
		}
		if _, ok := a.Lookup(f); ok {
			answered++
		} else {
			open++
		}
	}
	return answered, open
}

// Validate is source.Validate that also matches each warning with the
// municipality's answers (Answers.Match), by the identity of the line it
// concerns. With nil answers it is source.Validate.
func Validate(src *source.Source, h siu.Header, opts siu.ValidateOptions, answers *Answers) (*source.Result, *Answered) {
	if answers == nil {
		return source.Validate(src, h, opts), nil
	}
	if !opts.Today.IsValid() && src.Today().IsValid() {
		opts.Today = src.Today()
	}
	ad := &Answered{answers: answers, byRef: map[findingRef]Answer{}}
	var cur siu.Line
	var findings []siu.Finding
	opts.Report = func(f siu.Finding) {
		findings = append(findings, f)
		var l siu.Line
		if f.Line > 0 {
			l = cur
		}
		if ans, ok := answers.Match(f, l); ok {
			ad.byRef[findingRef{f.Line, f.Code, f.Field}] = ans
		}
	}
	t := source.Track(src)
	v := siu.NewValidator(h, opts)
	for rec, err := range t.Records() {
		if err == nil {
			cur, _ = siu.ParseRecord(rec)
			v.AddRecord(rec)
		}
	}
	v.Findings()
	siu.SortFindings(findings)
	return t.Result(h, findings), ad
}
