//go:build cgo

package xsd

// The two checkers agree: libxml2 (Default in a cgo build) and the
// pure-Go checker (PureGo) give the same verdict, and the same line and
// kind for the first problem, on every XML file of the project, on
// mutations of them, and (FuzzCheckersAgree) on random input. Besides,
// the pure-Go checker's syntax verdict is held to libxml2's own parser on
// the whole document, since both checkers read the document through the
// same scanner and its syntax errors.

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// verdictOf summarises a Validate result for comparison.
type verdictOf struct {
	valid  bool
	other  error // not an *Error (a read error)
	first  Problem
	syntax bool // a syntax problem is among the problems
}

func summarise(err error) verdictOf {
	if err == nil {
		return verdictOf{valid: true}
	}
	var xerr *Error
	if !errors.As(err, &xerr) {
		return verdictOf{other: err}
	}
	return verdictOf{first: xerr.Problems[0], syntax: hasKind(xerr, KindSyntax)}
}

// agreement compares the checkers on doc: the same verdict, and for an
// invalid document the same first problem (line, kind and message). It
// returns "" when they agree, else what differs.
func agreement(lib *Schema, doc []byte) string {
	l := summarise(lib.Validate(bytes.NewReader(doc)))
	p := summarise(PureGo().Validate(bytes.NewReader(doc)))
	switch {
	case l.other != nil || p.other != nil:
		if (l.other == nil) != (p.other == nil) {
			return fmt.Sprintf("libxml2: %v\npure Go: %v", l.other, p.other)
		}
		return ""
	case l.valid != p.valid:
		return fmt.Sprintf("verdicts differ\nlibxml2: valid=%v %v\npure Go: valid=%v %v", l.valid, l.first, p.valid, p.first)
	case l.valid:
		return ""
	case l.first != p.first:
		return fmt.Sprintf("first problems differ\nlibxml2: %v\npure Go: %v", l.first, p.first)
	case l.syntax != p.syntax:
		return fmt.Sprintf("only one found a syntax error\nlibxml2: %v\npure Go: %v", l.first, p.first)
	}
	// Syntax errors come from the scanner both checkers share: hold a
	// syntax error it finds to libxml2's own parser on the whole document
	// (refusals and the encoding guard aside, which libxml2 never sees).
	// One it misses, libxml2 finds behind it (l.syntax above).
	if p.syntax && p.first.Kind != KindRefused && !strings.HasPrefix(p.first.Message, "Document is not UTF-8") && len(doc) < 1<<20 {
		out := check(lib.lib.xs, doc)
		if (out.syntax != nil) != p.syntax {
			msg := "well-formed"
			if out.syntax != nil {
				msg = out.syntax.msg
			}
			return fmt.Sprintf("syntax verdicts differ\nlibxml2's parser: %s\npure Go: %v", msg, p.first)
		}
	}
	return ""
}

// projectXML returns every XML file of the project the checkers are held
// to: the golden files, the conformance suite's expected files, the fuzz
// corpora and this package's invalid cases, by name.
func projectXML(t testing.TB) map[string][]byte {
	t.Helper()
	docs := map[string][]byte{}
	add := func(pattern string) {
		files, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(f, string(filepath.Separator)+"fuzz"+string(filepath.Separator)) {
				for i, v := range corpusValues(data) {
					docs[fmt.Sprintf("%s#%d", f, i)] = v
				}
				continue
			}
			docs[f] = data
		}
	}
	add("testdata/*.xml")
	add("../testdata/*.golden")
	add("../../conformance/cases/*/expected.xml")
	add("../../*/testdata/fuzz/*/*")
	add("../../*/*/testdata/fuzz/*/*")
	valid := readValid(t)
	for _, tc := range invalidCases {
		docs["invalid case: "+tc.name] = []byte(tc.edit(valid))
	}
	if len(docs) < 100 {
		t.Fatalf("only %d files found; run from the package directory", len(docs))
	}
	return docs
}

// corpusValues returns the []byte and string values of a fuzz corpus file
// ("go test fuzz v1").
func corpusValues(data []byte) [][]byte {
	var vs [][]byte
	for _, line := range strings.Split(string(data), "\n") {
		var lit string
		switch {
		case strings.HasPrefix(line, "[]byte(") && strings.HasSuffix(line, ")"):
			lit = line[len("[]byte(") : len(line)-1]
		case strings.HasPrefix(line, "string(") && strings.HasSuffix(line, ")"):
			lit = line[len("string(") : len(line)-1]
		default:
			continue
		}
		if v, err := strconv.Unquote(lit); err == nil {
			vs = append(vs, []byte(v))
		}
	}
	return vs
}

func TestCheckersAgreeOnProjectFiles(t *testing.T) {
	lib := mustDefault(t)
	if lib.Checker() != CheckerLibxml2 || PureGo().Checker() != CheckerPureGo {
		t.Fatalf("Checker() = %q and %q", lib.Checker(), PureGo().Checker())
	}
	docs := projectXML(t)
	for name, doc := range docs {
		if diff := agreement(lib, doc); diff != "" {
			t.Errorf("%s:\n%s", name, diff)
		}
	}
	t.Logf("%d files compared", len(docs))
}

// TestCheckersAgreeOnMutations mutates valid documents element by element
// and value by value and compares the checkers on each mutant.
func TestCheckersAgreeOnMutations(t *testing.T) {
	lib := mustDefault(t)
	var bases [][]byte
	for _, f := range []string{"testdata/valid.xml", "testdata/dst-envelope.xml", "../testdata/voksen.golden", "../testdata/empty-samlet.golden", "../testdata/test-boern.golden"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		bases = append(bases, data)
	}
	n, failures := 0, 0
	t0 := time.Now()
	for _, base := range bases {
		for _, m := range mutations(base) {
			n++
			if diff := agreement(lib, m.doc); diff != "" {
				failures++
				if failures <= 20 {
					t.Errorf("mutation %q:\n%s\n--- document:\n%s", m.what, diff, excerpt(m.doc))
				}
			}
		}
	}
	if failures > 20 {
		t.Errorf("and %d more", failures-20)
	}
	t.Logf("%d mutations of %d documents compared in %v", n, len(bases), time.Since(t0).Round(time.Millisecond))
}

func excerpt(doc []byte) string {
	if len(doc) > 300 {
		return string(doc[:300]) + "…"
	}
	return string(doc)
}

// mutant is one mutation of a document.
type mutant struct {
	what string
	doc  []byte
}

// span is an element of a document: its bytes and its value.
type span struct {
	name       string
	start, end int // the element, start tag to end tag
	vStart     int // its value (a leaf's text), or -1
	vEnd       int
}

// elementSpans lists the elements of a well-formed document.
func elementSpans(doc []byte) []span {
	var spans []span
	var open []int
	for off := 0; off < len(doc); {
		kind, n, _ := lexToken(doc[off:], true)
		tok := doc[off : off+n]
		switch kind {
		case tStart:
			spans = append(spans, span{name: string(tagName(tok)), start: off, vStart: off + n, vEnd: -1})
			open = append(open, len(spans)-1)
		case tEmpty:
			spans = append(spans, span{name: string(tagName(tok)), start: off, end: off + n, vStart: -1})
		case tEnd:
			i := open[len(open)-1]
			open = open[:len(open)-1]
			spans[i].end = off + n
			if !bytes.Contains(doc[spans[i].vStart:off], []byte("<")) {
				spans[i].vEnd = off
			} else {
				spans[i].vStart = -1
			}
		}
		off += n
	}
	return spans
}

// edgeValues are values at and beyond the edges of the schema's simple
// types.
var edgeValues = []string{
	"", " ", "0", "-0.00", "0.00", "+1.00", "1.005", "1.0", "1,00", ".50", "1e3",
	"1234567890123456789012.00", "12345678901234567890123.00", "0000000000000000000000000001.00",
	" 24850.00 ", "\n-1.00\n", "2025-01-01", "0000-01-01", "2024-02-29", "2025-02-29", "2100-02-29",
	"2025-13-01", "2025-01-32", "2025-01-01Z", "2025-01-01+01:00", " 2025-01-01\t", "25-01-01", "12025-01-01",
	"2026-03-02T24:00:00Z", "2026-03-02T24:00:01Z", "2026-03-02T23:59:60Z", "2026-03-02T09:15:00+14:00",
	"2026-03-02T09:15:00+14:01", "2026-03-02T09:15:00-14:00", "2026-03-02T09:15:00", "2026-03-02T09:15:00.5Z",
	"0101801234", "010180-1234", "010180123", "01018012345", "٠١٠١٨٠١٢٣٤", "5385011000000072", "538501100000007",
	"VOKSEN", "BOERN", "SAMLET", "voksen", " VOKSEN", "VOKSEN ", "Kommune", "Region", "101", "1010", "2025", "20255",
	"a@b", "@b", "a@", "a@b@c", "a b@c", "a@b c", "a(b@c", strings.Repeat("a", 191) + "@b", strings.Repeat("a", 192) + "@b",
	"a@" + strings.Repeat("b", 64), "a@" + strings.Repeat("b", 65), "æøå@kommune.dk",
	strings.Repeat("x", 15), strings.Repeat("x", 16), strings.Repeat("ø", 20), strings.Repeat("ø", 21),
	strings.Repeat("x", 30), strings.Repeat("x", 31), strings.Repeat("x", 50), strings.Repeat("x", 51),
	strings.Repeat("x", 100), strings.Repeat("x", 101), "1234567890", "123456789", "29189846", "2918984",
	"&amp;", "&#48;&#49;", "&#x10000;", "<![CDATA[2025]]>", "20<!-- c -->25", "a\r\nb", "x&#13;",
}

// mutations returns mutants of the well-formed document doc.
func mutations(doc []byte) []mutant {
	var ms []mutant
	add := func(what string, parts ...[]byte) {
		ms = append(ms, mutant{what, bytes.Join(parts, nil)})
	}
	spans := elementSpans(doc)
	seenValue := map[string]bool{}
	// Records beyond the first two (and the last) add time, not cases.
	lastRecord, records := 0, 0
	for _, e := range spans {
		if e.name == "IndividUdgiftStruktur" {
			lastRecord = e.start
		}
	}
	skipUntil := 0
	for i, e := range spans {
		if e.name == "IndividUdgiftStruktur" {
			if records++; records > 2 && e.start != lastRecord {
				skipUntil = e.end
			}
		}
		if e.start < skipUntil {
			continue
		}
		before, elem, after := doc[:e.start], doc[e.start:e.end], doc[e.end:]
		add("delete "+e.name, before, after)
		add("duplicate "+e.name, before, elem, elem, after)
		add("duplicate "+e.name+" with a line break", before, elem, []byte("\n"), elem, after)
		add(e.name+" in "+e.name, before, []byte("<"+e.name+">\n"), elem, []byte("</"+e.name+">"), after)
		add(e.name+" in its first child", doc[:e.start], []byte(strings.Replace(string(elem), ">", "><"+e.name+">", 1)), []byte("</"+e.name+">"), after)
		if i+1 < len(spans) && spans[i+1].start >= e.end {
			nx := spans[i+1]
			if nx.start-e.end < 16 && bytes.TrimSpace(doc[e.end:nx.start]) != nil && len(bytes.TrimSpace(doc[e.end:nx.start])) == 0 {
				add("swap "+e.name+" and "+nx.name, before, doc[nx.start:nx.end], doc[e.end:nx.start], elem, doc[nx.end:])
			}
		}
		tagEnd := e.start + bytes.IndexByte(elem, '>')
		if elem[tagEnd-e.start-1] == '/' {
			tagEnd--
		}
		for _, a := range []string{` a="1"`, ` xml:lang="da"`, ` xmlns:xsi="` + nsXSI + `" xsi:nil="true"`,
			` xmlns:xsi="` + nsXSI + `" xsi:nil="false"`, ` xmlns:xsi="` + nsXSI + `" xsi:schemaLocation="a b"`,
			` xmlns:xsi="` + nsXSI + `" xsi:type="xs:string" xmlns:xs="` + nsXS + `"`,
			` xmlns:xsi="` + nsXSI + `" xsi:foo="x"`, ` xmlns=""`, ` xmlns="` + nsDST + `"`, ` xmlns:dst="` + nsSIU + `"`,
			` q:a="1"`, ` a="1" a="2"`, ` xmlns:p="" xmlns:p=""`, `a="1"`} {
			add("attribute"+a+" on "+e.name, doc[:tagEnd], []byte(a), doc[tagEnd:])
		}
		// Rename and change the namespace.
		nameAt := e.start + 1
		add("rename "+e.name, doc[:nameAt], []byte("X"), doc[nameAt:])
		add("prefix q on "+e.name, doc[:nameAt], []byte("q:"), doc[nameAt:])
		add("text before "+e.name, before, []byte("x"), elem, after)
		add("comment before "+e.name, before, []byte("<!-- c -->"), elem, after)
		add("CDATA before "+e.name, before, []byte("<![CDATA[ ]]>"), elem, after)
		add("reference before "+e.name, before, []byte("&#32;&#160;"), elem, after)
		add("element in "+e.name, doc[:tagEnd+1], []byte("<Y/>"), doc[tagEnd+1:])
		if e.vStart >= 0 && e.vEnd >= 0 {
			v := string(doc[e.vStart:e.vEnd])
			for _, nv := range edgeValues {
				if seenValue[e.name+"\x00"+nv] {
					continue // the first element of each name carries each value
				}
				seenValue[e.name+"\x00"+nv] = true
				if nv != v {
					add(fmt.Sprintf("value %q in %s", nv, e.name), doc[:e.vStart], []byte(nv), doc[e.vEnd:])
				}
			}
			add("white space around "+e.name, doc[:e.vStart], []byte(" \n"+v+"\t"), doc[e.vEnd:])
		}
	}
	for _, ns := range []string{nsSIU, nsDST} {
		if i := bytes.Index(doc, []byte(ns)); i >= 0 {
			add("namespace "+ns+" changed", doc[:i+len(ns)-2], []byte("7/"), doc[i+len(ns):])
		}
	}
	// Syntax: cut the document at every few bytes, and break a tag.
	for k := 1; k < len(doc); k += len(doc)/97 + 1 {
		add(fmt.Sprintf("truncated at %d", k), doc[:k])
	}
	add("junk after the root", doc, []byte("<x/>"))
	add("BOM", bom, doc)
	return ms
}

// FuzzCheckersAgree compares the two checkers on random input, seeded
// with the project's XML files.
func FuzzCheckersAgree(f *testing.F) {
	for _, doc := range projectXML(f) {
		f.Add(doc)
	}
	lib, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		if len(doc) > 64<<10 {
			return
		}
		if diff := agreement(lib, doc); diff != "" {
			t.Fatal(diff)
		}
	})
}

// syntaxEdges are documents at the edges of well-formedness, where the
// shared scanner must judge as libxml2's parser does, and at the edges of
// what the schema instance attributes and the pieces allow.
func syntaxEdges(valid string) map[string]string {
	docs := map[string]string{}
	for d := 255; d <= 259; d++ {
		docs[fmt.Sprintf("depth %d", d)] = strings.Repeat("<a>", d) + strings.Repeat("</a>", d)
	}
	decls := []string{
		`<?xml version="1.0"?>`, `<?xml version="1.1"?>`, `<?xml version="2.0"?>`, `<?xml version="1."?>`, `<?xml version="1"?>`,
		`<?xml version='1.0' encoding='latin1'?>`, `<?xml version="1.0" encoding="UTF-8"standalone='yes'?>`,
		`<?xml version="1.0"encoding="UTF-8"?>`, `<?xml version="1.0" encoding="1x"?>`, `<?xml version="1.0" encoding=""?>`,
		`<?xml version="1.0" standalone="maybe"?>`, `<?xml version="1.0" standalone="no" ?>`, `<?xml version = "1.0" ?>`,
		`<?xml version="1.0" foo="x"?>`, `<?xml encoding="UTF-8"?>`, `<?xml?>`, `<?XML version="1.0"?>`, `<?xml-stylesheet x?>`,
		`<?xmlfoo?>`, `<?x?>`, `<?x y?>`, `<?x:y z?>`, `<? x?>`, `<?xml version="1.0" ?><?xml version="1.0"?>`, " <?xml version=\"1.0\"?>",
	}
	for _, d := range decls {
		docs["declaration "+d] = strings.Replace(valid, `<?xml version="1.0" encoding="UTF-8"?>`, d, 1)
	}
	in := func(s string) string { return strings.Replace(valid, "<OMRAADE>VOKSEN</OMRAADE>", s, 1) }
	for _, s := range []string{
		"<OMRAADE>VOKSEN</OMRAADE>", "<OMRAADE >VOKSEN</OMRAADE >", "<OMRAADE>VOKSEN</OMRAADE x>", "<OMRAADE>VOKSEN</ OMRAADE>",
		"<OMRAADE a='1'b='2'>VOKSEN</OMRAADE>", "<OMRAADE a>VOKSEN</OMRAADE>", "<OMRAADE a=1>VOKSEN</OMRAADE>",
		"<OMRAADE a='<'>VOKSEN</OMRAADE>", "<OMRAADE a='&x;'>VOKSEN</OMRAADE>", "<OMRAADE a='&#0;'>VOKSEN</OMRAADE>",
		"<OMRAADE a='&#x41;'>VOKSEN</OMRAADE>", "<OMRAADE a='\x01'>VOKSEN</OMRAADE>", "<OMRAADE/ >", "<OMRAADE a='1' a='1'/>",
		"<OMRAADE xmlns:p='' xmlns:p=''>VOKSEN</OMRAADE>", "<OMRAADE xmlns:p='a' xmlns:p='a'>VOKSEN</OMRAADE>",
		"<OMRAADE xmlns='' xmlns=''>VOKSEN</OMRAADE>", "<OMRAADE xmlns:xml='http://www.w3.org/XML/1998/namespace'>VOKSEN</OMRAADE>",
		"<OMRAADE xmlns:xmlns='a'>VOKSEN</OMRAADE>", "<OMRAADE xmlns:a='b' a:x='1' xmlns:c='b' c:x='2'>VOKSEN</OMRAADE>",
		"<a:b:-c/>", "<a:b:c/>", "<a:/>", "<:a/>", "<a::b/>", "<a:-b/>", "<×/>", "<a×/>", "<a·b/>", "<a\u0300/>", "<\u0300/>",
		"<OMRAADE>VOK&amp;SEN</OMRAADE>", "<OMRAADE>VOK&SEN</OMRAADE>", "<OMRAADE>VOK&SEN;</OMRAADE>", "<OMRAADE>&#x56;OKSEN</OMRAADE>",
		"<OMRAADE>&#xD800;</OMRAADE>", "<OMRAADE>&#x110000;</OMRAADE>", "<OMRAADE>&#;</OMRAADE>", "<OMRAADE>&#x;</OMRAADE>",
		"<OMRAADE>&# 65;</OMRAADE>", "<OMRAADE>&amp</OMRAADE>", "<OMRAADE>]]></OMRAADE>", "<OMRAADE>]]</OMRAADE>", "<OMRAADE>></OMRAADE>",
		"<OMRAADE>\x00</OMRAADE>", "<OMRAADE>\x7f</OMRAADE>", "<OMRAADE>\u0085</OMRAADE>", "<OMRAADE>\uFFFE</OMRAADE>",
		"<OMRAADE>\xed\xa0\x80</OMRAADE>", "<OMRAADE>\xc0\xaf</OMRAADE>", "<OMRAADE>\xf4\x90\x80\x80</OMRAADE>",
		"<!-- a - b --><OMRAADE>VOKSEN</OMRAADE>", "<!-- a -- b --><OMRAADE>VOKSEN</OMRAADE>", "<!-- a ---><OMRAADE>VOKSEN</OMRAADE>",
		"<!----><OMRAADE>VOKSEN</OMRAADE>", "<!---><OMRAADE>VOKSEN</OMRAADE>--->", "<!-><OMRAADE>VOKSEN</OMRAADE>",
		"<![CDATA[]]><OMRAADE>VOKSEN</OMRAADE>", "<OMRAADE><![CDATA[VOKSEN]]></OMRAADE>", "<OMRAADE><![CDATA[VOK]]]]><![CDATA[>SEN]]></OMRAADE>",
		"<OMRAADE><![cdata[VOKSEN]]></OMRAADE>", "<!ELEMENT a ANY><OMRAADE>VOKSEN</OMRAADE>", "<OMRAADE>VOKSEN</OMRAADE></x>",
		"<OMRAADE>VOKSEN<?pi x?></OMRAADE>", "<OMRAADE>VOKSEN<?xml x?></OMRAADE>", "<OMRAADE>VOKSEN<?pi?></OMRAADE>",
		"<OMRAADE>VOKSEN<?pi\x01?></OMRAADE>", "<OMRAADE>VOKSEN< /OMRAADE>", "<OMRAADE>VOKSEN<</OMRAADE>", "<OMRAADE\n a\n=\n'1'\n>VOKSEN</OMRAADE>",
	} {
		docs["in the header: "+s] = in(s)
	}
	xsi := ` xmlns:xsi="` + nsXSI + `" `
	for _, s := range []string{
		"<OMRAADE" + xsi + "xsi:type='OmraadeType'>VOKSEN</OMRAADE>",
		"<OMRAADE" + xsi + "xsi:type='dst:OmraadeType'>VOKSEN</OMRAADE>",
		"<OMRAADE" + xsi + "xsi:type='xs:string' xmlns:xs='" + nsXS + "'>VOKSEN</OMRAADE>",
		"<OMRAADE" + xsi + "xsi:type='q:x'>VOKSEN</OMRAADE>",
		"<OMRAADE" + xsi + "xsi:type=' OmraadeType'>VOKSEN</OMRAADE>",
		"<OMRAADE" + xsi + "xsi:type='IndividUdgiftStrukturType'>VOKSEN</OMRAADE>",
		"<OMRAADE" + xsi + "xsi:nil='true'/>", "<OMRAADE" + xsi + "xsi:nil=' 1 '>VOKSEN</OMRAADE>",
		"<OMRAADE" + xsi + "xsi:nil='yes'>VOKSEN</OMRAADE>", "<OMRAADE" + xsi + "xsi:noNamespaceSchemaLocation='x'>VOKSEN</OMRAADE>",
		"<OMRAADE xmlns:s='" + nsSIU + "' s:a='1'>VOKSEN</OMRAADE>",
		"<OMRAADE>VOKSNE</OMRAADE><!-- and a syntax error in the header: --><a>",
	} {
		docs["in the header: "+s] = in(s)
	}
	bad := strings.Replace(valid, "<OMRAADE>VOKSEN</OMRAADE>", "<OMRAADE>VOKSNE</OMRAADE>", 1)
	docs["bad header, syntax error in a record"] = strings.Replace(bad, "<BELOEB>-1250.50</BELOEB>", "<BELOEB>-1250.50</BELOEBX>", 1)
	docs["bad header, bad record, syntax error in the next"] = strings.Replace(strings.Replace(bad, "<BELOEB>24850.00", "<BELOEB>2,00", 1),
		"<BELOEB>-1250.50</BELOEB>", "<BELOEB>-1250&50</BELOEB>", 1)
	docs["bad header, syntax error in the tail"] = strings.Replace(bad, "</IndividUdgiftLeveranceStruktur>", "</IndividUdgiftLeveranceStruktur", 1)
	docs["bad header, schema error in the tail"] = strings.Replace(bad, "</IndividUdgiftLeveranceStruktur>", "<OMRAADE/></IndividUdgiftLeveranceStruktur>", 1)
	docs["a record inside a record"] = strings.Replace(valid, "<PsrID>0101809998</PsrID>", "<IndividUdgiftStruktur><PsrID>0101809998</PsrID></IndividUdgiftStruktur>", 1)
	docs["a collection inside the header"] = strings.Replace(valid, "<FormVersion>", "<IndividUdgiftStrukturSamling/><FormVersion>", 1)
	docs["collection under another root"] = strings.ReplaceAll(valid, "IndividUdgiftLeveranceStruktur", "dst:Envelope")
	for _, s := range []string{"", "\n<!-- c -->", "<?pi?>", " x", "<a/>", "</a>", "<![CDATA[]]>", "&amp;", "<!DOCTYPE a>"} {
		docs["after the root: "+s] = valid + s
	}
	for _, s := range []string{"", " ", "\ufeff", "\ufeff\ufeff<a/>", "x", "<", "<a", "<a>", "<a></b>", "</a>", "<a/><b/>", "\ufeff<?xml version=\"1.0\"?><a/>",
		"<?xml version=\"1.0\"?>", "<!-- c -->", "<a>\r\n</a>", "<a>\r</a>"} {
		docs[fmt.Sprintf("document %q", s)] = s
	}
	return docs
}

func TestCheckersAgreeOnSyntaxEdges(t *testing.T) {
	lib := mustDefault(t)
	docs := syntaxEdges(readValid(t))
	for name, doc := range docs {
		if diff := agreement(lib, []byte(doc)); diff != "" {
			t.Errorf("%s:\n%s", name, diff)
		}
	}
	t.Logf("%d documents compared", len(docs))
}
