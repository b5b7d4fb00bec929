// Package delivery writes and checks SIU delivery files safely, each in
// one library call that reads its input once.
//
// # Writing
//
// WriteFile reads a delivery's records once. It validates each record
// (siu.Validator) and encodes it (xmlformat.Encoder) into a temporary
// file beside the target, and at the end, only when the delivery has no
// error finding, no record that could not be read or parsed, and at least
// one line (unless Options.AllowEmpty), it flushes the file to disk,
// checks it against the schema (package xmlformat/xsd) and renames it
// over the target in one atomic step. So the file at the target path is
// either the old one, untouched, or the new one, whole and valid: never a
// file that was not validated, and never a part of one.
//
// Encode is WriteFile without a file system: the same pass and the same
// rules, in the same code, but the file is built in memory and returned
// as bytes, for a program that has no disk to write to (the browser
// checker, GOOS=js GOARCH=wasm) or that sends the file on itself. For the
// same records and options its bytes are WriteFile's.
//
// # Checking
//
// Check checks an SIU XML file as DST would receive it: against the
// schema, then every record against siu's rule catalogue. It needs two
// passes over the file and reads its input once: a regular *os.File is
// read twice through the same file descriptor (so renaming another file
// over its path meanwhile changes nothing), and any other reader (standard
// input, a FIFO, a pipe, a network stream) is copied once into a temporary
// file, up to CheckOptions.MaxSize bytes.
//
// # Temporary files hold personal data
//
// The temporary files of both functions hold CPR numbers. They are created
// with mode 0600 (readable by their owner only), and removed on every exit
// path: error, cancelled context or panic of a callback.
//
//   - WriteFile's is created in the target's directory (so that the rename
//     is atomic), named "." + the target's base name + a random part +
//     ".tmp", e.g. ".siu-461-2025-voksen.xml.123456789.tmp". It becomes
//     the target by renaming, so the file written has mode 0600 too.
//   - Check's is created in os.TempDir, named "siukit-check-*.tmp". Where
//     the system allows it (Unix), its name is removed as soon as it is
//     created, so that not even a killed process leaves it behind.
//
// # Findings
//
// Findings stream to ValidateOptions.Report when it is set, as they do in
// package siu, and are counted in a siu.Tally either way; when Report is
// nil, the result keeps them, sorted. No message or error of this package
// holds a whole CPR number.
package delivery
