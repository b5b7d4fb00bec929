package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/sample"
	"github.com/siukit/siukit/siu"
)

const demoAbout = `Demo runs the whole SIU job on the built-in sample data, a fictional
municipality's budget year 2025 (3,010 invoice postings over both areas,
only fictive CPR numbers), and explains each step:

  1. validate the finance system's export, which holds 12 deliberate
     mistakes, and show the findings;
  2. aggregate the corrected export's postings into lines;
  3. validate the lines;
  4. encode the XML file;
  5. check the XML file: schema and rules;
  6. summary: totals per function and art, reconciled with the accounts.

Each step is one of siu's own commands, printed with its arguments so
that you can run it again on the files, and then on your own.`

const demoExamples = `  siu demo
  siu demo --out ./siu-demo`

// The sample's envelope, passed to encode so that the demo's XML is the
// same on every run.
const (
	demoEmail   = "siu@kommune.example"
	demoContact = "Eksempel Kommune, Økonomi"
)

func runDemo(e *env, args []string) int {
	fs := newFlags("demo", "[flags]", demoAbout, demoExamples)
	outDir := fs.String("out", "", "write the files into this `directory` (default: a new temporary directory)")
	rest, code, ok := fs.parse(e, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		return e.usageError("demo", "unexpected argument %q", truncate(rest[0], 40))
	}
	dir := *outDir
	if dir == "" {
		d, err := os.MkdirTemp("", "siu-demo")
		if err != nil {
			e.errorf("demo", "%v", err)
			return exitFail
		}
		dir = d
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		e.errorf("demo", "%v", cleanPathError(err))
		return exitUsage
	}
	d := &demo{e: e, dir: dir}
	if err := d.run(); err != nil {
		e.errorf("demo", "%v", err)
		return exitFail
	}
	return exitOK
}

type demo struct {
	e   *env
	dir string
	w   io.Writer
}

func (d *demo) path(name string) string { return filepath.Join(d.dir, name) }

// say writes a paragraph.
func (d *demo) say(format string, args ...any) { fmt.Fprintf(d.w, format+"\n", args...) }

// step runs one siu command line as the user would type it, prints it and
// its output indented, and returns its exit code and output.
func (d *demo) step(args ...string) (int, string) {
	var out, errOut bytes.Buffer
	sub := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, now: d.e.now}
	code := run(sub, args)
	fmt.Fprintf(d.w, "  $ siu %s\n", quoteArgs(args))
	text := out.String() + errOut.String()
	for _, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		if l = strings.TrimRight(l, " "); l == "" {
			fmt.Fprintln(d.w)
			continue
		}
		fmt.Fprintf(d.w, "    %s\n", l)
	}
	fmt.Fprintln(d.w)
	return code, text
}

func (d *demo) run() error {
	d.w = d.e.stdout
	h := sample.Header(siu.AreaSamlet)
	raw, corrected := d.path("postings-2025.csv"), d.path("postings-2025-corrected.csv")
	lines, xml, accounts := d.path("lines-2025.csv"), d.path(fmt.Sprintf("siu-%d-%d-samlet.xml", h.Municipality, h.Year)), d.path("accounts-2025.csv")
	if err := os.WriteFile(raw, sample.PostingsCSV(), 0o644); err != nil {
		return cleanPathError(err)
	}
	if err := os.WriteFile(corrected, sample.CorrectedPostingsCSV(), 0o644); err != nil {
		return cleanPathError(err)
	}
	mistakes := sample.Mistakes()
	hdr := []string{"--municipality", fmt.Sprint(h.Municipality), "--year", fmt.Sprint(h.Year), "--test"}

	d.say("siu demo: the whole SIU job on built-in sample data\n")
	d.say("The data: a fictional municipality's budget year %d, delivered under code %d,", h.Year, h.Municipality)
	d.say("both areas (SAMLET), as a finance system's CSV export: ';', decimal comma,")
	d.say("dd-mm-yyyy. Every citizen has one of SIU's fictive numbers: no real persons.")
	d.say("Files: %s\n", d.dir)
	d.say("About SIU-PSR-004: a fictive number is meant for anonymous citizens (§ 109),")
	d.say("so the validator warns about one on any other function. That warning would")
	d.say("fire on most lines of this synthetic data, so every step below passes")
	d.say("--ignore SIU-PSR-004 and says how many it hid. Do not ignore it on real data.\n")

	// 1. Validate the raw export.
	d.say("== Step 1 of 6: validate the export, with its %d deliberate mistakes", len(mistakes))
	code, _ := d.step(append(append([]string{"validate"}, hdr...), "--ignore", "SIU-PSR-004", "--max", "8", raw)...)
	if code != exitFail {
		return fmt.Errorf("step 1: validate exited %d, want 1 (the raw sample has errors)", code)
	}
	if err := d.mistakesFound(append(append([]string{"validate"}, hdr...), "--format", "json", raw), mistakes); err != nil {
		return err
	}

	// 2. Aggregate the corrected export.
	d.say("== Step 2 of 6: aggregate the corrected export's invoices into lines")
	d.say("  %s is the same export with the %d mistakes corrected.", filepath.Base(corrected), len(mistakes))
	d.say("  --merge-fictive: each fictive number here is one synthetic citizen, so their")
	d.say("  invoices may be summed (by default fictive numbers are never merged).")
	if code, _ := d.step("aggregate", "--merge-fictive", "-o", lines, corrected); code != exitOK {
		return fmt.Errorf("step 2: aggregate exited %d", code)
	}

	// 3. Validate the lines.
	d.say("== Step 3 of 6: validate the lines")
	if code, _ := d.step(append(append([]string{"validate"}, hdr...), "--ignore", "SIU-PSR-004", "--max", "5", lines)...); code != exitOK {
		return fmt.Errorf("step 3: validate exited %d, want 0", code)
	}

	// 4. Encode.
	d.say("== Step 4 of 6: encode the XML file (refused if any line had an error)")
	created := h.Created.Format(time.RFC3339)
	if code, _ := d.step(append(append([]string{"encode"}, hdr...), "--created", created, "--contact", demoContact,
		"--email", demoEmail, "--ignore", "SIU-PSR-004", "-o", xml, lines)...); code != exitOK {
		return fmt.Errorf("step 4: encode exited %d", code)
	}

	// 5. Check the XML.
	d.say("== Step 5 of 6: check the XML file as DST would receive it: schema, then rules")
	if code, _ := d.step("check", "--ignore", "SIU-PSR-004", "--max", "5", xml); code != exitOK {
		return fmt.Errorf("step 5: check exited %d, want 0", code)
	}

	// 6. Summary and reconciliation.
	d.say("== Step 6 of 6: totals per function and art, reconciled with the accounts")
	d.say("  %s stands for the municipality's accounts: the totals per function", filepath.Base(accounts))
	d.say("  and art of the corrected postings (siu summary --format csv wrote it).")
	var acc bytes.Buffer
	if code := run(&env{stdin: strings.NewReader(""), stdout: &acc, stderr: io.Discard}, []string{"summary", "--format", "csv", corrected}); code != exitOK {
		return fmt.Errorf("step 6: summary --format csv exited %d", code)
	}
	if err := os.WriteFile(accounts, acc.Bytes(), 0o644); err != nil {
		return cleanPathError(err)
	}
	if code, _ := d.step("summary", "--totals", accounts, xml); code != exitOK {
		return fmt.Errorf("step 6: summary exited %d", code)
	}

	d.say("Done. Your own export: siu validate --municipality CODE --year YEAR your-export.csv")
	d.say("(siu validate --help lists the columns and forms it reads). The XML uses")
	d.say("siukit's profile with placeholder DST codes: DST's SIU schema is not public.")
	return nil
}

// mistakesFound runs validate with --format json and lists each deliberate
// mistake of the sample with the finding that caught it.
func (d *demo) mistakesFound(args []string, mistakes []sample.Mistake) error {
	var out bytes.Buffer
	run(&env{stdin: strings.NewReader(""), stdout: &out, stderr: io.Discard}, args)
	var rep report.Validation
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		return fmt.Errorf("step 1: reading validate's JSON report: %v", err)
	}
	found := 0
	d.say("  The %d deliberate mistakes of the sample (sample.Mistakes) and what caught them:", len(mistakes))
	tw := tabwriter.NewWriter(d.w, 0, 0, 2, ' ', 0)
	for _, m := range mistakes {
		caught := "NOT FOUND"
		for _, f := range rep.Findings {
			if f.FileLine == m.Line && f.Code == m.Code {
				caught = f.Severity.String()
				found++
				break
			}
		}
		fmt.Fprintf(tw, "    line %d\t%s\t%s\t%s\n", m.Line, m.Code, caught, m.Description)
	}
	tw.Flush()
	if found != len(mistakes) {
		return fmt.Errorf("step 1: %d of the %d deliberate mistakes were not found", len(mistakes)-found, len(mistakes))
	}
	d.say("  All %d found. The other SIU-BEL-004 warnings are the sample's genuine credit", found)
	d.say("  notes (a negative amount on an expense art: DST asks for a comment), and")
	d.say("  SIU-KTO-007 (info) marks the children's functions, voluntary in %d.\n", rep.Header.Year)
	return nil
}

// quoteArgs joins args for display, quoting those a shell would split.
func quoteArgs(args []string) string {
	out := make([]string, len(args))
	for i, a := range args {
		if a == "" || strings.ContainsAny(a, " '\"$\\;&|<>*?()") {
			a = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
		out[i] = a
	}
	return strings.Join(out, " ")
}
