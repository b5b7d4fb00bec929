package main

import (
	"fmt"
	"os"

	"github.com/siukit/siukit/report"
)

// answerFlags name the municipality's answers to warnings.
type answerFlags struct {
	path    string
	require bool
}

func addAnswerFlags(fs *cmdFlags) *answerFlags {
	a := &answerFlags{}
	fs.StringVar(&a.path, "answers", "", "the municipality's answers to warnings: a CSV `file` with the columns\nRegel;CPR;Konto;Start;Slut;Kommentar (personal data, like the export)")
	fs.BoolVar(&a.require, "require-answers", false, "exit 1 while a warning is not answered")
	return a
}

// load reads the answers file, or returns nil without one.
func (a *answerFlags) load() (*report.Answers, error) {
	if a.path == "" {
		return nil, nil
	}
	f, err := os.Open(a.path)
	if err != nil {
		return nil, fmt.Errorf("--answers: %v", cleanPathError(err))
	}
	defer f.Close()
	ans, err := report.ReadAnswers(f, report.AnswersOptions{})
	if err != nil {
		return nil, fmt.Errorf("--answers: %s: %v", a.path, err)
	}
	return ans, nil
}
