package xsd

// The decoder (xmlformat.Decoder) and the schema agree on the envelope:
// over generated envelopes, every combination of DST's optional parts and
// their neighbours (an element left out, repeated, moved, unknown, nil),
// a file the decoder reads is valid against the profile's XSD, and a file
// valid against the XSD the decoder reads. The values are those of the
// default profile, so only the envelope's form varies.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
)

// enode is an element of a generated envelope.
type enode struct {
	name  string // as written, with the dst: prefix for the envelope namespace
	text  string // a leaf's text
	nil   bool   // written xsi:nil="true"
	leaf  bool
	kids  []*enode
	extra string // attributes
}

func eleaf(name, text string) *enode            { return &enode{name: name, text: text, leaf: true} }
func egroup(name string, kids ...*enode) *enode { return &enode{name: name, kids: kids} }

func (n *enode) clone() *enode {
	c := *n
	c.kids = make([]*enode, len(n.kids))
	for i, k := range n.kids {
		c.kids[i] = k.clone()
	}
	return &c
}

func (n *enode) write(b *bytes.Buffer, indent string) {
	attrs := n.extra
	if n.nil {
		attrs += ` xsi:nil="true"`
	}
	switch {
	case n.leaf && n.nil && n.text == "":
		fmt.Fprintf(b, "%s<%s%s/>\n", indent, n.name, attrs)
	case n.leaf:
		fmt.Fprintf(b, "%s<%s%s>%s</%s>\n", indent, n.name, attrs, n.text, n.name)
	case len(n.kids) == 0:
		fmt.Fprintf(b, "%s<%s%s/>\n", indent, n.name, attrs)
	default:
		fmt.Fprintf(b, "%s<%s%s>\n", indent, n.name, attrs)
		for _, k := range n.kids {
			k.write(b, indent+"  ")
		}
		fmt.Fprintf(b, "%s</%s>\n", indent, n.name)
	}
}

// envelopeParts chooses each optional part of an envelope.
type envelopeParts struct {
	refID, entityPath, reporting int // 0 absent, 1 a value, 2 nil
	auth                         int // 0 absent, 1 empty, 2 AutID, 3 all three, 4 AutSubID nil
	communicators                []int
	contacts                     [][]string // ContactTypeNames, per collection
	dboks                        int        // 0 absent, 1 empty, 2 CVR, 3 both
	formVersion                  bool
	offset                       bool // CommunicationDateTime with its offset
	system                       bool // SystemStructure in the first communicator
}

// build writes the envelope of parts with the default profile's codes.
func (ps envelopeParts) build() *enode {
	c := xmlformat.DefaultProfile().Codes
	opt := func(name string, v int, text string) []*enode {
		switch v {
		case 1:
			return []*enode{eleaf(name, text)}
		case 2:
			return []*enode{{name: name, leaf: true, nil: true}}
		}
		return nil
	}
	entity := []*enode{eleaf("dst:EntityIDType", c.EntityIDType), eleaf("dst:EntityID", "101")}
	entity = append(entity, opt("dst:EntityPath", ps.entityPath, "101")...)
	switch ps.auth {
	case 1:
		entity = append(entity, egroup("dst:Authorisation"))
	case 2:
		entity = append(entity, egroup("dst:Authorisation", eleaf("dst:AutID", "a")))
	case 3:
		entity = append(entity, egroup("dst:Authorisation", eleaf("dst:AutID", "a"), eleaf("dst:AutSubID", "b"), eleaf("dst:Privilige", "c")))
	case 4:
		entity = append(entity, egroup("dst:Authorisation", eleaf("dst:AutID", "a"), &enode{name: "dst:AutSubID", leaf: true, nil: true}))
	}
	env := []*enode{eleaf("dst:Source", c.Source)}
	env = append(env, opt("dst:RefID", ps.refID, "ref-1")...)
	env = append(env, eleaf("dst:SurveyID", c.SurveyID), eleaf("dst:FormID", c.FormID), eleaf("dst:Period", "2025"), egroup("dst:Entity", entity...))
	env = append(env, opt("dst:ReportingDataType", ps.reporting, "r")...)
	meta := []*enode{egroup("dst:Envelope", env...)}
	when := "2026-03-02T09:15:00"
	if ps.offset {
		when += "+01:00"
	}
	for i, n := range ps.communicators {
		var cs []*enode
		for j := range n {
			kids := []*enode{eleaf("CommunicationDescription", fmt.Sprintf("c%d.%d", i, j)), eleaf("CommunicationDateTime", when)}
			if ps.system && i == 0 && j == 0 {
				kids = append(kids, egroup("SystemStructure", eleaf("SystemName", "s"), eleaf("SystemVersion", "1")))
			}
			cs = append(cs, egroup("CommunicatorStructure", kids...))
		}
		meta = append(meta, egroup("CommunicatorStructureCollection", cs...))
	}
	for i, names := range ps.contacts {
		var cs []*enode
		for j, name := range names {
			cs = append(cs, egroup("ContactStructure", eleaf("ContactTypeName", name), eleaf("ContactIdentifier", fmt.Sprintf("k%d.%d", i, j)),
				eleaf("ContactEmailAddress", fmt.Sprintf("k%d.%d@kommune.example", i, j))))
		}
		meta = append(meta, egroup("ContactStructureCollection", cs...))
	}
	switch ps.dboks {
	case 1:
		meta = append(meta, egroup("DBoksContactNewStructure"))
	case 2:
		meta = append(meta, egroup("DBoksContactNewStructure", eleaf("CVRnumberIdentifier", "29189846")))
	case 3:
		meta = append(meta, egroup("DBoksContactNewStructure", eleaf("CVRnumberIdentifier", "29189846"), eleaf("ProductionUnitIdentifier", "1003388283")))
	}
	if ps.formVersion {
		meta = append(meta, eleaf("FormVersion", c.FormVersion))
	}
	return egroup("DeliveryMetadataNewStructure", meta...)
}

// envelopeFile writes a file of the default profile with the envelope
// meta and one record.
func envelopeFile(t testing.TB, meta *enode) []byte {
	t.Helper()
	var enc bytes.Buffer
	e := xmlformat.NewEncoder(&enc, xmlformat.DefaultProfile())
	h := siu.Header{Municipality: 101, Year: 2025, Area: siu.AreaVoksen, Created: time.Date(2026, 3, 2, 9, 15, 0, 0, time.UTC),
		Description: "d", System: siu.System{Name: "s", Version: "1"}, Contact: siu.Contact{Identifier: "k", Email: "k@kommune.example"}}
	if err := e.WriteHeader(h); err != nil {
		t.Fatal(err)
	}
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}
	doc := enc.String()
	i, j := strings.Index(doc, "  <DeliveryMetadataNewStructure>"), strings.Index(doc, "  <OMRAADE>")
	var b bytes.Buffer
	meta.write(&b, "  ")
	doc = doc[:i] + b.String() + doc[j:]
	return []byte(strings.Replace(doc, "<IndividUdgiftLeveranceStruktur ", `<IndividUdgiftLeveranceStruktur xmlns:xsi="`+nsXSI+`" `, 1))
}

// decodes reports whether the decoder reads the whole file.
func decodes(doc []byte) error {
	d := xmlformat.NewDecoder(bytes.NewReader(doc), xmlformat.DefaultProfile())
	if _, err := d.Header(); err != nil {
		return err
	}
	for {
		if _, err := d.Next(); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}

// neighbours returns the variants of meta one step from it: each element
// left out, repeated, swapped with the next, followed by an unknown
// element, and each leaf nil (its text dropped) or nil with its text.
func neighbours(meta *enode) map[string]*enode {
	out := map[string]*enode{}
	var paths [][]int
	var walk func(n *enode, path []int)
	walk = func(n *enode, path []int) {
		for i, k := range n.kids {
			p := append(append([]int(nil), path...), i)
			paths = append(paths, p)
			walk(k, p)
		}
	}
	walk(meta, nil)
	at := func(root *enode, path []int) (parent *enode, i int) {
		parent = root
		for _, j := range path[:len(path)-1] {
			parent = parent.kids[j]
		}
		return parent, path[len(path)-1]
	}
	for _, path := range paths {
		_, i0 := at(meta, path)
		p0, _ := at(meta, path)
		name := p0.kids[i0].name
		edit := func(what string, f func(parent *enode, i int)) {
			c := meta.clone()
			parent, i := at(c, path)
			f(parent, i)
			out[fmt.Sprintf("%s %s at %v", what, name, path)] = c
		}
		edit("delete", func(p *enode, i int) { p.kids = append(p.kids[:i:i], p.kids[i+1:]...) })
		edit("repeat", func(p *enode, i int) {
			p.kids = append(p.kids[:i+1:i+1], append([]*enode{p.kids[i].clone()}, p.kids[i+1:]...)...)
		})
		if i0+1 < len(p0.kids) && p0.kids[i0+1].name != name {
			edit("swap with the next", func(p *enode, i int) { p.kids[i], p.kids[i+1] = p.kids[i+1], p.kids[i] })
		}
		edit("unknown element after", func(p *enode, i int) {
			u := eleaf(strings.Split(name, ":")[0]+"X", "x")
			if strings.HasPrefix(name, "dst:") {
				u.name = "dst:X"
			}
			p.kids = append(p.kids[:i+1:i+1], append([]*enode{u}, p.kids[i+1:]...)...)
		})
		if p0.kids[i0].leaf {
			edit("nil", func(p *enode, i int) { p.kids[i].nil, p.kids[i].text = true, "" })
			if p0.kids[i0].text != "" {
				edit("nil with its text", func(p *enode, i int) { p.kids[i].nil = true })
			}
		} else {
			edit("nil", func(p *enode, i int) { p.kids[i].extra = ` xsi:nil="true"` })
		}
	}
	return out
}

// TestDecoderAgreesWithSchemaOnEnvelopes: over generated envelopes and
// their neighbours, the decoder reads a file exactly when the schema
// finds it valid, with each checker (libxml2 in a cgo build, and the
// pure-Go one).
func TestDecoderAgreesWithSchemaOnEnvelopes(t *testing.T) {
	checkers := map[string]*Schema{"pure Go": PureGo()}
	if s, err := Default(); err == nil && s.Checker() != CheckerPureGo {
		checkers[s.Checker()] = s
	}
	var variants []envelopeParts
	canonical := envelopeParts{communicators: []int{1}, contacts: [][]string{{"Kvitteringsmodtager"}}, formVersion: true, offset: true, system: true}
	variants = append(variants, canonical)
	// Each part varied alone, from the canonical form.
	for _, f := range []func(*envelopeParts){
		func(p *envelopeParts) { p.refID = 1 }, func(p *envelopeParts) { p.refID = 2 },
		func(p *envelopeParts) { p.entityPath = 1 }, func(p *envelopeParts) { p.entityPath = 2 },
		func(p *envelopeParts) { p.reporting = 1 }, func(p *envelopeParts) { p.reporting = 2 },
		func(p *envelopeParts) { p.auth = 1 }, func(p *envelopeParts) { p.auth = 2 }, func(p *envelopeParts) { p.auth = 3 }, func(p *envelopeParts) { p.auth = 4 },
		func(p *envelopeParts) { p.communicators = nil }, func(p *envelopeParts) { p.communicators = []int{2} }, func(p *envelopeParts) { p.communicators = []int{1, 2} },
		func(p *envelopeParts) { p.contacts = nil },
		func(p *envelopeParts) {
			p.contacts = [][]string{{"Faglig ansvarlig", "Teknisk ansvarlig", "Kvitteringsmodtager"}}
		},
		func(p *envelopeParts) {
			p.contacts = [][]string{{"Faglig ansvarlig"}, {"Kvitteringsmodtager", "Kvitteringsmodtager"}}
		},
		func(p *envelopeParts) { p.dboks = 1 }, func(p *envelopeParts) { p.dboks = 2 }, func(p *envelopeParts) { p.dboks = 3 },
		func(p *envelopeParts) { p.formVersion = false }, func(p *envelopeParts) { p.offset = false }, func(p *envelopeParts) { p.system = false },
	} {
		v := canonical
		f(&v)
		variants = append(variants, v)
	}
	// Random combinations of every part.
	rng := rand.New(rand.NewPCG(2026, 5))
	typeNames := []string{"Kvitteringsmodtager", "Faglig ansvarlig", "Teknisk ansvarlig"}
	for range 40 {
		v := envelopeParts{refID: rng.IntN(3), entityPath: rng.IntN(3), reporting: rng.IntN(3), auth: rng.IntN(5), dboks: rng.IntN(4),
			formVersion: rng.IntN(2) == 0, offset: rng.IntN(2) == 0, system: rng.IntN(2) == 0}
		for range rng.IntN(3) {
			v.communicators = append(v.communicators, 1+rng.IntN(2))
		}
		for range rng.IntN(3) {
			var names []string
			for range 1 + rng.IntN(3) {
				names = append(names, typeNames[rng.IntN(len(typeNames))])
			}
			v.contacts = append(v.contacts, names)
		}
		variants = append(variants, v)
	}

	docs := map[string][]byte{}
	accepted := 0
	for i, v := range variants {
		meta := v.build()
		doc := envelopeFile(t, meta)
		if err := decodes(doc); err != nil {
			t.Errorf("variant %d (%+v): the decoder refuses a form DST's schema admits: %v", i, v, err)
		}
		docs[fmt.Sprintf("variant %d", i)] = doc
		if i < 24 { // the neighbours of the canonical form and of each part varied alone
			for what, n := range neighbours(meta) {
				docs[fmt.Sprintf("variant %d, %s", i, what)] = envelopeFile(t, n)
			}
		}
	}
	disagree := 0
	for name, doc := range docs {
		derr := decodes(doc)
		if derr == nil {
			accepted++
		}
		for cname, s := range checkers {
			serr := s.Validate(bytes.NewReader(doc))
			var xerr *Error
			if serr != nil && !errors.As(serr, &xerr) {
				t.Fatalf("%s: %s: %v", name, cname, serr)
			}
			if (derr == nil) != (serr == nil) {
				if disagree++; disagree <= 20 {
					t.Errorf("%s: decoder %v, %s %v\n%s", name, derr, cname, serr, excerptHeader(doc))
				}
			}
		}
	}
	if disagree > 20 {
		t.Errorf("and %d more", disagree-20)
	}
	if accepted < 100 || len(docs)-accepted < 100 {
		t.Errorf("%d files, %d accepted: the variants do not probe both sides", len(docs), accepted)
	}
	t.Logf("%d files, %d accepted, compared with %d checkers", len(docs), accepted, len(checkers))
}

// excerptHeader returns the envelope of doc, for a message.
func excerptHeader(doc []byte) string {
	s := string(doc)
	i, j := strings.Index(s, "<DeliveryMetadataNewStructure>"), strings.Index(s, "</DeliveryMetadataNewStructure>")
	if i < 0 || j < 0 {
		return s
	}
	return s[i : j+len("</DeliveryMetadataNewStructure>")]
}
