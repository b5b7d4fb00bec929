package source

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
)

// Format is the form of an input file. The zero Format is "not known":
// Open then detects it.
type Format uint8

// The input formats.
const (
	CSV  Format = iota + 1 // a Danish spreadsheet's CSV export (package csvformat)
	XLSX                   // an Excel workbook (package csvformat)
	JSON                   // the conformance suite's neutral JSON form (conformance.Input)
	XML                    // an SIU XML file (package xmlformat)
)

var formatNames = [...]string{CSV: "csv", XLSX: "xlsx", JSON: "json", XML: "xml"}

// String returns "csv", "xlsx", "json" or "xml", or "" for the zero Format.
func (f Format) String() string {
	if f >= CSV && f <= XML {
		return formatNames[f]
	}
	return ""
}

// HasHeader reports whether files of format f carry their own header
// (JSON and XML); CSV and XLSX files do not.
func (f Format) HasHeader() bool { return f == JSON || f == XML }

// ParseFormat reads "csv", "xlsx", "json" or "xml" in any case. The empty
// string is the zero Format (detect).
func ParseFormat(s string) (Format, error) {
	ls := strings.ToLower(s)
	if ls == "" {
		return 0, nil
	}
	for f := CSV; f <= XML; f++ {
		if formatNames[f] == ls {
			return f, nil
		}
	}
	if len(s) > 20 {
		s = s[:20] + "..."
	}
	return 0, fmt.Errorf("unknown input format %q: want csv, xlsx, json or xml", s)
}

// MarshalText implements encoding.TextMarshaler.
func (f Format) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (f *Format) UnmarshalText(text []byte) error {
	v, err := ParseFormat(string(text))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// Detect returns the format of a file: the one its name's extension names
// (.csv .txt .tsv, .xlsx .xlsm, .json, .xml, in any case), else the one its
// first bytes show: a ZIP archive is XLSX, '<' starts XML, '{' JSON (after
// a UTF-8 byte order mark and white space), and anything else is CSV, whose
// reader then says clearly when it is not text. 512 bytes of head are
// plenty; fewer are fine.
func Detect(name string, head []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv", ".txt", ".tsv":
		return CSV
	case ".xlsx", ".xlsm":
		return XLSX
	case ".json":
		return JSON
	case ".xml":
		return XML
	}
	if bytes.HasPrefix(head, []byte("PK\x03\x04")) {
		return XLSX
	}
	t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case bytes.HasPrefix(t, []byte("<")):
		return XML
	case bytes.HasPrefix(t, []byte("{")):
		return JSON
	}
	return CSV
}
