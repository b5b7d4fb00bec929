//go:build cgo

package xsd

import (
	"encoding/xml"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	lxsd "github.com/lestrrat-go/libxml2/xsd"

	"github.com/siukit/siukit/xmlformat"
)

// libSchema is a schema compiled by libxml2.
type libSchema struct {
	xs    *lxsd.Schema // nil once closed
	frame *frame       // how documents are cut into batches; nil: whole
}

func (l *libSchema) free() {
	if l.xs != nil {
		l.xs.Free()
		l.xs = nil
	}
}

// defaultLibxml2 compiles the schema of xmlformat's default profile with
// libxml2.
func defaultLibxml2() (*Schema, error) {
	s, err := Load(xmlformat.SchemaFS(), xmlformat.SchemaMain)
	if err != nil {
		return nil, err
	}
	// The default schema's collection is (record)* with minOccurs="0"
	// and no identity constraint: records are valid or not each on their
	// own.
	s.lib.frame = &frame{collection: xmlformat.DefaultProfile().Collection}
	return s, nil
}

// libxml2Available reports whether this build has libxml2 (cgo).
const libxml2Available = true

// Load compiles the schema whose main document is the file main in fsys,
// for a vendor's own profile, with libxml2. It needs a build with cgo;
// without cgo it returns an error wrapping ErrNoCgo. Every xs:include, xs:import, xs:redefine and
// xs:override it reaches must name a file in fsys by a relative path;
// URLs, absolute paths and paths leaving fsys are refused, as are schema
// files with a DOCTYPE, so compiling never touches the network or expands
// an entity. A schema libxml2 cannot compile comes back as an *Error;
// libxml2 through the wrapper (github.com/lestrrat-go/libxml2) does not
// say why, so its Problem names only the main file. Close the Schema when
// done.
//
// The records of a vendor's schema are not known, so its documents are
// validated as one tree, of at most 256 MiB (ErrTooLarge beyond): memory
// grows with the file.
func Load(fsys fs.FS, main string) (*Schema, error) {
	files, err := schemaFiles(fsys, main)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "siukit-xsd-*")
	if err != nil {
		return nil, fmt.Errorf("xsd: load %s: %w", main, err)
	}
	defer os.RemoveAll(dir)
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			return nil, fmt.Errorf("xsd: load %s: %w", main, err)
		}
		if err := os.WriteFile(p, data, 0o600); err != nil {
			return nil, fmt.Errorf("xsd: load %s: %w", main, err)
		}
	}
	xs, err := compileSchema(filepath.Join(dir, filepath.FromSlash(main)))
	if err != nil {
		return nil, &Error{Op: "load", Name: main, Problems: []Problem{{File: main, Kind: KindSchema,
			Message: "libxml2 could not compile the schema (" + oneLine(err.Error()) + "); the wrapper gives no details"}}}
	}
	return &Schema{lib: &libSchema{xs: xs}}, nil
}

// schemaFiles reads main and every schema document it reaches, checking
// that each reference stays inside fsys.
func schemaFiles(fsys fs.FS, main string) (map[string][]byte, error) {
	if !fs.ValidPath(main) {
		return nil, loadProblem(main, 0, fmt.Sprintf("%q is not a valid path in the schema file system", main))
	}
	files := map[string][]byte{}
	queue := []string{main}
	for len(queue) > 0 {
		name := queue[0]
		queue = queue[1:]
		if _, ok := files[name]; ok {
			continue
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("xsd: load %s: %w", main, err)
		}
		files[name] = data
		refs, err := schemaRefs(name, data)
		if err != nil {
			return nil, err
		}
		queue = append(queue, refs...)
	}
	return files, nil
}

// xsdNS is the XML Schema namespace.
const xsdNS = "http://www.w3.org/2001/XMLSchema"

// schemaRefs returns the files the schema document name refers to,
// relative to the root of the file system.
func schemaRefs(name string, data []byte) ([]string, error) {
	d := xml.NewDecoder(strings.NewReader(string(data)))
	var refs []string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return refs, nil
		}
		if err != nil {
			line, _ := d.InputPos()
			return nil, loadProblem(name, line, "not well-formed XML: "+err.Error())
		}
		switch t := tok.(type) {
		case xml.Directive:
			line, _ := d.InputPos()
			return nil, loadProblem(name, line, "schema files may not have a DOCTYPE or other markup declaration")
		case xml.StartElement:
			if t.Name.Space != xsdNS {
				continue
			}
			switch t.Name.Local {
			case "include", "import", "redefine", "override":
			default:
				continue
			}
			for _, a := range t.Attr {
				if a.Name.Space != "" || a.Name.Local != "schemaLocation" {
					continue
				}
				ref, ok := localRef(name, a.Value)
				if !ok {
					line, _ := d.InputPos()
					return nil, loadProblem(name, line, fmt.Sprintf("schemaLocation %q must be a relative path to a file beside the schema; nothing is fetched", a.Value))
				}
				refs = append(refs, ref)
			}
		}
	}
}

// localRef resolves the schemaLocation loc of the document name to a path
// in the file system, refusing URLs, absolute paths and paths that leave it.
func localRef(name, loc string) (string, bool) {
	if loc == "" || strings.Contains(loc, ":") || strings.HasPrefix(loc, "/") || strings.Contains(loc, "\\") ||
		strings.ContainsAny(loc, "?#%") {
		return "", false
	}
	ref := path.Join(path.Dir(name), loc)
	if !fs.ValidPath(ref) {
		return "", false
	}
	return ref, true
}

func loadProblem(file string, line int, msg string) *Error {
	return &Error{Op: "load", Name: file, Problems: []Problem{{File: file, Line: line, Kind: KindSchema, Message: msg}}}
}
