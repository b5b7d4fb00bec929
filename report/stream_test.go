package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/siu"
)

// TestStreamAgreesWithResult holds a Stream to the report of a
// source.Result in memory: the same text (every list, with and without a
// limit, in both languages) and the same JSON, with findings spilled to
// the temporary file after the first two, with ignored rules and answers.
func TestStreamAgreesWithResult(t *testing.T) {
	defer report.SetStreamMemItems(2)()
	const answersCSV = "Regel;CPR;Konto;Start;Slut;Kommentar\r\n" +
		"SIU-PSR-004;1234569998;5.38.42.1 4.0;02-03-2025;15-03-2025;Krisecenter\r\n" +
		"SIU-BEL-004;010180-9998;5.38.50.1 4.0;01-01-2025;31-01-2025;Gone\r\n"
	for _, in := range []struct{ name, csv, ignore string }{
		{"bad.csv", badCSV, ""},
		{"clean.csv", cleanCSV, "SIU-KTO-007"},
		{"clean2.csv", cleanCSV, ""},
	} {
		for _, withAnswers := range []bool{false, true} {
			answers := func() *report.Answers {
				if !withAnswers {
					return nil
				}
				a, err := report.ReadAnswers(strings.NewReader(answersCSV), report.AnswersOptions{})
				if err != nil {
					t.Fatal(err)
				}
				return a
			}
			var ig *siu.Ignore
			if in.ignore != "" {
				ig, _ = siu.NewIgnore(in.ignore)
			}
			r, ad := report.Validate(open(t, in.csv, in.name), header, today, answers())
			r.Ignore(ig)
			for _, opts := range []report.TextOptions{{}, {Max: 1, MoreHint: "--max 0"}, {Lang: "da", Info: true}} {
				var want, got bytes.Buffer
				o := opts
				o.Answered = ad
				report.WriteText(&want, r, o)
				s, err := report.ValidateStream(context.Background(), open(t, in.csv, in.name), header, today,
					report.StreamOptions{Keep: opts.Max, Ignore: ig, Answers: answers(), TempDir: t.TempDir()})
				if err != nil {
					t.Fatal(err)
				}
				if err := s.WriteText(&got, opts); err != nil {
					t.Fatal(err)
				}
				s.Close()
				if got.String() != want.String() {
					t.Errorf("%s answers %v %+v: stream text\n%s\nwant\n%s", in.name, withAnswers, opts, got.String(), want.String())
				}
			}
			rep := report.NewValidation(r)
			if withAnswers {
				rep = rep.WithAnswers(r, ad)
			}
			var want, got bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			enc.Encode(rep)
			dir := t.TempDir()
			s, _ := report.ValidateStream(context.Background(), open(t, in.csv, in.name), header, today,
				report.StreamOptions{Ignore: ig, Answers: answers(), TempDir: dir})
			if err := s.WriteJSON(&got, "da", nil); err != nil {
				t.Fatal(err)
			}
			if left, _ := os.ReadDir(dir); len(left) > 0 && os.PathSeparator == '/' {
				t.Errorf("the temporary file has a name on Unix: %v", left)
			}
			s.Close()
			if got.String() != want.String() {
				t.Errorf("%s answers %v: stream JSON\n%s\nwant\n%s", in.name, withAnswers, got.String(), want.String())
			}
		}
	}
}

// TestStreamJSONLang: --lang en makes "message" English; message_en stays.
func TestStreamJSONLang(t *testing.T) {
	s, _ := report.ValidateStream(context.Background(), open(t, badCSV, "bad.csv"), header, today, report.StreamOptions{})
	defer s.Close()
	var b bytes.Buffer
	s.WriteJSON(&b, "en", []string{})
	var rep report.Validation
	if err := json.Unmarshal(b.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) == 0 || rep.Findings[0].Message != rep.Findings[0].MessageEN || rep.SchemaValid == nil || !*rep.SchemaValid {
		t.Errorf("JSON in English: %s", b.String())
	}
}
