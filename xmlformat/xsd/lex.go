package xsd

import "bytes"

// tokKind is the kind of one piece of markup or text found by lexToken.
type tokKind uint8

const (
	tText    tokKind = iota // character data up to the next '<'
	tStart                  // <name ...>
	tEmpty                  // <name .../>
	tEnd                    // </name>
	tComment                // <!-- ... -->
	tPI                     // <? ... ?>
	tCDATA                  // <![CDATA[ ... ]]>
	tDecl                   // <!...> other than a comment or CDATA: a DOCTYPE or another declaration
	tBad                    // '<' not starting any markup; libxml2 reports it
)

var (
	commentOpen  = []byte("<!--")
	commentClose = []byte("-->")
	cdataOpen    = []byte("<![CDATA[")
	cdataClose   = []byte("]]>")
	piClose      = []byte("?>")
)

// lexToken finds the token at the start of b (len(b) > 0). It returns the
// token's kind and length. complete is false when b ends inside the
// token: the caller reads more input and calls again. At the end of the
// input (atEOF) an unfinished piece of markup is the rest of b as one
// tBad token. A text token is complete only when the '<' after it is in b
// (or atEOF).
//
// lexToken only finds where tokens end; checking that they are
// well-formed is libxml2's job.
func lexToken(b []byte, atEOF bool) (kind tokKind, n int, complete bool) {
	kind, n, complete = lexMarkup(b, atEOF)
	if !complete && atEOF {
		return tBad, len(b), true
	}
	return kind, n, complete
}

func lexMarkup(b []byte, atEOF bool) (kind tokKind, n int, complete bool) {
	if b[0] != '<' {
		if i := bytes.IndexByte(b, '<'); i >= 0 {
			return tText, i, true
		}
		return tText, len(b), atEOF
	}
	if len(b) < 2 {
		return tBad, len(b), false
	}
	switch b[1] {
	case '?':
		return lexUntil(b, tPI, 2, piClose)
	case '/':
		return lexTag(b, tEnd)
	case '!':
		switch {
		case bytes.HasPrefix(b, commentOpen):
			return lexUntil(b, tComment, len(commentOpen), commentClose)
		case bytes.HasPrefix(b, cdataOpen):
			return lexUntil(b, tCDATA, len(cdataOpen), cdataClose)
		case len(b) < len(cdataOpen) && (bytes.HasPrefix(commentOpen, b) || bytes.HasPrefix(cdataOpen, b)):
			return tDecl, len(b), false // not yet known which
		}
		i := bytes.IndexByte(b, '>')
		if i < 0 {
			return tDecl, len(b), false
		}
		return tDecl, i + 1, true
	}
	if !isNameStart(b[1]) {
		return tBad, 1, true
	}
	return lexTag(b, tStart)
}

// lexUntil finds the token of kind k that ends with close, searching from
// b[from:].
func lexUntil(b []byte, k tokKind, from int, close []byte) (tokKind, int, bool) {
	if len(b) >= from {
		if i := bytes.Index(b[from:], close); i >= 0 {
			return k, from + i + len(close), true
		}
	}
	return k, len(b), false
}

// lexTag finds the '>' ending a start or end tag, skipping quoted
// attribute values. A start tag ending in "/>" is tEmpty.
func lexTag(b []byte, k tokKind) (tokKind, int, bool) {
	var quote byte
	for i := 2; i < len(b); i++ {
		c := b[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			if k == tStart && b[i-1] == '/' {
				return tEmpty, i + 1, true
			}
			return k, i + 1, true
		case c == '<':
			// Not a tag after all (e.g. "<a <b>"): end the token here and
			// let libxml2 report it.
			return tBad, i, true
		}
	}
	return k, len(b), false
}

// isNameStart reports whether c can start an XML name (any byte of a
// multi-byte UTF-8 character is taken as possible).
func isNameStart(c byte) bool {
	return c >= 0x80 || c == '_' || c == ':' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// isSpace reports whether c is XML white space.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// tagName returns the qualified name of the start or end tag t (a
// complete tStart, tEmpty or tEnd token).
func tagName(t []byte) []byte {
	i := 1
	if t[1] == '/' {
		i = 2
	}
	j := i
	for j < len(t) && !isSpace(t[j]) && t[j] != '/' && t[j] != '>' {
		j++
	}
	return t[i:j]
}

// localName returns the part of the qualified name q after its prefix.
func localName(q []byte) []byte {
	if i := bytes.IndexByte(q, ':'); i >= 0 {
		return q[i+1:]
	}
	return q
}

// attrs calls f for each attribute of the start tag t, with its qualified
// name and its raw value (between the quotes). It stops at the first
// piece it cannot read; libxml2 reports that.
func attrs(t []byte, f func(name, value []byte)) {
	name := tagName(t)
	i := 1 + len(name)
	for {
		for i < len(t) && isSpace(t[i]) {
			i++
		}
		j := i
		for j < len(t) && !isSpace(t[j]) && t[j] != '=' && t[j] != '>' && t[j] != '/' {
			j++
		}
		if j == i {
			return
		}
		an := t[i:j]
		for j < len(t) && isSpace(t[j]) {
			j++
		}
		if j >= len(t) || t[j] != '=' {
			return
		}
		j++
		for j < len(t) && isSpace(t[j]) {
			j++
		}
		if j >= len(t) || t[j] != '"' && t[j] != '\'' {
			return
		}
		k := bytes.IndexByte(t[j+1:], t[j])
		if k < 0 {
			return
		}
		f(an, t[j+1:j+1+k])
		i = j + 1 + k + 1
	}
}
