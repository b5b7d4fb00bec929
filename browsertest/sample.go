// Package browsertest tests siukit's HTML report in a real browser:
// Debian's chromium, driven over the DevTools protocol by
// github.com/chromedp/chromedp. It is a module of its own, so that
// importers of siukit never download chromedp.
//
// Run its tests with
//
//	cd browsertest && go test ./...
//
// They skip, saying so, when no chromium is installed (apt-get install
// chromium). The program in cmd/screenshot writes a PNG of the sample
// report (scripts/screenshot runs it for the README's docs/report.png).
package browsertest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/diff"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/sample"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

// ErrNoChromium is Chromium's error when no browser is installed.
var ErrNoChromium = errors.New("no chromium installed: apt-get install chromium (or put chromium or chromium-browser on PATH)")

// Chromium returns the path of the installed Chromium, found on PATH as
// chromium or chromium-browser.
func Chromium() (string, error) {
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", ErrNoChromium
}

// Browser starts a headless Chromium and returns a context for chromedp
// and its cancel function, which stops the browser.
func Browser(ctx context.Context, width, height int) (context.Context, context.CancelFunc, error) {
	path, err := Chromium()
	if err != nil {
		return nil, nil, err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.WindowSize(width, height),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	return bctx, func() { cancelBrowser(); cancelAlloc() }, nil
}

// Today is the date the sample report is checked on, so that it is the
// same on every day.
var Today = civil.MustParse("2026-03-02")

// SampleReport builds the HTML report of the built-in sample data (package
// sample) in lang, with every section: the raw export as the file, two
// answers to warnings and one answer that matches none, and the corrected
// export as the previous delivery. maxPerRule limits the lines listed per
// rule (0: the default). It returns the page and its HTML.
func SampleReport(lang string, maxPerRule int) (*report.Page, []byte, error) {
	h := sample.Header(siu.AreaSamlet)
	answers, err := sampleAnswers(h)
	if err != nil {
		return nil, nil, err
	}
	prev, err := diff.Compare(context.Background(), lines(sample.CorrectedPostingsCSV()), lines(sample.PostingsCSV()), diff.Options{MaxListed: 10})
	if err != nil {
		return nil, nil, err
	}
	src, err := source.Open(bytes.NewReader(sample.PostingsCSV()), sample.PostingsFile, source.Options{})
	if err != nil {
		return nil, nil, err
	}
	defer src.Close()
	page, err := report.Build(src, h, report.Options{
		Lang: lang, MaxPerRule: maxPerRule, Validate: siu.ValidateOptions{Today: Today},
		Answers: answers, Previous: prev, PreviousName: "postings-2025-corrected.csv",
		Generated: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC),
	})
	if err != nil {
		return nil, nil, err
	}
	var b bytes.Buffer
	if err := page.WriteHTML(&b); err != nil {
		return nil, nil, err
	}
	return page, b.Bytes(), nil
}

// WriteSampleReport writes SampleReport's HTML into dir and returns its path.
func WriteSampleReport(dir, lang string, maxPerRule int) (*report.Page, string, error) {
	page, html, err := SampleReport(lang, maxPerRule)
	if err != nil {
		return nil, "", err
	}
	path := filepath.Join(dir, "report-"+lang+".html")
	if err := os.WriteFile(path, html, 0o600); err != nil {
		return nil, "", err
	}
	abs, err := filepath.Abs(path)
	return page, abs, err
}

// lines reads the lines of a CSV file of the sample.
func lines(csv []byte) iter.Seq2[siu.Line, error] {
	return func(yield func(siu.Line, error) bool) {
		src, err := source.Open(bytes.NewReader(csv), "sample.csv", source.Options{})
		if err != nil {
			yield(siu.Line{}, err)
			return
		}
		defer src.Close()
		for rec, err := range src.Records() {
			if err != nil {
				continue // the sample's deliberate mistakes
			}
			l, fs := siu.ParseRecord(rec.Record)
			if len(fs) > 0 {
				continue
			}
			if !yield(l, nil) {
				return
			}
		}
	}
}

// sampleAnswers answers the first two SIU-BEL-004 warnings of the sample
// (credit notes) and adds one answer that matches no warning.
func sampleAnswers(h siu.Header) (*report.Answers, error) {
	var list []report.Answer
	var cur siu.Line
	v := siu.NewValidator(h, siu.ValidateOptions{Today: Today, Report: func(f siu.Finding) {
		if f.Code == "SIU-BEL-004" && len(list) < 2 {
			list = append(list, report.Answer{Code: f.Code, PsrID: cur.PsrID, Account: cur.Account, Start: cur.Start, End: cur.End,
				Comment: "Kreditnota: for meget faktureret måneden før."})
		}
	}})
	for l := range lines(sample.PostingsCSV()) {
		cur = l
		v.Add(l)
	}
	if len(list) < 2 {
		return nil, fmt.Errorf("the sample has %d SIU-BEL-004 warnings, want 2", len(list))
	}
	gone := list[0]
	gone.Start, gone.End = civil.MustParse("2024-01-01"), civil.MustParse("2024-01-31")
	gone.Comment = "Svar til en linje fra sidste års aflevering."
	list = append(list, gone)
	var b bytes.Buffer
	if err := report.WriteAnswers(&b, list); err != nil {
		return nil, err
	}
	return report.ReadAnswers(&b, report.AnswersOptions{})
}
