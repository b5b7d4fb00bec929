package main

import (
	"bytes"
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestMessagesInBothLanguages: every message has an English and a Danish
// text, with the same format verbs in the same order.
func TestMessagesInBothLanguages(t *testing.T) {
	en, da := catalog["en"], catalog["da"]
	if len(en) < 150 {
		t.Fatalf("only %d English messages", len(en))
	}
	verbs := regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)
	for _, key := range slices.Sorted(maps.Keys(en)) {
		d, ok := da[key]
		if !ok || strings.TrimSpace(d) == "" || strings.TrimSpace(en[key]) == "" {
			t.Errorf("message %s: en %q, da %q", key, en[key], d)
			continue
		}
		if a, b := verbs.FindAllString(en[key], -1), verbs.FindAllString(d, -1); !slices.Equal(a, b) {
			t.Errorf("message %s: verbs en %v, da %v", key, a, b)
		}
	}
	for key := range da {
		if _, ok := en[key]; !ok {
			t.Errorf("message %s is only in Danish", key)
		}
	}
}

// TestEveryMessageKeyExists: every literal key the code passes to t, tn
// and errorT, and every key made of a command's or a flag's name, has a
// message.
func TestEveryMessageKeyExists(t *testing.T) {
	files, _ := os.ReadDir(".")
	lit := regexp.MustCompile(`\b(?:t|tn|errorT)\("([a-z][a-z0-9.-]*[a-z0-9])"`)
	for _, f := range files {
		if !strings.HasSuffix(f.Name(), ".go") || strings.HasSuffix(f.Name(), "_test.go") {
			continue
		}
		src, _ := os.ReadFile(f.Name())
		for _, m := range lit.FindAllStringSubmatch(string(src), -1) {
			if _, ok := catalog["en"][m[1]]; !ok {
				t.Errorf("%s: no message %s", f.Name(), m[1])
			}
		}
	}
	names := [][]string{{"conformance", "export"}, {"conformance", "run"}, {"conformance", "reference"}}
	for _, c := range commands {
		if _, ok := catalog["en"]["cmd."+c.name]; !ok {
			t.Errorf("no summary cmd.%s", c.name)
		}
		if c.name != "conformance" {
			names = append(names, []string{c.name})
		}
	}
	for _, lang := range languages {
		for _, name := range names {
			// The help names each flag with its own text, never a key.
			r := runSIU(t, "", append(name, "--help", "--lang", lang)...)
			key := strings.Join(name, ".")
			for _, want := range []string{key + ".about", key + ".examples", "f.", "err.args"} {
				if strings.Contains(r.stdout, want) {
					t.Errorf("%s --help in %s shows a key %q:\n%s", key, lang, want, r.stdout)
				}
			}
			if _, ok := catalog[lang]["err.args."+key]; !ok {
				t.Errorf("no message err.args.%s", key)
			}
		}
	}
}

func TestLocale(t *testing.T) {
	for _, tt := range []struct {
		env  map[string]string
		want string
	}{
		{nil, "en"},
		{map[string]string{"LANG": "da_DK.UTF-8"}, "da"},
		{map[string]string{"LANG": "da_DK.UTF-8", "LC_MESSAGES": "en_GB"}, "en"},
		{map[string]string{"LANG": "en_US", "LC_ALL": "da_DK"}, "da"},
		{map[string]string{"LC_ALL": "C", "LANG": "da_DK"}, "en"},
	} {
		if got := localeLang(func(k string) string { return tt.env[k] }); got != tt.want {
			t.Errorf("localeLang(%v) = %s, want %s", tt.env, got, tt.want)
		}
	}
}

// TestDanish: --lang da, or a Danish locale, gives the whole report in
// Danish: headings, verdict, messages, the command's own lines, the
// JSON message; --lang en overrides the locale.
func TestDanish(t *testing.T) {
	p := writeFile(t, "linjer.csv", badCSV)
	r := runSIU(t, "", args([]string{"validate", "--lang", "da"}, hdrFlags, []string{p})...)
	r.wantCode(t, exitFail)
	r.wantOut(t, "linjer kontrolleret; kommune 461, budgetår 2025", "Fund: 2 fejl", "Efter regel:", "Fejl (2):",
		"Slutdato mangler", "Resultat: kan IKKE afleveres: 2 fejl.")
	danishEnv := func(lang string, a ...string) result {
		var out, errOut bytes.Buffer
		e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, getenv: func(k string) string {
			if k == "LANG" {
				return lang
			}
			return ""
		}, now: func() time.Time { return time.Date(2026, 3, 2, 9, 15, 0, 0, time.UTC) }}
		code := run(e, a)
		return result{code, out.String(), errOut.String()}
	}
	r = danishEnv("da_DK.UTF-8", args([]string{"validate"}, hdrFlags, []string{p})...)
	r.wantOut(t, "Fund: 2 fejl", "Resultat: kan IKKE")
	r = danishEnv("da_DK.UTF-8", args([]string{"validate", "--lang", "en"}, hdrFlags, []string{p})...)
	r.wantOut(t, "Findings: 2 errors", "Result: NOT deliverable")
	r = danishEnv("da_DK.UTF-8", "validate")
	r.wantOut(t, "angiv én FIL, fik 0", "Kør 'siu validate --help'")
	r = danishEnv("da_DK.UTF-8", "validate", "--help")
	r.wantOut(t, "Brug: siu validate", "Flag:", "kommunens trecifrede kode", "Eksempler:")
	r = danishEnv("da_DK.UTF-8")
	r.wantOut(t, "Kommandoer:", "kontrollér en fil med linjer")

	// JSON: "message" follows --lang; "message_en" stays English.
	for lang, want := range map[string]string{"da": `"message": "Slutdato mangler`, "en": `"message": "The end date is missing`} {
		r = runSIU(t, "", args([]string{"validate", "--format", "json", "--lang", lang}, hdrFlags, []string{p})...)
		r.wantOut(t, want, `"message_en": "The end date is missing`)
	}
}
