package conformance

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/siukit/siukit/cpr"
)

// freeElements are the elements whose value CompareXML does not compare:
// the time the file was made. They must still be present and hold an
// xs:dateTime.
var freeElements = []string{"CommunicationDateTime"}

// maxMismatches is the number of mismatches a comparison reports at most;
// the last one then says that more were left out.
const maxMismatches = 50

// CompareXML compares an encoder's file got with the expected file want by
// meaning, the way the suite judges a vendor's XML: the same elements
// (namespace and local name) in the same order with the same values and
// attributes. Whitespace between elements and around values, namespace
// prefixes, comments, the XML declaration, xsi:schemaLocation and the value of
// CommunicationDateTime are free; CommunicationDateTime must still be
// present and hold an xs:dateTime. It returns nil when the files agree,
// and otherwise every difference (up to 50), each naming the element path
// and both values. Values that look like CPR numbers are masked.
func CompareXML(want, got []byte) []Mismatch {
	w, err := parseXMLTree(want)
	if err != nil {
		return []Mismatch{newMismatch("/", "well-formed XML", "expected file: "+err.Error())}
	}
	g, err := parseXMLTree(got)
	if err != nil {
		return []Mismatch{newMismatch("/", "well-formed XML", err.Error())}
	}
	c := xmlComparer{}
	c.node(w, g, "/"+w.name.Local)
	return truncate(c.out)
}

// truncate keeps at most maxMismatches mismatches, the last one saying how
// many were left out.
func truncate(ms []Mismatch) []Mismatch {
	if len(ms) <= maxMismatches {
		return ms
	}
	left := len(ms) - (maxMismatches - 1)
	ms = ms[:maxMismatches-1]
	return append(ms, Mismatch{Path: "...", Want: "", Got: fmt.Sprintf("%d more mismatches left out", left)})
}

// xmlNode is an element of a parsed file.
type xmlNode struct {
	name  xml.Name
	attrs []xml.Attr // sorted; namespace declarations left out
	text  string     // the character data, trimmed
	kids  []*xmlNode
}

// xsiNamespace is the namespace of xsi:schemaLocation.
const xsiNamespace = "http://www.w3.org/2001/XMLSchema-instance"

// isSchemaLocation reports whether n is xsi:schemaLocation or
// xsi:noNamespaceSchemaLocation: hints where a schema is, not data.
func isSchemaLocation(n xml.Name) bool {
	return n.Space == xsiNamespace && (n.Local == "schemaLocation" || n.Local == "noNamespaceSchemaLocation")
}

// parseXMLTree parses a whole document into its root element.
func parseXMLTree(b []byte) (*xmlNode, error) {
	dec := xml.NewDecoder(bytes.NewReader(b))
	var (
		root  *xmlNode
		stack []*xmlNode
		texts [][]byte
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("not well-formed XML: %s", cpr.Redact(err.Error()))
		}
		switch t := tok.(type) {
		case xml.StartElement:
			n := &xmlNode{name: t.Name}
			for _, a := range t.Attr {
				if a.Name.Space == "xmlns" || (a.Name.Space == "" && a.Name.Local == "xmlns") || isSchemaLocation(a.Name) {
					continue
				}
				n.attrs = append(n.attrs, a)
			}
			slices.SortFunc(n.attrs, func(a, b xml.Attr) int {
				return strings.Compare(a.Name.Space+" "+a.Name.Local, b.Name.Space+" "+b.Name.Local)
			})
			if len(stack) == 0 {
				if root != nil {
					return nil, errors.New("more than one root element")
				}
				root = n
			} else {
				p := stack[len(stack)-1]
				p.kids = append(p.kids, n)
			}
			stack = append(stack, n)
			texts = append(texts, nil)
		case xml.EndElement:
			n := stack[len(stack)-1]
			n.text = strings.TrimSpace(string(texts[len(texts)-1]))
			stack = stack[:len(stack)-1]
			texts = texts[:len(texts)-1]
		case xml.CharData:
			if len(texts) > 0 {
				texts[len(texts)-1] = append(texts[len(texts)-1], t...)
			} else if len(bytes.TrimSpace(t)) > 0 {
				return nil, errors.New("text outside the root element")
			}
		}
	}
	if root == nil {
		return nil, errors.New("no root element")
	}
	return root, nil
}

type xmlComparer struct {
	out []Mismatch
}

func (c *xmlComparer) add(path, want, got string) {
	c.out = append(c.out, newMismatch(path, want, got))
}

// node compares two elements with the same place in their files.
func (c *xmlComparer) node(w, g *xmlNode, path string) {
	if w.name != g.name {
		c.add(path, elementText(w.name, g.name), elementText(g.name, w.name))
		return
	}
	c.attrs(w, g, path)
	switch {
	case len(w.kids) == 0 && len(g.kids) == 0:
		if slices.Contains(freeElements, w.name.Local) {
			if !isDateTime(g.text) {
				c.add(path, "an xs:dateTime (any value)", strconv.Quote(g.text))
			}
			return
		}
		if w.text != g.text {
			c.add(path, strconv.Quote(w.text), strconv.Quote(g.text))
		}
		return
	case len(w.kids) == 0:
		c.add(path, strconv.Quote(w.text), "child elements")
		return
	case len(g.kids) == 0:
		c.add(path, "child elements", strconv.Quote(g.text))
		return
	}
	if g.text != "" {
		c.add(path, "no text between the child elements", strconv.Quote(g.text))
	}
	for i := 0; i < max(len(w.kids), len(g.kids)); i++ {
		switch {
		case i >= len(g.kids):
			c.add(path+"/"+step(w.kids, i), "<"+w.kids[i].name.Local+">", "(missing)")
		case i >= len(w.kids):
			c.add(path+"/"+step(g.kids, i), "(nothing)", "<"+g.kids[i].name.Local+">")
		default:
			c.node(w.kids[i], g.kids[i], path+"/"+step(w.kids, i))
		}
	}
}

// attrs compares the attributes of two elements.
func (c *xmlComparer) attrs(w, g *xmlNode, path string) {
	get := func(as []xml.Attr, n xml.Name) (string, bool) {
		for _, a := range as {
			if a.Name == n {
				return a.Value, true
			}
		}
		return "", false
	}
	for _, a := range w.attrs {
		v, ok := get(g.attrs, a.Name)
		switch {
		case !ok:
			c.add(path+"/@"+a.Name.Local, strconv.Quote(a.Value), "(missing)")
		case v != a.Value:
			c.add(path+"/@"+a.Name.Local, strconv.Quote(a.Value), strconv.Quote(v))
		}
	}
	for _, a := range g.attrs {
		if _, ok := get(w.attrs, a.Name); !ok {
			c.add(path+"/@"+a.Name.Local, "(nothing)", strconv.Quote(a.Value))
		}
	}
}

// step is the path step of kids[i]: its local name, with its 1-based index
// among the siblings of that name when there are several.
func step(kids []*xmlNode, i int) string {
	name := kids[i].name
	n, k := 0, 0
	for j, s := range kids {
		if s.name == name {
			n++
			if j <= i {
				k++
			}
		}
	}
	if n == 1 {
		return name.Local
	}
	return name.Local + "[" + strconv.Itoa(k) + "]"
}

// elementText names element n for a mismatch, with its namespace when it
// differs from other's.
func elementText(n, other xml.Name) string {
	if n.Space != other.Space {
		return "<" + n.Local + "> in namespace " + strconv.Quote(n.Space)
	}
	return "<" + n.Local + ">"
}

// isDateTime reports whether s is an xs:dateTime (with or without a zone
// and fraction).
func isDateTime(s string) bool {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999"} {
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}

// newMismatch builds a mismatch with CPR-like values masked. When masking
// makes two different values look alike, Got says so.
func newMismatch(path, want, got string) Mismatch {
	mw, mg := redactValue(want), redactValue(got)
	if mw == mg && want != got {
		mg += " (differs in the masked digits)"
	}
	return Mismatch{Path: cpr.Redact(path), Want: mw, Got: mg}
}

// redactValue masks the CPR numbers of a mismatch's value. A value quoted
// with strconv.Quote is masked unquoted, since Quote writes a no-break
// space between the parts of a number as \u00a0, which cpr.Redact would
// not see as a separator.
func redactValue(s string) string {
	if strings.HasPrefix(s, `"`) {
		if u, err := strconv.Unquote(s); err == nil {
			return strconv.Quote(cpr.Redact(u))
		}
	}
	return cpr.Redact(s)
}

// compareBytes compares the exact bytes of an encoder's file with the
// expected one, for the reference encoder. It explains a difference by
// meaning when there is one, or else by the first line that differs.
func compareBytes(want, got []byte) []Mismatch {
	if bytes.Equal(want, got) {
		return nil
	}
	if ms := CompareXML(want, got); len(ms) > 0 {
		return ms
	}
	wl := strings.SplitAfter(string(want), "\n")
	gl := strings.SplitAfter(string(got), "\n")
	for i := 0; ; i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g || i >= len(wl) {
			return []Mismatch{newMismatch(fmt.Sprintf("expected.xml line %d (bytes)", i+1), strconv.Quote(w), strconv.Quote(g))}
		}
	}
}
