// Package source reads the records of an SIU input file in any of the forms
// a municipality has them, with the position of each in the file, so that a
// program can say "line 7" or "row 12" about a finding or a read error.
//
// The forms (Format) are: CSV and XLSX as Danish spreadsheets and finance
// systems export them (package csvformat), the conformance suite's neutral
// JSON form (conformance.Input) and the SIU XML file (package xmlformat).
// Detect finds the form from a file name's extension, else from the first
// bytes of the content. JSON and XML files carry their header (Header);
// CSV and XLSX files do not, and the caller supplies one.
//
// Open returns a Source; Next (or Records) yields each record with its
// position: the line of the file (the CSV header is line 1; for XML the
// line of the record's start tag; for JSON the record's index, counting
// from 1) or, for XLSX, the row. A record that cannot be read is an
// *Error naming its line and column; reading goes on after it unless it is
// Fatal. Validate feeds a Source to siu's validator and keeps each line's
// position beside its findings: the Result of checking one file.
//
// # Limits
//
// Every form is read in bounded memory. CSV is streamed with csvformat's
// field and record limits; XML is streamed with xmlformat's Limits; an XLSX
// workbook is read whole up to csvformat.MaxXLSXSize; a JSON file is read
// whole up to Options.MaxJSONSize (DefaultMaxJSONSize), and a larger one is
// a fatal *Error.
//
// # Personal data
//
// No message of this package holds a whole CPR number: what looks like one
// is redacted to DDMMYY-****.
package source
