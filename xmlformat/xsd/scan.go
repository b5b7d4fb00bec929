package xsd

import (
	"bytes"
	"errors"
	"io"
	"strconv"
)

// Limits on what reaches libxml2. Besides bounding memory, they keep every
// message libxml2 writes about the document short: the wrapper formats
// validation messages into a 1,024-byte buffer and reads past it when a
// message is longer (a quoted value, name or namespace of about 900
// bytes), so longer pieces are refused before libxml2 sees them.
const (
	// MaxTextBytes bounds the character data of an element between two of
	// its tags (text and CDATA sections together, comments and processing
	// instructions not counted), as written in the file. Longer runs are
	// refused (ErrTextTooLong) before libxml2 reads them. White space
	// between tags (indentation) may run to 64 KiB, unless it is an
	// element's whole content. No value of the SIU profile comes near the
	// limit: the longest, an e-mail address, is at most 256 characters.
	MaxTextBytes = 640

	// maxNameBytes bounds an element or attribute name.
	maxNameBytes = 100
	// maxNamespaceBytes bounds the value of a namespace declaration, which
	// libxml2 quotes with the element name.
	maxNamespaceBytes = 200
	// maxMarkupBytes bounds one tag, comment or processing instruction.
	maxMarkupBytes = 64 << 10
	// maxUnitBytes bounds what is parsed into one tree in batch mode: the
	// header, one record, the tail. A record of the SIU profile is about
	// 300 bytes and a header about 2 KiB.
	maxUnitBytes = 16 << 20
	// maxDocumentBytes bounds a document validated as one tree, for a
	// schema whose records are not known (see Load).
	maxDocumentBytes = 256 << 20

	// readSize is the size of one read from the input.
	readSize = 64 << 10
	// maxEmptyReads bounds how often a reader may return no bytes and no
	// error in a row before it is treated as broken (io.ErrNoProgress).
	maxEmptyReads = 100
)

// errStopped ends scanning after a refusal or a read error; the cause is
// in the scanner.
var errStopped = errors.New("xsd: scanning stopped")

// token is one token of the input as the scanner found it.
type token struct {
	kind tokKind
	b    []byte // its bytes; valid until the scanner reads more
	off  int64  // offset of its first byte in the input
	line int    // line of its first byte, 1-based
}

// scanner reads the document in chunks and cuts it into tokens, keeping
// the bytes from keep on so that the caller can hand them to libxml2.
// Before libxml2 sees any byte it refuses a DOCTYPE or other markup
// declaration before the root element (so nothing is declared, expanded
// or fetched), input that is not UTF-8, and pieces too long for the
// limits above.
type scanner struct {
	r       io.Reader
	buf     []byte
	base    int64 // input offset of buf[0]
	pos     int   // index in buf of the next token
	line    int   // line of buf[pos]
	keep    int64 // input offset from which bytes are kept
	eof     bool
	started bool // the first bytes were checked for their encoding
	empty   int  // reads in a row that returned nothing

	rootSeen bool // a start tag was seen
	run      int  // character data bytes since the last element tag
	runText  bool // the run has a byte other than white space
	inStart  bool // the last element tag was a start tag

	refused *Problem // the input was refused
	syntax  *Problem // the input is not well-formed (see wellformed.go)
	readErr error    // the reader failed

	wf         wfState // well-formedness
	tokenAtEOF bool    // the token being checked ends the input
	ended      bool    // the end of the input was checked

	names map[string]string // interned element names
}

func newScanner(r io.Reader) *scanner {
	return &scanner{r: r, line: 1, names: map[string]string{}}
}

// offset is the input offset of the next token.
func (s *scanner) offset() int64 { return s.base + int64(s.pos) }

// bytesFrom returns the kept input from offset off up to the next token.
func (s *scanner) bytesFrom(off int64) []byte {
	return s.buf[off-s.base : s.pos]
}

// fill reads more input, dropping the bytes before keep. It returns
// errStopped after a read error.
func (s *scanner) fill() error {
	if drop := int(s.keep - s.base); drop > 0 && drop <= s.pos {
		n := copy(s.buf, s.buf[drop:])
		s.buf = s.buf[:n]
		s.base += int64(drop)
		s.pos -= drop
	}
	if cap(s.buf)-len(s.buf) < readSize {
		nb := make([]byte, len(s.buf), 2*cap(s.buf)+readSize)
		copy(nb, s.buf)
		s.buf = nb
	}
	m, err := s.r.Read(s.buf[len(s.buf) : len(s.buf)+readSize])
	s.buf = s.buf[:len(s.buf)+m]
	switch {
	case m > 0:
		s.empty = 0
	case err == nil:
		if s.empty++; s.empty == maxEmptyReads {
			err = io.ErrNoProgress
		}
	}
	if err == io.EOF {
		s.eof = true
	} else if err != nil {
		s.readErr = err
		return errStopped
	}
	return nil
}

// next returns the next token, or io.EOF at the end of a well-formed
// input, or errStopped after a refusal, a syntax error or a read error.
func (s *scanner) next() (token, error) {
	for {
		if s.pos == len(s.buf) && s.eof {
			if !s.ended {
				s.ended = true
				if pr := s.atEnd(s.line); pr != nil {
					s.syntax = pr
					return token{}, errStopped
				}
			}
			return token{}, io.EOF
		}
		if s.pos < len(s.buf) {
			if !s.started {
				if len(s.buf) < 4 && !s.eof {
					if err := s.fill(); err != nil {
						return token{}, err
					}
					continue
				}
				s.started = true
				if pr := checkEncoding(s.buf); pr != nil {
					s.refused = pr
					return token{}, errStopped
				}
			}
			rest := s.buf[s.pos:]
			kind, n, complete := lexToken(rest, s.eof)
			if complete {
				t := token{kind: kind, b: rest[:n], off: s.offset(), line: s.line}
				if pr := s.check(t); pr != nil {
					s.refused = pr
					return token{}, errStopped
				}
				s.tokenAtEOF = s.eof && n == len(rest)
				if pr := s.wellFormed(t); pr != nil {
					s.syntax = pr
					s.pos += n
					s.line += bytes.Count(t.b, nl)
					s.guardRest()
					return token{}, errStopped
				}
				s.pos += n
				s.line += bytes.Count(t.b, []byte{'\n'})
				return t, nil
			}
			// The token goes on past what is buffered.
			if pr := s.checkPartial(kind, rest); pr != nil {
				s.refused = pr
				return token{}, errStopped
			}
		}
		if err := s.fill(); err != nil {
			return token{}, err
		}
	}
}

// check applies the guard and the limits to the complete token t.
func (s *scanner) check(t token) *Problem {
	switch t.kind {
	case tText:
		return s.addText(t, t.b)
	case tCDATA:
		return s.addText(t, t.b[len(cdataOpen):len(t.b)-len(cdataClose)])
	case tDecl:
		if !s.rootSeen {
			return s.refuse(t.line, ErrDoctype, "the document has a DOCTYPE or other markup declaration (<!...) before its root element; DTDs and entity declarations are refused")
		}
	case tStart, tEmpty, tEnd:
		s.rootSeen = s.rootSeen || t.kind != tEnd
		if t.kind == tEnd && s.inStart && s.run > MaxTextBytes {
			// White space that is an element's whole content is its value.
			return s.tooMuchText(t.line, nil)
		}
		s.run, s.runText, s.inStart = 0, false, t.kind == tStart
		if len(tagName(t.b)) > maxNameBytes {
			return s.refuse(t.line, ErrTextTooLong, "an element name is longer than "+strconv.Itoa(maxNameBytes)+" bytes; refused")
		}
		var pr *Problem
		if t.kind != tEnd {
			attrs(t.b, func(name, value []byte) {
				switch {
				case pr != nil:
				case len(name) > maxNameBytes:
					pr = s.refuse(t.line, ErrTextTooLong, "an attribute name is longer than "+strconv.Itoa(maxNameBytes)+" bytes; refused")
				case (bytes.Equal(name, []byte("xmlns")) || bytes.HasPrefix(name, []byte("xmlns:"))) && len(value) > maxNamespaceBytes:
					pr = s.refuse(t.line, ErrTextTooLong, "a namespace name is longer than "+strconv.Itoa(maxNamespaceBytes)+" bytes; refused")
				case len(value) > MaxTextBytes:
					pr = s.refuse(t.line, ErrTextTooLong, "an attribute value is longer than "+strconv.Itoa(MaxTextBytes)+" bytes; refused")
				}
			})
		}
		if pr != nil {
			return pr
		}
	}
	if len(t.b) > maxMarkupBytes {
		return s.refuse(t.line, ErrTextTooLong, "a tag, comment or processing instruction is longer than "+strconv.Itoa(maxMarkupBytes)+" bytes; refused")
	}
	return nil
}

// checkPartial refuses a token that is already too long before its end
// has been read.
func (s *scanner) checkPartial(kind tokKind, b []byte) *Problem {
	switch kind {
	case tText:
		if pr := s.textLimit(s.line, b); pr != nil {
			return pr
		}
	case tCDATA:
		if len(b) > len(cdataOpen) {
			if pr := s.textLimit(s.line, b[len(cdataOpen):]); pr != nil {
				return pr
			}
		}
	case tDecl:
		if !s.rootSeen && len(b) > 2 && !bytes.HasPrefix(commentOpen, b) && !bytes.HasPrefix(cdataOpen, b) {
			return s.refuse(s.line, ErrDoctype, "the document has a DOCTYPE or other markup declaration (<!...) before its root element; DTDs and entity declarations are refused")
		}
	}
	if len(b) > maxMarkupBytes {
		return s.refuse(s.line, ErrTextTooLong, "a tag, comment or processing instruction is longer than "+strconv.Itoa(maxMarkupBytes)+" bytes; refused")
	}
	return nil
}

// addText counts the character data text of token t.
func (s *scanner) addText(t token, text []byte) *Problem {
	if pr := s.textLimit(t.line+bytes.Count(t.b[:len(t.b)-len(text)], []byte{'\n'}), text); pr != nil {
		return pr
	}
	s.run += len(text)
	s.runText = s.runText || !allSpace(text)
	return nil
}

// textLimit refuses the character data text, which starts on line, if
// with the run before it it is too long: MaxTextBytes when there is more
// than white space, maxMarkupBytes for white space.
func (s *scanner) textLimit(line int, text []byte) *Problem {
	if s.run+len(text) > maxMarkupBytes || (s.runText || !allSpace(text)) && s.run+len(text) > MaxTextBytes {
		return s.tooMuchText(line, text)
	}
	return nil
}

// tooMuchText refuses the text run that crosses MaxTextBytes in text,
// which starts on line.
func (s *scanner) tooMuchText(line int, text []byte) *Problem {
	over := min(max(MaxTextBytes-s.run, 0), len(text))
	return s.refuse(line+bytes.Count(text[:over], []byte{'\n'}), ErrTextTooLong,
		"more than "+strconv.Itoa(MaxTextBytes)+" bytes of character data (or 64 KiB of white space between tags) in one element; refused")
}

// allSpace reports whether b is all XML white space.
func allSpace(b []byte) bool {
	for _, c := range b {
		if !isSpace(c) {
			return false
		}
	}
	return true
}

func (s *scanner) refuse(line int, cause error, msg string) *Problem {
	return &Problem{Line: line, Kind: KindRefused, Message: msg, cause: cause}
}

// intern returns name as a string, allocating it only the first time.
func (s *scanner) intern(name []byte) string {
	if v, ok := s.names[string(name)]; ok {
		return v
	}
	v := string(name)
	if len(s.names) < 1000 {
		s.names[v] = v
	}
	return v
}

// checkEncoding refuses a document that libxml2 would not read as UTF-8:
// one starting with a UTF-16 or UTF-32 byte order mark, with a NUL byte
// (UTF-16 or UTF-32 without one), or with EBCDIC's "<?xm". The guard
// reads bytes as UTF-8, as libxml2 does with XML_PARSE_IGNORE_ENC; a
// document libxml2 would decode otherwise could hide a DOCTYPE from it.
func checkEncoding(b []byte) *Problem {
	head := b[:min(4, len(b))]
	if bytes.HasPrefix(head, []byte{0xFE, 0xFF}) || bytes.HasPrefix(head, []byte{0xFF, 0xFE}) ||
		bytes.IndexByte(head, 0) >= 0 || bytes.Equal(head, []byte{0x4C, 0x6F, 0xA7, 0x94}) {
		return &Problem{Line: 1, Kind: KindSyntax, Message: "Document is not UTF-8: it starts with a UTF-16, UTF-32 or EBCDIC signature; only UTF-8 is read"}
	}
	return nil
}

// guardRest, after a syntax error before the root element, reads on to
// the root's start tag with the guard alone, so that a DOCTYPE is refused
// (ErrDoctype) wherever it hides before the root, even behind a syntax
// error. Nothing of it is kept.
func (s *scanner) guardRest() {
	for !s.rootSeen {
		s.keep = s.offset()
		if s.pos == len(s.buf) && s.eof {
			return
		}
		if s.pos < len(s.buf) {
			rest := s.buf[s.pos:]
			kind, n, complete := lexToken(rest, s.eof)
			if complete {
				t := token{kind: kind, b: rest[:n], off: s.offset(), line: s.line}
				if pr := s.check(t); pr != nil {
					s.refused = pr
					return
				}
				s.pos += n
				s.line += bytes.Count(t.b, nl)
				continue
			}
			if pr := s.checkPartial(kind, rest); pr != nil {
				s.refused = pr
				return
			}
		}
		if s.fill() != nil {
			return
		}
	}
}
