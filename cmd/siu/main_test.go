package main

import (
	"strings"
	"testing"
)

func TestTopLevel(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no arguments", nil, exitUsage, "Commands:"},
		{"help", []string{"--help"}, exitOK, "Commands:"},
		{"help word", []string{"help"}, exitOK, "siu demo"},
		{"help for a command", []string{"help", "encode"}, exitOK, "Usage: siu encode"},
		{"unknown command", []string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runSIU(t, "", tt.args...)
			r.wantCode(t, tt.code)
			r.wantOut(t, tt.want)
		})
	}
}

// Every command and subcommand answers --help on stdout with its usage and
// exit status 0, and refuses an unknown flag with exit status 2.
func TestEveryCommandHasHelp(t *testing.T) {
	names := [][]string{{"conformance", "export"}, {"conformance", "run"}, {"conformance", "reference"}}
	for _, c := range commands {
		names = append(names, []string{c.name})
	}
	for _, name := range names {
		t.Run(strings.Join(name, " "), func(t *testing.T) {
			r := runSIU(t, "", append(name, "--help")...)
			r.wantCode(t, exitOK)
			if !strings.HasPrefix(r.stdout, "Usage: siu "+strings.Join(name, " ")) {
				t.Errorf("help does not start with the usage line:\n%s", r.stdout)
			}
			if name[0] != "conformance" || len(name) > 1 {
				if !strings.Contains(r.stdout, "Examples:") {
					t.Errorf("help has no examples:\n%s", r.stdout)
				}
			}
			r = runSIU(t, "", append(name, "--no-such-flag")...)
			r.wantCode(t, exitUsage)
			if len(name) == 1 && name[0] == "conformance" {
				r.wantOut(t, `unknown subcommand "--no-such-flag"`)
				return
			}
			r.wantOut(t, "flag provided but not defined: -no-such-flag", "--help")
		})
	}
}

func TestFlagsAfterArguments(t *testing.T) {
	p := writeFile(t, "lines.csv", cleanCSV)
	r := runSIU(t, "", "validate", p, "--municipality", "461", "--year", "2025", "--area", "VOKSEN")
	r.wantCode(t, exitOK)
}
