// Package diff compares two full loads of SIU lines of the same
// municipality, budget year and area: typically last year's delivery, or the
// one sent last week, and the one about to be sent. A full load replaces
// the one before it (SOURCES.md: dst-qa-2025), so what DST will see change is
// exactly the difference between the two.
//
// Compare reads the two inputs once each, as iterators of siu.Line (package
// source reads them from XML, CSV, XLSX or JSON files), and returns a Result:
// the lines added, removed, changed and unchanged, the totals per function
// and art before and after, and the citizens who appear or disappear.
// CheckHeaders refuses two loads of different municipalities, years or
// areas.
//
// # What "changed" means
//
// Lines are compared by citizen (CPR number), account (KONTOSTRENG) and
// period. Within one citizen and account:
//
//  1. an old and a new line alike in every field (citizen, account, start,
//     end, amount) are the same line: unchanged;
//  2. of the lines left, an old and a new line with the same period (start
//     and end) are a changed line: only the amount changed;
//  3. of the lines left, taken in order of start date, an old and a new
//     line whose periods overlap (share at least one day) are a changed
//     line: the period changed, and the amount may have;
//  4. every line left is removed (only in the old load) or added (only in
//     the new load).
//
// Each line is paired at most once. A line whose account or citizen changed
// is thus removed from one group and added to another: the identity of a
// line is its citizen and account, and its period within them. The same
// identity (citizen, account and period) identifies a line in a
// municipality's answers to DST's yellow marks (package report), so an
// unchanged line keeps its answer across a re-export.
//
// # Memory and temporary files
//
// Compare sorts each input by citizen, account, period and amount, then
// merges the two sorted streams one citizen and account at a time. An input
// of at most Options.RunLines lines is sorted in memory; a larger one is
// sorted in runs of RunLines lines, each written to a temporary file, and
// the runs are merged, as Unix sort does. Memory thus stays about the same
// whatever the size of the inputs: about 75 bytes a line of a run, plus the
// lines of one citizen and account (at most Options.MaxGroup on each side).
//
// The temporary files hold CPR numbers: personal data. They are created in
// Options.TempDir (default os.TempDir) with mode 0600, named
// "siukit-diff-*.tmp", and where the system allows it (Unix) their names are
// removed as soon as they are created, so that even a killed process leaves
// nothing behind; elsewhere they are removed when Compare returns, on every
// path: success, error of an input, or cancelled context.
//
// # Personal data
//
// Result lists citizens and changes with CPR numbers masked (DDMMYY-****),
// and a Change prints and marshals masked. Options.OnChange receives the
// whole lines.
package diff
