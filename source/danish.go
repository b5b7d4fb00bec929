package source

import "github.com/siukit/siukit/internal/errtext"

// danish is the Danish wording of this package's errors, in one place: of
// its causes (the Err variables), of the formats of its own messages
// (fatalf) and of the words they show. Error.Danish reads it, and
// otherwise delegates to the cause (csvformat's and xmlformat's tables);
// TestDanish checks that it is complete.
var danish = &errtext.Table{
	Causes: map[error]string{
		ErrEmptyInput:     "filen er tom",
		ErrBinary:         "filen er binære data, ikke tekst, XLSX eller XML",
		ErrNoMunicipality: "en CSV- eller XLSX-fil har intet hoved: angiv kommunen",
		ErrNoYear:         "en CSV- eller XLSX-fil har intet hoved: angiv budgetåret",
		ErrNoPostings:     "posteringer læses kun fra CSV eller XLSX",
	},
	Formats: map[string]string{
		"the JSON input is empty":                "JSON-filen er tom",
		"JSON: %v":                               "JSON: %v",
		"line %d, column %d: JSON: %v":           "linje %d, kolonne %d: JSON: %v",
		"unknown input format %d":                "ukendt filformat %d",
		"%v":                                     "%v",
		"the JSON input is larger than %d bytes": "JSON-filen er større end %d bytes",
		"header: %v":                             "hoved: %v",
		"%s: postings are read from CSV or XLSX, not %s": "%s: posteringer læses fra CSV eller XLSX, ikke %s",
		"%v %d: %s: %v": "%v %d: %s: %v",
	},
}
