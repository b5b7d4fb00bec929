package xmlformat

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"
)

// scanner is a small streaming XML tokenizer for the subset an SIU file
// uses: a declaration, elements with namespace declarations, text with
// the five predefined entities and character references, CDATA sections,
// comments and processing instructions. It refuses document type
// declarations outright, so entity expansion and external references
// cannot happen. It reads through a fixed buffer, copies every name and
// text it returns into small reused buffers, and never holds more of the
// document than one tag or one text (both bounded by Limits).
type scanner struct {
	r    io.Reader
	buf  []byte
	pos  int   // next unread byte in buf
	end  int   // end of the data in buf
	base int64 // input offset of buf[0]
	rerr error // the reader's error, once it returned one

	line      int   // 1-based line of the next byte
	lineStart int64 // input offset of the current line's first byte

	lim   Limits
	known []string // namespace URIs to reuse instead of allocating

	bindings []binding // namespace declarations in scope
	scopes   []int     // len(bindings) when each open element started
	names    []byte    // raw names of the open elements, concatenated
	nameEnds []int     // end of each open element's name in names
	rootDone bool      // the root element has ended

	// The current token.
	kind  tokKind
	space string // namespace URI of a start tag
	local []byte // local name, pointing into qname
	qname []byte // the name as written
	empty bool   // a start tag written <x/>
	tline int    // position of the token's '<'
	tcol  int

	text    []byte     // text content of the last readText
	cdata   bool       // the last readText met a CDATA section (empty or not)
	attrBuf []byte     // names and values of the current tag's attributes
	attrs   []attrSpan // spans into attrBuf

	// nillable reports whether an element may carry xsi:nil; nil: none
	// may. nilled is the current start tag's xsi:nil: nilAbsent,
	// nilFalse or nilTrue.
	nillable func(space string, local []byte) bool
	nilled   nilState
}

// nilState is the value of a start tag's xsi:nil attribute.
type nilState uint8

const (
	nilAbsent nilState = iota // no xsi:nil
	nilFalse                  // xsi:nil="false" (or "0")
	nilTrue                   // xsi:nil="true" (or "1")
)

type tokKind uint8

const (
	tokStart tokKind = iota + 1 // a start tag (or an empty element)
	tokEnd                      // an end tag
	tokEOF                      // the end of the input, after the root element
)

type binding struct{ prefix, uri string }

type attrSpan struct{ name0, name1, val0, val1 int }

const (
	readBufSize  = 64 << 10
	xmlNamespace = "http://www.w3.org/XML/1998/namespace"
	xsiNamespace = "http://www.w3.org/2001/XMLSchema-instance"
)

func newScanner(r io.Reader, lim Limits, known ...string) *scanner {
	return &scanner{r: r, buf: make([]byte, readBufSize), line: 1, lim: lim.withDefaults(), known: known}
}

// fill reads more input, keeping the unread bytes. It reports whether any
// unread byte is available.
func (s *scanner) fill() bool {
	if s.rerr != nil {
		return s.pos < s.end
	}
	if s.pos > 0 {
		n := copy(s.buf, s.buf[s.pos:s.end])
		s.base += int64(s.pos)
		s.pos, s.end = 0, n
	}
	for tries := 0; ; tries++ {
		if s.end == len(s.buf) {
			return true
		}
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			s.rerr = err
			break
		}
		if n > 0 {
			break
		}
		if tries >= 100 {
			s.rerr = io.ErrNoProgress
			break
		}
	}
	return s.pos < s.end
}

// readByte returns the next byte, keeping track of lines.
func (s *scanner) readByte() (byte, bool) {
	if s.pos >= s.end && !s.fill() {
		return 0, false
	}
	c := s.buf[s.pos]
	s.pos++
	if c == '\n' {
		s.line++
		s.lineStart = s.base + int64(s.pos)
	}
	return c, true
}

// peekByte returns the next byte without consuming it.
func (s *scanner) peekByte() (byte, bool) {
	if s.pos >= s.end && !s.fill() {
		return 0, false
	}
	return s.buf[s.pos], true
}

// peekN returns up to n unread bytes, fewer only at the end of the input.
func (s *scanner) peekN(n int) []byte {
	for s.end-s.pos < n && s.rerr == nil {
		before := s.end - s.pos
		s.fill()
		if s.end-s.pos == before && s.rerr != nil {
			break
		}
	}
	if s.end-s.pos < n {
		n = s.end - s.pos
	}
	return s.buf[s.pos : s.pos+n]
}

// prevPos returns the position of the byte just read (not a newline).
func (s *scanner) prevPos() (line, col int) {
	return s.line, int(s.base + int64(s.pos) - s.lineStart)
}

// curPos returns the position of the next byte.
func (s *scanner) curPos() (line, col int) {
	return s.line, int(s.base+int64(s.pos)-s.lineStart) + 1
}

// errAt returns the *SyntaxError of cause at line and col; format, whose
// Danish format is in the table danish, and args say what is wrong.
func (s *scanner) errAt(line, col int, cause error, format string, args ...any) error {
	m := danish.New(nil, format, args...)
	return &SyntaxError{Line: line, Col: col, Msg: m.Error(), Err: cause, msg: m}
}

func (s *scanner) errHere(cause error, format string, args ...any) error {
	line, col := s.curPos()
	return s.errAt(line, col, cause, format, args...)
}

// eof reports the end of the input (or a read error) inside something.
func (s *scanner) eof() error {
	if s.rerr != nil && s.rerr != io.EOF {
		return fmt.Errorf("xmlformat: reading the input: %w", s.rerr)
	}
	where := "the prolog, before the root element"
	if s.rootDone {
		where = "the end of the file"
	} else if cur := s.current(); cur != "" {
		where = "<" + cur + ">"
	}
	if s.base+int64(s.end) == 0 {
		return s.errHere(io.ErrUnexpectedEOF, "the input is empty")
	}
	return s.errHere(io.ErrUnexpectedEOF, "the file ends inside %s: it is truncated", where)
}

// current returns the name of the innermost open element, for messages.
func (s *scanner) current() string {
	n := len(s.nameEnds)
	if n == 0 {
		return ""
	}
	start := 0
	if n > 1 {
		start = s.nameEnds[n-2]
	}
	return safeName(s.names[start:s.nameEnds[n-1]])
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '_' || c == ':' || c == '-' || c == '.' || c >= 0x80
}

// prolog reads an optional byte order mark and XML declaration.
//
// A UTF-8 byte order mark is accepted and skipped: the XML specification
// allows it and XML tools (libxml2 included) accept it, though the
// encoder never writes one. A UTF-16 mark is refused: the profile is UTF-8.
func (s *scanner) prolog() error {
	b := s.peekN(3)
	switch {
	case len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF:
		s.pos += 3
		s.lineStart = s.base + int64(s.pos)
	case len(b) >= 2 && (b[0] == 0xFE && b[1] == 0xFF || b[0] == 0xFF && b[1] == 0xFE):
		return s.errHere(ErrEncoding, "the file is UTF-16 (byte order mark %#x %#x); SIU files are UTF-8", b[0], b[1])
	}
	b = s.peekN(6)
	if len(b) >= 5 && string(b[:5]) == "<?xml" {
		if len(b) == 5 {
			s.pos += 5
			return s.eof()
		}
		if isSpace(b[5]) {
			s.pos += 5
			return s.declaration()
		}
	}
	return nil
}

// declaration reads the pseudo-attributes of the XML declaration after
// "<?xml": version 1.0, optionally encoding UTF-8 and standalone.
func (s *scanner) declaration() error {
	seen := 0 // 1 version, 2 encoding, 3 standalone
	for {
		spaced := s.skipSpace() > 0
		c, ok := s.peekByte()
		if !ok {
			return s.eof()
		}
		if c == '?' {
			s.readByte()
			if c, ok := s.readByte(); !ok || c != '>' {
				if !ok {
					return s.eof()
				}
				return s.errHere(ErrSyntax, "malformed XML declaration: want ?>")
			}
			if seen == 0 {
				return s.errHere(ErrSyntax, "the XML declaration has no version")
			}
			return nil
		}
		if !spaced {
			return s.errHere(ErrSyntax, "malformed XML declaration")
		}
		line, col := s.curPos()
		var err error
		s.attrBuf, err = s.readName(s.attrBuf[:0], "the XML declaration")
		if err != nil {
			return err
		}
		name := string(s.attrBuf)
		s.skipSpace()
		if c, ok := s.readByte(); !ok || c != '=' {
			if !ok {
				return s.eof()
			}
			return s.errHere(ErrSyntax, "malformed XML declaration: want = after %s", name)
		}
		s.skipSpace()
		q, ok := s.readByte()
		if !ok {
			return s.eof()
		}
		if q != '"' && q != '\'' {
			return s.errHere(ErrSyntax, "malformed XML declaration: want a quoted value")
		}
		var v []byte
		for {
			c, ok := s.readByte()
			if !ok {
				return s.eof()
			}
			if c == q {
				break
			}
			if c < 0x20 || c >= 0x80 || c == '<' || len(v) > 64 {
				return s.errHere(ErrSyntax, "malformed XML declaration: bad value of %s", name)
			}
			v = append(v, c)
		}
		switch {
		case name == "version" && seen == 0:
			if string(v) != "1.0" {
				return s.errAt(line, col, ErrSyntax, "XML version %s is not supported; want 1.0", safeText(v))
			}
			seen = 1
		case name == "encoding" && seen == 1:
			if !bytes.EqualFold(v, []byte("UTF-8")) {
				return s.errAt(line, col, ErrEncoding, "encoding %s is not supported; SIU files are UTF-8", safeText(v))
			}
			seen = 2
		case name == "standalone" && seen >= 1 && seen < 3:
			if string(v) != "yes" && string(v) != "no" {
				return s.errAt(line, col, ErrSyntax, "standalone must be yes or no")
			}
			seen = 3
		default:
			return s.errAt(line, col, ErrSyntax, "unexpected %s in the XML declaration", safeName([]byte(name)))
		}
	}
}

// skipSpace skips XML white space and returns how many bytes it skipped.
// It stops after MaxTagSize+1 bytes; the caller reports the limit.
func (s *scanner) skipSpace() int {
	n := 0
	for {
		c, ok := s.peekByte()
		if !ok || !isSpace(c) {
			return n
		}
		s.readByte()
		n++
		if n > s.lim.MaxTagSize {
			return n // the caller's next check fails; do not spin on a sea of spaces
		}
	}
}

// readName appends a name to dst.
func (s *scanner) readName(dst []byte, where string) ([]byte, error) {
	c, ok := s.peekByte()
	if !ok {
		return dst, s.eof()
	}
	if !isNameByte(c) || c == '-' || c == '.' || c >= '0' && c <= '9' {
		return dst, s.errHere(ErrSyntax, "want a name in %s, found %s", where, safeText([]byte{c}))
	}
	start := len(dst)
	// Fast path: an ASCII name inside the buffer.
	if i := asciiNameLen(s.buf[s.pos:s.end]); i < s.end-s.pos && s.buf[s.pos+i] < 0x80 && len(dst)+i <= s.lim.MaxTagSize {
		dst = append(dst, s.buf[s.pos:s.pos+i]...)
		s.pos += i
		return dst, nil
	}
	nonASCII := false
	for {
		c, ok := s.peekByte()
		if !ok || !isNameByte(c) {
			break
		}
		s.pos++
		nonASCII = nonASCII || c >= 0x80
		dst = append(dst, c)
		if len(dst) > s.lim.MaxTagSize {
			return dst, s.errHere(ErrLimit, "a name in %s is longer than %d bytes", where, s.lim.MaxTagSize)
		}
	}
	if nonASCII && !utf8.Valid(dst[start:]) {
		return dst, s.errHere(ErrEncoding, "a name in %s is not valid UTF-8", where)
	}
	return dst, nil
}

// asciiNameLen returns the length of the ASCII name bytes at b's start.
func asciiNameLen(b []byte) int {
	for i, c := range b {
		if c >= 0x80 || !isNameByte(c) {
			return i
		}
	}
	return len(b)
}

// nextTag reads up to the next start or end tag, skipping white space,
// comments and processing instructions. Text that is not white space is an
// error: it is called where the profile wants elements only. After the
// root element it returns tokEOF at the end of the input.
func (s *scanner) nextTag() error {
	for {
		// Fast path: white space inside the buffer.
		for s.pos < s.end {
			c := s.buf[s.pos]
			if c == '\n' {
				s.pos++
				s.line++
				s.lineStart = s.base + int64(s.pos)
			} else if c == ' ' || c == '\t' || c == '\r' {
				s.pos++
			} else {
				break
			}
		}
		c, ok := s.readByte()
		if !ok {
			if s.rootDone && s.rerr == io.EOF {
				s.kind = tokEOF
				return nil
			}
			return s.eof()
		}
		switch c {
		case ' ', '\t', '\n', '\r':
			continue
		case '<':
			line, col := s.prevPos()
			c, ok := s.peekByte()
			if !ok {
				return s.eof()
			}
			switch c {
			case '/':
				s.readByte()
				return s.readEndTag(line, col)
			case '?':
				s.readByte()
				if err := s.skipPI(line, col); err != nil {
					return err
				}
			case '!':
				s.readByte()
				if err := s.bang(line, col, false); err != nil {
					return err
				}
			default:
				return s.readStartTag(line, col)
			}
		default:
			line, col := s.prevPos()
			if cur := s.current(); cur != "" {
				return s.errAt(line, col, ErrStructure, "unexpected text in <%s>, which holds elements only", cur)
			}
			if s.rootDone {
				return s.errAt(line, col, ErrSyntax, "text after the root element")
			}
			return s.errAt(line, col, ErrSyntax, "text before the root element (not an XML file?)")
		}
	}
}

// bang reads what follows "<!": a comment, or a CDATA section when
// inText, whose content it appends to s.text. Anything else, a DOCTYPE
// above all, is an error.
func (s *scanner) bang(line, col int, inText bool) error {
	c, ok := s.readByte()
	if !ok {
		return s.eof()
	}
	switch c {
	case '-':
		if c, ok := s.readByte(); !ok || c != '-' {
			if !ok {
				return s.eof()
			}
			return s.errAt(line, col, ErrSyntax, "malformed comment: want <!--")
		}
		return s.skipComment(line, col)
	case '[':
		if !s.expect("CDATA[") {
			if s.atEOF() {
				return s.eof()
			}
			return s.errAt(line, col, ErrSyntax, "malformed CDATA section: want <![CDATA[")
		}
		if !inText {
			cur := s.current()
			if cur == "" {
				return s.errAt(line, col, ErrSyntax, "CDATA section outside the root element")
			}
			return s.errAt(line, col, ErrStructure, "unexpected CDATA section in <%s>, which holds elements only", cur)
		}
		return s.readCDATA()
	case 'D':
		if s.expect("OCTYPE") {
			return s.errAt(line, col, ErrDTD, "a document type declaration (<!DOCTYPE>) is not allowed: it can declare entities (billion laughs) and reference external files (XXE)")
		}
	case 'E':
		if s.expect("NTITY") {
			return s.errAt(line, col, ErrDTD, "an entity declaration (<!ENTITY>) is not allowed")
		}
	}
	if s.atEOF() {
		return s.eof()
	}
	return s.errAt(line, col, ErrSyntax, "malformed markup after <!")
}

// atEOF reports whether the input has ended.
func (s *scanner) atEOF() bool {
	_, ok := s.peekByte()
	return !ok
}

// expect consumes want if the input continues with it.
func (s *scanner) expect(want string) bool {
	for i := 0; i < len(want); i++ {
		c, ok := s.peekByte()
		if !ok || c != want[i] {
			return false
		}
		s.readByte()
	}
	return true
}

// skipComment skips a comment's content after "<!--". A comment is not
// kept, so it needs no limit: memory stays constant however long it is.
func (s *scanner) skipComment(line, col int) error {
	for {
		c, ok := s.readByte()
		if !ok {
			return s.eof()
		}
		switch {
		case c == '-':
			if c2, ok := s.peekByte(); ok && c2 == '-' {
				s.readByte()
				if c3, ok := s.readByte(); !ok || c3 != '>' {
					if !ok {
						return s.eof()
					}
					return s.errAt(line, col, ErrSyntax, "\"--\" inside a comment")
				}
				return nil
			}
		case c < 0x20 && !isSpace(c):
			return s.errHere(ErrEncoding, "control character %#x is not allowed in XML", c)
		case c >= 0x80:
			if _, err := s.readMultibyte(c, nil); err != nil {
				return err
			}
		}
	}
}

// skipPI skips a processing instruction after "<?". The XML declaration
// is allowed only at the very start (see prolog).
func (s *scanner) skipPI(line, col int) error {
	var err error
	s.attrBuf, err = s.readName(s.attrBuf[:0], "a processing instruction")
	if err != nil {
		return err
	}
	if bytes.EqualFold(s.attrBuf, []byte("xml")) {
		return s.errAt(line, col, ErrSyntax, "an XML declaration is allowed only at the start of the file")
	}
	for {
		c, ok := s.readByte()
		if !ok {
			return s.eof()
		}
		switch {
		case c == '?':
			if c2, ok := s.peekByte(); ok && c2 == '>' {
				s.readByte()
				return nil
			}
		case c < 0x20 && !isSpace(c):
			return s.errHere(ErrEncoding, "control character %#x is not allowed in XML", c)
		case c >= 0x80:
			if _, err := s.readMultibyte(c, nil); err != nil {
				return err
			}
		}
	}
}

// readCDATA appends a CDATA section's content to s.text.
func (s *scanner) readCDATA() error {
	s.cdata = true
	for {
		c, ok := s.readByte()
		if !ok {
			return s.eof()
		}
		switch {
		case c == ']':
			if b := s.peekN(2); len(b) == 2 && b[0] == ']' && b[1] == '>' {
				s.readByte()
				s.readByte()
				return nil
			}
			s.text = append(s.text, c)
		case c == '\r':
			s.text = append(s.text, '\n')
			if c2, ok := s.peekByte(); ok && c2 == '\n' {
				s.readByte()
			}
		case c < 0x20 && !isSpace(c):
			return s.errHere(ErrEncoding, "control character %#x is not allowed in XML", c)
		case c >= 0x80:
			var err error
			if s.text, err = s.readMultibyte(c, s.text); err != nil {
				return err
			}
		default:
			s.text = append(s.text, c)
		}
		if len(s.text) > s.lim.MaxTextSize {
			return s.errHere(ErrLimit, "the text of <%s> is longer than %d bytes", s.current(), s.lim.MaxTextSize)
		}
	}
}

// readMultibyte reads the rest of the UTF-8 sequence starting with c,
// checks it is an XML character and appends it to dst.
func (s *scanner) readMultibyte(c byte, dst []byte) ([]byte, error) {
	line, col := s.prevPos()
	var b [4]byte
	b[0] = c
	n := 0
	switch {
	case c >= 0xC2 && c <= 0xDF:
		n = 2
	case c >= 0xE0 && c <= 0xEF:
		n = 3
	case c >= 0xF0 && c <= 0xF4:
		n = 4
	default:
		return dst, s.errAt(line, col, ErrEncoding, "invalid UTF-8 (byte %#x)", c)
	}
	for i := 1; i < n; i++ {
		c2, ok := s.peekByte()
		if !ok {
			return dst, s.eof()
		}
		if c2 < 0x80 || c2 > 0xBF {
			return dst, s.errAt(line, col, ErrEncoding, "invalid UTF-8 (byte %#x)", c)
		}
		s.pos++ // a continuation byte is never a newline
		b[i] = c2
	}
	r, size := utf8.DecodeRune(b[:n])
	if r == utf8.RuneError && size <= 1 {
		return dst, s.errAt(line, col, ErrEncoding, "invalid UTF-8 (byte %#x)", c)
	}
	if !isXMLChar(r) {
		return dst, s.errAt(line, col, ErrEncoding, "character U+%04X is not allowed in XML", r)
	}
	return append(dst, b[:n]...), nil
}

// readRef appends the character an entity or character reference after
// '&' stands for. Only the five predefined entities exist: a file cannot
// declare others (DTDs are refused).
func (s *scanner) readRef(dst []byte) ([]byte, error) {
	line, col := s.prevPos()
	var name [12]byte
	n := 0
	for {
		c, ok := s.readByte()
		if !ok {
			return dst, s.eof()
		}
		if c == ';' {
			break
		}
		if n == len(name) || !isNameByte(c) && c != '#' {
			return dst, s.errAt(line, col, ErrSyntax, "malformed entity or character reference")
		}
		name[n] = c
		n++
	}
	ref := name[:n]
	switch string(ref) {
	case "lt":
		return append(dst, '<'), nil
	case "gt":
		return append(dst, '>'), nil
	case "amp":
		return append(dst, '&'), nil
	case "apos":
		return append(dst, '\''), nil
	case "quot":
		return append(dst, '"'), nil
	}
	if n < 2 || ref[0] != '#' {
		return dst, s.errAt(line, col, ErrSyntax, "entity &%s; is not defined: only &lt; &gt; &amp; &apos; &quot; and character references exist in an SIU file", safeName(ref))
	}
	digits, base := ref[1:], 10
	if digits[0] == 'x' {
		digits, base = digits[1:], 16
	}
	r := 0
	for _, c := range digits {
		var d int
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case base == 16 && c >= 'a' && c <= 'f':
			d = int(c-'a') + 10
		case base == 16 && c >= 'A' && c <= 'F':
			d = int(c-'A') + 10
		default:
			return dst, s.errAt(line, col, ErrSyntax, "malformed character reference")
		}
		r = r*base + d
		if r > utf8.MaxRune {
			return dst, s.errAt(line, col, ErrEncoding, "character reference beyond U+10FFFF")
		}
	}
	if len(digits) == 0 || !isXMLChar(rune(r)) {
		return dst, s.errAt(line, col, ErrEncoding, "character reference to a character XML does not allow")
	}
	return utf8.AppendRune(dst, rune(r)), nil
}

// readStartTag reads a start tag after '<'.
func (s *scanner) readStartTag(line, col int) error {
	if s.rootDone {
		return s.errAt(line, col, ErrSyntax, "a second root element")
	}
	var err error
	if s.qname, err = s.readName(s.qname[:0], "a start tag"); err != nil {
		return err
	}
	s.attrBuf, s.attrs, s.empty = s.attrBuf[:0], s.attrs[:0], false
	for {
		n := s.skipSpace()
		if n > s.lim.MaxTagSize {
			return s.errHere(ErrLimit, "the tag <%s> is longer than %d bytes", safeName(s.qname), s.lim.MaxTagSize)
		}
		spaced := n > 0
		c, ok := s.readByte()
		if !ok {
			return s.eof()
		}
		if c == '>' {
			break
		}
		if c == '/' {
			if c, ok := s.readByte(); !ok || c != '>' {
				if !ok {
					return s.eof()
				}
				return s.errHere(ErrSyntax, "malformed empty-element tag <%s/>: want />", safeName(s.qname))
			}
			s.empty = true
			break
		}
		s.pos-- // c starts an attribute name; it is not a newline
		if !spaced {
			return s.errHere(ErrSyntax, "want white space before an attribute in <%s>", safeName(s.qname))
		}
		var a attrSpan
		a.name0 = len(s.attrBuf)
		if s.attrBuf, err = s.readName(s.attrBuf, "a start tag"); err != nil {
			return err
		}
		a.name1 = len(s.attrBuf)
		s.skipSpace()
		if c, ok := s.readByte(); !ok || c != '=' {
			if !ok {
				return s.eof()
			}
			return s.errHere(ErrSyntax, "want = after attribute %s", safeName(s.attrBuf[a.name0:a.name1]))
		}
		s.skipSpace()
		a.val0 = len(s.attrBuf)
		if s.attrBuf, err = s.readAttrValue(s.attrBuf); err != nil {
			return err
		}
		a.val1 = len(s.attrBuf)
		s.attrs = append(s.attrs, a)
		if len(s.attrs) > 64 {
			return s.errHere(ErrLimit, "more than 64 attributes in <%s>", safeName(s.qname))
		}
	}
	return s.startElement(line, col)
}

// readAttrValue appends a quoted attribute value, references replaced and
// white space normalised to spaces.
func (s *scanner) readAttrValue(dst []byte) ([]byte, error) {
	q, ok := s.readByte()
	if !ok {
		return dst, s.eof()
	}
	if q != '"' && q != '\'' {
		return dst, s.errHere(ErrSyntax, "want a quoted attribute value")
	}
	var err error
	for {
		c, ok := s.readByte()
		if !ok {
			return dst, s.eof()
		}
		switch {
		case c == q:
			return dst, nil
		case c == '<':
			return dst, s.errHere(ErrSyntax, "'<' in an attribute value")
		case c == '&':
			if dst, err = s.readRef(dst); err != nil {
				return dst, err
			}
		case isSpace(c):
			dst = append(dst, ' ')
		case c < 0x20:
			return dst, s.errHere(ErrEncoding, "control character %#x is not allowed in XML", c)
		case c >= 0x80:
			if dst, err = s.readMultibyte(c, dst); err != nil {
				return dst, err
			}
		default:
			dst = append(dst, c)
		}
		if len(dst)+len(s.qname) > s.lim.MaxTagSize {
			return dst, s.errHere(ErrLimit, "the tag <%s> is longer than %d bytes", safeName(s.qname), s.lim.MaxTagSize)
		}
	}
}

// splitName splits a qualified name at its colon.
func splitName(q []byte) (prefix, local []byte, ok bool) {
	i := bytes.IndexByte(q, ':')
	if i < 0 {
		return nil, q, true
	}
	prefix, local = q[:i], q[i+1:]
	if i == 0 || len(local) == 0 || bytes.IndexByte(local, ':') >= 0 {
		return nil, nil, false
	}
	return prefix, local, true
}

// lookup returns the namespace bound to prefix (nil: the default).
func (s *scanner) lookup(prefix []byte) (string, bool) {
	for i := len(s.bindings) - 1; i >= 0; i-- {
		if s.bindings[i].prefix == string(prefix) {
			return s.bindings[i].uri, true
		}
	}
	switch string(prefix) {
	case "":
		return "", true
	case "xml":
		return xmlNamespace, true
	}
	return "", false
}

// intern returns b as a string, reusing a known namespace's string.
func (s *scanner) intern(b []byte) string {
	for _, k := range s.known {
		if string(b) == k {
			return k
		}
	}
	return string(b)
}

// startElement processes the start tag just read: namespace declarations,
// the allowed attributes, the element's namespace and the depth limit.
func (s *scanner) startElement(line, col int) error {
	if len(s.nameEnds) >= s.lim.MaxDepth {
		return s.errAt(line, col, ErrLimit, "elements nest deeper than %d", s.lim.MaxDepth)
	}
	s.scopes = append(s.scopes, len(s.bindings))
	s.names = append(s.names, s.qname...)
	s.nameEnds = append(s.nameEnds, len(s.names))

	for i, a := range s.attrs {
		name, val := s.attrBuf[a.name0:a.name1], s.attrBuf[a.val0:a.val1]
		for _, b := range s.attrs[:i] {
			if bytes.Equal(name, s.attrBuf[b.name0:b.name1]) {
				return s.errAt(line, col, ErrSyntax, "attribute %s repeated in <%s>", safeName(name), safeName(s.qname))
			}
		}
		switch {
		case string(name) == "xmlns":
			if string(val) == xmlNamespace || string(val) == "http://www.w3.org/2000/xmlns/" {
				return s.errAt(line, col, ErrSyntax, "a reserved namespace cannot be the default")
			}
			s.bindings = append(s.bindings, binding{"", s.intern(val)})
		case bytes.HasPrefix(name, []byte("xmlns:")):
			p := name[len("xmlns:"):]
			switch {
			case len(p) == 0 || bytes.IndexByte(p, ':') >= 0:
				return s.errAt(line, col, ErrSyntax, "malformed namespace declaration %s", safeName(name))
			case len(val) == 0:
				return s.errAt(line, col, ErrSyntax, "prefix %s bound to an empty namespace", safeName(p))
			case string(p) == "xmlns" || (string(p) == "xml") != (string(val) == xmlNamespace):
				return s.errAt(line, col, ErrSyntax, "reserved prefix or namespace in %s", safeName(name))
			}
			s.bindings = append(s.bindings, binding{string(p), s.intern(val)})
		}
	}
	s.nilled = nilAbsent
	nilAt := -1 // the xsi:nil attribute, checked once the element's name is known
	for i, a := range s.attrs {
		name := s.attrBuf[a.name0:a.name1]
		if string(name) == "xmlns" || bytes.HasPrefix(name, []byte("xmlns:")) {
			continue
		}
		prefix, local, ok := splitName(name)
		if !ok {
			return s.errAt(line, col, ErrSyntax, "malformed attribute name %s", safeName(name))
		}
		if prefix != nil {
			uri, ok := s.lookup(prefix)
			if !ok {
				return s.errAt(line, col, ErrSyntax, "prefix %s of attribute %s is not declared", safeName(prefix), safeName(name))
			}
			if uri == xsiNamespace && (string(local) == "schemaLocation" || string(local) == "noNamespaceSchemaLocation") {
				continue
			}
			if uri == xsiNamespace && string(local) == "nil" && s.nillable != nil {
				nilAt = i
				continue
			}
		}
		return s.errAt(line, col, ErrStructure, "attribute %s is not allowed on <%s>", safeName(name), safeName(s.qname))
	}

	prefix, local, ok := splitName(s.qname)
	if !ok {
		return s.errAt(line, col, ErrSyntax, "malformed element name %s", safeName(s.qname))
	}
	uri, ok := s.lookup(prefix)
	if !ok {
		return s.errAt(line, col, ErrSyntax, "prefix %s of <%s> is not declared", safeName(prefix), safeName(s.qname))
	}
	if nilAt >= 0 {
		a := s.attrs[nilAt]
		if !s.nillable(uri, local) {
			return s.errAt(line, col, ErrStructure, "attribute %s is not allowed on <%s>, which is not nillable", safeName(s.attrBuf[a.name0:a.name1]), safeName(s.qname))
		}
		// An xs:boolean, its white space collapsed.
		switch v := s.attrBuf[a.val0:a.val1]; string(bytes.Trim(v, " \t\n\r")) {
		case "true", "1":
			s.nilled = nilTrue
		case "false", "0":
			s.nilled = nilFalse
		default:
			return s.errAt(line, col, ErrStructure, "xsi:nil on <%s> is %s, want true or false", safeName(s.qname), safeText(v))
		}
	}
	s.kind, s.space, s.local, s.tline, s.tcol = tokStart, uri, local, line, col
	if s.empty {
		s.pop()
	}
	return nil
}

// pop closes the innermost open element.
func (s *scanner) pop() {
	n := len(s.nameEnds)
	start := 0
	if n > 1 {
		start = s.nameEnds[n-2]
	}
	s.names = s.names[:start]
	s.nameEnds = s.nameEnds[:n-1]
	s.bindings = s.bindings[:s.scopes[n-1]]
	s.scopes = s.scopes[:n-1]
	if n == 1 {
		s.rootDone = true
	}
}

// readEndTag reads an end tag after "</" and checks it closes the
// innermost open element.
func (s *scanner) readEndTag(line, col int) error {
	// Fast path: the innermost open element's name and '>' are next.
	if n := len(s.nameEnds); n > 0 {
		start := 0
		if n > 1 {
			start = s.nameEnds[n-2]
		}
		top := s.names[start:s.nameEnds[n-1]]
		if k := len(top); s.end-s.pos > k && s.buf[s.pos+k] == '>' && bytes.Equal(s.buf[s.pos:s.pos+k], top) {
			s.qname = append(s.qname[:0], top...)
			s.pos += k + 1
			_, local, _ := splitName(s.qname)
			s.kind, s.space, s.local, s.tline, s.tcol, s.empty = tokEnd, "", local, line, col, false
			s.pop()
			return nil
		}
	}
	var err error
	if s.qname, err = s.readName(s.qname[:0], "an end tag"); err != nil {
		return err
	}
	s.skipSpace()
	if c, ok := s.readByte(); !ok || c != '>' {
		if !ok {
			return s.eof()
		}
		return s.errHere(ErrSyntax, "malformed end tag </%s>: want >", safeName(s.qname))
	}
	n := len(s.nameEnds)
	if n == 0 {
		return s.errAt(line, col, ErrSyntax, "end tag </%s> without a start tag", safeName(s.qname))
	}
	start := 0
	if n > 1 {
		start = s.nameEnds[n-2]
	}
	if !bytes.Equal(s.names[start:s.nameEnds[n-1]], s.qname) {
		return s.errAt(line, col, ErrSyntax, "end tag </%s> does not match <%s>", safeName(s.qname), s.current())
	}
	_, local, _ := splitName(s.qname)
	s.kind, s.space, s.local, s.tline, s.tcol, s.empty = tokEnd, "", local, line, col, false
	s.pop()
	return nil
}

// readText reads the text content of the element whose start tag was just
// read, up to and including its end tag, into s.text. Character data,
// references and CDATA sections make up the text; comments and processing
// instructions are skipped; a child element is an error.
func (s *scanner) readText() error {
	s.text, s.cdata = s.text[:0], false
	// Fast path: plain ASCII text inside the buffer.
	buf := s.buf[s.pos:s.end]
	i := 0
	for i < len(buf) && i < s.lim.MaxTextSize {
		c := buf[i]
		if c < 0x20 || c >= 0x80 || c == '<' || c == '&' || c == '>' || c == ']' {
			break
		}
		i++
	}
	s.text = append(s.text, buf[:i]...)
	s.pos += i
	brackets := 0 // raw ']' just before, to refuse "]]>"
	var err error
	for {
		c, ok := s.readByte()
		if !ok {
			return s.eof()
		}
		switch {
		case c == '<':
			line, col := s.prevPos()
			c2, ok := s.peekByte()
			if !ok {
				return s.eof()
			}
			switch c2 {
			case '/':
				s.readByte()
				return s.readEndTag(line, col)
			case '!':
				s.readByte()
				err = s.bang(line, col, true)
			case '?':
				s.readByte()
				err = s.skipPI(line, col)
			default:
				cur := s.current()
				s.qname, _ = s.readName(s.qname[:0], "a start tag")
				return s.errAt(line, col, ErrStructure, "<%s> holds text only; found element <%s>", cur, safeName(s.qname))
			}
		case c == '&':
			s.text, err = s.readRef(s.text)
		case c == '>' && brackets >= 2:
			return s.errHere(ErrSyntax, "\"]]>\" is not allowed in text")
		case c == '\r':
			s.text = append(s.text, '\n')
			if c2, ok := s.peekByte(); ok && c2 == '\n' {
				s.readByte()
			}
		case c < 0x20 && c != '\t' && c != '\n':
			return s.errHere(ErrEncoding, "control character %#x is not allowed in XML", c)
		case c >= 0x80:
			s.text, err = s.readMultibyte(c, s.text)
		default:
			s.text = append(s.text, c)
		}
		if err != nil {
			return err
		}
		if c == ']' {
			brackets++
		} else {
			brackets = 0
		}
		if len(s.text) > s.lim.MaxTextSize {
			return s.errHere(ErrLimit, "the text of <%s> is longer than %d bytes", s.current(), s.lim.MaxTextSize)
		}
	}
}
