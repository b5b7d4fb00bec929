package xsd

// This file checks, token by token, that the document is well-formed XML
// 1.0 with namespaces, as libxml2's parser (2.9, options as in
// libxml2_cgo.go) judges it: what libxml2 treats as a fatal error is a
// syntax error here, and what it only warns about (an unknown encoding
// name, a namespace error such as an undeclared prefix) is not. Both
// checkers read the document through this scanner, so a syntax error has
// one message and one line whichever checker runs: the first error in the
// file. (libxml2 itself, through the wrapper, reports its last error,
// after its own recovery; it is the fallback for anything this file would
// miss, and the differential tests hold the two verdicts equal.)

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// maxDepth is libxml2's nesting limit without XML_PARSE_HUGE: an element
// with more than maxDepth open elements around it is a fatal error (so
// 257 levels are well-formed, 258 are not).
const maxDepth = 256

const (
	xmlNamespace   = "http://www.w3.org/XML/1998/namespace"
	xmlnsNamespace = "http://www.w3.org/2000/xmlns/"
)

// wfOpen is an element whose end tag has not been read.
type wfOpen struct {
	name string // qualified name as written
	line int    // line of its start tag
}

// attr is one attribute of the last start tag, as parsed.
type attr struct {
	name  []byte // qualified name as written
	value []byte // value with references replaced and white space normalised
}

// nsDecl is a namespace declaration of the last start tag that libxml2
// keeps (it drops those binding reserved names, and empty prefixed ones).
type nsDecl struct {
	prefix string // "" for the default namespace
	uri    string
}

// wfState is the scanner's well-formedness state.
type wfState struct {
	open     []wfOpen
	rootDone bool  // the root element has ended
	declAt   int64 // the input offset where an XML declaration may stand
	tokens   int   // tokens read

	// The last start tag, parsed: its name, attributes and namespace
	// declarations (the pure-Go checker reads them).
	tagName []byte
	attrs   []attr
	nsDecls []nsDecl
	valBuf  []byte
}

var bom = []byte{0xEF, 0xBB, 0xBF}

// syntaxAt makes a syntax problem.
func syntaxAt(line int, format string, args ...any) *Problem {
	return &Problem{Line: line, Kind: KindSyntax, Message: fmt.Sprintf(format, args...)}
}

// wellFormed checks the complete token t.
func (s *scanner) wellFormed(t token) *Problem {
	w := &s.wf
	w.tokens++
	depth := len(w.open)
	switch t.kind {
	case tText:
		b := t.b
		if t.off == 0 && bytes.HasPrefix(b, bom) {
			b = b[len(bom):]
			w.declAt = int64(len(bom))
		}
		if depth == 0 {
			if i := firstNonSpace(b); i >= 0 {
				line := t.line + bytes.Count(t.b[:len(t.b)-len(b)+i], nl)
				if w.rootDone {
					return syntaxAt(line, "Extra content at the end of the document")
				}
				return syntaxAt(line, "Start tag expected, '<' not found")
			}
			return nil
		}
		return checkChars(t.line, t.b, charsText)
	case tCDATA:
		if depth == 0 {
			return w.outside(t.line)
		}
		return checkChars(t.line, t.b[len(cdataOpen):len(t.b)-len(cdataClose)], charsPlain)
	case tComment:
		inner := t.b[len(commentOpen) : len(t.b)-len(commentClose)]
		if i := bytes.Index(inner, []byte("--")); i >= 0 || bytes.HasSuffix(inner, []byte("-")) {
			if i < 0 {
				i = len(inner) - 1
			}
			return syntaxAt(t.line+bytes.Count(inner[:i], nl), "Double hyphen within comment")
		}
		return checkChars(t.line, inner, charsPlain)
	case tPI:
		return w.pi(t)
	case tStart, tEmpty:
		if depth == 0 && w.rootDone {
			return syntaxAt(t.line, "Extra content at the end of the document")
		}
		if pr := w.startTag(t); pr != nil {
			return pr
		}
		if depth > maxDepth {
			return syntaxAt(t.line, "Excessive depth in document: %d use XML_PARSE_HUGE option", maxDepth)
		}
		if t.kind == tStart {
			w.open = append(w.open, wfOpen{name: s.intern(w.tagName), line: t.line})
		} else if depth == 0 {
			w.rootDone = true
		}
		return nil
	case tEnd:
		if depth == 0 {
			return w.outside(t.line)
		}
		i := 2
		n := nameLen(t.b[i:])
		name := t.b[i : i+n]
		i += n
		for i < len(t.b) && isSpace(t.b[i]) {
			i++
		}
		top := w.open[depth-1]
		if string(name) != top.name {
			return syntaxAt(t.line, "Opening and ending tag mismatch: %s line %d and %s", top.name, top.line, name)
		}
		if i != len(t.b)-1 {
			return syntaxAt(t.line, "expected '>'")
		}
		w.open = w.open[:depth-1]
		if depth == 1 {
			w.rootDone = true
		}
		return nil
	case tDecl:
		// Before the root element the guard refuses it (ErrDoctype).
		if depth == 0 {
			return w.outside(t.line)
		}
		return syntaxAt(t.line, "StartTag: invalid element name")
	}
	// tBad: '<' that starts no markup, or markup the input ends inside.
	if s.tokenAtEOF && depth > 0 {
		top := w.open[depth-1]
		return syntaxAt(s.line+bytes.Count(t.b, nl), "Premature end of data in tag %s line %d", top.name, top.line)
	}
	if depth == 0 {
		return w.outside(t.line)
	}
	if len(t.b) > 1 && t.b[0] == '<' && isNameStart(t.b[1]) {
		return syntaxAt(t.line, "Couldn't find end of Start Tag %s", tagName(t.b))
	}
	return syntaxAt(t.line, "StartTag: invalid element name")
}

// outside reports markup that may not stand outside the root element.
func (w *wfState) outside(line int) *Problem {
	if w.rootDone {
		return syntaxAt(line, "Extra content at the end of the document")
	}
	return syntaxAt(line, "Start tag expected, '<' not found")
}

// atEnd checks the end of the input, at line.
func (s *scanner) atEnd(line int) *Problem {
	w := &s.wf
	if n := len(w.open); n > 0 {
		top := w.open[n-1]
		return syntaxAt(line, "Premature end of data in tag %s line %d", top.name, top.line)
	}
	if !w.rootDone {
		if s.base+int64(len(s.buf)) <= w.declAt {
			return syntaxAt(1, "Document is empty")
		}
		return syntaxAt(line, "Start tag expected, '<' not found")
	}
	return nil
}

// pi checks a processing instruction or the XML declaration.
func (w *wfState) pi(t token) *Problem {
	b := t.b[2 : len(t.b)-len(piClose)]
	n := nameLen(b)
	if n == 0 {
		return syntaxAt(t.line, "xmlParsePI : no target name")
	}
	target := b[:n]
	if len(target) == 3 && bytes.EqualFold(target, []byte("xml")) {
		if string(target) == "xml" && t.off == w.declAt && w.tokens == 1+boolInt(w.declAt > 0) && n < len(b) && isSpace(b[n]) {
			return xmlDecl(t.line, b[n:])
		}
		if string(target) == "xml" {
			return syntaxAt(t.line, "XML declaration allowed only at the start of the document")
		}
		return syntaxAt(t.line, "Invalid PI name")
	}
	rest := b[n:]
	if len(rest) > 0 && !isSpace(rest[0]) {
		return syntaxAt(t.line, "ParsePI: PI %s space expected", target)
	}
	return checkChars(t.line, rest, charsPlain)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// xmlDecl checks the XML declaration's pseudo-attributes b (after
// "<?xml", before "?>") as libxml2 does: version first (1.0, or 1.x with
// a warning), then optionally encoding (its name is checked but, the
// parser ignoring encodings, not its value) and standalone.
func xmlDecl(line int, b []byte) *Problem {
	bad := func(what string) *Problem { return syntaxAt(line, "parsing XML declaration: %s", what) }
	i := skipSpace(b, 0)
	// pseudo reads name = 'value' at i and returns the value.
	pseudo := func(name string, valid func([]byte) int) ([]byte, *Problem) {
		i += len(name)
		i = skipSpace(b, i)
		if i >= len(b) || b[i] != '=' {
			return nil, bad("'=' expected after " + name)
		}
		i = skipSpace(b, i+1)
		if i >= len(b) || b[i] != '"' && b[i] != '\'' {
			return nil, bad("quote expected")
		}
		q := b[i]
		i++
		n := valid(b[i:])
		v := b[i : i+n]
		i += n
		if i >= len(b) || b[i] != q {
			return nil, bad(name + " value not closed")
		}
		i++
		return v, nil
	}
	if !bytes.HasPrefix(b[i:], []byte("version")) {
		return syntaxAt(line, "Malformed declaration expecting version")
	}
	v, pr := pseudo("version", versionNumLen)
	if pr != nil {
		return pr
	}
	if string(v) != "1.0" && !bytes.HasPrefix(v, []byte("1.")) {
		return syntaxAt(line, "Unsupported version '%s'", v)
	}
	if i == len(b) {
		return nil
	}
	if !isSpace(b[i]) {
		return syntaxAt(line, "Blank needed here")
	}
	i = skipSpace(b, i)
	if bytes.HasPrefix(b[i:], []byte("encoding")) {
		v, pr := pseudo("encoding", encNameLen)
		if pr != nil {
			return pr
		}
		if len(v) == 0 {
			return syntaxAt(line, "Invalid XML encoding name")
		}
		// libxml2 asks for a blank before standalone only when it uses
		// the encoding, which XML_PARSE_IGNORE_ENC stops.
	}
	i = skipSpace(b, i)
	if bytes.HasPrefix(b[i:], []byte("standalone")) {
		v, pr := pseudo("standalone", func(b []byte) int {
			switch {
			case bytes.HasPrefix(b, []byte("no")):
				return 2
			case bytes.HasPrefix(b, []byte("yes")):
				return 3
			}
			return 0
		})
		if pr != nil {
			return pr
		}
		if len(v) == 0 {
			return bad("standalone accepts only 'yes' or 'no'")
		}
	}
	i = skipSpace(b, i)
	if i != len(b) {
		return bad("'?>' expected")
	}
	return nil
}

// versionNumLen: a digit, '.', digits.
func versionNumLen(b []byte) int {
	if len(b) < 2 || !isDigit(b[0]) || b[1] != '.' {
		return 0
	}
	n := 2
	for n < len(b) && isDigit(b[n]) {
		n++
	}
	return n
}

// encNameLen: [A-Za-z] ([A-Za-z0-9._] | '-')*.
func encNameLen(b []byte) int {
	if len(b) == 0 || !isLetter(b[0]) {
		return 0
	}
	n := 1
	for n < len(b) && (isLetter(b[n]) || isDigit(b[n]) || b[n] == '.' || b[n] == '_' || b[n] == '-') {
		n++
	}
	return n
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func skipSpace(b []byte, i int) int {
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	return i
}

func firstNonSpace(b []byte) int {
	for i, c := range b {
		if !isSpace(c) {
			return i
		}
	}
	return -1
}

// startTag parses the start tag t into w.tagName, w.attrs and w.nsDecls.
func (w *wfState) startTag(t token) *Problem {
	b := t.b
	end := len(b) - 1 // the '>'
	if t.kind == tEmpty {
		end--
	}
	n := qnameLen(b[1:end])
	if n == 0 {
		return syntaxAt(t.line, "StartTag: invalid element name")
	}
	w.tagName = b[1 : 1+n]
	w.attrs, w.nsDecls, w.valBuf = w.attrs[:0], w.nsDecls[:0], w.valBuf[:0]
	type span struct{ v0, v1 int }
	spans := make([]span, 0, 8)
	i := 1 + n
	line := t.line
	for {
		j := skipSpace(b[:end], i)
		spaced := j > i
		line += bytes.Count(b[i:j], nl)
		i = j
		if i == end {
			break
		}
		if !spaced {
			if len(spans) == 0 && i == 1+n {
				// A name libxml2 reads only in part, as "a:b:-c".
				return syntaxAt(line, "Couldn't find end of Start Tag %s line %d", w.tagName, t.line)
			}
			return syntaxAt(line, "attributes construct error")
		}
		an := qnameLen(b[i:end])
		if an == 0 {
			return syntaxAt(line, "error parsing attribute name")
		}
		name := b[i : i+an]
		i = skipSpace(b[:end], i+an)
		if i == end || b[i] != '=' {
			return syntaxAt(line, "Specification mandates value for attribute %s", name)
		}
		i = skipSpace(b[:end], i+1)
		if i == end || b[i] != '"' && b[i] != '\'' {
			return syntaxAt(line, "AttValue: \" or ' expected")
		}
		q := b[i]
		k := bytes.IndexByte(b[i+1:end], q)
		if k < 0 {
			return syntaxAt(line, "AttValue: ' expected")
		}
		raw := b[i+1 : i+1+k]
		if pr := checkChars(line, raw, charsAttr); pr != nil {
			return pr
		}
		line += bytes.Count(raw, nl)
		v0 := len(w.valBuf)
		w.valBuf = appendText(w.valBuf, raw, true)
		spans = append(spans, span{v0, len(w.valBuf)})
		w.attrs = append(w.attrs, attr{name: name})
		i += 1 + k + 1
	}
	for k := range w.attrs {
		w.attrs[k].value = w.valBuf[spans[k].v0:spans[k].v1]
	}
	// Duplicates, and the namespace declarations libxml2 keeps.
	regular := w.attrs[:0:0]
	for _, a := range w.attrs {
		prefix, local, isNS := nsDeclName(a.name)
		if !isNS {
			for _, r := range regular {
				if bytes.Equal(r.name, a.name) {
					return syntaxAt(t.line, "Attribute %s redefined", a.name)
				}
			}
			regular = append(regular, a)
			continue
		}
		uri := string(a.value)
		if prefix == "" {
			if uri == xmlNamespace || uri == xmlnsNamespace {
				continue
			}
		} else if local == "xml" || uri == xmlNamespace || local == "xmlns" || uri == xmlnsNamespace || uri == "" {
			continue
		}
		for _, d := range w.nsDecls {
			if d.prefix == local {
				return syntaxAt(t.line, "Attribute %s redefined", a.name)
			}
		}
		w.nsDecls = append(w.nsDecls, nsDecl{prefix: local, uri: uri})
	}
	return nil
}

// nsDeclName reports whether the attribute name declares a namespace
// ("xmlns" or "xmlns:p") and for which prefix (local, "" for the default).
func nsDeclName(name []byte) (prefix, local string, ok bool) {
	if string(name) == "xmlns" {
		return "", "", true
	}
	p, l, split := splitQName(name)
	if split && string(p) == "xmlns" {
		return "xmlns", string(l), true
	}
	return "", "", false
}

// splitQName splits a qualified name at its colon as libxml2 does: prefix
// and local part when both are NCNames; otherwise (no colon, or a name
// libxml2 cannot split, which it keeps whole) no prefix.
func splitQName(q []byte) (prefix, local []byte, ok bool) {
	i := bytes.IndexByte(q, ':')
	if i <= 0 || i == len(q)-1 {
		return nil, q, false
	}
	p, l := q[:i], q[i+1:]
	if ncnameLen(p) != len(p) || ncnameLen(l) == 0 {
		return nil, q, false
	}
	return p, l, true
}

// Character checks.

type charsMode uint8

const (
	charsPlain charsMode = iota // comments, PIs, CDATA: characters only
	charsText                   // character data: references, no "]]>"
	charsAttr                   // attribute values: references, no '<'
)

var nl = []byte{'\n'}

// checkChars checks that b, which starts on line, holds only XML
// characters in UTF-8, and in text and attribute values only well-formed
// references to the predefined entities or to characters.
func checkChars(line int, b []byte, mode charsMode) *Problem {
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c == '\n':
			line++
			i++
		case c == '\t' || c == '\r':
			i++
		case c < 0x20:
			return syntaxAt(line, "PCDATA invalid Char value %d", c)
		case c == '&' && mode != charsPlain:
			n, pr := checkRef(line, b[i:])
			if pr != nil {
				return pr
			}
			i += n
		case c == '<' && mode == charsAttr:
			return syntaxAt(line, "Unescaped '<' not allowed in attributes values")
		case c == ']' && mode == charsText && bytes.HasPrefix(b[i:], cdataClose):
			return syntaxAt(line, "Sequence ']]>' not allowed in content")
		case c < utf8.RuneSelf:
			i++
		default:
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n <= 1 {
				var bs []byte
				for k := i; k < min(i+4, len(b)); k++ {
					bs = fmt.Appendf(bs, " 0x%02X", b[k])
				}
				return syntaxAt(line, "Input is not proper UTF-8, indicate encoding ! Bytes:%s", bs)
			}
			if !isXMLChar(r) {
				return syntaxAt(line, "Char 0x%X out of allowed range", r)
			}
			i += n
		}
	}
	return nil
}

// checkRef checks the reference at the start of b ('&') and returns its
// length.
func checkRef(line int, b []byte) (int, *Problem) {
	if len(b) > 1 && b[1] == '#' {
		_, n, ok := charRef(b)
		if !ok {
			return 0, syntaxAt(line, "xmlParseCharRef: invalid xmlChar value")
		}
		return n, nil
	}
	n := nameLen(b[1:])
	if n == 0 {
		return 0, syntaxAt(line, "xmlParseEntityRef: no name")
	}
	if 1+n >= len(b) || b[1+n] != ';' {
		return 0, syntaxAt(line, "EntityRef: expecting ';'")
	}
	if _, ok := predefined(b[1 : 1+n]); !ok {
		return 0, syntaxAt(line, "Entity '%s' not defined", b[1:1+n])
	}
	return n + 2, nil
}

// charRef reads the character reference at the start of b ("&#...;").
func charRef(b []byte) (r rune, n int, ok bool) {
	i, base := 2, 10
	if len(b) > 2 && b[2] == 'x' {
		i, base = 3, 16
	}
	start := i
	v := 0
	for i < len(b) && b[i] != ';' {
		d, ok := digitVal(b[i], base)
		if !ok {
			return 0, 0, false
		}
		if v < 0x110000 {
			v = v*base + d
		}
		i++
	}
	if i == start || i == len(b) || v >= 0x110000 || !isXMLChar(rune(v)) {
		return 0, 0, false
	}
	return rune(v), i + 1, true
}

func digitVal(c byte, base int) (int, bool) {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0'), true
	case base == 16 && 'a' <= c && c <= 'f':
		return int(c-'a') + 10, true
	case base == 16 && 'A' <= c && c <= 'F':
		return int(c-'A') + 10, true
	}
	return 0, false
}

// predefined returns the character a predefined entity stands for.
func predefined(name []byte) (byte, bool) {
	switch string(name) {
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "amp":
		return '&', true
	case "apos":
		return '\'', true
	case "quot":
		return '"', true
	}
	return 0, false
}

// appendText appends the value of the well-formed character data raw to
// dst: references replaced, line ends normalised to '\n', and in an
// attribute value white space normalised to spaces.
func appendText(dst, raw []byte, attrValue bool) []byte {
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case c == '&':
			if raw[i+1] == '#' {
				r, n, _ := charRef(raw[i:])
				dst = utf8.AppendRune(dst, r)
				i += n - 1
				continue
			}
			k := bytes.IndexByte(raw[i:], ';')
			ch, _ := predefined(raw[i+1 : i+k])
			dst = append(dst, ch)
			i += k
		case c == '\r':
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			}
			if attrValue {
				dst = append(dst, ' ')
			} else {
				dst = append(dst, '\n')
			}
		case attrValue && (c == '\n' || c == '\t'):
			dst = append(dst, ' ')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// isXMLChar reports whether r is a character XML 1.0 allows.
func isXMLChar(r rune) bool {
	return r == 0x9 || r == 0xA || r == 0xD || 0x20 <= r && r <= 0xD7FF ||
		0xE000 <= r && r <= 0xFFFD || 0x10000 <= r && r <= 0x10FFFF
}

// Names (XML 1.0, fifth edition, as libxml2 reads XML 1.0 documents).

func isNameStartRune(r rune) bool {
	switch {
	case r < 0x80:
		return r == ':' || r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return 0xC0 <= r && r <= 0xD6 || 0xD8 <= r && r <= 0xF6 || 0xF8 <= r && r <= 0x2FF ||
		0x370 <= r && r <= 0x37D || 0x37F <= r && r <= 0x1FFF || 0x200C <= r && r <= 0x200D ||
		0x2070 <= r && r <= 0x218F || 0x2C00 <= r && r <= 0x2FEF || 0x3001 <= r && r <= 0xD7FF ||
		0xF900 <= r && r <= 0xFDCF || 0xFDF0 <= r && r <= 0xFFFD || 0x10000 <= r && r <= 0xEFFFF
}

func isNameRune(r rune) bool {
	return isNameStartRune(r) || r == '-' || r == '.' || '0' <= r && r <= '9' || r == 0xB7 ||
		0x300 <= r && r <= 0x36F || 0x203F <= r && r <= 0x2040
}

// runLen returns the length of the name at the start of b: a first rune
// for which start holds, then runes for which more holds. colon says
// whether ':' may appear.
func runLen(b []byte, start, more func(rune) bool, colon bool) int {
	n := 0
	for n < len(b) {
		r, size := utf8.DecodeRune(b[n:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		ok := more(r)
		if n == 0 {
			ok = start(r)
		}
		if !ok || r == ':' && !colon {
			break
		}
		n += size
	}
	return n
}

// nameLen: an XML Name.
func nameLen(b []byte) int { return runLen(b, isNameStartRune, isNameRune, true) }

// ncnameLen: a Name without colons.
func ncnameLen(b []byte) int { return runLen(b, isNameStartRune, isNameRune, false) }

// nmtokenLen: name characters.
func nmtokenLen(b []byte) int { return runLen(b, isNameRune, isNameRune, true) }

// qnameLen returns how much of b libxml2's QName parser (xmlParseQName)
// reads: an NCName, optionally ':' and a second part; a name it cannot
// split it reads as far as the odd part allows, with a namespace warning,
// not an error. 0: no name.
func qnameLen(b []byte) int {
	l := ncnameLen(b)
	if l == 0 {
		if len(b) > 0 && b[0] == ':' {
			return nameLen(b)
		}
		return 0
	}
	if l == len(b) || b[l] != ':' {
		return l
	}
	rest := b[l+1:]
	l2 := ncnameLen(rest)
	if l2 == 0 {
		return l + 1 + nmtokenLen(rest)
	}
	if l2 == len(rest) || rest[l2] != ':' {
		return l + 1 + l2
	}
	return l + 1 + l2 + 1 + nameLen(rest[l2+1:])
}
