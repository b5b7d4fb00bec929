package stage

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// The SQLite baseline of aggregation: the postings of the pipeline's CSV
// file in a table of an SQLite database file, and the classic
// gaps-and-islands query with window functions, run by the sqlite3
// program. It does less than siu's Aggregator: it merges periods that
// overlap or touch (MaxGapDays 0) per citizen and account, and sums the
// amounts in øre, but it has no 366-day limit (so its lines are a few
// fewer), and it merges every number, as MergedOptions does.

// SQLiteLoad is the script that imports a CSV file written by WriteCSV
// (a header, ';', decimal commas, dates dd-mm-yyyy) into table p with
// typed columns: the amount in øre and the dates as Julian day numbers.
// %s is the CSV file's path.
const SQLiteLoad = `.mode csv
.separator ;
CREATE TABLE raw(cpr TEXT, konto TEXT, beloeb TEXT, start TEXT, slut TEXT);
.import --skip 1 '%s' raw
CREATE TABLE p AS SELECT cpr AS psr, konto AS acct,
  CAST(replace(beloeb, ',', '') AS INTEGER) AS oere,
  CAST(julianday(substr(start,7,4)||'-'||substr(start,4,2)||'-'||substr(start,1,2)) AS INTEGER) AS sday,
  CAST(julianday(substr(slut,7,4)||'-'||substr(slut,4,2)||'-'||substr(slut,1,2)) AS INTEGER) AS eday
FROM raw;
DROP TABLE raw;
VACUUM;
`

// SQLiteQuery aggregates table p: a posting starts a new island when it
// starts more than one day after the latest end of the postings before it
// (in order of start and end date) of the same citizen and account; each
// island becomes one line with the sum of its amounts, from its earliest
// start to its latest end, sorted like siu's lines.
const SQLiteQuery = `WITH o AS (
  SELECT psr, acct, oere, sday, eday,
    MAX(eday) OVER (PARTITION BY psr, acct ORDER BY sday, eday
      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_end
  FROM p
), g AS (
  SELECT psr, acct, oere, sday, eday,
    SUM(CASE WHEN prev_end IS NULL OR sday > prev_end + 1 THEN 1 ELSE 0 END)
      OVER (PARTITION BY psr, acct ORDER BY sday, eday ROWS UNBOUNDED PRECEDING) AS island
  FROM o
)
SELECT psr, acct, SUM(oere), MIN(sday), MAX(eday) FROM g
GROUP BY psr, acct, island ORDER BY psr, acct, MIN(sday);
`

// SQLiteCreate makes the database file db from the CSV file csv with the
// sqlite3 program, replacing any file at db.
func SQLiteCreate(sqlite3, csv, db string) error {
	if strings.ContainsRune(csv, '\'') {
		return fmt.Errorf("sqlite baseline: the path %q holds a quote", csv)
	}
	if err := os.Remove(db); err != nil && !os.IsNotExist(err) {
		return err
	}
	cmd := exec.Command(sqlite3, db)
	cmd.Stdin = strings.NewReader(fmt.Sprintf(SQLiteLoad, filepath.ToSlash(csv)))
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("sqlite3 (loading the CSV file): %v\n%s", err, out)
	}
	return nil
}

// SQLiteAggregate runs SQLiteQuery on the database file db with the
// sqlite3 program and returns the number of lines it printed. When
// gnuTime is not empty, sqlite3 runs under GNU time (-f %M), and the
// second result is its peak RSS in KiB; otherwise it is 0.
func SQLiteAggregate(sqlite3, gnuTime, db string) (lines int, peakKB int64, err error) {
	args := []string{sqlite3, db}
	var rss string
	if gnuTime != "" {
		f, err := os.CreateTemp("", "siukit-sqlite-maxrss-*")
		if err != nil {
			return 0, 0, err
		}
		rss = f.Name()
		f.Close()
		defer os.Remove(rss)
		args = append([]string{gnuTime, "-f", "%M", "-o", rss}, args...)
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdin = strings.NewReader(SQLiteQuery)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return 0, 0, fmt.Errorf("sqlite3 (the query): %v\n%s", err, stderr.Bytes())
	}
	lines = bytes.Count(stdout.Bytes(), []byte("\n"))
	if rss != "" {
		data, err := os.ReadFile(rss)
		if err != nil {
			return lines, 0, err
		}
		if _, err := fmt.Sscan(string(data), &peakKB); err != nil {
			return lines, 0, fmt.Errorf("GNU time wrote %q: %v", data, err)
		}
	}
	return lines, peakKB, nil
}
