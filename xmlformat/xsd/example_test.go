package xsd_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

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
