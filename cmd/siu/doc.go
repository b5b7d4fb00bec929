// Command siu checks and writes SIU deliveries: Danmarks Statistik's
// statistic of municipal expenses for social services per citizen
// (individhenførbare udgifter). 'siu help' lists the commands, and every
// command takes --help; 'siu demo' runs the whole job on sample data.
//
// The command parses flags and prints: the work is the library's (packages
// source, report, delivery, diff, siu, web/serve). Everything it prints is
// in the embedded message files messages/en.txt and messages/da.txt,
// chosen by --lang or the locale (LC_ALL, LC_MESSAGES, LANG; English when
// none is set, as on Windows by default); the demo's steps are in
// demo/steps.txt.
//
// Exit status: 0 done, and the input has no errors (warnings allowed); 1
// the input has errors (error findings, lines that cannot be read, schema
// problems, reconciliation differences, loads that differ, an open warning
// with --require-answers); 2 bad usage (an unknown command or flag, a
// missing argument, a file that cannot be opened); 130 interrupted by
// SIGINT or SIGTERM, after removing every temporary file it made.
//
// Reports go to standard output, data (CSV, XML) to standard output or -o
// FILE; when data goes to standard output, reports go to standard error.
// Every command reads its input in memory bounded whatever its size; the
// temporary files it needs for that are private (mode 0600). No message
// holds a whole CPR number.
package main
