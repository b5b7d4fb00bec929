package browsertest

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// rendered is what the test reads from the page in the browser.
type rendered struct {
	Counts   map[string]int `json:"counts"`
	Diff     map[string]int `json:"diff"`
	Rules    map[string]int `json:"rules"`
	Sections []string       `json:"sections"`
	Verdict  string         `json:"verdict"`
	SVGs     []float64      `json:"svgs"` // the rendered height of each chart
	Open     int            `json:"open"`
	Answered int            `json:"answered"`
	Title    string         `json:"title"`
}

const readPage = `(() => {
	const n = (sel, attr) => Object.fromEntries([...document.querySelectorAll(sel)].map(e => [e.getAttribute(attr), +e.dataset.n]));
	return {
		counts: n('[data-count]', 'data-count'),
		diff: n('[data-diff]', 'data-diff'),
		rules: Object.fromEntries([...document.querySelectorAll('#rule-table tr[data-rule]')].map(tr => [tr.dataset.rule, +tr.querySelector('td[data-n]').dataset.n])),
		sections: [...document.querySelectorAll('main section[id]')].map(s => s.id),
		verdict: document.querySelector('[data-verdict]').dataset.verdict,
		svgs: [...document.querySelectorAll('svg.chart')].map(s => s.getBoundingClientRect().height),
		open: document.querySelectorAll('td .open').length,
		answered: document.querySelectorAll('td .answered').length,
		title: document.title,
	};
})()`

func TestSampleReportInBrowser(t *testing.T) {
	if _, err := Chromium(); err != nil {
		t.Skipf("skipping the browser test: %v", err)
	}
	for _, lang := range []string{"da", "en"} {
		t.Run(lang, func(t *testing.T) { testReport(t, lang) })
	}
}

func testReport(t *testing.T, lang string) {
	page, path, err := WriteSampleReport(t.TempDir(), lang, 0)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel, err := Browser(context.Background(), 1200, 900)
	if err != nil {
		t.Fatal(err)
	}
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 60*time.Second)
	defer cancelT()

	var mu sync.Mutex
	var requests, problems []string
	chromedp.ListenTarget(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			requests = append(requests, ev.Request.URL)
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.APITypeError || ev.Type == runtime.APITypeWarning {
				problems = append(problems, "console "+string(ev.Type))
			}
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+ev.ExceptionDetails.Text)
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.LevelError {
				problems = append(problems, "log: "+ev.Entry.Text)
			}
		}
	})
	var got rendered
	url := "file://" + path
	if err := chromedp.Run(ctx,
		network.Enable(), runtime.Enable(), log.Enable(),
		chromedp.Navigate(url),
		chromedp.WaitReady("footer"),
		chromedp.Evaluate(readPage, &got),
	); err != nil {
		t.Fatal(err)
	}

	mu.Lock()
	defer mu.Unlock()
	for _, r := range requests {
		if r != url {
			t.Errorf("the page requested %s: it must load nothing but itself", r)
		}
	}
	if len(requests) == 0 {
		t.Error("no request seen: are network events listened to?")
	}
	for _, p := range problems {
		t.Errorf("browser: %s", p)
	}

	// The numbers are the library's.
	want := map[string]int{"lines": page.Lines, "errors": page.Tally.Errors, "warnings": page.Tally.Warnings,
		"info": page.Tally.Infos, "answered": page.Answered, "open": page.Open, "extreme": page.Extreme}
	for k, v := range want {
		if got.Counts[k] != v {
			t.Errorf("count %s = %d on the page, %d in the library", k, got.Counts[k], v)
		}
	}
	if page.Answered != 2 || page.Open != page.Tally.Warnings-2 {
		t.Errorf("answered %d, open %d of %d warnings: want 2 answered", page.Answered, page.Open, page.Tally.Warnings)
	}
	if got.Answered != 2 {
		t.Errorf("%d answered warnings shown, want 2", got.Answered)
	}
	for _, r := range page.Rules {
		if got.Rules[r.Code] != r.Count {
			t.Errorf("rule %s: %d on the page, %d in the library", r.Code, got.Rules[r.Code], r.Count)
		}
	}
	if len(got.Rules) != len(page.Rules) {
		t.Errorf("%d rules on the page, %d in the library", len(got.Rules), len(page.Rules))
	}
	prev := page.Previous
	for k, v := range map[string]int{"added": prev.Added, "removed": prev.Removed, "changed": prev.Changed, "unchanged": prev.Unchanged,
		"citizens-added": prev.CitizensAdded, "citizens-removed": prev.CitizensRemoved} {
		if got.Diff[k] != v {
			t.Errorf("diff %s = %d on the page, %d in the library", k, got.Diff[k], v)
		}
	}
	// Every section, the verdict and the three charts.
	if s := strings.Join(got.Sections, " "); s != "verdict counts rules answers totals charts previous" {
		t.Errorf("sections: %s", s)
	}
	if got.Verdict != "reject" {
		t.Errorf("verdict %q, want reject (the sample has errors)", got.Verdict)
	}
	if len(got.SVGs) != 3 {
		t.Errorf("%d charts, want 3", len(got.SVGs))
	}
	for i, h := range got.SVGs {
		if h < 100 {
			t.Errorf("chart %d is %.0f px high", i, h)
		}
	}
	if !strings.Contains(got.Title, "SIU") {
		t.Errorf("title %q", got.Title)
	}
}
