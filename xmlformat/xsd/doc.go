// Package xsd validates SIU delivery files against an XML Schema. It has
// two checkers:
//
//   - libxml2, through the Go wrapper github.com/lestrrat-go/libxml2
//     (packages libxml2, parser, xsd and clib), in builds with cgo. It is
//     the only part of siukit that uses libxml2; it needs cgo (through
//     the wrapper; this package has no C code of its own) and libxml2's
//     headers and library, found with pkg-config as libxml-2.0. Its files
//     carry the build constraint cgo.
//   - a pure-Go checker of the default profile's schema, in every build.
//     It is not a general XML Schema engine: it checks exactly the
//     default profile's schema (xmlformat.SchemaFS), written out in Go in
//     siuschema.go as a table of simple types with their facets, complex
//     types with their sequences, and global element declarations, which
//     a test holds to the schema files.
//
// Default returns the default profile's schema checked by libxml2 in a
// build with cgo and by the pure-Go checker in a build without
// (CGO_ENABLED=0); PureGo returns the pure-Go checker in any build, so
// that a cgo build can run both. Schema.Checker says which checker a
// Schema is ("libxml2" or "pure Go"), for a program to tell its user.
// Load, which compiles a vendor's own schema, needs libxml2: without cgo
// it returns an error wrapping ErrNoCgo. So the whole of siukit, cmd/siu
// included, builds with CGO_ENABLED=0 and cross-compiles.
//
// # Schemas
//
// Default's schema is this project's profile of the SIU file, not DST's
// official SIU schema; its envelope follows DST's published envelope
// schemas (SOURCES.md: dst-envelope-xsd). With libxml2, Default compiles
// it once per process and shares it. Load compiles a vendor's own schema
// from any fs.FS: the files are written to a temporary directory and
// compiled from there, and every include and import must be a relative
// path inside that fs.FS, so nothing is fetched over the network. When
// libxml2 cannot compile a schema, the wrapper does not say why; the
// error names the main file only. A Schema is safe for concurrent use;
// Close frees what libxml2 allocated for it.
//
// # The pure-Go checker
//
// The pure-Go checker reads the document once, as a stream, holding only
// the open elements and the current value: memory stays bounded whatever
// the size of the file. For each element it does what XML Schema (and
// libxml2) does with this schema: the root must be one of the schema's
// global elements; each element's children must follow its type's
// sequence (element order, minOccurs, maxOccurs; an element that may not
// come is "not expected", and its siblings after it and its content are
// not checked, as libxml2 does; a sequence cut short is "Missing child
// element(s)" on the parent's end tag); element-only content has no
// character data but white space (a CDATA section counts as character
// data, blank or not); a simple type's element has no child element, and
// its value is first normalised by its base type's white space facet
// (xs:string preserves, xs:decimal, xs:date and xs:dateTime collapse),
// then checked against the base type's lexical space (xs:decimal with
// libxml2's limit of 24 digits after leading zeros; xs:date and
// xs:dateTime with real days, no year 0000, 24:00:00, a time zone of at
// most 14 hours) and then against each facet (length and maxLength in
// characters, pattern, enumeration). Elements are matched by namespace
// and local name, with namespace declarations in scope; a name whose
// prefix is not declared keeps its whole name without a namespace, as
// libxml2 has it. The schema declares no attribute, so an attribute is an
// error, except the schema instance attributes: xsi:schemaLocation and
// xsi:noNamespaceSchemaLocation (hints, not followed), xsi:type naming the
// element's own type (no type of the schema derives from another), and
// xsi:nil, an xs:boolean allowed on the nillable elements only (the
// optional leaves of dst:Envelope, as in DST's schema: RefID, EntityPath,
// AutID, AutSubID, Privilige, ReportingDataType). A nilled element
// (xsi:nil true) has no content at all: every text node before its first
// child element (white space and an empty CDATA section too) is an
// error, and so is its first child element, after which nothing in it is
// checked; its value is not checked against its type. Its messages are
// libxml2's, word for word.
//
// Both checkers cut the document into the same pieces and report problems
// in the same order: the header (everything before the start tag of the
// record collection, IndividUdgiftStrukturSamling), each record with the
// text and comments before it, and the tail (from the collection's end
// tag on). A piece that is not well-formed contributes its syntax error
// only (libxml2 validates no document that is not well-formed); the
// pieces before it keep their problems.
//
// The two checkers agree: TestCheckersAgreeOnProjectFiles,
// TestCheckersAgreeOnMutations and FuzzCheckersAgree (agree_test.go, cgo
// builds) run both on every XML file of the project (golden files, the
// conformance suite's expected files, the fuzz corpora, the invalid
// cases), on mutations of valid files (an element deleted, duplicated or
// swapped with its sibling, a value changed to an edge value, white
// space, an attribute, a namespace, a rename, text, a CDATA section, a
// truncation) and on random input, and require the same verdict and the
// same first problem: line, kind and message. The checkers differ only in
// how many problems they list in rare cases: the wrapper keeps at most 32
// of libxml2's messages per document it validates, the pure-Go checker
// keeps them all (up to MaxProblems).
//
// # Validation in batches (libxml2)
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
// that is not well-formed ends validation at its first syntax error; the
// problems found before it (in the pieces before its own) are kept. The
// wrapper keeps at most 32 messages per document it validates, so a
// header with that many problems of its own would hide those of the
// records.
//
// # Syntax errors
//
// Both checkers read the document through one scanner (scan.go, lex.go),
// which checks that it is well-formed XML 1.0 with namespaces as
// libxml2's parser judges it (wellformed.go): what libxml2 treats as a
// fatal error (a tag mismatch, a bad character, an undefined entity, a
// malformed tag, comment, declaration or reference, content after the
// root, a truncated file, nesting deeper than libxml2's 256 levels) is a
// syntax error, with libxml2's wording; what libxml2 only warns about (an
// unknown encoding name, an undeclared prefix) is not. So a syntax error
// has one message and one line, the first error in the file, whichever
// checker runs. (libxml2 through the wrapper reports its last error,
// after its own recovery, which can be lines later; it stands behind the
// scanner, and the differential tests hold the scanner's verdict to its
// parser's on every input.)
//
// # Line numbers
//
// The pure-Go checker knows each element's line as it reads it. The
// libxml2 path finds them again, in a way the differential tests hold to
// the pure-Go checker's lines: libxml2's schema messages come through the
// wrapper without line numbers, so the line of each is found again in the
// piece that failed (one record, or the header and tail): a message names
// its element
// ("Element '{ns}BELOEB': ..."), and the problem gets the line of that
// element's start tag in the file, or of the parent's end tag for a
// missing child element (where the child was due). Among elements of the
// same name in the piece it takes the one whose value the message quotes;
// for "This element is not expected" the piece is cut after each candidate
// and validated again to see which one libxml2 means. A message that
// names no element of the piece gets the line of the record's start tag
// (or of stray text before it). Syntax errors are the scanner's (see
// above); one that libxml2 alone finds carries libxml2's line in the
// piece's document, mapped back to the file through the piece's place in
// it (and so are "line N" references inside the message). Columns and
// libxml2's error codes are not available through the wrapper:
// Problem.Column and Problem.Code are 0, with either checker.
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
// record or tail of more than 16 MiB is refused (ErrTooLarge). The
// pure-Go checker reads through the same scanner, so it refuses the same
// input with the same problems, though it would not need the limits.
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
