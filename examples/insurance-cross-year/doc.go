// Command insurance-cross-year shows DST's example of an expense that runs
// into the next year (SOURCES.md: dst-qa-2025): an insurance booked in 2025 that covers
// 1 July 2025 to 30 June 2026 is reported on one line with exactly those
// start and end dates, in the 2025 delivery. The validator accepts it
// without a finding; the siu package can still say which part of the
// amount falls in each calendar year.
package main
