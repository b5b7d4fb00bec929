package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/siukit/siukit/source"
)

// sourceFlags are the flags that say how to read an input file.
type sourceFlags struct {
	format, sheet, decimal string
}

func addSourceFlags(fs *cmdFlags) *sourceFlags {
	s := &sourceFlags{}
	fs.StringVar(&s.format, "input-format", "", "input format: csv, xlsx, json or xml; empty detects it from the file name's extension, else from the content")
	fs.StringVar(&s.sheet, "sheet", "", "the XLSX sheet to read (default the first)")
	fs.StringVar(&s.decimal, "decimal", "", "the decimal mark of CSV/XLSX amounts, ',' or '.' (default: learnt from the file)")
	return s
}

func (s *sourceFlags) options() (source.Options, error) {
	f, err := source.ParseFormat(s.format)
	if err != nil {
		return source.Options{}, fmt.Errorf("--input-format: %v", err)
	}
	opts := source.Options{Format: f, Sheet: s.sheet}
	switch s.decimal {
	case "":
	case ",", ".":
		opts.Decimal = rune(s.decimal[0])
	default:
		return opts, fmt.Errorf("--decimal: want , or .")
	}
	return opts, nil
}

// input is an input file opened for a Source.
type input struct {
	name   string // the path as given, or "stdin"
	format source.Format
	src    *source.Source // nil when the file cannot be read at all
	fatal  *source.Error  // why src is nil
	closer io.Closer
	prog   *progress
}

func (in *input) Close() {
	in.prog.done()
	if in.src != nil {
		in.src.Close()
	}
	if in.closer != nil {
		in.closer.Close()
	}
}

// openSource opens path ("-" for stdin) and its records. A usage problem
// (the flags, a file that cannot be opened) prints its message and returns
// nil and exitUsage; a file that cannot be read at all gives an input with
// the fatal error.
func openSource(e *env, cmd, path string, sf *sourceFlags) (*input, int) {
	opts, err := sf.options()
	if err != nil {
		return nil, e.usageError(cmd, "%v", err)
	}
	in := &input{name: path}
	r, name, closer, err := openPath(e, path)
	if err != nil {
		e.errorf(cmd, "%v", err)
		return nil, exitUsage
	}
	in.name, in.closer = name, closer
	br := bufio.NewReaderSize(r, 64<<10)
	if opts.Format == 0 {
		head, _ := br.Peek(512)
		opts.Format = source.Detect(path, head)
	}
	in.format = opts.Format
	unit := "line"
	if opts.Format == source.XLSX {
		unit = "row"
	}
	if in.prog = e.newProgress(cmd+" "+in.name, unit); in.prog != nil {
		opts.Progress = in.prog.update
	}
	src, err := source.Open(br, in.name, opts)
	if err != nil {
		in.fatal = err.(*source.Error)
	}
	in.src = src
	return in, exitOK
}

// openPath opens path for reading, or standard input for "-" (named
// "stdin"). The error is bad usage: no such file, or a directory.
func openPath(e *env, path string) (r io.Reader, name string, closer io.Closer, err error) {
	if path == "-" {
		return e.stdin, "stdin", nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, "", nil, cleanPathError(err)
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, "", nil, fmt.Errorf("%s is a directory, not a file", path)
	}
	return f, path, f, nil
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

// writeReadErrors lists read errors, each with its line and column.
func writeReadErrors(w io.Writer, file string, errs []*source.Error) {
	fmt.Fprintf(w, "%s: %d read %s:\n", file, len(errs), plural(len(errs), "error", "errors"))
	for _, e := range errs {
		fmt.Fprintf(w, "  %s\n", e.Message)
	}
}
