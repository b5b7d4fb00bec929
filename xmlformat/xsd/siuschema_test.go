package xsd

import (
	"encoding/xml"
	"io/fs"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/siukit/siukit/xmlformat"
)

// xsdDecl is what the schema files say about one type or element, in a
// form both the files and the Go table can be written in.
type xsdDecl struct {
	Base      string   // simple type: the built-in type it restricts
	Length    int      // -1: none
	MaxLength int      // -1: none
	Pattern   string   //
	Enum      []string //
	Seq       []string // complex type: "{ns}name type min..max [nillable]" per element
	Type      string   // element: its type
	Nillable  bool     // element: nillable="true"
}

// readSchemaFiles reads the default profile's schema files into
// declarations keyed "type {ns}name" and "element {ns}name" (global
// elements only).
func readSchemaFiles(t *testing.T) map[string]xsdDecl {
	t.Helper()
	decls := map[string]xsdDecl{}
	files, err := fs.Glob(xmlformat.SchemaFS(), "*.xsd")
	if err != nil || len(files) != 4 {
		t.Fatalf("schema files: %v %v", files, err)
	}
	for _, f := range files {
		data, err := fs.ReadFile(xmlformat.SchemaFS(), f)
		if err != nil {
			t.Fatal(err)
		}
		var schema struct {
			Target string     `xml:"targetNamespace,attr"`
			Attrs  []xml.Attr `xml:",any,attr"`
			Simple []struct {
				Name        string `xml:"name,attr"`
				Restriction struct {
					Base   string `xml:"base,attr"`
					Facets []struct {
						XMLName xml.Name
						Value   string `xml:"value,attr"`
					} `xml:",any"`
				} `xml:"restriction"`
			} `xml:"simpleType"`
			Complex []struct {
				Name     string `xml:"name,attr"`
				Elements []struct {
					Name string `xml:"name,attr"`
					Ref  string `xml:"ref,attr"`
					Type string `xml:"type,attr"`
					Min  string `xml:"minOccurs,attr"`
					Max  string `xml:"maxOccurs,attr"`
					Nil  string `xml:"nillable,attr"`
				} `xml:"sequence>element"`
			} `xml:"complexType"`
			Elements []struct {
				Name string `xml:"name,attr"`
				Type string `xml:"type,attr"`
				Nil  string `xml:"nillable,attr"`
			} `xml:"element"`
		}
		if err := xml.Unmarshal(data, &schema); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		prefixes := map[string]string{}
		for _, a := range schema.Attrs {
			if a.Name.Space == "xmlns" {
				prefixes[a.Name.Local] = a.Value
			} else if a.Name.Space == "" && a.Name.Local == "xmlns" {
				prefixes[""] = a.Value
			}
		}
		resolve := func(q string) string {
			p, l, ok := strings.Cut(q, ":")
			if !ok {
				p, l = "", q
			}
			return qname{prefixes[p], l}.String()
		}
		local := func(name string) string { return qname{schema.Target, name}.String() }
		for _, st := range schema.Simple {
			d := xsdDecl{Base: resolve(st.Restriction.Base), Length: -1, MaxLength: -1}
			for _, fc := range st.Restriction.Facets {
				switch fc.XMLName.Local {
				case "length":
					d.Length, _ = strconv.Atoi(fc.Value)
				case "maxLength":
					d.MaxLength, _ = strconv.Atoi(fc.Value)
				case "pattern":
					d.Pattern = fc.Value
				case "enumeration":
					d.Enum = append(d.Enum, fc.Value)
				default:
					t.Errorf("%s: facet %s is not in the Go table's vocabulary", f, fc.XMLName.Local)
				}
			}
			decls["type "+local(st.Name)] = d
		}
		for _, ct := range schema.Complex {
			var d xsdDecl
			for _, e := range ct.Elements {
				min, max := e.Min, e.Max
				if min == "" {
					min = "1"
				}
				if max == "" {
					max = "1"
				}
				name, typ := local(e.Name), resolve(e.Type)
				if e.Ref != "" {
					name, typ = resolve(e.Ref), "(global)"
				}
				item := name + " " + typ + " " + min + ".." + max
				if e.Nil == "true" {
					item += " nillable"
				} else if e.Nil != "" {
					t.Errorf("%s: %s nillable=%q is not in the Go table's vocabulary", f, name, e.Nil)
				}
				d.Seq = append(d.Seq, item)
			}
			decls["type "+local(ct.Name)] = d
		}
		for _, e := range schema.Elements {
			if e.Nil != "" && e.Nil != "true" {
				t.Errorf("%s: element %s nillable=%q is not in the Go table's vocabulary", f, e.Name, e.Nil)
			}
			decls["element "+local(e.Name)] = xsdDecl{Type: resolve(e.Type), Nillable: e.Nil == "true"}
		}
	}
	return decls
}

// goTable writes the Go table in the same form.
func goTable() map[string]xsdDecl {
	decls := map[string]xsdDecl{}
	base := map[builtin]string{xsString: "string", xsDecimal: "decimal", xsDate: "date", xsDateTime: "dateTime"}
	var walk func(e *elementDecl)
	walk = func(e *elementDecl) {
		key := "type " + e.typeName().String()
		if _, ok := decls[key]; ok {
			return
		}
		if st := e.simple; st != nil {
			decls[key] = xsdDecl{Base: qname{nsXS, base[st.base]}.String(), Length: st.length, MaxLength: st.maxLength,
				Pattern: st.pattern, Enum: st.enum}
			return
		}
		var d xsdDecl
		for _, p := range e.complex.seq {
			typ := p.elem.typeName().String()
			if globalElements[p.elem.name] == p.elem {
				typ = "(global)"
			}
			max := strconv.Itoa(p.max)
			if p.max == unbounded {
				max = "unbounded"
			}
			item := p.elem.name.String() + " " + typ + " " + strconv.Itoa(p.min) + ".." + max
			if p.elem.nillable && typ != "(global)" {
				item += " nillable"
			}
			d.Seq = append(d.Seq, item)
		}
		decls[key] = d
		for _, p := range e.complex.seq {
			walk(p.elem)
		}
	}
	for _, e := range globalElements {
		decls["element "+e.name.String()] = xsdDecl{Type: e.typeName().String(), Nillable: e.nillable}
		walk(e)
	}
	return decls
}

// TestSchemaTableMatchesXSD holds the pure-Go checker's table to the
// schema files: the same types with the same facets, the same sequences
// and the same global elements.
func TestSchemaTableMatchesXSD(t *testing.T) {
	files, table := readSchemaFiles(t), goTable()
	if diff := cmp.Diff(files, table); diff != "" {
		t.Errorf("the Go table (siuschema.go) differs from the schema files (-files +table):\n%s", diff)
	}
	if len(table) < 40 {
		t.Errorf("only %d declarations compared", len(table))
	}
	// The schema declares no attribute, no choice and no type derived from
	// another of its types: the checker relies on it. Nillable elements
	// (nillable="true") it implements, for elements of a simple type.
	for _, f := range []string{"siu.xsd", "siu-delivery-metadata.xsd", "siu-envelope.xsd", "siu-xkom-email.xsd"} {
		data, _ := fs.ReadFile(xmlformat.SchemaFS(), f)
		for _, word := range []string{"xs:attribute", "xs:extension", "xs:choice", "xs:all", "xs:any", "abstract", "substitutionGroup", "default=", "fixed=", "xs:key", "xs:unique", "mixed="} {
			if strings.Contains(string(data), word) {
				t.Errorf("%s uses %s, which the pure-Go checker does not implement", f, word)
			}
		}
	}
	for _, e := range globalElements {
		if e.nillable && e.simple == nil {
			t.Errorf("%s is nillable but not of a simple type, which the pure-Go checker does not implement", e.name)
		}
	}
	for key, d := range files {
		if strings.HasPrefix(d.Base, "{"+nsSIU) || strings.HasPrefix(d.Base, "{"+nsDST) || false {
			t.Errorf("%s restricts another type of the schema (%s)", key, d.Base)
		}
	}
}
