package xmlformat

import "github.com/siukit/siukit/internal/xmltext"

// isXMLChar reports whether r may appear in an XML 1.0 document.
func isXMLChar(r rune) bool { return xmltext.IsChar(r) }

// isXMLText reports whether s is valid UTF-8 made of XML 1.0 characters:
// the same test as siu.IsXMLText (SIU-HDR-009).
func isXMLText(s string) bool { return xmltext.Valid(s) }

// appendEscapedText appends s as element content. Besides & < >, it
// writes CR and LF as character references, so that a value keeps its
// line ends through a reader's newline normalisation and the file keeps
// one element per line. s must satisfy isXMLText.
func appendEscapedText(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '\n':
			esc = "&#xA;"
		case '\r':
			esc = "&#xD;"
		default:
			continue
		}
		b = append(b, s[last:i]...)
		b = append(b, esc...)
		last = i + 1
	}
	return append(b, s[last:]...)
}

// appendEscapedAttr appends s as a double-quoted attribute value's content.
func appendEscapedAttr(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '"':
			esc = "&quot;"
		case '\t':
			esc = "&#x9;"
		case '\n':
			esc = "&#xA;"
		case '\r':
			esc = "&#xD;"
		default:
			continue
		}
		b = append(b, s[last:i]...)
		b = append(b, esc...)
		last = i + 1
	}
	return append(b, s[last:]...)
}
