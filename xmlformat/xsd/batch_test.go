//go:build cgo

package xsd

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

// sameVerdict holds the batch validation of doc (err) to whole-document
// validation (w): both valid; or both not well-formed, the batch error's
// last problem being the syntax error; or the same schema messages in the
// same order.
func sameVerdict(t *testing.T, w wholeVerdict, err error) {
	t.Helper()
	if w.valid() {
		if err != nil {
			t.Fatalf("whole document valid, batches: %v", err)
		}
		return
	}
	var xerr *Error
	if !errors.As(err, &xerr) {
		t.Fatalf("whole document invalid (%+v), batches: %v", w, err)
	}
	if w.syntax {
		if last := xerr.Problems[len(xerr.Problems)-1]; last.Kind != KindSyntax {
			t.Errorf("whole document not well-formed, batches: %v", err)
		}
		return
	}
	var got []string
	for _, p := range xerr.Problems {
		if p.Kind != KindSchema {
			t.Errorf("problem of kind %v: %v", p.Kind, p)
		}
		got = append(got, p.Message)
	}
	if xerr.Omitted != 0 || strings.Join(got, "\n") != strings.Join(w.msgs, "\n") {
		t.Errorf("messages differ\nbatches: %q (and %d omitted)\nwhole:   %q", got, xerr.Omitted, w.msgs)
	}
}

// TestBatchEqualsWhole holds batch validation to validating the whole
// document as one tree, on every invalid case and on generated files of
// several batches with errors in the header, the first, a middle and the
// last record, at a batch boundary, malformed XML in the middle and
// truncated files. For the generated files it also checks the line of
// each problem against the generator, which shows which records failed.
func TestBatchEqualsWhole(t *testing.T) {
	s := mustDefault(t)
	valid := readValid(t)
	const n = 4500 // three batches; 31,500 record lines
	type test struct {
		doc   []byte
		lines []int // lines of the problems, when known
	}
	tests := map[string]test{"valid.xml": {doc: []byte(valid)}}
	for _, tc := range invalidCases {
		if tc.kind != KindRefused {
			tests[tc.name] = test{doc: []byte(tc.edit(valid))}
		}
	}
	tests["large valid"] = test{doc: delivery(n, nil)}
	tests["empty collection"] = test{doc: delivery(0, nil)}
	tests["errors first, middle, at a batch boundary, last"] = test{
		doc: delivery(n, func(i int, r *record) {
			switch i {
			case 0:
				r.PsrID = "12345"
			case batchRecords - 1:
				r.Konto = "x"
			case batchRecords:
				r.Beloeb = "1"
			case n / 2:
				r.Beloeb = "1.000"
			case n - 1:
				r.Slut = "2025-02-29"
			}
		}),
		lines: []int{recordLine(0, 1), recordLine(batchRecords-1, 2), recordLine(batchRecords, 3), recordLine(n/2, 3), recordLine(n-1, 5)},
	}
	tests["missing child in the last record"] = test{
		doc: bytes.Replace(delivery(n, nil),
			[]byte("      <SLUTDATO>2025-"+recordAt(n - 1).Slut[5:]+"</SLUTDATO>\n    </IndividUdgiftStruktur>\n  </Individ"),
			[]byte("    </IndividUdgiftStruktur>\n  </Individ"), 1),
		lines: []int{recordLine(n-1, 5)}, // the record's end tag, SLUTDATO gone
	}
	tests["header and record errors"] = test{
		doc: bytes.Replace(delivery(n, func(i int, r *record) {
			if i%1000 == 999 {
				r.Start = "2025-1-1"
			}
		}), []byte("<dst:FormID>SIU-P"), []byte("<dst:FormID>SIU-PLACEHOLDER-TOO-LONG"), 1),
		lines: []int{7, recordLine(999, 4), recordLine(1999, 4), recordLine(2999, 4), recordLine(3999, 4)},
	}
	tests["header error hides records"] = test{ // OMRAADE missing: libxml2 skips the collection
		doc: bytes.Replace(delivery(n, func(i int, r *record) {
			if i == 10 {
				r.Beloeb = "x"
			}
		}), []byte("  <OMRAADE>VOKSEN</OMRAADE>\n"), nil, 1),
		lines: []int{headerLines - 1},
	}
	tests["two records wrong"] = test{
		doc: delivery(n, func(i int, r *record) {
			if i == 3000 || i == 3001 {
				r.PsrID = "0101801234x"
			}
		}),
		lines: []int{recordLine(3000, 1), recordLine(3001, 1)},
	}
	tests["text between records"] = test{
		doc:   bytes.Replace(delivery(n, nil), []byte("</IndividUdgiftStruktur>\n"), []byte("</IndividUdgiftStruktur>x\n"), 3),
		lines: []int{recordLine(1, 0) - 1, recordLine(2, 0) - 1, recordLine(3, 0) - 1},
	}
	tests["malformed record in the middle"] = test{
		doc: bytes.Replace(delivery(n, nil), []byte("<BELOEB>"+recordAt(n/2).Beloeb), []byte("<BELOEB a>"+recordAt(n/2).Beloeb), 1),
	}
	tests["undefined entity in the middle"] = test{
		doc: bytes.Replace(delivery(n, nil), []byte("<BELOEB>"+recordAt(n/2).Beloeb), []byte("<BELOEB>&x;"+recordAt(n/2).Beloeb), 1),
	}
	tests["mismatched end tag in the middle"] = test{
		doc:   bytes.Replace(delivery(n, nil), []byte("<BELOEB>"+recordAt(n/2).Beloeb+"</BELOEB>"), []byte("<BELOEB>"+recordAt(n/2).Beloeb+"</BELOEBX>"), 1),
		lines: []int{recordLine(n/2, 3)},
	}
	tests["missing record end tag"] = test{
		doc: bytes.Replace(delivery(n, nil), []byte("<SLUTDATO>"+recordAt(n/2).Slut+"</SLUTDATO>\n    </IndividUdgiftStruktur>"),
			[]byte("<SLUTDATO>"+recordAt(n/2).Slut+"</SLUTDATO>\n"), 1),
		lines: []int{recordLine(n, 0)}, // the collection's end tag, which mismatches
	}
	full := delivery(n, func(i int, r *record) {
		if i == 7 {
			r.Beloeb = "7"
		}
	})
	cut := lineStart(full, recordLine(n/2, 3)) + 9
	tests["truncated in a record"] = test{doc: full[:cut], lines: []int{recordLine(7, 3), 1 + bytes.Count(full[:cut], []byte("\n"))}}
	tests["truncated after the records"] = test{doc: full[:len(full)-len(trailer)]}
	tests["extra element after the collection"] = test{
		doc: bytes.Replace(delivery(n, nil), []byte("  </IndividUdgiftStrukturSamling>\n"), []byte("  </IndividUdgiftStrukturSamling>\n  <X/>\n"), 1),
	}
	tests["content after the root"] = test{doc: append(delivery(n, nil), "<X/>\n"...)}

	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			w := validateWhole(t, s, tt.doc)
			err := s.Validate(bytes.NewReader(tt.doc))
			sameVerdict(t, w, err)
			if tt.lines != nil {
				var xerr *Error
				errors.As(err, &xerr)
				var got []int
				if xerr != nil {
					for _, p := range xerr.Problems {
						got = append(got, p.Line)
					}
				}
				if fmt.Sprint(got) != fmt.Sprint(tt.lines) {
					t.Errorf("problem lines %v, want %v (%v)", got, tt.lines, err)
				}
			}
			// The way the input is cut into reads changes nothing.
			if again := s.Validate(iotest.HalfReader(bytes.NewReader(tt.doc))); fmt.Sprint(again) != fmt.Sprint(err) {
				t.Errorf("HalfReader: %v\nwant %v", again, err)
			}
			if len(tt.doc) < 64<<10 {
				if again := s.Validate(iotest.OneByteReader(bytes.NewReader(tt.doc))); fmt.Sprint(again) != fmt.Sprint(err) {
					t.Errorf("OneByteReader: %v\nwant %v", again, err)
				}
			}
		})
	}
}

// TestDuplicateElementLines: when a record holds an element twice, the
// problem is placed on the one libxml2 complains about.
func TestDuplicateElementLines(t *testing.T) {
	valid := readValid(t)
	doc := strings.Replace(valid, "<BELOEB>24850.00</BELOEB>", "<BELOEB>24850.00</BELOEB>\n      <BELOEB>1.000</BELOEB>", 1)
	err := mustDefault(t).Validate(strings.NewReader(doc))
	var xerr *Error
	if !errors.As(err, &xerr) || len(xerr.Problems) != 1 {
		t.Fatalf("Validate = %v, want one problem", err)
	}
	if want := lineOf(t, doc, "<BELOEB>1.000"); xerr.Problems[0].Line != want {
		t.Errorf("problem on line %d, want %d: %v", xerr.Problems[0].Line, want, err)
	}
	// Two bad values of the same element: each on its own line.
	doc = strings.Replace(valid, "<BELOEB>24850.00</BELOEB>", "<BELOEB>1</BELOEB>", 1)
	doc = strings.Replace(doc, "<BELOEB>-1250.50</BELOEB>", "<BELOEB>2</BELOEB>", 1)
	err = mustDefault(t).Validate(strings.NewReader(doc))
	if !errors.As(err, &xerr) || len(xerr.Problems) != 2 ||
		xerr.Problems[0].Line != lineOf(t, doc, "<BELOEB>1<") || xerr.Problems[1].Line != lineOf(t, doc, "<BELOEB>2<") {
		t.Errorf("Validate = %v, want the two BELOEB lines", err)
	}
}

// TestDoctypeSplitAcrossReads refuses a DOCTYPE that arrives one byte at
// a time.
func TestDoctypeSplitAcrossReads(t *testing.T) {
	doc := "<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<r>&x;</r>\n"
	err := mustDefault(t).Validate(iotest.OneByteReader(strings.NewReader(doc)))
	var xerr *Error
	if !errors.Is(err, ErrDoctype) || !errors.As(err, &xerr) || xerr.Problems[0].Line != 3 || len(xerr.Problems) != 1 {
		t.Errorf("Validate = %v, want only the DOCTYPE refusal on line 3", err)
	}
	if strings.Contains(err.Error(), "root:") {
		t.Errorf("error shows /etc/passwd content: %v", err)
	}
}

// TestGuardReadsNoFurther checks that the refusal happens before the rest
// is read: the reader is not read past the chunk holding the DOCTYPE.
func TestGuardReadsNoFurther(t *testing.T) {
	body := &countingReader{r: strings.NewReader("<!DOCTYPE r>" + strings.Repeat(" ", 1<<20))}
	if err := mustDefault(t).Validate(body); !errors.Is(err, ErrDoctype) {
		t.Fatalf("Validate = %v, want ErrDoctype", err)
	}
	if body.n > 64<<10 {
		t.Errorf("read %d bytes after the refusal, want it to stop", body.n)
	}
}

// TestNotUTF8 refuses input libxml2 would decode as UTF-16 or UTF-32,
// where the guard could not see a DOCTYPE.
func TestNotUTF8(t *testing.T) {
	utf16 := func(s string) string {
		var b strings.Builder
		b.WriteString("\xff\xfe")
		for _, c := range s {
			b.WriteRune(c)
			b.WriteByte(0)
		}
		return b.String()
	}
	for _, in := range []string{utf16("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>"), "<\x00!\x00D\x00", "\x00\x00\x00<"} {
		err := mustDefault(t).Validate(strings.NewReader(in))
		var xerr *Error
		if !errors.As(err, &xerr) || xerr.Problems[0].Kind != KindSyntax || !strings.Contains(err.Error(), "not UTF-8") {
			t.Errorf("Validate(%q) = %v, want a not-UTF-8 problem", in, err)
		}
	}
}

type countingReader struct {
	r interface{ Read([]byte) (int, error) }
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// lineStart returns the offset of the first byte of line (1-based) in doc.
func lineStart(doc []byte, line int) int {
	off := 0
	for l := 1; l < line; l++ {
		off += bytes.IndexByte(doc[off:], '\n') + 1
	}
	return off
}

// TestSequentialEqualsParallel: validating batches on one goroutine or on
// several gives the same result, problems in the same order.
func TestSequentialEqualsParallel(t *testing.T) {
	s := mustDefault(t)
	docs := [][]byte{
		delivery(3000, func(i int, r *record) {
			if i%97 == 5 {
				r.Beloeb = "1"
			}
		}),
		bytes.Replace(delivery(3000, func(i int, r *record) {
			if i%501 == 7 {
				r.Start = "x"
			}
		}), []byte("<BELOEB>"+recordAt(2000).Beloeb+"<"), []byte("<BELOEB>&y;"+recordAt(2000).Beloeb+"<"), 1),
	}
	defer func(n int) { maxWorkers = n }(maxWorkers)
	for i, doc := range docs {
		maxWorkers = 1
		seq := s.Validate(bytes.NewReader(doc))
		maxWorkers = 4
		par := s.Validate(bytes.NewReader(doc))
		var se, pe *Error
		if !errors.As(seq, &se) || !errors.As(par, &pe) || len(se.Problems) < 2 || !reflect.DeepEqual(se, pe) {
			t.Errorf("document %d:\none goroutine: %v\nseveral:      %v", i, seq, par)
		}
	}
}

// TestDeclarationsRefusedOrSyntax: a declaration before the root is
// refused wherever it hides; one inside the document is a syntax error
// for libxml2, which declares nothing there.
func TestDeclarationsRefusedOrSyntax(t *testing.T) {
	s := mustDefault(t)
	for _, in := range []string{
		"</x><!DOCTYPE r [<!ENTITY a SYSTEM \"file:///etc/passwd\">]><r>&a;</r>",
		"<?xml version=\"1.0\"?><!-- a -- b --><!ENTITY a \"b\"><r/>",
		"<![CDATA[x]]><!DOCTYPE r><r/>",
	} {
		if err := s.Validate(strings.NewReader(in)); !errors.Is(err, ErrDoctype) {
			t.Errorf("Validate(%q) = %v, want ErrDoctype", in, err)
		}
	}
	doc := strings.Replace(readValid(t), "<PsrID>0101809998</PsrID>",
		"<!DOCTYPE r [<!ENTITY a SYSTEM \"file:///etc/passwd\">]><PsrID>&a;</PsrID>", 1)
	err := s.Validate(strings.NewReader(doc))
	var xerr *Error
	if !errors.As(err, &xerr) || xerr.Problems[0].Kind != KindSyntax || xerr.Problems[0].Line != lineOf(t, doc, "<!DOCTYPE") ||
		strings.Contains(err.Error(), "root:") {
		t.Errorf("DOCTYPE in a record: Validate = %v, want a syntax error on its line", err)
	}
}
