package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/siukit/siukit/siu"
)

//go:embed index.html app.js style.css
var files embed.FS

// Files returns the page's sources: index.html (a template with {{NAME}}
// slots that WritePage fills in), app.js and style.css.
func Files() fs.FS { return files }

// CSP returns the page's Content-Security-Policy for its inline scripts
// with the given SHA-256 sums: nothing may be loaded or sent (default-src
// 'none', connect-src 'none', form-action 'none'), scripts run only when
// their hash is listed, WebAssembly may be compiled ('wasm-unsafe-eval')
// and styles only inline ('unsafe-inline': the page's own and the report's
// in its frame, which inherits this policy). WritePage writes it into the
// page's meta tag; a server sends it as a header too.
func CSP(scriptHashes ...[sha256.Size]byte) string {
	var b strings.Builder
	b.WriteString("default-src 'none'; script-src")
	for _, h := range scriptHashes {
		b.WriteString(" 'sha256-" + base64.StdEncoding.EncodeToString(h[:]) + "'")
	}
	b.WriteString(" 'wasm-unsafe-eval'; style-src 'unsafe-inline'; connect-src 'none'; img-src 'none'; font-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; worker-src 'none'; form-action 'none'; base-uri 'none'")
	return b.String()
}

// PageOptions tune WritePage.
type PageOptions struct {
	// NoGzip embeds the program base64-encoded only, without gzip
	// (larger; for a browser without DecompressionStream).
	NoGzip bool
	// Version is the version the footer shows; empty means
	// siu.ModuleVersion().
	Version string
}

// WritePage writes the browser checker as one self-contained HTML file:
// index.html with style.css, wasm_exec.js (Go's JavaScript support for
// GOOS=js, from $(go env GOROOT)/lib/wasm) and app.js inline, and the
// program wasm (GOOS=js GOARCH=wasm go build ./web/wasm) gzip-compressed and
// base64-encoded in a data block. So the page needs no other file: a
// browser refuses fetch() of a .wasm file over file://, and this page
// fetches nothing, so it opens from disk as well as from a server. Its
// Content-Security-Policy (CSP) allows exactly its two inline scripts.
func WritePage(w io.Writer, wasm, wasmExec []byte, opts PageOptions) error {
	tmpl, err := fs.ReadFile(files, "index.html")
	if err != nil {
		return err
	}
	app, _ := fs.ReadFile(files, "app.js")
	style, _ := fs.ReadFile(files, "style.css")
	for name, text := range map[string][]byte{"wasm_exec.js": wasmExec, "app.js": app, "style.css": style} {
		if bytes.Contains(bytes.ToLower(text), []byte("</script")) || bytes.Contains(bytes.ToLower(text), []byte("</style")) {
			return fmt.Errorf("web: %s holds a closing tag and cannot be inlined", name)
		}
	}
	if len(wasm) < 8 || string(wasm[:4]) != "\x00asm" {
		return errors.New("web: the program is not WebAssembly (build it with GOOS=js GOARCH=wasm)")
	}

	encoding, payload := "base64", wasm
	if !opts.NoGzip {
		var z bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
		if _, err := zw.Write(wasm); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
		encoding, payload = "gzip+base64", z.Bytes()
	}
	version := opts.Version
	if version == "" {
		version = siu.ModuleVersion()
	}
	slots := map[string]string{
		"CSP":           CSP(sha256.Sum256(wasmExec), sha256.Sum256(app)),
		"STYLE":         string(style),
		"VERSION":       htmlEscape(version),
		"WASM_ENCODING": encoding,
		"WASM_EXEC":     string(wasmExec),
		"APP":           string(app),
	}
	// Fill the slots in one pass over the template, so that a slot's
	// text is never searched for other slots, and stream the program.
	rest := string(tmpl)
	for {
		i := strings.Index(rest, "{{")
		if i < 0 {
			_, err := io.WriteString(w, rest)
			return err
		}
		j := strings.Index(rest[i:], "}}")
		if j < 0 {
			return errors.New("web: index.html has an unclosed slot")
		}
		name := rest[i+2 : i+j]
		if _, err := io.WriteString(w, rest[:i]); err != nil {
			return err
		}
		switch text, ok := slots[name]; {
		case name == "WASM":
			if err := writeBase64(w, payload); err != nil {
				return err
			}
		case ok:
			if _, err := io.WriteString(w, text); err != nil {
				return err
			}
		default:
			return fmt.Errorf("web: index.html has an unknown slot {{%s}}", name)
		}
		rest = rest[i+j+2:]
	}
}

// writeBase64 writes data base64-encoded in lines of 76 characters.
func writeBase64(w io.Writer, data []byte) error {
	const chunk = 57 // 76 characters of base64
	line := make([]byte, base64.StdEncoding.EncodedLen(chunk)+1)
	for len(data) > 0 {
		n := min(chunk, len(data))
		m := base64.StdEncoding.EncodedLen(n)
		base64.StdEncoding.Encode(line, data[:n])
		line[m] = '\n'
		if _, err := w.Write(line[:m+1]); err != nil {
			return err
		}
		data = data[n:]
	}
	return nil
}

// htmlEscape escapes s for HTML text.
func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}
