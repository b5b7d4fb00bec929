//go:build js && wasm

// Command wasm is the browser checker's program: package web compiled to
// WebAssembly (GOOS=js GOARCH=wasm), which the page (web/index.html and
// app.js) loads and calls. Build it with scripts/webchecker, which also
// writes the page; see package web.
//
// It defines one JavaScript function, siuCheck(data, name, form), where
// data is a Uint8Array with the file's bytes, name the file's name and
// form the JSON of a web.Form. It returns an object with the fields json
// (the JSON of a web.Result), html (the report), findings (the findings as
// siu validate --format json prints them) and xml (a Uint8Array, or null
// when no XML was written). When it is defined, the
// program calls siuReady(version), if the page defined it, and waits for
// calls: it never exits.
package main

import (
	"context"
	"encoding/json"
	"syscall/js"

	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/web"
)

func main() {
	js.Global().Set("siuCheck", js.FuncOf(check))
	if ready := js.Global().Get("siuReady"); ready.Type() == js.TypeFunction {
		ready.Invoke(siu.ModuleVersion())
	}
	select {}
}

// check is siuCheck.
func check(_ js.Value, args []js.Value) any {
	if len(args) != 3 {
		return map[string]any{"json": `{"problem":"siuCheck: want 3 arguments"}`}
	}
	data := make([]byte, args[0].Get("length").Int())
	js.CopyBytesToGo(data, args[0])
	var f web.Form
	if err := json.Unmarshal([]byte(args[2].String()), &f); err != nil {
		return map[string]any{"json": `{"problem":"siuCheck: the form is not JSON"}`}
	}
	res := web.Check(context.Background(), data, args[1].String(), f)
	out, err := json.Marshal(res)
	if err != nil {
		out = []byte(`{"problem":"siuCheck: the result cannot be written"}`)
	}
	xml := js.Null()
	if res.XML != nil {
		xml = js.Global().Get("Uint8Array").New(len(res.XML))
		js.CopyBytesToJS(xml, res.XML)
	}
	return map[string]any{"json": string(out), "html": string(res.ReportHTML), "findings": string(res.FindingsJSON), "xml": xml}
}
