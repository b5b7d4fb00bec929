// Command mkpage writes the browser checker's page (web.WritePage): one
// self-contained HTML file holding the WebAssembly program, Go's
// wasm_exec.js and the page's script and style. scripts/webchecker runs it.
//
//	go run ./web/internal/mkpage -wasm siu.wasm -wasm-exec wasm_exec.js -o index.html
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/siukit/siukit/web"
)

func main() {
	wasm := flag.String("wasm", "", "the program built with GOOS=js GOARCH=wasm")
	exec := flag.String("wasm-exec", "", "Go's wasm_exec.js, of the Go that built the program")
	out := flag.String("o", "index.html", "the page to write")
	noGzip := flag.Bool("no-gzip", false, "embed the program without gzip (larger)")
	version := flag.String("version", "", "the version the page's footer shows (default the build's)")
	flag.Parse()
	if err := run(*wasm, *exec, *out, web.PageOptions{NoGzip: *noGzip, Version: *version}); err != nil {
		fmt.Fprintln(os.Stderr, "mkpage:", err)
		os.Exit(1)
	}
}

func run(wasmPath, execPath, out string, opts web.PageOptions) error {
	if wasmPath == "" || execPath == "" {
		return fmt.Errorf("give -wasm and -wasm-exec")
	}
	wasm, err := os.ReadFile(wasmPath)
	if err != nil {
		return err
	}
	exec, err := os.ReadFile(execPath)
	if err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	bw := bufio.NewWriterSize(f, 1<<20)
	err = web.WritePage(bw, wasm, exec, opts)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err != nil {
		return err
	}
	return os.Rename(f.Name(), out)
}
