package sample

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/siukit/siukit/siu"
)

// The sample data: a fictional municipality's postings for one budget year.
const (
	// DataYear is the budget year of the sample data.
	DataYear = 2025
	// DataMunicipality is the municipality code the sample data is
	// delivered under: 461, a real code, because a delivery must carry
	// one of the 98. The data itself is fictional and belongs to no
	// municipality.
	DataMunicipality = 461
	// PostingsFile and MistakesFile are the names of the files in FS.
	PostingsFile = "postings-2025.csv"
	MistakesFile = "mistakes-2025.csv"
)

//go:embed data/postings-2025.csv data/mistakes-2025.csv
var data embed.FS

// FS returns the sample data as a file system with two files:
// PostingsFile, the postings as a Danish spreadsheet exports them, and
// MistakesFile, the list of deliberate mistakes (see Mistakes).
func FS() fs.FS {
	sub, err := fs.Sub(data, "data")
	if err != nil { // "data" is a valid path in every build
		return data
	}
	return sub
}

// PostingsCSV returns the sample postings as a Danish spreadsheet exports
// them: UTF-8, one header line, ';' between fields, a decimal comma with
// thousands dots in amounts, and dates as dd-mm-yyyy. The columns are
// Bilag (voucher number), CPR, Konto (the account, as "5.38.50.1 4.7"),
// Tekst, Beløb, Startdato and Slutdato; csvformat reads the five it needs
// and ignores Bilag and Tekst. The slice is a copy.
func PostingsCSV() []byte {
	b, _ := data.ReadFile("data/" + PostingsFile) // embedded: cannot fail
	return b
}

// CorrectedPostingsCSV returns PostingsCSV with every deliberate mistake
// corrected: each mistake's line replaced by its Corrected form. Its
// postings validate without errors.
func CorrectedPostingsCSV() []byte {
	lines := bytes.SplitAfter(PostingsCSV(), []byte("\n"))
	for _, m := range Mistakes() {
		if m.Line >= 1 && m.Line <= len(lines) {
			lines[m.Line-1] = []byte(m.Corrected + "\n")
		}
	}
	return bytes.Join(lines, nil)
}

// Header returns the header to deliver the sample data with: municipality
// 461 (see DataMunicipality), budget year 2025, the given area, marked as a
// test delivery.
func Header(area siu.Area) siu.Header {
	return siu.Header{
		Municipality: DataMunicipality,
		Year:         DataYear,
		Area:         area,
		Test:         true,
		Created:      time.Date(DataYear+1, time.March, 2, 9, 15, 0, 0, time.FixedZone("CET", 3600)),
		Description:  "Eksempeldata, fiktiv kommune (siukit)",
		System:       siu.System{Name: "siukit sample", Version: "1"},
		Contact:      siu.Contact{Identifier: "Eksempel Kommune, Økonomi", Email: "siu@kommune.example"},
	}
}

// Mistake is one deliberate mistake in the sample postings.
type Mistake struct {
	// Line is the line of PostingsFile that holds the mistake, counting
	// the header line as 1; the posting is record Line-1.
	Line int
	// Code is the code of the rule the mistake should trigger (see
	// siu.Rules), e.g. "SIU-PER-001".
	Code string
	// Description says what is wrong, in English.
	Description string
	// Corrected is the line as it should have been: the posting the
	// generator drew, before the mistake was made.
	Corrected string
}

// Mistakes returns the deliberate mistakes in the sample postings, in the
// order of their lines.
//
// Validating the records as csvformat reads them (siu.Validator's
// AddRecord) reports each mistake with its rule. Apart from them, expect
// SIU-PSR-004 (a warning: every citizen has a fictive number, see the
// package documentation) on lines outside 5.38.42, SIU-BEL-004 (a warning)
// on credit notes and SIU-KTO-007 (information) on the children's
// functions, which are voluntary. Reading the file as postings instead
// (csvformat's ReadPosting, for siu.Aggregate) turns the three mistakes
// whose field does not parse (SIU-PER-001, SIU-PSR-002, SIU-PSR-003) into
// read errors for their lines.
func Mistakes() []Mistake {
	ms, err := loadMistakes()
	if err != nil { // embedded and tested: cannot fail
		return nil
	}
	return append([]Mistake(nil), ms...)
}

var loadMistakes = sync.OnceValues(func() ([]Mistake, error) {
	b, err := data.ReadFile("data/" + MistakesFile)
	if err != nil {
		return nil, err
	}
	return parseMistakes(b)
})

// mistakesHeader is the first line of MistakesFile.
const mistakesHeader = "Linje;Regel;Beskrivelse;Rettet linje"

// parseMistakes reads MistakesFile.
func parseMistakes(b []byte) ([]Mistake, error) {
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if len(lines) == 0 || lines[0] != mistakesHeader {
		return nil, fmt.Errorf("sample: %s: the first line is not %q", MistakesFile, mistakesHeader)
	}
	var ms []Mistake
	for i, l := range lines[1:] {
		f := strings.SplitN(l, ";", 4)
		if len(f) != 4 {
			return nil, fmt.Errorf("sample: %s line %d: want four fields", MistakesFile, i+2)
		}
		n, err := strconv.Atoi(f[0])
		if err != nil {
			return nil, fmt.Errorf("sample: %s line %d: line number: %w", MistakesFile, i+2, err)
		}
		ms = append(ms, Mistake{Line: n, Code: f[1], Description: f[2], Corrected: f[3]})
	}
	return ms, nil
}

// formatMistakes writes MistakesFile.
func formatMistakes(ms []Mistake) []byte {
	var b bytes.Buffer
	b.WriteString(mistakesHeader + "\n")
	for _, m := range ms {
		fmt.Fprintf(&b, "%d;%s;%s;%s\n", m.Line, m.Code, m.Description, m.Corrected)
	}
	return b.Bytes()
}
