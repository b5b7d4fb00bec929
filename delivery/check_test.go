package delivery_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/siukit/siukit/delivery"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
	"github.com/siukit/siukit/xmlformat/xsd"
)

// badFile is the file of the clean records and badRecord, which the
// schema accepts and the rules do not.
func badFile(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	d := siu.Delivery{Header: testHeader(), Lines: lines(t, append(cleanRecords(), badRecord))}
	if err := xmlformat.Encode(&b, xmlformat.DefaultProfile(), d); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// privateTemp points os.TempDir at a new directory, for Check's temporary
// file, and returns it.
func privateTemp(t *testing.T) string {
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir)
	return dir
}

// checkClean asserts the result of checking the clean delivery.
func checkClean(t *testing.T, res delivery.CheckResult, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	if !res.Valid() || !res.SchemaValid || res.Lines != 3 || res.ReadErrors != 0 || res.Tally != (siu.Tally{Infos: 3}) {
		t.Errorf("got %+v; want a valid file of 3 lines and 3 infos", res)
	}
	h := testHeader()
	if res.Header.Municipality != h.Municipality || res.Header.Year != h.Year || res.Header.Area != h.Area ||
		!res.Header.Created.Equal(h.Created) || res.Header.Contact != h.Contact {
		t.Errorf("Header = %+v, want %+v", res.Header, h)
	}
}

func TestCheckFile(t *testing.T) {
	tmp := privateTemp(t)
	path := writeTemp(t, t.TempDir(), "siu.xml", encoded(t))
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := delivery.Check(context.Background(), f, delivery.CheckOptions{Validate: testOptions()})
	checkClean(t, res, err)
	if n := names(t, tmp); len(n) != 0 {
		t.Errorf("a regular file was copied: %v", n)
	}
}

// A file renamed over the path after it was opened does not change what
// is checked: both passes read the file that was opened.
func TestCheckFileReplaced(t *testing.T) {
	dir := t.TempDir()
	path := writeTemp(t, dir, "siu.xml", encoded(t))
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	other := writeTemp(t, dir, "other.xml", []byte("PsrID;KONTOSTRENG\n"))
	if err := os.Rename(other, path); err != nil {
		t.Fatal(err)
	}
	res, err := delivery.Check(context.Background(), f, delivery.CheckOptions{Validate: testOptions()})
	checkClean(t, res, err)
}

func TestCheckPipe(t *testing.T) {
	t.Run("io.Pipe", func(t *testing.T) {
		tmp := privateTemp(t)
		pr, pw := io.Pipe()
		go func() { pw.CloseWithError(writeAll(pw, encoded(t))) }()
		res, err := delivery.Check(context.Background(), pr, delivery.CheckOptions{Validate: testOptions()})
		checkClean(t, res, err)
		if n := names(t, tmp); len(n) != 0 {
			t.Errorf("temporary files left: %v", n)
		}
	})
	t.Run("os.Pipe", func(t *testing.T) {
		tmp := privateTemp(t)
		pr, pw, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		defer pr.Close()
		go func() { writeAll(pw, encoded(t)); pw.Close() }()
		opts := delivery.CheckOptions{Validate: testOptions()}
		if runtime.GOOS != "windows" {
			// The copy is unlinked as soon as it is made.
			opts.Validate.Report = func(siu.Finding) {
				if n := names(t, tmp); len(n) != 0 {
					t.Errorf("the copy has a name while it is checked: %v", n)
				}
			}
		}
		res, err := delivery.Check(context.Background(), pr, opts)
		res.Findings = nil
		checkClean(t, res, err)
		if n := names(t, tmp); len(n) != 0 {
			t.Errorf("temporary files left: %v", n)
		}
	})
}

func writeAll(w io.Writer, b []byte) error {
	_, err := w.Write(b)
	return err
}

func TestCheckMaxSize(t *testing.T) {
	tmp := privateTemp(t)
	data := encoded(t)
	limit := int64(len(data) - 1)
	_, err := delivery.Check(context.Background(), bytes.NewReader(data), delivery.CheckOptions{MaxSize: limit})
	var se *delivery.SizeError
	if !errors.As(err, &se) || se.Limit != limit {
		t.Fatalf("error %v, want a *SizeError with limit %d", err, limit)
	}
	if !strings.Contains(err.Error(), "MaxSize") || !strings.Contains(err.Error(), " "+strconv.FormatInt(limit, 10)+" bytes") {
		t.Errorf("error %q does not name the limit", err)
	}
	if n := names(t, tmp); len(n) != 0 {
		t.Errorf("temporary files left: %v", n)
	}

	// Exactly the limit passes.
	res, err := delivery.Check(context.Background(), bytes.NewReader(data),
		delivery.CheckOptions{MaxSize: int64(len(data)), Validate: testOptions()})
	checkClean(t, res, err)
}

// Findings come with the place of their record in the file.
func TestCheckFindings(t *testing.T) {
	data := badFile(t)
	type located struct {
		f   siu.Finding
		pos delivery.Pos
	}
	var got []located
	var streamed int
	opts := delivery.CheckOptions{
		Validate: testOptions(),
		ReportAt: func(f siu.Finding, p delivery.Pos) { got = append(got, located{f, p}) },
	}
	opts.Validate.Report = func(siu.Finding) { streamed++ }
	res, err := delivery.Check(context.Background(), bytes.NewReader(data), opts)
	if err != nil {
		t.Fatal(err)
	}
	if res.Valid() || !res.SchemaValid || res.Tally.Errors != 1 || res.Lines != 4 || res.Findings != nil {
		t.Errorf("got %+v; want a schema-valid file of 4 lines with one error, findings streamed", res)
	}
	if streamed != len(got) || streamed != res.Tally.Total() {
		t.Errorf("Validate.Report got %d findings, ReportAt %d, Tally %d", streamed, len(got), res.Tally.Total())
	}
	// The 4th record's start tag.
	rest := string(data)
	line := 1
	for range 4 {
		i := strings.Index(rest, "<IndividUdgiftStruktur>")
		line += strings.Count(rest[:i], "\n")
		rest = rest[i+1:]
	}
	for _, l := range got {
		if l.f.Code == "SIU-PER-003" {
			if want := (delivery.Pos{Record: 4, Line: line, Col: 5}); l.pos != want {
				t.Errorf("SIU-PER-003 at %+v, want %+v", l.pos, want)
			}
			return
		}
	}
	t.Error("no SIU-PER-003 finding")
}

// Input that is not XML is reported as such: a syntax problem of the
// schema and a read error of the decoder, not a Go error.
func TestCheckNotXML(t *testing.T) {
	csv := "PsrID;KONTOSTRENG;BELOEB;STARTDATO;SLUTDATO\n0101801234;5385010000000040;100,00;2025-01-01;2025-01-31\n"
	var readErr error
	res, err := delivery.Check(context.Background(), strings.NewReader(csv),
		delivery.CheckOptions{ReadError: func(err error) { readErr = err }})
	if err != nil {
		t.Fatal(err)
	}
	if res.SchemaValid || len(res.SchemaProblems) == 0 || res.SchemaProblems[0].Kind != xsd.KindSyntax {
		t.Errorf("schema problems %v, want a syntax problem", res.SchemaProblems)
	}
	var se *xmlformat.SyntaxError
	if res.ReadErrors != 1 || !errors.As(readErr, &se) || !errors.Is(readErr, xmlformat.ErrSyntax) {
		t.Errorf("ReadErrors %d, ReadError got %v; want one *xmlformat.SyntaxError", res.ReadErrors, readErr)
	}
	if res.Valid() || res.Lines != 0 {
		t.Errorf("got %+v", res)
	}
	for _, p := range res.SchemaProblems {
		if strings.Contains(p.Message, "0101801234") {
			t.Errorf("a problem holds a whole CPR number: %s", p)
		}
	}
	if readErr != nil && strings.Contains(readErr.Error(), "0101801234") {
		t.Errorf("the read error holds a whole CPR number: %v", readErr)
	}
}

// Hostile input ends quickly with a problem: deep nesting, and a DOCTYPE
// that would expand entities.
func TestCheckHostile(t *testing.T) {
	laughs := `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<IndividUdgiftLeveranceStruktur>&lol9;</IndividUdgiftLeveranceStruktur>
`
	cases := []struct {
		name  string
		input string
	}{
		{"nesting", strings.Repeat("<a>", 1_000_000) + strings.Repeat("</a>", 1_000_000)},
		{"nesting in the root", `<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
			`<IndividUdgiftLeveranceStruktur xmlns="http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/">` +
			strings.Repeat("<a>", 1_000_000)},
		{"doctype", laughs},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			res, err := delivery.Check(context.Background(), strings.NewReader(tc.input), delivery.CheckOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("took %v", d)
			}
			runtime.ReadMemStats(&after)
			// Everything the Go side allocated, a bound on its peak
			// (libxml2's C memory is not counted). Most of it, about 150
			// MiB for a million open elements, is package xsd's stack of
			// open elements before the first record; its 16 MiB limit on
			// the header bounds it.
			if n := after.TotalAlloc - before.TotalAlloc; n > 256<<20 {
				t.Errorf("allocated %d MiB", n>>20)
			}
			if res.SchemaValid || len(res.SchemaProblems) == 0 || res.ReadErrors != 1 || res.Valid() {
				t.Errorf("got %+v; want schema problems and a read error", res)
			}
			if tc.name == "doctype" && res.SchemaProblems[0].Kind != xsd.KindRefused {
				t.Errorf("problem %v, want the DOCTYPE refused", res.SchemaProblems[0])
			}
		})
	}
}

func TestCheckCancelled(t *testing.T) {
	tmp := privateTemp(t)
	ctx, cancel := context.WithCancel(context.Background())
	opts := delivery.CheckOptions{Validate: testOptions()}
	n := 0
	opts.Validate.Report = func(f siu.Finding) {
		if n++; f.Line == 1 {
			cancel()
		}
	}
	_, err := delivery.Check(ctx, bytes.NewReader(badFile(t)), opts)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
	if n > 1 {
		t.Errorf("%d findings after the cancel, want 1", n)
	}
	if n := names(t, tmp); len(n) != 0 {
		t.Errorf("temporary files left: %v", n)
	}

	// Cancelled before: nothing is read.
	_, err = delivery.Check(ctx, strings.NewReader("x"), delivery.CheckOptions{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
}
