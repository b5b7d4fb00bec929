// Command wrongimpl implements the conformance suite's stdin/stdout
// contract deliberately wrong, for the suite's own tests:
//
//   - validate never reports the delivery-wide rules (SIU-LEV-*);
//   - encode writes the reference file with other namespace prefixes, no
//     indentation and another CommunicationDateTime (all allowed), but
//     drops ".00" from whole amounts (24850.00 becomes 24850), and changes
//     the last digit of the PsrID in case psr-002-ok-feb-29-2000;
//   - aggregate is not supported: it exits 1.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"

	"github.com/siukit/siukit/conformance"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "wrongimpl:", err)
		os.Exit(1)
	}
}

var (
	indent    = regexp.MustCompile(`>\s+<`)
	whole     = regexp.MustCompile(`<BELOEB>(-?[0-9]+)\.00</BELOEB>`)
	created   = regexp.MustCompile(`<CommunicationDateTime>[^<]*</CommunicationDateTime>`)
	lastDigit = regexp.MustCompile(`<PsrID>([0-9]{9})([0-9])</PsrID>`)
)

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	if len(args) != 1 {
		return fmt.Errorf("want one argument")
	}
	impl := conformance.Reference()
	switch args[0] {
	case "validate":
		var in conformance.Input
		if err := json.NewDecoder(stdin).Decode(&in); err != nil {
			return err
		}
		fs, err := impl.Validate(in)
		if err != nil {
			return err
		}
		fs = slices.DeleteFunc(fs, func(f conformance.Finding) bool { return strings.HasPrefix(f.Code, "SIU-LEV-") })
		return json.NewEncoder(stdout).Encode(fs)
	case "encode":
		var in conformance.Input
		if err := json.NewDecoder(stdin).Decode(&in); err != nil {
			return err
		}
		b, err := impl.Encode(in)
		if err != nil {
			return err
		}
		s := strings.ReplaceAll(string(b), "dst:", "e:")
		s = strings.Replace(s, "xmlns:dst=", "xmlns:e=", 1)
		s = indent.ReplaceAllString(s, "><")
		s = created.ReplaceAllString(s, "<CommunicationDateTime>2030-01-01T00:00:00Z</CommunicationDateTime>")
		s = whole.ReplaceAllString(s, "<BELOEB>$1</BELOEB>")
		if os.Getenv(conformance.EnvCase) == "psr-002-ok-feb-29-2000" {
			s = lastDigit.ReplaceAllStringFunc(s, func(m string) string {
				d := m[len("<PsrID>")+9]
				return m[:len("<PsrID>")+9] + string('0'+(d-'0'+2)%10) + "</PsrID>"
			})
		}
		_, err = io.WriteString(stdout, s)
		return err
	}
	return fmt.Errorf("kind %q not supported", args[0])
}
