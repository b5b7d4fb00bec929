package xsd

import (
	"fmt"
	"io"
	"os"
)

// Validate reports whether the document read from r is valid against the
// schema. It returns nil for a valid document; an *Error listing every
// problem (up to MaxProblems) for a document that is refused, not
// well-formed or not valid; and another error if reading r fails.
//
// The document is read as a stream, so memory stays bounded however
// large the file is: the pure-Go checker reads it once; libxml2, for the
// Default schema, validates it in pieces (the header, then batches of
// records), with the verdict of validating the whole document at once.
// See the package documentation. The input is read as UTF-8; a DOCTYPE is
// refused before any parser sees it (ErrDoctype); no network access is
// made and no entity is expanded.
func (s *Schema) Validate(r io.Reader) error {
	return s.validate(r, "")
}

// ValidateFile is Validate for the file at path; the *Error names it.
func (s *Schema) ValidateFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("xsd: %w", err)
	}
	defer f.Close()
	return s.validate(f, path)
}

// Validate validates the document read from r against the Default schema.
func Validate(r io.Reader) error {
	s, err := Default()
	if err != nil {
		return err
	}
	return s.Validate(r)
}

func (s *Schema) validate(r io.Reader, name string) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return ErrClosed
	}
	if s.lib == nil {
		return validatePure(r, name)
	}
	return s.validateLibxml2(r, name)
}
