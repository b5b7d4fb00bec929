package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/sample"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

// demoSteps are the demo's command lines (demo/steps.txt describes them).
//
//go:embed demo/steps.txt
var demoSteps string

func runDemo(c *cmdFlags, _ []string) int {
	e, dir := c.e, c.v.outDir
	if dir == "" {
		d, err := os.MkdirTemp("", "siu-demo")
		if err != nil {
			return e.fail("demo", err)
		}
		dir = d
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		e.errorf("demo", "%v", source.PathError(err))
		return exitUsage
	}
	if err := demo(e, dir); err != nil {
		return e.fail("demo", err)
	}
	return exitOK
}

// demo writes the sample's files into dir and runs the steps, each as the
// user would type it, printing the narration, the command and its output.
func demo(e *env, dir string) error {
	h := sample.Header(siu.AreaSamlet)
	mistakes := sample.Mistakes()
	vars := map[string]string{
		"dir": dir, "year": strconv.Itoa(h.Year), "municipality": strconv.Itoa(h.Municipality),
		"mistakes": strconv.Itoa(len(mistakes)), "created": h.Created.Format(time.RFC3339),
		"contact": "Eksempel Kommune, Økonomi", "email": "siu@kommune.example",
	}
	for name, file := range map[string]string{"raw": "postings-2025.csv", "corrected": "postings-2025-corrected.csv",
		"lines": "lines-2025.csv", "accounts": "accounts-2025.csv",
		"xml": fmt.Sprintf("siu-%d-%d-samlet.xml", h.Municipality, h.Year)} {
		vars[name], vars[name+".base"] = filepath.Join(dir, file), file
	}
	for name, data := range map[string][]byte{"raw": sample.PostingsCSV(), "corrected": sample.CorrectedPostingsCSV()} {
		if err := os.WriteFile(vars[name], data, 0o600); err != nil {
			return source.PathError(err)
		}
	}
	var pairs []string
	for k, v := range vars {
		pairs = append(pairs, "{"+k+"}", v)
	}
	expand := strings.NewReplacer(pairs...).Replace
	w := e.stdout
	fmt.Fprintf(w, "%s\n\n", expand(e.t("demo.intro")))
	for _, line := range strings.Split(demoSteps, "\n") {
		f := strings.Fields(line)
		if len(f) < 3 || strings.HasPrefix(line, "#") {
			continue
		}
		name, want, args := f[0], f[1], f[2:]
		for i, a := range args {
			args[i] = expand(a)
		}
		var out bytes.Buffer
		sub := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &out, now: e.now, lang: e.language(), ctx: e.ctx}
		if name != "mistakes" && name != "accounts" {
			fmt.Fprintf(w, "%s\n", expand(e.t("demo."+name)))
			fmt.Fprintf(w, "  $ siu %s\n", quoteArgs(args))
		}
		code := run(sub, args)
		if strconv.Itoa(code) != want {
			return fmt.Errorf("%s: siu %s exited %d, want %s", name, args[0], code, want)
		}
		switch name {
		case "mistakes":
			if err := demoMistakes(e, out.Bytes(), mistakes, vars); err != nil {
				return err
			}
		case "accounts":
			if err := os.WriteFile(vars["accounts"], out.Bytes(), 0o600); err != nil {
				return source.PathError(err)
			}
		default:
			for _, l := range strings.Split(strings.TrimRight(out.String(), "\n"), "\n") {
				fmt.Fprintln(w, strings.TrimRight("    "+l, " "))
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintln(w, expand(e.t("demo.done")))
	return nil
}

// demoMistakes lists each deliberate mistake of the sample with the
// finding of validate's JSON report that caught it.
func demoMistakes(e *env, out []byte, mistakes []sample.Mistake, vars map[string]string) error {
	var rep report.Validation
	if err := json.Unmarshal(out, &rep); err != nil {
		return fmt.Errorf("reading validate's JSON report: %v", err)
	}
	found := 0
	fmt.Fprintln(e.stdout, e.t("demo.mistakes", len(mistakes)))
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	for _, m := range mistakes {
		caught := e.t("demo.notfound")
		for _, f := range rep.Findings {
			if f.FileLine == m.Line && f.Code == m.Code {
				caught, found = e.t("sev."+f.Severity.String()), found+1
				break
			}
		}
		fmt.Fprintf(tw, "    %s %d\t%s\t%s\t%s\n", e.tn("n.line", 1), m.Line, m.Code, caught, m.Description)
	}
	tw.Flush()
	if found != len(mistakes) {
		return fmt.Errorf("%d of the %d deliberate mistakes were not found", len(mistakes)-found, len(mistakes))
	}
	fmt.Fprintf(e.stdout, "%s\n\n", e.t("demo.found", found, vars["year"]))
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
