package xsd_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/siukit/siukit/xmlformat"
	"github.com/siukit/siukit/xmlformat/xsd"
)

func ExampleSchema_Validate() {
	s, err := xsd.Default()
	if err != nil {
		fmt.Println(err)
		return
	}

	// A valid delivery.
	f, err := os.Open("testdata/valid.xml")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	fmt.Println("valid.xml:", s.Validate(f))

	// The same delivery with an amount of three decimals and an unknown area.
	data, err := os.ReadFile("testdata/valid.xml")
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := strings.Replace(string(data), "<BELOEB>24850.00</BELOEB>", "<BELOEB>24850.005</BELOEB>", 1)
	doc = strings.Replace(doc, "<OMRAADE>VOKSEN</OMRAADE>", "<OMRAADE>ALLE</OMRAADE>", 1)
	err = s.Validate(strings.NewReader(doc))
	var xerr *xsd.Error
	if errors.As(err, &xerr) {
		for _, p := range xerr.Problems {
			fmt.Printf("line %d (%s): %s\n", p.Line, p.Kind, p.Message)
		}
	}
	// Output:
	// valid.xml: <nil>
	// line 33 (schema): Element '{http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/}OMRAADE': [facet 'enumeration'] The value 'ALLE' is not an element of the set {'VOKSEN', 'BOERN', 'SAMLET'}.
	// line 38 (schema): Element '{http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/}BELOEB': [facet 'pattern'] The value '24850.005' is not accepted by the pattern '-?[0-9]+\.[0-9]{2}'.
}

// Default uses libxml2 in a build with cgo and the pure-Go checker
// without; PureGo is the pure-Go checker in any build. Both give the same
// verdict and the same first problem.
func ExampleSchema_Checker() {
	data, err := os.ReadFile("testdata/valid.xml")
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := strings.Replace(string(data), "<STARTDATO>2025-01-01</STARTDATO>", "<STARTDATO>2025-02-29</STARTDATO>", 1)

	def, err := xsd.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range []*xsd.Schema{def, xsd.PureGo()} {
		err := s.Validate(strings.NewReader(doc))
		var xerr *xsd.Error
		if errors.As(err, &xerr) {
			p := xerr.Problems[0]
			fmt.Printf("line %d: %s\n", p.Line, p.Message)
		}
	}
	fmt.Println("pure Go:", xsd.PureGo().Checker())
	// Output:
	// line 39: Element '{http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/}STARTDATO': '2025-02-29' is not a valid value of the atomic type '{http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/}DatoType'.
	// line 39: Element '{http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/}STARTDATO': '2025-02-29' is not a valid value of the atomic type '{http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/}DatoType'.
	// pure Go: pure Go
}

// Without cgo, a schema of one's own cannot be loaded: Load's error wraps
// ErrNoCgo. With cgo, Load compiles it with libxml2.
func ExampleLoad() {
	s, err := xsd.Load(xmlformat.SchemaFS(), xmlformat.SchemaMain)
	if errors.Is(err, xsd.ErrNoCgo) {
		fmt.Println("this build has no libxml2; the default profile is checked in pure Go")
		return
	}
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()
	fmt.Println(s.Checker() == xsd.CheckerLibxml2)
}
