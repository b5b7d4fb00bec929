// Package xsd validates SIU delivery files against an XML Schema with
// libxml2, through the Go wrapper github.com/lestrrat-go/libxml2 (packages
// libxml2, parser, xsd and clib). It is the only package of siukit that
// uses libxml2, and so needs cgo (through the wrapper; this package has no
// C code of its own) and libxml2's headers and library, found with
// pkg-config as libxml-2.0; so do the commands that import it. Everything
// else, including package xmlformat with the schema files themselves,
// builds with CGO_ENABLED=0.
//
// # Schemas
//
// Default compiles the schema of xmlformat's default profile
// (xmlformat.SchemaFS, main file xmlformat.SchemaMain) once per process and
// shares it. That schema is this project's profile of the SIU file, not
// DST's official SIU schema; its envelope follows DST's published envelope
// schemas. Load compiles a vendor's own schema from any fs.FS: the files
// are written to a temporary directory and compiled from there, and every
// include and import must be a relative path inside that fs.FS, so nothing
// is fetched over the network. When libxml2 cannot compile a schema, the
// wrapper does not say why; the error names the main file only. A Schema
// is safe for concurrent use; Close frees what libxml2 allocated for it.
//
// # Validation in batches
//
// libxml2 through the wrapper validates trees only, so Schema.Validate
// never builds one tree of a large file. It reads the file as a stream
// with its own tokenizer and, for the Default schema, validates it in
// pieces, each parsed into a tree with libxml2, validated and freed:
//
//   - the header document: everything before the first record (the XML
//     declaration, the root's start tag, DeliveryMetadataNewStructure,
//     OMRAADE and the start tag of IndividUdgiftStrukturSamling), closed by
//     the collection's and the root's end tags. Records have minOccurs="0",
//     so this is a complete document on its own;
//   - batches of records (at most 2,000 records or about 16 KiB each,
//     which libxml2 parses fastest), each wrapped in the same header text
//     and end tags, validated on up to four goroutines at once
//     (GOMAXPROCS permitting) and taken back in file order;
//   - at the end, the header document with the real tail of the file (the
//     collection's end tag and everything after it) in place of the
//     invented end tags, whose problems are the header's and the tail's.
//
// This is exact for this schema: the collection's content is
// (IndividUdgiftStruktur)* with no identity constraint, so a sequence of
// records is valid exactly when each record is, and the header's problems
// do not depend on the records. Every batch repeats the header
// document's own messages; they are set aside, and what remains belongs
// to the batch's records. When a batch fails, its records are validated
// again by halves until each failing record is found. The tests hold the
// result to validating the whole file as one tree (libxml2.Parse and the
// schema's Validate): the same verdict and the same messages in the same
// order, on valid files, on errors in the header and in the first, a
// middle and the last record and at a batch boundary, and on malformed and
// truncated files. Memory stays bounded by the batch and the buffers,
// whatever the size of the file.
//
// The documents of a schema from Load are validated as one tree (its
// records are not known), of at most 256 MiB; memory then grows with the
// file.
//
// Validate returns nil for a valid file, or an *Error listing every
// problem (up to MaxProblems, the rest counted) with its line, kind
// (schema, syntax, refused) and libxml2's message, in file order. A file
// that is not well-formed ends validation at its first syntax error, as
// libxml2 does; the problems found before it are kept. The wrapper keeps
// at most 32 messages per document it validates, so a header with that
// many problems of its own would hide those of the records.
//
// # Line numbers
//
// libxml2's schema messages come through the wrapper without line
// numbers, so the line of each is found again in the piece that failed
// (one record, or the header and tail): a message names its element
// ("Element '{ns}BELOEB': ..."), and the problem gets the line of that
// element's start tag in the file, or of the parent's end tag for a
// missing child element (where the child was due). Among elements of the
// same name in the piece it takes the one whose value the message quotes;
// for "This element is not expected" the piece is cut after each candidate
// and validated again to see which one libxml2 means. A message that
// names no element of the piece gets the line of the record's start tag
// (or of stray text before it). Syntax errors carry libxml2's line in the
// piece's document, mapped back to the file through the piece's place in
// it (and so are "line N" references inside the message); an unclosed or
// mismatched tag between records and a truncated file are found by the
// tokenizer, with libxml2's wording. Columns and libxml2's error codes are
// not available through the wrapper: Problem.Column and Problem.Code are
// 0.
//
// # Untrusted input
//
// Input is treated as untrusted. It is read as UTF-8 (a UTF-16, UTF-32 or
// EBCDIC signature is refused); a DOCTYPE (and any other markup
// declaration before the root element) is refused by the tokenizer before
// libxml2 sees any byte (ErrDoctype), so no entity is declared, expanded
// or fetched; documents are parsed with XMLParseNoNet and
// XMLParseIgnoreEnc and without XMLParseNoEnt, XMLParseDTDLoad or
// XMLParseHuge, so libxml2's size and depth limits apply. Character data
// of more than MaxTextBytes in one element, and names, namespace names,
// tags and comments beyond smaller limits, are refused as they arrive
// (ErrTextTooLong): besides bounding memory this keeps libxml2's messages
// within the 1,024 bytes the wrapper's message buffer holds. A header,
// record or tail of more than 16 MiB is refused (ErrTooLarge).
//
// libxml2 prints parser errors to standard error unless told not to on
// each thread; every call into it runs on a locked OS thread with that
// printing off, so nothing is printed. No message carries a whole CPR
// number: libxml2 quotes offending values, so every message goes through
// cpr.Redact, which masks a number as DDMMYY-****.
//
// Concurrency: libxml2's one-time initialisation runs once before any
// other use, and schema compilation is serialised with a mutex (libxml2
// sets up its built-in types on first use without a lock). Validation
// takes no package-wide lock: each piece has its own parser, tree and
// validation context, and the compiled schema is only read.
package xsd
