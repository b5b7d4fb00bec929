// Command screenshot writes a PNG screenshot of the HTML report of
// siukit's built-in sample data, as headless Chromium renders it: the
// pictures in the README (docs/report.png, docs/report-charts.png).
//
//	go run ./cmd/screenshot [-lang da|en] [-width 1100] [-height 1500] [-max 3] [-part top|charts|full] OUT.png
//
// -part top takes the first screen (-height pixels), charts the section of
// pictures, full the whole page.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/siukit/siukit/browsertest"
)

func main() {
	lang := flag.String("lang", "da", "the report's language: da or en")
	width := flag.Int("width", 1100, "the window's width in pixels")
	max := flag.Int("max", 3, "findings listed per rule")
	height := flag.Int("height", 1500, "the window's height in pixels (-part top)")
	part := flag.String("part", "top", "what to take: top, charts or full")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: screenshot [-lang da|en] [-width N] [-height N] [-max N] [-part top|charts|full] OUT.png")
		os.Exit(2)
	}
	if err := shoot(flag.Arg(0), *lang, *part, *width, *height, *max); err != nil {
		fmt.Fprintln(os.Stderr, "screenshot:", err)
		os.Exit(1)
	}
}

func shoot(out, lang, part string, width, height, max int) error {
	dir, err := os.MkdirTemp("", "siu-screenshot")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	_, path, err := browsertest.WriteSampleReport(dir, lang, max)
	if err != nil {
		return err
	}
	ctx, cancel, err := browsertest.Browser(context.Background(), width, height)
	if err != nil {
		return err
	}
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, time.Minute)
	defer cancelT()
	var png []byte
	var take chromedp.Action
	switch part {
	case "top":
		take = chromedp.CaptureScreenshot(&png)
	case "charts":
		take = chromedp.Screenshot("#charts", &png, chromedp.ByID)
	case "full":
		take = chromedp.FullScreenshot(&png, 100) // quality 100: PNG
	default:
		return fmt.Errorf("-part %q: want top, charts or full", part)
	}
	if err := chromedp.Run(ctx,
		chromedp.Navigate("file://"+path),
		chromedp.WaitReady("footer"),
		take,
	); err != nil {
		return err
	}
	return os.WriteFile(out, png, 0o644)
}
