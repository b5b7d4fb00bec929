package main

import (
	"errors"
	"os"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/diff"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/siu"
)

const reportAbout = `Report checks a file of lines (CSV, XLSX, JSON or XML) as validate does
and writes the result as one self-contained HTML file, in the shape of
DST's validation report: the verdict, the red (error) and yellow (warning)
marks counted and listed by rule with their lines (CPR numbers masked),
the totals per function and art, and pictures: the annualised amounts with
the extreme-value threshold, the expenses per month per area, and the
functions with the most findings. The file needs no network and no other
file: open it in any browser, or send it on. It shows data about
individuals: treat it as personal data.

--answers marks each warning answered or open from the municipality's
answers file, and lists answers that match no warning; --totals
reconciles with the accounts (as siu summary); --previous compares with
the previous full load (as siu diff). Exit status 1 when the file has
errors, the totals differ, or with --require-answers a warning is open.`

const reportExamples = `  siu report -o rapport.html siu-461-2025-voksen.xml
  siu report --municipality 461 --year 2025 --lang en -o report.html lines.csv
  siu report --answers svar.csv --previous sidste.xml --totals regnskab.csv -o rapport.html ny.xml`

func runReport(e *env, args []string) int {
	fs := newFlags("report", "[flags] FILE", reportAbout, reportExamples)
	out := fs.String("o", "", "write the HTML to this `file` (default standard output)")
	lang := fs.String("lang", "da", "the report's language: da or en")
	max := fs.Int("max", report.DefaultMaxPerRule, "list at most this many findings of each rule; 0 lists none (all are counted)")
	var ignore codeList
	fs.Var(&ignore, "ignore", "a warning or info rule `CODE` not to report; repeat or separate with commas")
	totals := fs.String("totals", "", "reconcile with the account totals in this CSV `file` (funktion;art;beløb)")
	tolerance := fs.String("tolerance", "0", "the largest difference in `kroner` that still agrees")
	inYear := fs.Bool("in-year", false, "count each line's share in the budget year in the totals")
	previous := fs.String("previous", "", "compare with the previous full load in this `file`")
	allow := fs.Bool("allow-different", false, "with --previous, compare loads of different municipalities, years or areas")
	hf, sf, rules, af := addHeaderFlags(fs, false), addSourceFlags(fs), addRuleFlags(fs), addAnswerFlags(fs)
	files, code, ok := fs.parse(e, args)
	if !ok {
		return code
	}
	if len(files) != 1 {
		return e.usageError("report", "want one FILE, got %d", len(files))
	}
	if *lang != "da" && *lang != "en" {
		return e.usageError("report", "--lang: want da or en")
	}
	if *previous != "" && files[0] == "-" {
		return e.usageError("report", "--previous reads FILE twice: give a file, not standard input")
	}
	opts := report.Options{Lang: *lang, MaxPerRule: *max, InYear: *inYear, PreviousName: *previous, Generated: e.timeNow()}
	if *max == 0 {
		opts.MaxPerRule = -1
	}
	var err error
	if opts.Validate, err = rules.options(); err == nil {
		if opts.Ignore, err = siu.NewIgnore(ignore...); err == nil {
			if opts.Tolerance, err = parseTolerance(*tolerance); err == nil {
				opts.Answers, err = af.load()
			}
		}
	}
	if err != nil {
		return e.usageError("report", "%v", err)
	}
	if *totals != "" {
		if opts.Accounts, code, ok = readAccounts(e, "report", *totals); !ok {
			return code
		}
		opts.AccountsName = *totals
	}
	if *previous != "" {
		if opts.Previous, code = compareFiles(e, "report", []string{*previous, files[0]}, sf, *allow, diff.Options{}); opts.Previous == nil {
			return code
		}
	}
	in, code := openSource(e, "report", files[0], sf)
	if in == nil {
		return code
	}
	defer in.Close()
	h, err := fileHeader(e, files[0], in, hf)
	if err != nil {
		return e.usageError("report", "%v", err)
	}
	if in.src == nil {
		e.errorf("report", "%s", in.fatal.Message)
		return exitFail
	}
	opts.Validate.SkipEnvelope = !in.format.HasHeader()
	page, err := report.Build(in.src, h, opts)
	if err == nil {
		err = writeOutput(e, *out, page.WriteHTML)
	}
	if err != nil {
		e.errorf("report", "%v", err)
		return exitFail
	}
	open := page.Open
	if !page.Answers {
		open = page.Tally.Warnings
	}
	if !page.Deliverable() || (page.Reconciled && !page.Totals.Agrees()) || (af.require && open > 0) {
		return exitFail
	}
	return exitOK
}

// readAccounts reads a file of account totals (csvformat.ReadTotals); when
// it cannot, it says why and returns false and the exit code.
func readAccounts(e *env, cmd, path string) ([]siu.AccountTotal, int, bool) {
	f, err := os.Open(path)
	if err != nil {
		e.errorf(cmd, "%v", cleanPathError(err))
		return nil, exitUsage, false
	}
	defer f.Close()
	accounts, err := csvformat.ReadTotals(f, csvformat.TotalsOptions{})
	if err != nil {
		e.errorf(cmd, "%s: %v", path, err)
		return nil, exitFail, false
	}
	return accounts, exitOK, true
}

// parseTolerance reads --tolerance.
func parseTolerance(s string) (decimal.Decimal, error) {
	tol, err := csvformat.ParseAmount(s)
	if err != nil || tol.IsNegative() {
		return decimal.Zero, errTolerance
	}
	return tol, nil
}

var errTolerance = errors.New("--tolerance: want an amount of 0 kroner or more, e.g. 1 or 0,50")
