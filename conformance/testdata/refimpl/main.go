// Command refimpl implements the conformance suite's stdin/stdout contract
// (see ../../README.md) with the reference implementation: it is the
// worked example of a program under test.
//
//	refimpl validate < input.json    > findings.json
//	refimpl encode   < input.json    > file.xml
//	refimpl aggregate < postings.json > lines.json
//	refimpl read      < input.xml     > verdict.json
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/siukit/siukit/conformance"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "refimpl:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	if len(args) != 1 {
		return fmt.Errorf("want one argument: validate, encode, aggregate or read")
	}
	impl := conformance.Reference()
	dec := json.NewDecoder(stdin)
	switch args[0] {
	case "validate":
		var in conformance.Input
		if err := dec.Decode(&in); err != nil {
			return err
		}
		findings, err := impl.Validate(in)
		if err != nil {
			return err
		}
		return json.NewEncoder(stdout).Encode(findings)
	case "encode":
		var in conformance.Input
		if err := dec.Decode(&in); err != nil {
			return err
		}
		xml, err := impl.Encode(in)
		if err != nil {
			return err
		}
		_, err = stdout.Write(xml)
		return err
	case "aggregate":
		var in conformance.AggregateInput
		if err := dec.Decode(&in); err != nil {
			return err
		}
		lines, err := impl.(conformance.Aggregator).Aggregate(in)
		if err != nil {
			return err
		}
		return json.NewEncoder(stdout).Encode(lines)
	case "read":
		file, err := io.ReadAll(stdin)
		if err != nil {
			return err
		}
		verdict, err := impl.(conformance.XMLReader).ReadXML(file)
		if err != nil {
			return err
		}
		return json.NewEncoder(stdout).Encode(verdict)
	}
	return fmt.Errorf("kind %q not supported", args[0])
}
