package browsertest

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/xuri/excelize/v2"

	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/sample"
	"github.com/siukit/siukit/web/serve"
)

// The browser checker (package web) is tested as a person uses it: the
// page that scripts/webchecker builds, opened from disk (file://) in
// headless Chromium, a file chosen, the form filled in, the check run and
// the XML and the findings downloaded. What it shows and gives is compared
// with what the siu command (built from ../cmd/siu) gives for the same
// file and flags: the findings and the XML byte for byte, the report byte
// for byte but for its date (the command's is the time it runs). No request
// may leave the page, and the browser may log no error.

// checker is what the tests share: the built page and siu.
type checker struct {
	page string // the page's path (index.html)
	siu  string // the siu command
}

var (
	buildOnce  sync.Once
	built      checker
	builtError error
)

// buildChecker runs scripts/webchecker and builds siu, once per test run,
// both on the same two cores: in sequence.
func buildChecker(t *testing.T) checker {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "siukit-webchecker-")
		if err != nil {
			builtError = err
			return
		}
		built = checker{page: filepath.Join(dir, "site", "index.html"), siu: filepath.Join(dir, "siu")}
		siu := exec.Command("go", "build", "-o", built.siu, "./cmd/siu")
		siu.Dir = ".." // in siukit's module, not this one
		for _, cmd := range []*exec.Cmd{exec.Command("bash", "../scripts/webchecker", filepath.Join(dir, "site")), siu} {
			start := time.Now()
			out, err := cmd.CombinedOutput()
			if err != nil {
				builtError = fmt.Errorf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, out)
				return
			}
			fmt.Fprintf(os.Stderr, "%s (%.1fs):\n%s", strings.Join(cmd.Args, " "), time.Since(start).Seconds(), out)
		}
	})
	if builtError != nil {
		t.Fatal(builtError)
	}
	return built
}

// url is the page's file:// URL.
func (c checker) url() string { return "file://" + c.page }

// TestMain removes what buildChecker built.
func TestMain(m *testing.M) {
	code := m.Run()
	if built.siu != "" {
		os.RemoveAll(filepath.Dir(built.siu))
	}
	os.Exit(code)
}

// form is what a test fills in: the page's field ids and their values.
type form struct {
	municipality, year, area, created, email, contact, ignore, lang string
	test                                                            bool
}

// args returns the siu flags that say what the form says. withEnvelope
// adds encode's.
func (f form) args(withEnvelope bool) []string {
	a := []string{"--municipality", f.municipality, "--year", f.year, "--area", f.area}
	if f.test {
		a = append(a, "--test")
	}
	if f.ignore != "" {
		a = append(a, "--ignore", f.ignore)
	}
	if withEnvelope {
		a = append(a, "--created", f.created, "--email", f.email, "--contact", f.contact)
	}
	return a
}

// shown is what the test reads from the page after a check.
type shown struct {
	State       string            `json:"state"`
	Status      string            `json:"status"`
	Deliverable string            `json:"deliverable"`
	Counts      map[string]int    `json:"counts"`
	Rows        []row             `json:"rows"`
	Srcdoc      string            `json:"srcdoc"`
	XMLLink     string            `json:"xmlLink"`
	Refused     string            `json:"refused"`
	Report      map[string]string `json:"report"` // read inside the report's frame
}

// row is a row of the page's table of findings.
type row struct {
	Code, Severity, Field, Message string
	Line, FileLine                 int
}

const readChecker = `(() => {
	const rows = [...document.querySelectorAll('#findings tbody tr[data-code]')].map(tr => ({
		Code: tr.dataset.code, Severity: tr.dataset.severity, Field: tr.dataset.field,
		Message: tr.cells[4].textContent, Line: +tr.dataset.line, FileLine: +tr.dataset.fileLine}));
	const frame = document.getElementById('report');
	const doc = frame.contentDocument;
	const verdict = doc && doc.querySelector('[data-verdict]');
	return {
		state: document.getElementById('status').dataset.state,
		status: document.getElementById('status').textContent,
		deliverable: document.getElementById('verdict').dataset.deliverable || '',
		counts: Object.fromEntries([...document.querySelectorAll('[data-count]')].map(e => [e.dataset.count, +e.dataset.n])),
		rows,
		srcdoc: frame.srcdoc,
		xmlLink: (document.getElementById('download-xml') || {}).download || '',
		refused: (document.getElementById('xml-refused') || {}).textContent || '',
		report: {
			verdict: verdict ? verdict.dataset.verdict : '',
			background: doc ? getComputedStyle(doc.body).backgroundColor : '',
			charts: doc ? String(doc.querySelectorAll('svg.chart').length) : '',
		},
	};
})()`

// session is one tab of the browser, with what it saw.
type session struct {
	ctx       context.Context
	downloads string // the directory downloads go to

	mu       sync.Mutex
	loaded   bool              // set once the program is ready
	early    []string          // the requests until then
	late     []string          // the requests after
	problems []string          // console errors, exceptions, errors logged
	files    map[string]string // download GUID -> suggested name
	done     map[string]bool   // download GUID -> completed
}

// newSession opens a tab in the browser of ctx and listens to it.
func newSession(t *testing.T, ctx context.Context) *session {
	t.Helper()
	tab, cancel := chromedp.NewContext(ctx)
	t.Cleanup(cancel)
	s := &session{ctx: tab, downloads: t.TempDir(), files: map[string]string{}, done: map[string]bool{}}
	chromedp.ListenTarget(tab, func(ev any) {
		s.mu.Lock()
		defer s.mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			if s.loaded {
				s.late = append(s.late, ev.Request.URL)
			} else {
				s.early = append(s.early, ev.Request.URL)
			}
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.APITypeError || ev.Type == runtime.APITypeWarning {
				s.problems = append(s.problems, fmt.Sprintf("console %s: %s", ev.Type, args(ev.Args)))
			}
		case *runtime.EventExceptionThrown:
			s.problems = append(s.problems, "exception: "+ev.ExceptionDetails.Text)
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.LevelError || ev.Entry.Level == log.LevelWarning {
				s.problems = append(s.problems, "log: "+ev.Entry.Text)
			}
		case *browser.EventDownloadWillBegin:
			s.files[ev.GUID] = ev.SuggestedFilename
		case *browser.EventDownloadProgress:
			if ev.State == browser.DownloadProgressStateCompleted {
				s.done[ev.GUID] = true
			}
		}
	})
	return s
}

// args joins a console call's arguments.
func args(vs []*runtime.RemoteObject) string {
	var parts []string
	for _, v := range vs {
		if len(v.Value) > 0 {
			parts = append(parts, string(v.Value))
		} else {
			parts = append(parts, v.Description)
		}
	}
	return strings.Join(parts, " ")
}

// open loads the page at url and waits until its program is ready.
func (s *session) open(t *testing.T, url string) {
	t.Helper()
	start := time.Now()
	if err := chromedp.Run(s.ctx,
		network.Enable(), runtime.Enable(), log.Enable(),
		browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllowAndName).WithDownloadPath(s.downloads).WithEventsEnabled(true),
		chromedp.Navigate(url),
		chromedp.WaitReady(`body[data-ready="true"]`),
	); err != nil {
		t.Fatalf("loading the page: %v (problems: %v)", err, s.problems)
	}
	s.mu.Lock()
	s.loaded = true
	s.mu.Unlock()
	t.Logf("page loaded and program ready in %.1fs", time.Since(start).Seconds())
}

// check chooses the file, fills in the form, runs the check and returns
// what the page shows.
func (s *session) check(t *testing.T, file string, f form) shown {
	t.Helper()
	start := time.Now()
	actions := []chromedp.Action{chromedp.SetUploadFiles("#file", []string{file}, chromedp.ByID)}
	for id, v := range map[string]string{"municipality": f.municipality, "year": f.year, "area": f.area,
		"created": f.created, "email": f.email, "contact": f.contact, "ignore": f.ignore, "lang": f.lang} {
		if v != "" { // the fields start empty but Created
			actions = append(actions, chromedp.SetValue("#"+id, v, chromedp.ByID))
		}
	}
	if f.test {
		actions = append(actions, chromedp.Click("#test", chromedp.ByID))
	}
	var got shown
	var finished bool
	actions = append(actions,
		chromedp.Click("#run", chromedp.ByID),
		chromedp.Poll(`['done', 'error'].includes(document.getElementById('status').dataset.state)`, &finished, chromedp.WithPollingTimeout(90*time.Second)),
		chromedp.Evaluate(readChecker, &got),
	)
	if err := chromedp.Run(s.ctx, actions...); err != nil {
		t.Fatalf("checking %s: %v", filepath.Base(file), err)
	}
	if got.State != "done" {
		t.Fatalf("the page says %q (%s)", got.Status, got.State)
	}
	t.Logf("checked %s in the page in %.1fs", filepath.Base(file), time.Since(start).Seconds())
	return got
}

// download clicks the link with the given id and returns the file it
// saved.
func (s *session) download(t *testing.T, id, wantName string) []byte {
	t.Helper()
	s.mu.Lock()
	before := len(s.files)
	s.mu.Unlock()
	if err := chromedp.Run(s.ctx, chromedp.Click("#"+id, chromedp.ByID)); err != nil {
		t.Fatalf("clicking #%s: %v", id, err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		s.mu.Lock()
		for guid, name := range s.files {
			if s.done[guid] && len(s.files) > before && name == wantName {
				delete(s.files, guid)
				s.mu.Unlock()
				data, err := os.ReadFile(filepath.Join(s.downloads, guid))
				if err != nil {
					t.Fatal(err)
				}
				return data
			}
		}
		s.mu.Unlock()
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("no download of %s", wantName)
	return nil
}

// finish checks what the session saw: the page loaded nothing but itself
// (the program is in it), made no request after that (reading the file,
// checking it and saving the downloads from the page's memory make none),
// and nothing was logged as an error or a warning.
func (s *session) finish(t *testing.T, url string) {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, u := range s.early {
		if u != url {
			t.Errorf("the page requested %s while loading: it must load nothing but itself", u)
		}
	}
	if len(s.early) == 0 {
		t.Error("no request seen at all: are network events listened to?")
	}
	for _, u := range s.late {
		t.Errorf("the page requested %s after loading: it must make no request", u)
	}
	for _, p := range s.problems {
		t.Errorf("browser: %s", p)
	}
}

// siu runs the siu command in dir and returns its standard output; exit
// status 1 (findings) is no error.
func (c checker) run(t *testing.T, dir string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(c.siu, args...)
	cmd.Dir = dir
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var ee *exec.ExitError
	if err != nil && !(errors.As(err, &ee) && ee.ExitCode() == 1) {
		t.Fatalf("siu %s: %v\n%s", strings.Join(args, " "), err, errOut.Bytes())
	}
	return out.Bytes()
}

// dated matches the report's date, which is the time siu report runs and,
// on the page, the form's Created.
var dated = regexp.MustCompile(`(<dt>(?:Dannet|Generated)</dt><dd>)[^<]*(</dd>)`)

// sameReport compares the page's report with siu report's, but for the date.
func sameReport(t *testing.T, page string, cmd []byte, wantDate string) {
	t.Helper()
	m := dated.FindStringSubmatch(page)
	if m == nil || !strings.Contains(page, m[1]+wantDate+m[2]) {
		t.Errorf("the page's report is not dated %s", wantDate)
	}
	norm := func(s string) string { return dated.ReplaceAllString(s, "${1}DATE${2}") }
	if p, c := norm(page), norm(string(cmd)); p != c {
		i := 0
		for i < len(p) && i < len(c) && p[i] == c[i] {
			i++
		}
		t.Errorf("the page's report (%d bytes) differs from siu report's (%d bytes) at byte %d:\npage: %q\nsiu:  %q",
			len(p), len(c), i, p[max(0, i-80):min(len(p), i+80)], c[max(0, i-80):min(len(c), i+80)])
	}
}

// sameFindings compares the page's table of findings with siu validate's.
func sameFindings(t *testing.T, rows []row, v report.Validation, lang string) {
	t.Helper()
	t.Logf("%d findings compared", len(v.Findings))
	if len(rows) != len(v.Findings) {
		t.Errorf("%d findings on the page, %d from siu validate", len(rows), len(v.Findings))
	}
	for i := range min(len(rows), len(v.Findings)) {
		f := v.Findings[i]
		msg := f.Message
		if lang == "en" {
			msg = f.MessageEN
		}
		want := row{Code: f.Code, Severity: f.Severity.String(), Field: f.Field, Message: msg, Line: f.Line, FileLine: f.FileLine}
		if rows[i] != want {
			t.Errorf("finding %d: page %+v, siu validate %+v", i, rows[i], want)
		}
	}
}

// sameCounts compares the page's counts with siu validate's.
func sameCounts(t *testing.T, counts map[string]int, v report.Validation) {
	t.Helper()
	ignored := 0
	for _, n := range v.Ignored {
		ignored += n
	}
	want := map[string]int{"lines": v.Lines, "errors": v.Errors, "warnings": v.Warnings, "info": v.Info,
		"read-errors": len(v.ReadErrors), "ignored": ignored}
	for k, n := range want {
		if counts[k] != n {
			t.Errorf("count %s: %d on the page, %d from siu validate", k, counts[k], n)
		}
	}
}

func TestWebChecker(t *testing.T) {
	if _, err := Chromium(); err != nil {
		t.Skipf("skipping the browser test of the web checker: %v", err)
	}
	c := buildChecker(t)
	ctx, cancel, err := Browser(context.Background(), 1200, 900)
	if err != nil {
		t.Fatal(err)
	}
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 4*time.Minute)
	defer cancelT()

	f := form{municipality: "461", year: "2025", area: "SAMLET", test: true, created: "2026-03-02T09:15:00+01:00",
		email: "siu@kommune.example", contact: "Eksempel Kommune, Økonomi", ignore: "SIU-PSR-004", lang: "da"}

	// The demo's corrected export: deliverable, so the page gives the XML
	// file, which must be siu encode's, byte for byte.
	t.Run("corrected CSV", func(t *testing.T) {
		dir := t.TempDir()
		name := "postings-2025-corrected.csv"
		if err := os.WriteFile(filepath.Join(dir, name), sample.CorrectedPostingsCSV(), 0o600); err != nil {
			t.Fatal(err)
		}
		s := newSession(t, ctx)
		s.open(t, c.url())
		got := s.check(t, filepath.Join(dir, name), f)

		findings := c.run(t, dir, append(append([]string{"validate", "--format", "json", "--lang", f.lang}, f.args(false)...), name)...)
		var v report.Validation
		if err := json.Unmarshal(findings, &v); err != nil {
			t.Fatal(err)
		}
		if !v.Deliverable || got.Deliverable != "true" {
			t.Fatalf("deliverable: page %q, siu validate %v; want both true", got.Deliverable, v.Deliverable)
		}
		sameCounts(t, got.Counts, v)
		sameFindings(t, got.Rows, v, f.lang)
		if dl := s.download(t, "download-findings", "fund.json"); !bytes.Equal(dl, findings) {
			t.Errorf("the page's fund.json (%d bytes) differs from siu validate --format json's (%d bytes)", len(dl), len(findings))
		}

		wantXML := "siu-461-2025-samlet.xml"
		if got.XMLLink != wantXML {
			t.Fatalf("XML link %q, want %q (refused: %q)", got.XMLLink, wantXML, got.Refused)
		}
		c.run(t, dir, append(append([]string{"encode", "-o", wantXML}, f.args(true)...), name)...)
		want, err := os.ReadFile(filepath.Join(dir, wantXML))
		if err != nil {
			t.Fatal(err)
		}
		if dl := s.download(t, "download-xml", wantXML); !bytes.Equal(dl, want) {
			t.Errorf("the page's XML (%d bytes) differs from siu encode's (%d bytes)", len(dl), len(want))
		}

		rep := c.run(t, dir, append(append([]string{"report", "--lang", f.lang, "-o", "-"}, f.args(false)...), name)...)
		sameReport(t, got.Srcdoc, rep, "2026-03-02 09:15")
		if got.Report["verdict"] == "" || got.Report["charts"] != "3" {
			t.Errorf("the report in the frame: %v; want its verdict and 3 charts", got.Report)
		}
		// The report's inline style applies under the page's policy.
		if got.Report["background"] != "rgb(246, 246, 244)" {
			t.Errorf("the report's background is %q: is its style blocked?", got.Report["background"])
		}
		s.finish(t, c.url())
	})

	// The sample's raw export, with its twelve deliberate mistakes, as an
	// Excel workbook, in English: the findings and the report are siu's,
	// and there is no XML file.
	t.Run("XLSX with mistakes", func(t *testing.T) {
		dir := t.TempDir()
		name := "postings-2025.xlsx"
		writeXLSX(t, filepath.Join(dir, name), sample.PostingsCSV())
		g := f
		g.lang, g.ignore, g.test = "en", "", false
		s := newSession(t, ctx)
		s.open(t, c.url())
		got := s.check(t, filepath.Join(dir, name), g)

		findings := c.run(t, dir, append(append([]string{"validate", "--format", "json", "--lang", g.lang}, g.args(false)...), name)...)
		var v report.Validation
		if err := json.Unmarshal(findings, &v); err != nil {
			t.Fatal(err)
		}
		if v.Errors == 0 || v.Deliverable || got.Deliverable != "false" {
			t.Fatalf("siu validate: %d errors, deliverable %v; page deliverable %q: want errors", v.Errors, v.Deliverable, got.Deliverable)
		}
		sameCounts(t, got.Counts, v)
		sameFindings(t, got.Rows, v, g.lang)
		if got.XMLLink != "" || !strings.Contains(got.Refused, "the lines have errors") {
			t.Errorf("XML link %q, refusal %q: want no XML because of the errors", got.XMLLink, got.Refused)
		}
		if out := c.run(t, dir, append(append([]string{"encode", "-o", "x.xml"}, g.args(true)...), name)...); !bytes.Contains(out, []byte("SIU-")) {
			t.Errorf("siu encode printed no findings:\n%s", out)
		}
		if _, err := os.Stat(filepath.Join(dir, "x.xml")); err == nil {
			t.Error("siu encode wrote the XML of a file with errors")
		}
		rep := c.run(t, dir, append(append([]string{"report", "--lang", g.lang, "-o", "-"}, g.args(false)...), name)...)
		sameReport(t, got.Srcdoc, rep, "2026-03-02 09:15")
		s.finish(t, c.url())
	})

	// Generated lines with more findings than a report.Stream keeps in
	// memory on a machine with a disk (there is none in the browser): the
	// findings are all there, as siu's, and the XML is siu encode's.
	t.Run("many findings", func(t *testing.T) {
		dir := t.TempDir()
		name := "lines-6000.csv"
		writeLines(t, filepath.Join(dir, name), 6000)
		g := f
		g.ignore = ""
		s := newSession(t, ctx)
		s.open(t, c.url())
		got := s.check(t, filepath.Join(dir, name), g)
		findings := c.run(t, dir, append(append([]string{"validate", "--format", "json", "--lang", g.lang}, g.args(false)...), name)...)
		var v report.Validation
		if err := json.Unmarshal(findings, &v); err != nil {
			t.Fatal(err)
		}
		if len(v.Findings) <= 5000 {
			t.Fatalf("%d findings: want more than 5000, beyond what a Stream keeps in memory", len(v.Findings))
		}
		sameCounts(t, got.Counts, v)
		if len(got.Rows) != len(v.Findings) {
			t.Errorf("%d findings on the page, %d from siu validate", len(got.Rows), len(v.Findings))
		}
		if dl := s.download(t, "download-findings", "fund.json"); !bytes.Equal(dl, findings) {
			t.Errorf("the page's fund.json (%d bytes) differs from siu validate --format json's (%d bytes)", len(dl), len(findings))
		}
		if got.XMLLink == "" {
			t.Fatalf("no XML: %s", got.Refused)
		}
		c.run(t, dir, append(append([]string{"encode", "-o", "want.xml"}, g.args(true)...), name)...)
		want, err := os.ReadFile(filepath.Join(dir, "want.xml"))
		if err != nil {
			t.Fatal(err)
		}
		if dl := s.download(t, "download-xml", got.XMLLink); !bytes.Equal(dl, want) {
			t.Errorf("the page's XML (%d bytes) differs from siu encode's (%d bytes)", len(dl), len(want))
		}
		s.finish(t, c.url())
	})

	// Served on localhost (package web/serve, for siu web), the page works
	// the same and loads nothing but itself.
	t.Run("served on localhost", func(t *testing.T) {
		page, err := os.ReadFile(c.page)
		if err != nil {
			t.Fatal(err)
		}
		h, err := serve.Handler(page)
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(h)
		defer srv.Close()
		url := strings.Replace(srv.URL, "127.0.0.1", "localhost", 1) + "/"
		dir := t.TempDir()
		name := "lines.csv"
		if err := os.WriteFile(filepath.Join(dir, name), sample.CorrectedPostingsCSV(), 0o600); err != nil {
			t.Fatal(err)
		}
		s := newSession(t, ctx)
		s.open(t, url)
		got := s.check(t, filepath.Join(dir, name), f)
		if got.XMLLink == "" || got.Deliverable != "true" {
			t.Errorf("deliverable %q, XML link %q: want the XML", got.Deliverable, got.XMLLink)
		}
		s.finish(t, url)
	})

	// The policy is in force: the page cannot reach a server on this
	// machine, by fetch or by an image.
	t.Run("no connection", func(t *testing.T) {
		var hits atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
		defer srv.Close()
		s := newSession(t, ctx)
		s.open(t, c.url())
		var outcome string
		js := fmt.Sprintf(`(async () => {
			const img = new Image(); img.src = %[1]q + '/image.png';
			try { await fetch(%[1]q + '/fetch'); return 'fetched'; } catch (e) { return 'refused'; }
		})()`, srv.URL)
		if err := chromedp.Run(s.ctx, chromedp.Evaluate(js, &outcome, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
			return p.WithAwaitPromise(true)
		}), chromedp.Sleep(300*time.Millisecond)); err != nil {
			t.Fatal(err)
		}
		if outcome != "refused" {
			t.Errorf("fetch: %s, want refused", outcome)
		}
		if n := hits.Load(); n != 0 {
			t.Errorf("the server got %d requests from the page", n)
		}
		s.mu.Lock()
		violations := 0
		for _, p := range s.problems {
			if strings.Contains(p, "Content Security Policy") {
				violations++
			}
		}
		s.mu.Unlock()
		if violations == 0 {
			t.Error("no Content Security Policy violation logged")
		}
	})
}

// writeLines writes n lines of the sample generator as a CSV file.
func writeLines(t *testing.T, path string, n int) {
	t.Helper()
	g, err := sample.New(sample.Config{Seed: 1, Lines: n})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	w := csvformat.NewWriter(&b)
	for rec := range g.Records() {
		if err := w.Write(rec); err != nil {
			t.Fatal(err)
		}
	}
	if w.Flush(); w.Error() != nil {
		t.Fatal(w.Error())
	}
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
}

// writeXLSX writes the records of a ';'-separated CSV file as a workbook's
// first sheet, every cell as text, as a finance person's Excel holds them.
func writeXLSX(t *testing.T, path string, data []byte) {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	r.Comma = ';'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	x := excelize.NewFile()
	defer x.Close()
	sheet := x.GetSheetName(0)
	for i, rec := range recs {
		cells := make([]any, len(rec))
		for j, v := range rec {
			cells[j] = v
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := x.SetSheetRow(sheet, cell, &cells); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}
