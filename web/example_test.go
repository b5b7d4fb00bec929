package web_test

import (
	"context"
	"fmt"

	"github.com/siukit/siukit/sample"
	"github.com/siukit/siukit/web"
)

// Check is what the page does with a file, without the page: the sample's
// corrected export with the demo's form gives the findings, the report and
// the XML file.
func ExampleCheck() {
	res := web.Check(context.Background(), sample.CorrectedPostingsCSV(), "postings-2025-corrected.csv", web.Form{
		Municipality: "461", Year: "2025", Area: "SAMLET", Test: true,
		Created: "2026-03-02T09:15:00+01:00", Email: "siu@kommune.example",
		Ignore: "SIU-PSR-004", Lang: "en",
	})
	if res.Problem != "" {
		fmt.Println(res.Problem)
		return
	}
	v := res.Validation
	fmt.Printf("%d lines, %d errors, deliverable: %v\n", v.Lines, v.Errors, v.Deliverable)
	fmt.Printf("report: %v; XML: %s, %v\n", len(res.ReportHTML) > 0, res.XMLName, res.XML != nil)
	// Output:
	// 3010 lines, 0 errors, deliverable: true
	// report: true; XML: siu-461-2025-samlet.xml, true
}
