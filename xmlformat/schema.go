package xmlformat

import (
	"embed"
	"io/fs"
)

// schemaFiles holds the XSD of the default profile. See SchemaFS.
//
//go:embed schema/*.xsd
var schemaFiles embed.FS

// SchemaMain is the name, within SchemaFS, of the schema document that
// declares the root element IndividUdgiftLeveranceStruktur. The other files
// are reached from it by xs:include and xs:import with relative
// schemaLocations, so the set is self-contained and nothing is fetched over
// the network.
const SchemaMain = "siu.xsd"

// SchemaFS returns the XML Schema (XSD) of the default profile as a
// read-only file system: SchemaMain and the files it includes and imports,
// all at its root. It is this project's profile of the SIU file, described
// in the package documentation, not DST's official SIU schema; its
// DeliveryMetadataNewStructure follows DST's published envelope schemas.
//
// Package xmlformat/xsd validates files against it with libxml2; this
// package itself needs no cgo.
func SchemaFS() fs.FS {
	sub, err := fs.Sub(schemaFiles, "schema")
	if err != nil {
		// fs.Sub fails only for an invalid path name, and "schema" is valid.
		panic("xmlformat: embedded schema: " + err.Error())
	}
	return sub
}
