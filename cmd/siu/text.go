package main

import (
	"embed"
	"fmt"
	"strings"

	"github.com/siukit/siukit/report"
)

// The messages of the command, one file per language (messages/en.txt,
// messages/da.txt): every text it prints but the library's reports. A
// message starts with a line "@key" and runs to the next such line; its
// text is a fmt format.
//
//go:embed messages/*.txt
var messageFiles embed.FS

// languages are the languages of the messages; the first is the fallback.
var languages = []string{"en", "da"}

var catalog = loadCatalog()

// loadCatalog reads the message files: "@key" lines, each followed by its
// text; the lines before the first key are comments.
func loadCatalog() map[string]map[string]string {
	c := map[string]map[string]string{}
	for _, lang := range languages {
		data, err := messageFiles.ReadFile("messages/" + lang + ".txt")
		if err != nil {
			panic(err)
		}
		c[lang] = map[string]string{}
		for _, part := range strings.Split("\n"+strings.ReplaceAll(string(data), "\r\n", "\n"), "\n@")[1:] {
			key, text, _ := strings.Cut(part, "\n")
			c[lang][key] = strings.TrimRight(text, "\n ")
		}
	}
	return c
}

// t returns the message key in the command's language, formatted with
// args.
func (e *env) t(key string, args ...any) string {
	s, ok := catalog[e.language()][key]
	if !ok {
		if s, ok = catalog[languages[0]][key]; !ok {
			s = key
		}
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// tn is t for a count: the message's text is "one|many" and n chooses.
func (e *env) tn(key string, n int) string {
	one, many, _ := strings.Cut(e.t(key), "|")
	if n == 1 {
		return one
	}
	return many
}

func (e *env) language() string {
	if e.lang == "" {
		e.lang = localeLang(e.getenv)
	}
	return e.lang
}

// localeLang is the locale's language (report.LangFromEnv); without an
// environment (tests), English.
func localeLang(getenv func(string) string) string {
	if getenv == nil {
		return "en"
	}
	return report.LangFromEnv(getenv)
}
