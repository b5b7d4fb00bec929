package xsd

import (
	"errors"
	"sync"
)

// The names Schema.Checker returns.
const (
	// CheckerLibxml2 names libxml2 (through github.com/lestrrat-go/libxml2),
	// which checks documents in builds with cgo.
	CheckerLibxml2 = "libxml2"
	// CheckerPureGo names this package's own checker of the default
	// profile's schema, which needs no cgo.
	CheckerPureGo = "pure Go"
)

// ErrNoCgo: the build has no cgo, so libxml2 is not available and only
// the pure-Go checker of the default profile's schema is: Load, which
// compiles a vendor's own schema, needs a build with cgo
// (CGO_ENABLED=1 and libxml2's headers and library).
var ErrNoCgo = errors.New("xsd: a schema of your own needs libxml2, which this build lacks (it was built with CGO_ENABLED=0); build with cgo, or use the default profile's schema (Default), which is checked in pure Go")

// Schema is a schema that documents are validated against: the default
// profile's schema, checked by libxml2 or in pure Go (Default, PureGo), or
// a vendor's own schema compiled by libxml2 (Load). It is safe for
// concurrent use by many goroutines.
type Schema struct {
	mu     sync.RWMutex // Validate holds it for reading, Close for writing
	lib    *libSchema   // libxml2's compiled schema; nil for the pure-Go checker
	closed bool
	shared bool // Default or PureGo: Close does nothing
}

var (
	defaultOnce   sync.Once
	defaultSchema *Schema
	defaultErr    error

	pureGo = &Schema{shared: true}
)

// Default returns the schema of xmlformat's default profile
// (xmlformat.SchemaFS), shared by the whole process; its Close does
// nothing. In a build with cgo it is checked by libxml2: the schema files
// are compiled on the first call, and documents are validated in batches
// of records. In a build without cgo (CGO_ENABLED=0) it is the pure-Go
// checker, the same as PureGo. Checker says which one it is. See the
// package documentation for how the two agree.
func Default() (*Schema, error) {
	defaultOnce.Do(func() {
		if !libxml2Available {
			defaultSchema = pureGo
			return
		}
		defaultSchema, defaultErr = defaultLibxml2()
		if defaultSchema != nil {
			defaultSchema.shared = true
		}
	})
	return defaultSchema, defaultErr
}

// PureGo returns the pure-Go checker of the default profile's schema
// (xmlformat.SchemaFS), in any build, with or without cgo. It checks what
// the schema files say, element by element, as libxml2 does with them;
// its Close does nothing. Default returns it in builds without cgo.
func PureGo() *Schema { return pureGo }

// Checker names what checks documents against s: CheckerLibxml2
// ("libxml2") or CheckerPureGo ("pure Go"). A program can print it, so
// that its user knows which checker ran.
func (s *Schema) Checker() string {
	if s.lib != nil {
		return CheckerLibxml2
	}
	return CheckerPureGo
}

// Close frees what libxml2 allocated for a schema from Load. It waits for
// validations in progress to finish; later calls to Validate return
// ErrClosed. Closing the Default or the PureGo schema does nothing. Close
// is safe to call more than once.
func (s *Schema) Close() error {
	if s.shared {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.lib != nil {
		s.lib.free()
	}
	s.closed = true
	return nil
}
