package xmlformat

import (
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"
)

// Hostile input: each case must end in a clear error, quickly, in
// bounded memory, and never expand an entity or touch a file or the
// network.

// repeatReader returns s again and again up to n bytes, without holding
// them: a huge input in constant memory. It counts what was read.
type repeatReader struct {
	s    string
	n    int64 // bytes left
	read int64
	i    int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	k := 0
	for k < len(p) && r.n > 0 {
		c := copy(p[k:], r.s[r.i:])
		if int64(c) > r.n {
			c = int(r.n)
		}
		k += c
		r.i = (r.i + c) % len(r.s)
		r.n -= int64(c)
	}
	r.read += int64(k)
	return k, nil
}

// headerUpTo returns the voksen golden file up to (not including) marker.
func headerUpTo(t *testing.T, marker string) string {
	t.Helper()
	in := voksenFile(t)
	i := strings.Index(in, marker)
	if i < 0 {
		t.Fatalf("no %q in the golden file", marker)
	}
	return in[:i]
}

func TestHostile(t *testing.T) {
	const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<IndividUdgiftLeveranceStruktur xmlns="http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/">&lol9;</IndividUdgiftLeveranceStruktur>`
	golden := voksenFile(t)
	withDoctype := func(doctype string) string {
		return strings.Replace(golden, "\n<IndividUdgiftLeveranceStruktur", "\n"+doctype+"\n<IndividUdgiftLeveranceStruktur", 1)
	}
	tests := []struct {
		name  string
		in    func() io.Reader
		lim   Limits
		cause error
		msg   string
	}{
		{"billion laughs", func() io.Reader { return strings.NewReader(laughs) }, Limits{}, ErrDTD, "DOCTYPE"},
		{"XXE file", func() io.Reader {
			s := withDoctype(`<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`)
			return strings.NewReader(strings.Replace(s, "Sagssystem", "&xxe;", 1))
		}, Limits{}, ErrDTD, "DOCTYPE"},
		{"XXE http", func() io.Reader {
			s := withDoctype(`<!DOCTYPE r [<!ENTITY xxe SYSTEM "http://127.0.0.1:1/evil">]>`)
			return strings.NewReader(strings.Replace(s, "Sagssystem", "&xxe;", 1))
		}, Limits{}, ErrDTD, "DOCTYPE"},
		{"external DTD", func() io.Reader {
			return strings.NewReader(withDoctype(`<!DOCTYPE IndividUdgiftLeveranceStruktur SYSTEM "http://127.0.0.1:1/siu.dtd">`))
		}, Limits{}, ErrDTD, "DOCTYPE"},
		{"parameter entity", func() io.Reader {
			return strings.NewReader(withDoctype(`<!DOCTYPE r [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>`))
		}, Limits{}, ErrDTD, "DOCTYPE"},
		{"entity declaration without DOCTYPE", func() io.Reader {
			return strings.NewReader(withDoctype(`<!ENTITY x "y">`))
		}, Limits{}, ErrDTD, "ENTITY"},
		{"entity reference without declaration", func() io.Reader {
			return strings.NewReader(strings.Replace(golden, "Sagssystem", "&xxe;", 1))
		}, Limits{}, ErrSyntax, "&xxe; is not defined"},
		{"deep nesting in a record", func() io.Reader {
			head := headerUpTo(t, "    <IndividUdgiftStruktur>")
			return io.MultiReader(strings.NewReader(head), &repeatReader{s: "<IndividUdgiftStruktur>", n: 1 << 30})
		}, Limits{}, ErrStructure, "unknown element <IndividUdgiftStruktur> in <IndividUdgiftStruktur>"},
		{"deep nesting of unknown elements", func() io.Reader {
			return &repeatReader{s: "<a>", n: 1 << 30}
		}, Limits{}, ErrStructure, "root element is <a>"},
		{"depth limit", func() io.Reader { return strings.NewReader(golden) }, Limits{MaxDepth: 3}, ErrLimit, "deeper than 3"},
		{"huge text node", func() io.Reader {
			head := headerUpTo(t, "0101801234")
			return io.MultiReader(strings.NewReader(head), &repeatReader{s: "0123456789", n: 10 << 30})
		}, Limits{}, ErrLimit, "longer than 4096 bytes"},
		{"huge text node, CDATA", func() io.Reader {
			head := headerUpTo(t, "0101801234")
			return io.MultiReader(strings.NewReader(head+"<![CDATA["), &repeatReader{s: "x", n: 10 << 30})
		}, Limits{}, ErrLimit, "longer than 4096 bytes"},
		{"text limit", func() io.Reader { return strings.NewReader(golden) }, Limits{MaxTextSize: 10}, ErrLimit, "longer than 10 bytes"},
		{"huge tag name", func() io.Reader {
			return io.MultiReader(strings.NewReader("<"), &repeatReader{s: "a", n: 10 << 30})
		}, Limits{}, ErrLimit, "longer than 16384 bytes"},
		{"huge attribute", func() io.Reader {
			return io.MultiReader(strings.NewReader(`<IndividUdgiftLeveranceStruktur a="`), &repeatReader{s: "a", n: 10 << 30})
		}, Limits{}, ErrLimit, "longer than 16384 bytes"},
		{"many attributes", func() io.Reader {
			return io.MultiReader(strings.NewReader(`<IndividUdgiftLeveranceStruktur`), &repeatReader{s: ` a="b"`, n: 10 << 30})
		}, Limits{}, ErrLimit, "more than 64 attributes"},
		{"spaces in a tag", func() io.Reader {
			return io.MultiReader(strings.NewReader(`<IndividUdgiftLeveranceStruktur`), &repeatReader{s: " ", n: 10 << 30})
		}, Limits{}, ErrLimit, "longer than 16384 bytes"},
		{"invalid UTF-8", func() io.Reader {
			return strings.NewReader(strings.Replace(golden, "Økonomi", "\xC3\x28konomi", 1))
		}, Limits{}, ErrEncoding, "UTF-8"},
		{"UTF-16 byte order mark", func() io.Reader {
			return strings.NewReader("\xFE\xFF" + golden)
		}, Limits{}, ErrEncoding, "UTF-16"},
		{"truncated", func() io.Reader { return strings.NewReader(golden[:len(golden)/2]) }, Limits{}, io.ErrUnexpectedEOF, "truncated"},
		{"empty", func() io.Reader { return strings.NewReader("") }, Limits{}, io.ErrUnexpectedEOF, "empty"},
		{"not XML", func() io.Reader { return strings.NewReader("PsrID;KONTOSTRENG;BELOEB\n") }, Limits{}, ErrSyntax, "not an XML file"},
		{"wrong root", func() io.Reader {
			return strings.NewReader(`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>`)
		}, Limits{}, ErrStructure, "root element is <html>"},
		{"wrong namespace", func() io.Reader {
			return strings.NewReader(strings.Replace(golden, "2010/04/16/", "2099/01/01/", 1))
		}, Limits{}, ErrStructure, "namespace"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			r := tt.in()
			dec := NewDecoder(r, DefaultProfile())
			dec.Limits = tt.lim
			done := make(chan error, 1)
			go func() {
				_, err := dec.Header()
				for err == nil {
					_, err = dec.Next()
				}
				done <- err
			}()
			var err error
			select {
			case err = <-done:
			case <-time.After(20 * time.Second):
				t.Fatal("the decoder hangs")
			}
			runtime.ReadMemStats(&after)
			if err == io.EOF {
				t.Fatal("hostile input decoded without error")
			}
			if !errors.Is(err, tt.cause) {
				t.Fatalf("error %v, want cause %v", err, tt.cause)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not mention %q", err, tt.msg)
			}
			var se *SyntaxError
			if !errors.As(err, &se) || se.Line < 1 || se.Col < 1 {
				t.Errorf("error %#v, want a *SyntaxError with a position", err)
			}
			// Bounded memory: a few buffers, not the input.
			if grown := after.TotalAlloc - before.TotalAlloc; grown > 4<<20 {
				t.Errorf("decoding allocated %d bytes", grown)
			}
			if rr, ok := r.(*repeatReader); ok && rr.read > 1<<20 {
				t.Errorf("read %d bytes of hostile input before giving up", rr.read)
			}
		})
	}
}

// TestTruncatedEverywhere cuts the golden file at every byte: each cut
// before the root's end tag must be reported as a truncated file.
func TestTruncatedEverywhere(t *testing.T) {
	in := voksenFile(t)
	end := strings.LastIndex(in, "</IndividUdgiftLeveranceStruktur>") + len("</IndividUdgiftLeveranceStruktur>")
	for n := 0; n < end; n++ {
		err := decodeErr(in[:n], Limits{})
		if !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Fatalf("cut at byte %d (%q): error %v, want io.ErrUnexpectedEOF", n, in[max(0, n-20):n], err)
		}
	}
	if err := decodeErr(in[:end], Limits{}); err != nil {
		t.Errorf("the file without its final newline: %v", err)
	}
}

// TestHugeCommentConstantMemory reads a file with an 8 MB comment between
// records: comments are skipped as they stream by, never held.
func TestHugeCommentConstantMemory(t *testing.T) {
	in := voksenFile(t)
	i := strings.Index(in, "    <IndividUdgiftStruktur>")
	r := io.MultiReader(strings.NewReader(in[:i]+"<!--"), &repeatReader{s: "comment ", n: 8 << 20}, strings.NewReader("-->\n"+in[i:]))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d := decodeAll(t, r)
	runtime.ReadMemStats(&after)
	if len(d.Lines) != 3 {
		t.Errorf("got %d lines, want 3", len(d.Lines))
	}
	if grown := after.TotalAlloc - before.TotalAlloc; grown > 1<<20 {
		t.Errorf("decoding allocated %d bytes for an 8 MB comment", grown)
	}
}

// TestDecodeConstantMemory streams 120,000 lines (25 MB) from an encoder
// through a pipe into a decoder: the live heap stays far below the file's
// size.
func TestDecodeConstantMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 25 MB")
	}
	lines := testLines(1000, 21)
	const n = 120_000
	pr, pw := io.Pipe()
	go func() {
		e := NewEncoder(pw, DefaultProfile())
		err := e.WriteHeader(testHeader())
		for i := 0; i < n && err == nil; i++ {
			err = e.WriteLine(lines[i%len(lines)])
		}
		if err == nil {
			err = e.Close()
		}
		pw.CloseWithError(err)
	}()
	dec := NewDecoder(pr, DefaultProfile())
	if _, err := dec.Header(); err != nil {
		t.Fatal(err)
	}
	var maxHeap uint64
	var ms runtime.MemStats
	count := 0
	for l, err := range dec.All() {
		if err != nil {
			t.Fatal(err)
		}
		want := lines[count%len(lines)]
		if l.PsrID != want.PsrID || l.Account != want.Account || !l.Amount.Equal(want.Amount) || l.Start != want.Start || l.End != want.End {
			t.Fatalf("line %d differs", count+1)
		}
		count++
		if count%20_000 == 0 {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			maxHeap = max(maxHeap, ms.HeapAlloc)
		}
	}
	if count != n {
		t.Fatalf("read %d lines, want %d", count, n)
	}
	if maxHeap > 8<<20 {
		t.Errorf("live heap reached %d bytes while streaming", maxHeap)
	}
}
