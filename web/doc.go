// Package web is siukit's browser checker: a web page that checks a
// municipality's SIU file and writes its XML, made of siukit's own packages
// compiled to WebAssembly, so that the file never leaves the PC. It is for
// the many municipalities that deliver through DST's web solution or from
// Excel, whose finance staff cannot install a program: they open one HTML
// file in their browser.
//
// # What the page does
//
// A person drops a CSV or XLSX file of lines on the page (or chooses it),
// gives the municipality, budget year and area, and the envelope of the
// XML file (the e-mail for DST's receipt, a contact, a description, the
// time it is created), and the page shows
//
//   - the findings, as 'siu validate --format json' gives them
//     (report.ValidateStream), listed and offered as fund.json, the same
//     bytes;
//   - the HTML report of 'siu report' (report.Build), in a frame, for the
//     same file and flags, dated with the form's Created;
//   - when the file is deliverable, the XML file to download: the bytes
//     'siu encode' writes for the same file and flags
//     (report.EncodeDelivery, which is report.WriteDelivery in memory,
//     through delivery.Encode), checked against the schema by the pure-Go
//     checker of package xmlformat/xsd. When it is not, it says why.
//
// Check is all of that as a Go function (Form in, Result out), which the
// program in web/wasm calls from the page. It reads the form's fields with
// the rules of the command's flags, and fills in the envelope with
// siu.Header.WithDefaults, as the command does.
//
// A browser has no file system: where the command's report.Stream puts
// findings beyond the first few thousand in a temporary file, in the
// browser (GOOS=js) it keeps them all in the tab's memory.
//
// # Nothing leaves the PC
//
// The file is read by the browser's File API and checked in the tab's
// memory. The page's Content-Security-Policy (CSP) forbids every connection
// and every load: default-src 'none' and connect-src 'none', no form
// submission, no external script, style, font or image; it lets run only
// the page's two inline scripts (by their SHA-256), lets WebAssembly
// compile ('wasm-unsafe-eval'), and allows inline styles (the page's and
// the report's, whose frame inherits the policy). The browser test in
// browsertest proves that the page makes no request after it loads, and
// that the policy stops a fetch and an image.
//
// # Opening from disk: one file
//
// Browsers refuse fetch() of a file:// URL, so a page opened from disk
// cannot load its .wasm file the usual way. WritePage therefore writes one
// self-contained HTML file: the style, Go's wasm_exec.js and app.js inline,
// and the program gzip-compressed and base64-encoded in a data block,
// which app.js decodes (Uint8Array.fromBase64 or atob) and decompresses
// (DecompressionStream, in every current browser) before it instantiates
// it. The same file can be served from localhost as it is (package
// web/serve). One file is also what a finance department can keep on a
// share, mail or copy: there is nothing beside it to lose.
//
// The cost is size: the program is about 21 MB (the report's charts bring
// gonum/plot and its fonts, XLSX brings excelize), 6.4 MB gzip-compressed,
// and the page about 8.8 MB with base64's third. Loading it and starting the
// program takes a second or two.
//
// # Building
//
// scripts/webchecker builds the program (GOOS=js GOARCH=wasm go build
// -trimpath -ldflags="-s -w" ./web/wasm), copies wasm_exec.js from
// $(go env GOROOT)/lib/wasm (misc/wasm before Go 1.24) and writes the page
// with web/internal/mkpage into dist-web/index.html. Neither the .wasm
// file nor wasm_exec.js is committed.
//
// # Personal data
//
// The file holds CPR numbers. The page keeps them in the tab's memory only:
// it stores nothing (no cookies, no local storage), and closing the tab
// forgets them. The report and the findings mask CPR numbers as the command
// does; the XML file holds them, as it must, and is saved where the person
// chooses.
package web
