package web_test

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/siukit/siukit/web"
)

// fakeWasm is a WebAssembly header and some bytes.
var fakeWasm = append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte{1, 2, 3, 250}, 1000)...)

const fakeExec = "globalThis.Go = class { run() {} };\n"

var (
	cspMeta     = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`)
	inlineCode  = regexp.MustCompile(`(?s)<script>(.*?)</script>`)
	dataBlock   = regexp.MustCompile(`(?s)<script type="application/octet-stream" id="siu-wasm" data-encoding="([^"]*)">(.*?)</script>`)
	anyScript   = regexp.MustCompile(`<script[ >]`)
	slotPattern = regexp.MustCompile(`\{\{[A-Z_]+\}\}`)
)

// The page holds everything: the program, which decodes to the bytes
// given, and its two scripts, which the policy lets run by their hash and
// which are the only ones it lets run.
func TestWritePage(t *testing.T) {
	for _, noGzip := range []bool{false, true} {
		var b bytes.Buffer
		if err := web.WritePage(&b, fakeWasm, []byte(fakeExec), web.PageOptions{NoGzip: noGzip, Version: "v1.2.3<b>"}); err != nil {
			t.Fatal(err)
		}
		page := b.String()
		if m := slotPattern.FindString(page); m != "" {
			t.Errorf("slot %s left in the page", m)
		}
		if !strings.Contains(page, "siukit v1.2.3&lt;b&gt;") {
			t.Error("the version is not in the footer, escaped")
		}
		m := cspMeta.FindStringSubmatch(page)
		if m == nil {
			t.Fatal("no Content-Security-Policy meta tag")
		}
		csp := m[1]
		for _, want := range []string{"default-src 'none'", "connect-src 'none'", "form-action 'none'", "'wasm-unsafe-eval'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("the policy lacks %s: %s", want, csp)
			}
		}
		if strings.Contains(csp, "'unsafe-eval'") || strings.Contains(csp, "script-src 'unsafe-inline'") || strings.Contains(csp, "http") {
			t.Errorf("the policy is too loose: %s", csp)
		}
		app, _ := fs.ReadFile(web.Files(), "app.js")
		scripts := inlineCode.FindAllStringSubmatch(page, -1)
		if len(scripts) != 2 || scripts[0][1] != fakeExec || scripts[1][1] != string(app) {
			t.Fatalf("%d inline scripts; want wasm_exec.js and app.js, as they are", len(scripts))
		}
		for _, s := range scripts {
			sum := sha256.Sum256([]byte(s[1]))
			if !strings.Contains(csp, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'") {
				t.Errorf("the policy does not allow the script of %d bytes", len(s[1]))
			}
		}
		if n := len(anyScript.FindAllString(page, -1)); n != 3 {
			t.Errorf("%d script elements, want 3 (the program's data and two scripts)", n)
		}
		if strings.Count(csp, "'sha256-") != 2 {
			t.Errorf("the policy allows %d scripts, want 2", strings.Count(csp, "'sha256-"))
		}

		d := dataBlock.FindStringSubmatch(page)
		if d == nil {
			t.Fatal("no program in the page")
		}
		raw, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(d[2]), ""))
		if err != nil {
			t.Fatal(err)
		}
		if want := map[bool]string{false: "gzip+base64", true: "base64"}[noGzip]; d[1] != want {
			t.Errorf("encoding %q, want %q", d[1], want)
		}
		if !noGzip {
			zr, err := gzip.NewReader(bytes.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			if raw, err = io.ReadAll(zr); err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(raw, fakeWasm) {
			t.Errorf("the program in the page (%d bytes) is not the one given (%d bytes)", len(raw), len(fakeWasm))
		}
	}
}

// What cannot be a page is refused.
func TestWritePageRefuses(t *testing.T) {
	for name, tc := range map[string]struct{ wasm, exec string }{
		"not WebAssembly":      {wasm: "MZ\x90\x00 an exe", exec: fakeExec},
		"a closing script tag": {wasm: string(fakeWasm), exec: "x = '</SCRIPT>';"},
		"a closing style tag":  {wasm: string(fakeWasm), exec: "x = '</style>';"},
		"an empty program":     {wasm: "", exec: fakeExec},
	} {
		if err := web.WritePage(io.Discard, []byte(tc.wasm), []byte(tc.exec), web.PageOptions{}); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// Go's own wasm_exec.js can be inlined.
func TestWritePageGoWasmExec(t *testing.T) {
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Skipf("go env GOROOT: %v", err)
	}
	var js []byte
	for _, dir := range []string{"lib/wasm", "misc/wasm"} {
		if b, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), dir, "wasm_exec.js")); err == nil {
			js = b
			break
		}
	}
	if js == nil {
		t.Skip("no wasm_exec.js in GOROOT")
	}
	if err := web.WritePage(io.Discard, fakeWasm, js, web.PageOptions{}); err != nil {
		t.Fatal(err)
	}
}
