// Command siu checks and writes SIU deliveries: Danmarks Statistik's
// statistic of municipal expenses for social services per citizen
// (individhenførbare udgifter).
//
// Usage:
//
//	siu demo                 the whole job on the built-in sample data
//	siu validate FILE        check lines (CSV, XLSX, JSON or XML) against the rules
//	siu aggregate FILE       sum invoice postings into lines
//	siu encode FILE          write the SIU XML file, refusing lines with errors
//	siu check FILE.xml       schema, then rules, on an XML file
//	siu summary FILE         totals per function and art; --totals reconciles
//	siu report -o R.html FILE  the validation report as one self-contained HTML file
//	siu diff OLD NEW         two full loads compared line by line
//	siu rules                the rule catalogue
//	siu generate             synthetic postings for testing a pipeline
//	siu conformance export DIR | run -- CMD ARGS... | reference KIND
//
// Every command takes --help. CSV and XLSX input is read as Danish
// spreadsheets export it (package csvformat); such files carry no header,
// so --municipality and --year give it. Every input error names its line
// (or row) and column.
//
// Exit status: 0 done, and the input has no errors (warnings allowed); 1
// the input has errors (error findings, lines that cannot be read, schema
// problems, reconciliation differences, two loads that differ, a warning
// not answered with --require-answers); 2 bad usage (an unknown command
// or flag, a missing argument, a file that cannot be opened).
//
// Reports go to standard output, data (CSV, XML) to standard output or -o
// FILE; when data goes to standard output, reports go to standard error.
// Progress is shown on standard error for long inputs, only when it is a
// terminal. No message holds a whole CPR number.
package main
