// Package privacy holds the module-wide tests on personal data: no error,
// finding, log record or report of any package of the module shows a
// whole CPR number, whatever the input holds and wherever it holds it.
//
// It has no code to import. Its tests (leak_test.go) feed inputs holding
// real-looking numbers (1705801234, 170580-1234, 170580 1234, full-width
// digits, CPR1705801234, numbers in file names and element names) through
// every rule of the catalogue (siu.Rules) and every error type of every
// package, and fail on any whole number in any message. They read the
// cases that cpr.Redact shares with the other packages from
// internal/redacttable/redact.json.
//
// A whole number is found in a message when, with full-width digits read
// as ASCII and every character other than a letter or a digit removed, the
// ten digits of a seeded number appear in a row; or when the message holds
// ten digits in a row, or six digits, one separator and four, that
// cpr.Parse accepts.
package privacy
