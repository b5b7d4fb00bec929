package csvformat

import (
	"bytes"
	"errors"
	"io"
)

// Limits on the XML of every workbook part the Reader reads. No part that
// Excel writes comes near them.
const (
	// MaxXLSXDepth is the deepest nesting of elements in a part.
	MaxXLSXDepth = 64
	// MaxXLSXToken is the longest tag or text between tags, in bytes (a
	// cell holds at most 32,767 characters).
	MaxXLSXToken = 1 << 20
)

// xmlScan checks the XML of one workbook part against the limits, in
// bounded memory and one pass, before encoding/xml reads it: encoding/xml
// holds a whole token in memory, and the code that builds on it may hold
// more per element. It counts the start tags whose local name (the name
// without a namespace prefix) is count, and hands the tags named keep, as
// written, to onKeep.
type xmlScan struct {
	part   string // the part's name, for errors
	count  string
	keep   string
	onKeep func(tag []byte) error
	max    int64 // the most start tags named count
	what   string

	n     int64 // start tags named count
	depth int
	state scanState
	tok   int    // bytes of the current tag or text
	name  []byte // the current tag's name, up to maxName bytes
	tag   []byte // the current tag, when it is named keep
	quote byte   // the quote a tag's attribute value is in, or 0
	end   bool   // the current tag is an end tag
	slash bool   // the last byte of the current tag (so far) was '/'
	match int    // bytes of the terminator of a comment, CDATA or PI found
	bang  []byte // the bytes after "<!", to tell a comment from CDATA
}

type scanState uint8

const (
	scanText    scanState = iota
	scanOpen              // after '<'
	scanName              // in a tag's name
	scanAttrs             // in a tag, after its name
	scanBang              // after "<!"
	scanComment           // in <!-- -->
	scanCDATA             // in <![CDATA[ ]]>
	scanPI                // in <? ?>
	scanDecl              // in another <! >, such as a DOCTYPE
)

const maxName = 32

// maxKeep is the longest tag handed to onKeep; a longer one is handed
// over cut.
const maxKeep = 256

// errDamaged marks an XML part that is not well formed.
var errDamaged = errors.New("the XML is not well formed")

// run scans all of r.
func (x *xmlScan) run(r io.Reader) error {
	buf := make([]byte, 32<<10)
	for {
		n, err := r.Read(buf)
		if n > 0 {
			if serr := x.write(buf[:n]); serr != nil {
				return serr
			}
		}
		if err == io.EOF {
			if x.depth != 0 || x.state != scanText {
				return errDamaged
			}
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func (x *xmlScan) tooLarge(what string, limit int64) error {
	return &LimitError{Part: x.part, What: what, Limit: limit}
}

func (x *xmlScan) grow(n int) error {
	x.tok += n
	if x.tok > MaxXLSXToken {
		return x.tooLarge("bytes in one tag or text", MaxXLSXToken)
	}
	return nil
}

// write scans the next bytes of the part.
func (x *xmlScan) write(p []byte) error {
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch x.state {
		case scanText:
			j := bytes.IndexByte(p[i:], '<')
			if j < 0 {
				return x.grow(len(p) - i)
			}
			if err := x.grow(j); err != nil {
				return err
			}
			i += j
			x.state, x.tok = scanOpen, 1
		case scanOpen:
			x.tok++
			switch c {
			case '/':
				x.end = true
				x.state = scanName
			case '?':
				x.state, x.match = scanPI, 0
			case '!':
				x.state, x.bang = scanBang, x.bang[:0]
			default:
				x.end = false
				x.state = scanName
				i-- // c starts the name
			}
			x.name, x.slash = x.name[:0], false
		case scanName:
			if err := x.grow(1); err != nil {
				return err
			}
			if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '/' || c == '>' {
				if err := x.named(); err != nil {
					return err
				}
				x.state = scanAttrs
				i-- // c belongs to the attributes or ends the tag
				continue
			}
			if len(x.name) < maxName {
				x.name = append(x.name, c)
			}
		case scanAttrs:
			if x.quote != 0 { // skip to the end of the value at once
				j := bytes.IndexByte(p[i:], x.quote)
				if j < 0 {
					j = len(p) - i - 1
				} else {
					x.quote = 0
				}
				if err := x.grow(j + 1); err != nil {
					return err
				}
				for _, b := range p[i : i+j+1] {
					x.keepByte(b)
				}
				i += j
				x.slash = false
				continue
			}
			if err := x.grow(1); err != nil {
				return err
			}
			x.keepByte(c)
			switch {
			case c == '"' || c == '\'':
				x.quote = c
			case c == '>':
				if err := x.closeTag(); err != nil {
					return err
				}
				x.state, x.tok = scanText, 0
				continue
			}
			x.slash = c == '/'
		case scanBang:
			if err := x.grow(1); err != nil {
				return err
			}
			x.bang = append(x.bang, c)
			switch {
			case bytes.Equal(x.bang, []byte("--")):
				x.state, x.match = scanComment, 0
			case bytes.Equal(x.bang, []byte("[CDATA[")):
				x.state, x.match = scanCDATA, 0
			case !bytes.HasPrefix([]byte("--"), x.bang) && !bytes.HasPrefix([]byte("[CDATA["), x.bang):
				x.state = scanDecl
				i--
			}
		case scanComment, scanCDATA, scanPI:
			if err := x.grow(1); err != nil {
				return err
			}
			end := terminator(x.state)
			switch {
			case c == end[x.match]:
				x.match++
			case x.match == 2 && end[0] == end[1] && c == end[0]:
				// "--->" or "]]]>": still two before the '>'.
			case c == end[0]:
				x.match = 1
			default:
				x.match = 0
			}
			if x.match == len(end) {
				x.state, x.tok = scanText, 0
			}
		case scanDecl:
			if err := x.grow(1); err != nil {
				return err
			}
			if c == '>' {
				x.state, x.tok = scanText, 0
			}
		}
	}
	return nil
}

// localName is the tag's name without its namespace prefix.
func (x *xmlScan) localName() []byte {
	if i := bytes.IndexByte(x.name, ':'); i >= 0 {
		return x.name[i+1:]
	}
	return x.name
}

// named is called when the tag's name is complete.
func (x *xmlScan) named() error {
	if len(x.name) == 0 {
		return errDamaged
	}
	if x.end {
		return nil
	}
	x.depth++
	if x.depth > MaxXLSXDepth {
		return x.tooLarge("levels of nested elements", MaxXLSXDepth)
	}
	local := x.localName()
	if x.count != "" && string(local) == x.count {
		x.n++
		if x.max > 0 && x.n > x.max {
			return x.tooLarge(x.what, x.max)
		}
	}
	x.tag = x.tag[:0]
	if x.keep != "" && string(local) == x.keep {
		x.tag = append(x.tag, '<')
		x.tag = append(x.tag, x.name...)
	}
	return nil
}

// keepByte adds c to the tag handed to onKeep.
func (x *xmlScan) keepByte(c byte) {
	if len(x.tag) > 0 && len(x.tag) < maxKeep {
		x.tag = append(x.tag, c)
	}
}

// closeTag is called at the '>' that ends a tag.
func (x *xmlScan) closeTag() error {
	if x.end || x.slash { // an end tag, or an empty element <x/>
		x.depth--
		if x.depth < 0 {
			return errDamaged
		}
	}
	if len(x.tag) > 0 && !x.end {
		tag := x.tag
		x.tag = x.tag[:0]
		return x.onKeep(tag)
	}
	return nil
}

// terminator is what ends a comment, a CDATA section or a processing
// instruction.
func terminator(s scanState) string {
	switch s {
	case scanComment:
		return "-->"
	case scanCDATA:
		return "]]>"
	}
	return "?>"
}
