//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

// main says how to build the program: it runs in a browser only.
func main() {
	fmt.Fprintln(os.Stderr, "the browser checker runs in a browser: build it with GOOS=js GOARCH=wasm (bash scripts/webchecker)")
	os.Exit(2)
}
