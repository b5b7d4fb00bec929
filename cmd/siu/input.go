package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// format is the form of an input file.
type format string

// The input formats.
const (
	formatCSV  format = "csv"  // a Danish spreadsheet's CSV export (csvformat)
	formatXLSX format = "xlsx" // an Excel workbook (csvformat)
	formatJSON format = "json" // the conformance suite's neutral JSON form
	formatXML  format = "xml"  // an SIU XML file (xmlformat)
)

const formatHelp = "input format: csv, xlsx, json or xml; empty detects it from the file name's extension, else from the content"

func parseFormat(s string) (format, error) {
	switch f := format(strings.ToLower(s)); f {
	case "", formatCSV, formatXLSX, formatJSON, formatXML:
		return f, nil
	}
	return "", fmt.Errorf("unknown input format %q: want csv, xlsx, json or xml", truncate(s, 20))
}

// input is an opened input file.
type input struct {
	name   string // the path as given, or "stdin"
	format format
	r      *bufio.Reader
	closer io.Closer
}

func (in *input) Close() error {
	if in.closer == nil {
		return nil
	}
	return in.closer.Close()
}

// openInput opens path ("-" for stdin) and finds its format: the forced
// one, else the extension (.csv .txt .xlsx .json .xml), else the content.
// The error is for a file that cannot be opened (bad usage).
func openInput(e *env, path string, forced format) (*input, error) {
	in := &input{name: path, format: forced}
	if path == "-" {
		in.name = "stdin"
		in.r = bufio.NewReaderSize(e.openStdin(), 64<<10)
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, cleanPathError(err)
		}
		if st, err := f.Stat(); err == nil && st.IsDir() {
			f.Close()
			return nil, fmt.Errorf("%s is a directory, not a file", path)
		}
		in.r = bufio.NewReaderSize(f, 64<<10)
		in.closer = f
	}
	if in.format == "" {
		in.format = formatOfName(path)
	}
	if in.format == "" {
		head, _ := in.r.Peek(512)
		in.format = sniffFormat(head)
	}
	return in, nil
}

// formatOfName returns the format an extension names, or "".
func formatOfName(path string) format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv", ".txt", ".tsv":
		return formatCSV
	case ".xlsx", ".xlsm":
		return formatXLSX
	case ".json":
		return formatJSON
	case ".xml":
		return formatXML
	}
	return ""
}

// sniffFormat guesses the format from the first bytes of the content:
// a ZIP archive is XLSX, '<' starts XML, '{' JSON, anything else CSV
// (whose reader then says clearly when it is not text).
func sniffFormat(head []byte) format {
	if bytes.HasPrefix(head, []byte("PK\x03\x04")) {
		return formatXLSX
	}
	t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case bytes.HasPrefix(t, []byte("<")):
		return formatXML
	case bytes.HasPrefix(t, []byte("{")):
		return formatJSON
	}
	return formatCSV
}

// cleanPathError turns an *os.PathError into "open x: no such file or
// directory" without Go's operation jargon.
func cleanPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %v", pe.Path, pe.Err)
	}
	return err
}
