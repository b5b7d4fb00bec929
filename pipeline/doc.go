// Package pipeline turns a finance system's export of invoice postings
// into a checked SIU delivery file in one library call, streaming end to
// end: Danish CSV (package csvformat) → aggregation (siu.Aggregator, in a
// bounded memory budget) → validation (siu.Validator) → encoding
// (xmlformat.Encoder) → schema check (package xmlformat/xsd) → the file,
// renamed into place only when the delivery is deliverable (package
// delivery's WriteFile).
//
// Run reads a CSV file; RunPostings takes postings from any source (an
// XLSX sheet through csvformat.OpenXLSX, a database). Neither holds the
// postings or the lines in memory: the postings are packed into the
// aggregator's budget and spilled to sorted runs beyond it, the lines
// stream from the aggregator's merge through the validator and the
// encoder into the delivery's temporary file, and the schema check reads
// that file in batches. Memory is bounded by the aggregator's budget
// (siu.AggregateOptions.MemoryBudget) and the validator's per-citizen
// state, not by the number of postings.
//
// # Temporary files hold personal data
//
// Two kinds of temporary file hold CPR numbers and amounts while Run
// works, both created with mode 0600 and removed on every exit path
// (error, cancelled context, panic): the aggregator's sorted runs, in
// siu.AggregateOptions.TempDir or os.TempDir, whose names are removed as
// soon as they are created where the system allows it (see
// siu.Aggregator); and the delivery's file in the target's directory,
// which becomes the target by renaming (see package delivery).
//
// # Interruption
//
// Cancelling the context stops Run: it is checked while the postings are
// read and before each line is written, and it closes the aggregator at
// once (context.AfterFunc), which removes the sorted runs even while Run
// waits for input. A command hooks SIGINT with signal.NotifyContext and
// passes that context; nothing is left behind.
package pipeline
