package conformance

import (
	_ "embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"github.com/siukit/siukit/xmlformat"
)

// readme is README.md, the suite's documentation for vendors.
//
//go:embed README.md
var readme []byte

// SchemaDir is the directory of an exported suite that holds the XSD of the
// profile the expected.xml files are written in.
const SchemaDir = "schema"

// Export writes the suite for programs outside Go into dir, creating it if
// needed: suite.json, cases/<id>/ (the files of FS), README.md (the
// contract) and schema/ (the XSD of the default profile, from
// xmlformat.SchemaFS). Existing files of the same names are replaced;
// other files in dir are left alone. A directory written by Export can be
// run with FromFS(os.DirFS(dir)).
func Export(dir string) error {
	if err := copyFS(dir, FS(), "."); err != nil {
		return err
	}
	if err := copyFS(filepath.Join(dir, SchemaDir), xmlformat.SchemaFS(), "."); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "README.md"), readme, 0o644); err != nil {
		return fmt.Errorf("conformance: export: %w", err)
	}
	return nil
}

// copyFS copies the tree root of fsys into dir.
func copyFS(dir string, fsys fs.FS, root string) error {
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dir, filepath.FromSlash(path.Clean(p)))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		return fmt.Errorf("conformance: export: %w", err)
	}
	return nil
}
