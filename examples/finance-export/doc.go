// Command finance-export turns a finance system's CSV export of invoice
// postings into a checked SIU delivery file: read the Danish CSV, sum the
// invoices into lines, validate, write the XML and check it against the
// schema.
//
//	go run ./examples/finance-export [export.csv] [delivery.xml]
//
// Without arguments it uses a small built-in export and writes the file
// to the system's temporary directory.
package main
