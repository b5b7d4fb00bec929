//go:build !cgo

package xsd

import (
	"fmt"
	"io"
	"io/fs"
)

// libxml2Available reports whether this build has libxml2 (cgo).
const libxml2Available = false

// libSchema stands for libxml2's compiled schema, which a build without
// cgo never has.
type libSchema struct{}

func (*libSchema) free() {}

func defaultLibxml2() (*Schema, error) { return nil, ErrNoCgo }

func (s *Schema) validateLibxml2(io.Reader, string) error { return ErrNoCgo }

// Load compiles a vendor's own schema with libxml2, which needs a build
// with cgo: in this build, without cgo, it returns an error wrapping
// ErrNoCgo. The default profile's schema needs no cgo: see Default and
// PureGo.
func Load(fsys fs.FS, main string) (*Schema, error) {
	return nil, fmt.Errorf("xsd: load %s: %w", main, ErrNoCgo)
}
