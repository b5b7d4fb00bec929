//go:build cgo

package xsd

import (
	"errors"
	"regexp"
	"runtime"
	"strconv"
	"sync"

	"github.com/lestrrat-go/libxml2"
	"github.com/lestrrat-go/libxml2/clib"
	"github.com/lestrrat-go/libxml2/parser"
	lxsd "github.com/lestrrat-go/libxml2/xsd"
)

// This file holds every call into libxml2, all through
// github.com/lestrrat-go/libxml2.

// parseOptions are the libxml2 parser options for documents being
// validated: no network access, the encoding declaration ignored (the
// input is always read as UTF-8, so the guard sees what libxml2 sees) and
// small text nodes stored compactly (faster; the tree is never modified).
// Deliberately absent: XMLParseNoEnt (entity substitution),
// XMLParseDTDLoad, XMLParseDTDAttr and XMLParseHuge (libxml2's size and
// depth limits stay on).
var parseOptions = []parser.Option{parser.XMLParseNoNet, parser.XMLParseIgnoreEnc, parser.XMLParseCompact}

var (
	// initOnce runs libxml2's one-time set-up (xmlInitParser, reached
	// through a first parse) on one goroutine before any other use, as
	// libxml2 requires of threaded programs.
	initOnce sync.Once
	// compileMu serialises schema compilation: libxml2 initialises its
	// built-in types on the first compilation without a lock. Validation
	// takes no lock.
	compileMu sync.Mutex
)

// quietly runs f on one OS thread with libxml2's error printing turned
// off on that thread. Without it libxml2 prints every parser error to
// standard error, quoting the offending line, which can hold a whole CPR
// number. libxml2 keeps the setting per thread, so the goroutine stays on
// its thread until the default is put back.
func quietly(f func()) {
	initOnce.Do(func() {
		onThread(func() {
			if d, err := libxml2.ParseString("<a/>"); err == nil {
				d.Free()
			}
		})
	})
	onThread(f)
}

func onThread(f func()) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	clib.ReportErrors(false)
	defer clib.ReportErrors(true)
	f()
}

// compileSchema compiles the schema document at path, a local file.
func compileSchema(path string) (*lxsd.Schema, error) {
	compileMu.Lock()
	defer compileMu.Unlock()
	var s *lxsd.Schema
	var err error
	quietly(func() { s, err = lxsd.ParseFromFile(path) })
	return s, err
}

// outcome is what libxml2 says about one document.
type outcome struct {
	// syntax is set when the document is not well-formed; libxml2 then
	// does not validate it.
	syntax *syntaxError
	// msgs are the schema validity messages, one line each, in document
	// order (at most 32: the wrapper keeps no more).
	msgs []string
}

// syntaxError is libxml2's (last) parser error for a document.
type syntaxError struct {
	line int // in the parsed document
	msg  string
}

// check parses doc with libxml2 and validates it against xs. The tree is
// freed before check returns.
func check(xs *lxsd.Schema, doc []byte) outcome {
	var out outcome
	if len(doc) == 0 {
		// The wrapper cannot create a parser for no bytes; this is
		// libxml2's own message for an empty document.
		out.syntax = &syntaxError{line: 1, msg: "Document is empty"}
		return out
	}
	quietly(func() {
		d, err := libxml2.Parse(doc, parseOptions...)
		if err != nil {
			out.syntax = parseError(err)
			return
		}
		defer d.Free()
		if err := xs.Validate(d); err != nil {
			var sve lxsd.SchemaValidationError
			if errors.As(err, &sve) {
				for _, e := range sve.Errors() {
					out.msgs = append(out.msgs, oneLine(e.Error()))
				}
			}
			if len(out.msgs) == 0 {
				out.msgs = append(out.msgs, "libxml2 found the document invalid without saying why ("+err.Error()+")")
			}
		}
	})
	return out
}

// parserErrorRE picks line and message out of the wrapper's parse error,
// "... Entity: line 27: parser error : Input is not proper UTF-8, ...".
var parserErrorRE = regexp.MustCompile(`(?s)Entity: line (\d+): parser error : (.*)$`)

func parseError(err error) *syntaxError {
	m := parserErrorRE.FindStringSubmatch(err.Error())
	if m == nil {
		return &syntaxError{msg: "libxml2 could not parse the document (" + oneLine(err.Error()) + ")"}
	}
	line, _ := strconv.Atoi(m[1])
	return &syntaxError{line: line, msg: oneLine(m[2])}
}

// lineRefRE finds the line numbers libxml2 puts inside a message, as in
// "Opening and ending tag mismatch: PsrID line 40 and PsrIDX".
var lineRefRE = regexp.MustCompile(`\bline (\d+)`)

// mapLineRefs rewrites the line numbers inside msg with mapLine.
func mapLineRefs(msg string, mapLine func(int) int) string {
	return lineRefRE.ReplaceAllStringFunc(msg, func(s string) string {
		n, err := strconv.Atoi(s[len("line "):])
		if err != nil {
			return s
		}
		return "line " + strconv.Itoa(mapLine(n))
	})
}
