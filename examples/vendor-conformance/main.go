package main

import (
	"fmt"
	"io"
	"os"

	"github.com/siukit/siukit/conformance"
)

func main() {
	ok, err := run(os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "vendor-conformance:", err)
		os.Exit(2)
	}
	if !ok {
		os.Exit(1)
	}
}

func run(w io.Writer) (bool, error) {
	rep, err := conformance.Evaluate(vendorSIU{})
	if err != nil {
		return false, err
	}
	if err := rep.WriteSummary(w); err != nil {
		return false, err
	}
	return rep.OK(), nil
}
