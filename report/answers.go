package report

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// DefaultMaxAnswersSize is the largest answers file ReadAnswers reads when
// AnswersOptions.MaxSize is zero, in bytes.
const DefaultMaxAnswersSize = 16 << 20

// AnswersHeader is the header line WriteAnswers writes and ReadAnswers
// expects (in any order and case; other columns are ignored).
var AnswersHeader = []string{"Regel", "CPR", "Konto", "Start", "Slut", "Kommentar"}

// ErrAnswersTooLarge is the error of an answers file beyond the size limit.
var ErrAnswersTooLarge = errors.New("the answers file is larger than the limit")

// Answer is a municipality's comment on one yellow mark (a warning): the
// rule, the line's identity by citizen, account and period (never a line
// number, so that the answer still applies after a re-export), and the
// comment. A warning about the delivery as a whole (line 0) is answered with
// the identity left blank.
type Answer struct {
	Code       string
	PsrID      cpr.Number
	Account    kontoplan.Account
	Start, End civil.Date
	Comment    string
	// Line is the answer's line in the answers file (the header is line 1).
	Line int
}

// Ident returns the answer's line identity for people to read: the CPR
// number masked, the account and the period, such as
// "010180-**** 5385010000000040 2025-01-01..2025-01-31", or "" when blank.
func (a Answer) Ident() string {
	if !a.PsrID.IsValid() && !a.Account.IsValid() && !a.Start.IsValid() && !a.End.IsValid() {
		return ""
	}
	return fmt.Sprintf("%s %s %s..%s", a.PsrID, a.Account, a.Start, a.End)
}

type answerKey struct {
	code       string
	psr        cpr.Number
	account    kontoplan.Account
	start, end civil.Date
}

// Answers is a municipality's answers file, read by ReadAnswers. It
// remembers which answers matched a warning (Match), so that Unused can list
// those that no longer match any. It is not safe for concurrent use.
//
// The file holds CPR numbers: it is personal data like the export beside
// which it is kept.
type Answers struct {
	list  []Answer
	index map[answerKey]int
	used  []bool
}

// AnswersOptions tune ReadAnswers.
type AnswersOptions struct {
	// MaxSize is the largest file in bytes; zero means
	// DefaultMaxAnswersSize.
	MaxSize int64
}

// ReadAnswers reads an answers file: CSV with a header line naming the
// columns Regel, CPR, Konto, Start, Slut and Kommentar (in any order and
// case; other columns are ignored), separated by ';' (or ',' or a tab when
// the header has no ';'), in UTF-8 or Windows-1252, e.g.
//
//	Regel;CPR;Konto;Start;Slut;Kommentar
//	SIU-BEL-004;010180-1234;5.38.50.1 4.0;01-03-2025;31-03-2025;Kreditnota for februar
//
// Dates are dd-mm-yyyy or yyyy-mm-dd; the account is read by kontoplan.Parse
// and the CPR number by cpr.Parse (a fictive number too). CPR, Konto, Start
// and Slut are all blank for a warning about the delivery as a whole. Two
// answers to the same rule and line are an error, as is a file larger than
// opts.MaxSize (ErrAnswersTooLarge). Errors name the line and never hold a
// CPR number.
func ReadAnswers(r io.Reader, opts AnswersOptions) (*Answers, error) {
	max := cmp.Or(opts.MaxSize, DefaultMaxAnswersSize)
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("answers: %w", err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("answers: %w (%d bytes)", ErrAnswersTooLarge, max)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		if data, err = charmap.Windows1252.NewDecoder().Bytes(data); err != nil {
			return nil, fmt.Errorf("answers: %w", err)
		}
	}
	first, _, _ := bytes.Cut(data, []byte("\n"))
	cr := csv.NewReader(bufio.NewReader(bytes.NewReader(data)))
	switch {
	case bytes.ContainsRune(first, ';'):
		cr.Comma = ';'
	case bytes.ContainsRune(first, '\t'):
		cr.Comma = '\t'
	}
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("answers: line 1: no header line: %v", redactErr(err))
	}
	col := map[string]int{}
	for i, name := range header {
		col[strings.ToLower(strings.TrimSpace(name))] = i
	}
	for _, name := range AnswersHeader {
		if _, ok := col[strings.ToLower(name)]; !ok {
			return nil, fmt.Errorf("answers: line 1: no column %s (want %s)", name, strings.Join(AnswersHeader, ";"))
		}
	}
	a := &Answers{index: map[answerKey]int{}}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			return nil, fmt.Errorf("answers: %v", redactErr(err))
		}
		get := func(name string) string {
			if i := col[strings.ToLower(name)]; i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		if strings.Join(rec, "") == "" {
			continue
		}
		ans, err := parseAnswer(get)
		if err != nil {
			return nil, fmt.Errorf("answers: line %d: %v", line, err)
		}
		ans.Line = line
		k := ans.key()
		if prev, dup := a.index[k]; dup {
			return nil, fmt.Errorf("answers: line %d: the same rule and line as line %d", line, a.list[prev].Line)
		}
		a.index[k] = len(a.list)
		a.list = append(a.list, ans)
	}
	a.used = make([]bool, len(a.list))
	return a, nil
}

func parseAnswer(get func(string) string) (Answer, error) {
	var ans Answer
	ans.Code = strings.ToUpper(get("Regel"))
	r, ok := siu.LookupRule(ans.Code)
	switch {
	case ans.Code == "":
		return ans, errors.New("Regel is empty")
	case !ok:
		return ans, fmt.Errorf("Regel: %q is no rule of the catalogue (siu rules)", cpr.Redact(ans.Code))
	case r.Severity != siu.Warning:
		return ans, fmt.Errorf("Regel: %s is not a warning (yellow) rule: only warnings are answered", ans.Code)
	}
	var err error
	if s := get("CPR"); s != "" {
		if ans.PsrID, err = cpr.Parse(s); err != nil {
			return ans, fmt.Errorf("CPR: %v", err)
		}
	}
	if s := get("Konto"); s != "" {
		if ans.Account, err = kontoplan.Parse(s); err != nil {
			return ans, fmt.Errorf("Konto: %v", redactErr(err))
		}
	}
	if ans.Start, err = parseDate(get("Start")); err != nil {
		return ans, fmt.Errorf("Start: %v", err)
	}
	if ans.End, err = parseDate(get("Slut")); err != nil {
		return ans, fmt.Errorf("Slut: %v", err)
	}
	ans.Comment = get("Kommentar")
	if ans.Comment == "" {
		return ans, errors.New("Kommentar is empty")
	}
	return ans, nil
}

// parseDate reads yyyy-mm-dd or dd-mm-yyyy (also with '.' or '/'); "" is
// the zero Date.
func parseDate(s string) (civil.Date, error) {
	if s == "" {
		return civil.Date{}, nil
	}
	if d, err := civil.Parse(s); err == nil {
		return d, nil
	}
	norm := strings.NewReplacer(".", "-", "/", "-").Replace(s)
	if t, err := time.Parse("02-01-2006", norm); err == nil {
		return civil.FromTime(t), nil
	}
	return civil.Date{}, errors.New("not a date (want dd-mm-yyyy or yyyy-mm-dd)")
}

func redactErr(err error) string { return cpr.Redact(err.Error()) }

func (a Answer) key() answerKey {
	return answerKey{a.Code, a.PsrID, a.Account, a.Start, a.End}
}

// Len returns the number of answers.
func (a *Answers) Len() int {
	if a == nil {
		return 0
	}
	return len(a.list)
}

// All returns every answer, in file order.
func (a *Answers) All() []Answer {
	if a == nil {
		return nil
	}
	return slices.Clone(a.list)
}

// Match returns the answer to finding f about line l (the line the finding
// names; the zero Line for a finding about the delivery as a whole), and
// marks it used. Only warnings are answered: Match reports false for an
// error or info finding. A nil *Answers answers nothing.
func (a *Answers) Match(f siu.Finding, l siu.Line) (Answer, bool) {
	if a == nil || f.Severity != siu.Warning {
		return Answer{}, false
	}
	k := answerKey{code: f.Code}
	if f.Line > 0 {
		k.psr, k.account, k.start, k.end = l.PsrID, l.Account, l.Start, l.End
	}
	i, ok := a.index[k]
	if !ok {
		return Answer{}, false
	}
	a.used[i] = true
	return a.list[i], true
}

// Unused returns the answers that matched no warning so far, in file
// order: their line changed or went, or the warning no longer fires.
func (a *Answers) Unused() []Answer {
	if a == nil {
		return nil
	}
	var out []Answer
	for i, u := range a.used {
		if !u {
			out = append(out, a.list[i])
		}
	}
	return out
}

// WriteAnswers writes answers in the form ReadAnswers reads, with
// AnswersHeader, ';' between fields, dates yyyy-mm-dd and the whole CPR
// number: a template a municipality fills in with its comments. The output
// is personal data.
func WriteAnswers(w io.Writer, answers []Answer) error {
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	cw.Write(AnswersHeader)
	for _, a := range answers {
		acc := ""
		if a.Account.IsValid() {
			acc = a.Account.String()
		}
		cw.Write([]string{a.Code, a.PsrID.Digits(), acc, a.Start.String(), a.End.String(), a.Comment})
	}
	cw.Flush()
	return cw.Error()
}
