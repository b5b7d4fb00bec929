package report

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"maps"
	"os"
	"slices"
	"sync"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

// streamMemItems is how many findings and read errors a Stream that keeps
// all of them holds in memory before it writes the rest to its temporary
// file.
var streamMemItems = 4096

// StreamOptions configure a Stream.
type StreamOptions struct {
	// Keep is the most findings of each severity, and the most read
	// errors, the Stream keeps to list: a text report that lists at most
	// Keep of each (TextOptions.Max) needs no more, and then the Stream
	// writes no file. Zero keeps all of them, for a report that lists
	// every one (a text report with Max 0, or JSON): beyond the first few
	// thousand they go to a temporary file.
	Keep int
	// Ignore leaves the findings of some warning and info rules out; they
	// are counted by rule code.
	Ignore *siu.Ignore
	// Answers, when set, are matched with each warning (Answers.Match) by
	// the line it concerns.
	Answers *Answers
	// TempDir is the directory of the temporary file; "" means
	// os.TempDir().
	TempDir string
}

// Stream gathers the outcome of validating one input while it streams by:
// the findings and the read errors in file order, each with its position
// in the file, in memory bounded whatever their number. It counts every
// finding as it comes, by severity and by rule; it keeps the first
// StreamOptions.Keep of each severity, or, with Keep zero, all of them,
// those beyond the first few thousand in a temporary file; and it writes
// them as WriteText and the JSON form of Validation do (WriteText,
// WriteJSON), reading that file back.
//
// Feed it the records through Records (which tracks the position and the
// read errors), and its Report as siu.ValidateOptions.Report; or Add the
// findings with their positions (delivery.CheckOptions.ReportAt). Findings
// of one line may come in any order; Stream sorts them as siu.SortFindings
// does, so that its order is Result's.
//
// # Temporary files hold personal data
//
// The temporary file holds the findings' messages, which name no CPR
// number, and the answers' comments, passed through cpr.Redact; it still
// describes identifiable citizens' lines. It is created with mode 0600
// in StreamOptions.TempDir (os.TempDir by default), named
// "siukit-report-*.tmp", and where the system allows it (Unix) its name is
// removed at once, so that not even a killed program leaves it behind.
// Close removes it; call Close on every exit path (defer), also when a
// context is cancelled.
type Stream struct {
	// Name, Format and Unit describe the input, as in source.Result.
	Name   string
	Format source.Format
	Unit   string
	// Header is the header the lines are validated under.
	Header siu.Header
	// Lines counts the lines validated.
	Lines int

	opts     StreamOptions
	counts   siu.Tally
	byRule   map[string]*siu.RuleCount
	ignored  map[string]int
	nRead    int
	stopped  bool // a fatal read error ended the input
	nSev     [4]int
	answered int
	open     int

	// pending holds the findings of the current line until the next line
	// starts, to be sorted.
	pending []shownFinding
	curLine int // the validator's number of the current line
	curPos  int // its position in the file
	cur     siu.Line

	mu      sync.Mutex // guards file against Close from another goroutine
	mem     []spillItem
	file    *os.File
	named   string // the file's name where it could not be removed at once
	w       *bufio.Writer
	enc     *json.Encoder
	spilled int
	err     error
	closed  bool
}

// spillItem is a finding or a read error, as the Stream keeps it.
type spillItem struct {
	F *shownFinding `json:"f,omitempty"`
	E *source.Error `json:"e,omitempty"`
	// DA is E's Danish text: E.Err, which gives it, does not survive the
	// temporary file.
	DA string `json:"da,omitempty"`
}

// spilledCause stands for the cause of a read error read back from the
// temporary file: its English and Danish texts.
type spilledCause struct{ en, da string }

func (c spilledCause) Error() string  { return c.en }
func (c spilledCause) Danish() string { return c.da }

// NewStream returns an empty Stream for the input name of format format,
// validated under header h. Call Close when done.
func NewStream(name string, format source.Format, h siu.Header, opts StreamOptions) *Stream {
	unit := "line"
	if format == source.XLSX {
		unit = "row"
	}
	return &Stream{Name: name, Format: format, Unit: unit, Header: h, opts: opts,
		byRule: map[string]*siu.RuleCount{}, ignored: map[string]int{}}
}

// Records returns an iterator over src's records as plain siu.Records,
// for siu.Validator.AddRecord or delivery.WriteFile, keeping each read
// error and the position of the current record for the findings Report
// receives. Iterate it once.
func (s *Stream) Records(src *source.Source) iter.Seq2[siu.Record, error] {
	return func(yield func(siu.Record, error) bool) {
		for rec, err := range src.Records() {
			if err != nil {
				var e *source.Error
				if !errors.As(err, &e) {
					e = &source.Error{Line: rec.Pos, Message: cpr.Redact(err.Error()), Err: err, Fatal: true}
				}
				s.ReadError(e)
				if !yield(siu.Record{}, e) {
					return
				}
				continue
			}
			s.startLine(rec.Pos)
			if s.opts.Answers != nil {
				s.cur, _ = siu.ParseRecord(rec.Record)
			}
			if !yield(rec.Record, nil) {
				return
			}
		}
	}
}

// startLine begins the validator's next line, at position pos.
func (s *Stream) startLine(pos int) {
	s.flush()
	s.Lines++
	s.curLine, s.curPos = s.Lines, pos
}

// Report receives a finding of the line Records yielded last (or of the
// header or the delivery): it is siu.ValidateOptions.Report.
func (s *Stream) Report(f siu.Finding) {
	pos := 0
	if f.Line > 0 && f.Line == s.curLine {
		pos = s.curPos
	}
	var l siu.Line
	if f.Line > 0 && f.Line == s.curLine {
		l = s.cur
	}
	s.add(f, pos, l)
}

// Add receives a finding at position pos of the file (0 for the header and
// the delivery), for a consumer that knows the position itself, such as
// delivery.CheckOptions.ReportAt. The answers are not matched: they need
// the line.
func (s *Stream) Add(f siu.Finding, pos int) {
	if f.Line > s.Lines {
		s.flush()
		s.Lines, s.curLine = f.Line, f.Line
	}
	s.add(f, pos, siu.Line{})
}

func (s *Stream) add(f siu.Finding, pos int, l siu.Line) {
	if f.Code == "SIU-LEV-001" && s.stopped {
		return // whether the delivery is empty is not known
	}
	if s.opts.Ignore.Ignores(f) {
		s.ignored[f.Code]++
		return
	}
	sf := shownFinding{Finding: f, Pos: pos}
	if ans, ok := s.opts.Answers.Match(f, l); ok {
		sf.Answer = answerRecord(ans)
	}
	if f.Line > 0 && f.Line == s.curLine {
		s.pending = append(s.pending, sf)
		return
	}
	s.keep(sf)
}

// flush sorts the current line's findings and keeps them.
func (s *Stream) flush() {
	slices.SortStableFunc(s.pending, func(a, b shownFinding) int {
		return cmp.Or(cmp.Compare(a.Code, b.Code), cmp.Compare(a.Field, b.Field),
			cmp.Compare(a.Message, b.Message), cmp.Compare(a.MessageEN, b.MessageEN))
	})
	for _, f := range s.pending {
		s.keep(f)
	}
	s.pending = s.pending[:0]
}

// keep counts a finding and keeps it when it may be listed.
func (s *Stream) keep(f shownFinding) {
	s.counts.Add(f.Finding)
	rc := s.byRule[f.Code]
	if rc == nil {
		rc = &siu.RuleCount{Code: f.Code, Severity: f.Severity}
		s.byRule[f.Code] = rc
	}
	rc.N++
	if f.Severity == siu.Warning && s.opts.Answers != nil {
		if f.Answer != nil {
			s.answered++
		} else {
			s.open++
		}
	}
	if sev := int(f.Severity); sev < len(s.nSev) {
		s.nSev[sev]++
		if s.opts.Keep > 0 && s.nSev[sev] > s.opts.Keep {
			return
		}
	}
	s.store(spillItem{F: &f})
}

// ReadError receives a record that could not be read, in file order.
func (s *Stream) ReadError(e *source.Error) {
	s.flush()
	s.nRead++
	s.stopped = s.stopped || e.Fatal
	if s.opts.Keep > 0 && s.nRead > s.opts.Keep {
		return
	}
	s.store(spillItem{E: e, DA: e.Danish()})
}

// store keeps it in memory, or beyond streamMemItems in the file.
func (s *Stream) store(it spillItem) {
	if s.err != nil {
		return
	}
	if len(s.mem) < streamMemItems {
		s.mem = append(s.mem, it)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		s.err = errors.New("report: the Stream is closed")
		return
	}
	if s.file == nil {
		f, err := os.CreateTemp(s.opts.TempDir, "siukit-report-*.tmp")
		if err != nil {
			s.err = fmt.Errorf("report: temporary file: %w", err)
			return
		}
		if os.Remove(f.Name()) != nil {
			s.named = f.Name()
		}
		s.file, s.w = f, bufio.NewWriterSize(f, 64<<10)
		s.enc = json.NewEncoder(s.w)
	}
	if err := s.enc.Encode(it); err != nil {
		s.err = fmt.Errorf("report: writing a temporary file: %w", err)
	}
	s.spilled++
}

// Finish ends the input: it files the last line's findings. Call it after
// the validator's Findings (or the consumer's end), before writing.
func (s *Stream) Finish() error {
	s.flush()
	if s.w != nil && s.err == nil {
		if err := s.w.Flush(); err != nil {
			s.err = fmt.Errorf("report: writing a temporary file: %w", err)
		}
	}
	return s.err
}

// Close removes the temporary file. It may be called from another
// goroutine, such as a signal handler's, while the Stream is fed; feeding
// it then fails.
func (s *Stream) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	if s.file == nil {
		return nil
	}
	err := s.file.Close()
	if s.named != "" {
		os.Remove(s.named)
	}
	s.file = nil
	return err
}

// items iterates over what the Stream keeps, in file order: the memory's,
// then the file's.
func (s *Stream) items() iter.Seq[spillItem] {
	return func(yield func(spillItem) bool) {
		for _, it := range s.mem {
			if !yield(it) {
				return
			}
		}
		s.mu.Lock()
		f := s.file
		s.mu.Unlock()
		if f == nil || s.spilled == 0 {
			return
		}
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			s.err = err
			return
		}
		dec := json.NewDecoder(bufio.NewReaderSize(f, 64<<10))
		for range s.spilled {
			var it spillItem
			if err := dec.Decode(&it); err != nil {
				s.err = fmt.Errorf("report: reading a temporary file: %w", err)
				return
			}
			if it.E != nil {
				it.E.Err = spilledCause{en: it.E.Message, da: it.DA}
			}
			if !yield(it) {
				return
			}
		}
	}
}

// Tally counts the findings by severity, the ignored ones excepted.
func (s *Stream) Tally() siu.Tally { return s.counts }

func (s *Stream) tally() siu.Tally { return s.counts }

// ReadErrors counts the records that could not be read.
func (s *Stream) ReadErrors() int { return s.nRead }

// Deliverable reports whether the input has neither error findings nor
// read errors.
func (s *Stream) Deliverable() bool { return s.nRead == 0 && !s.counts.HasErrors() }

// Open counts the warnings no answer matched (all of them without
// answers).
func (s *Stream) Open() int {
	if s.opts.Answers == nil {
		return s.counts.Warnings
	}
	return s.open
}

// WriteText writes the Stream as WriteText writes a source.Result; its
// opts.Max must be at most the Stream's Keep when that is set. It reads
// the temporary file once per severity listed.
func (s *Stream) WriteText(w io.Writer, opts TextOptions) error {
	if err := s.Finish(); err != nil {
		return err
	}
	if err := writeText(w, s, opts); err != nil {
		return err
	}
	return s.err
}

func (s *Stream) info() (string, source.Format, string, siu.Header, int) {
	return s.Name, s.Format, s.Unit, s.Header, s.Lines
}
func (s *Stream) ignoredCounts() map[string]int { return s.ignored }

func (s *Stream) ruleCounts() []siu.RuleCount {
	out := make([]siu.RuleCount, 0, len(s.byRule))
	for _, code := range slices.Sorted(maps.Keys(s.byRule)) {
		out = append(out, *s.byRule[code])
	}
	slices.SortStableFunc(out, func(a, b siu.RuleCount) int { return cmp.Compare(b.Severity, a.Severity) })
	return out
}

func (s *Stream) readErrors() (int, iter.Seq[*source.Error]) {
	return s.nRead, func(yield func(*source.Error) bool) {
		for it := range s.items() {
			if it.E != nil && !yield(it.E) {
				return
			}
		}
	}
}

func (s *Stream) findings(sev siu.Severity) (int, iter.Seq[shownFinding]) {
	n := 0
	if int(sev) < len(s.nSev) {
		n = s.nSev[sev]
	}
	return n, func(yield func(shownFinding) bool) {
		for it := range s.items() {
			if it.F != nil && it.F.Severity == sev && !yield(*it.F) {
				return
			}
		}
	}
}

func (s *Stream) answers() (int, int, []Answer, bool) {
	if s.opts.Answers == nil {
		return 0, 0, nil, false
	}
	return s.answered, s.open, s.opts.Answers.Unused(), true
}

// WriteJSON writes the Stream in the JSON form of Validation (as
// json.Encoder with two spaces of indent writes it), its findings
// streamed from the temporary file: with lang "en" each finding's
// "message" is the English one, otherwise the Danish one; "message_en" is
// always English. schema is the schema's problems when the file was
// checked against it (empty: valid), else nil. The Stream's Keep must be
// zero, so that it holds every finding.
func (s *Stream) WriteJSON(w io.Writer, lang string, schema []string) error {
	if err := s.Finish(); err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	field := func(name string, v any, last bool) {
		b, err := json.MarshalIndent(v, "  ", "  ")
		if err != nil && s.err == nil {
			s.err = err
		}
		fmt.Fprintf(bw, "  %q: %s", name, b)
		if !last {
			bw.WriteString(",")
		}
		bw.WriteString("\n")
	}
	// list writes an array from an iterator, one element at a time.
	list := func(name string, each func(func(any))) {
		fmt.Fprintf(bw, "  %q: [", name)
		n := 0
		each(func(v any) {
			b, err := json.MarshalIndent(v, "    ", "  ")
			if err != nil && s.err == nil {
				s.err = err
			}
			if n > 0 {
				bw.WriteString(",")
			}
			bw.WriteString("\n    ")
			bw.Write(b)
			n++
		})
		if n > 0 {
			bw.WriteString("\n  ")
		}
		bw.WriteString("],\n")
	}
	h := s.Header
	bw.WriteString("{\n")
	field("file", s.Name, false)
	field("format", s.Format, false)
	field("header", ValidationHeader{Municipality: h.Municipality, Year: h.Year, Area: h.Area.String(), Test: h.Test}, false)
	field("lines", s.Lines, false)
	if schema != nil {
		field("schema_valid", len(schema) == 0, false)
		if len(schema) > 0 {
			field("schema_problems", schema, false)
		}
	}
	field("errors", s.counts.Errors, false)
	field("warnings", s.counts.Warnings, false)
	field("info", s.counts.Infos, false)
	if len(s.ignored) > 0 {
		field("ignored", s.ignored, false)
	}
	list("read_errors", func(put func(any)) {
		for it := range s.items() {
			if it.E != nil {
				put(it.E)
			}
		}
	})
	list("findings", func(put func(any)) {
		for it := range s.items() {
			if f := it.F; f != nil {
				vf := ValidationFinding{Code: f.Code, Severity: f.Severity, Line: f.Line, FileLine: f.Pos, Field: f.Field,
					Message: cpr.Redact(f.Message), MessageEN: cpr.Redact(f.MessageEN), Answer: f.Answer}
				if lang == "en" {
					vf.Message = vf.MessageEN
				}
				put(vf)
			}
		}
	})
	// list ends with ",\n"; what follows is the rest of Validation.
	if s.opts.Answers != nil {
		field("answered", s.answered, false)
		field("open", s.open, false)
		unused := []AnswerRecord{}
		for _, a := range s.opts.Answers.Unused() {
			unused = append(unused, *answerRecord(a))
		}
		if len(unused) > 0 {
			field("unused_answers", unused, false)
		}
	}
	field("deliverable", s.Deliverable() && len(schema) == 0, true)
	bw.WriteString("}\n")
	if s.err != nil {
		return s.err
	}
	return bw.Flush()
}

// ValidateStream reads every record of src and validates it under header h
// (for a JSON or XML source, the header src.Header returns) into a new
// Stream, as Validate does, in memory bounded whatever the number of
// findings. A JSON source's Today is used when vopts.Today is zero. The
// caller closes the Stream. ctx stops the reading between records; the
// error is then ctx's.
func ValidateStream(ctx context.Context, src *source.Source, h siu.Header, vopts siu.ValidateOptions, opts StreamOptions) (*Stream, error) {
	s := NewStream(src.Name(), src.Format(), h, opts)
	if !vopts.Today.IsValid() && src.Today().IsValid() {
		vopts.Today = src.Today()
	}
	vopts.Report = s.Report
	v := siu.NewValidator(h, vopts)
	for rec, err := range s.Records(src) {
		if cerr := ctx.Err(); cerr != nil {
			return s, cerr
		}
		if err == nil {
			v.AddRecord(rec)
		}
	}
	v.Findings()
	return s, s.Finish()
}
