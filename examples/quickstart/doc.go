// Command quickstart builds a small SIU delivery in code, validates it and
// writes the XML file to standard output: the library's three main steps
// in one page.
package main
