// Package redacttable holds the table of cases for cpr.Redact that the
// tests of every package that redacts messages share (redact.json): in is
// a text, want is Redact(in), and whole, when set, is the ten digits of the
// CPR number in holds, which must not be found in any message. One table,
// read by one function, so that every package tests against the same
// cases.
package redacttable

import (
	_ "embed"
	"encoding/json"
	"fmt"
)

//go:embed redact.json
var data []byte

// Case is one case of the table.
type Case struct {
	Name  string `json:"name"`
	In    string `json:"in"`
	Want  string `json:"want"`
	Whole string `json:"whole"`
}

// Cases returns the table's cases, or an error when the table does not
// read or holds none.
func Cases() ([]Case, error) {
	var table struct{ Cases []Case }
	if err := json.Unmarshal(data, &table); err != nil {
		return nil, fmt.Errorf("redacttable: %w", err)
	}
	if len(table.Cases) == 0 {
		return nil, fmt.Errorf("redacttable: redact.json holds no cases")
	}
	return table.Cases, nil
}
