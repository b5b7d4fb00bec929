// Package serve serves the browser checker's page (package web) from this
// machine, for a person who would rather open http://localhost than a file:
// the handler 'siu web' serves. The page is the same one file that opens
// from disk, and it makes no request once loaded, so the server hands out
// that file and nothing else: the data a person checks stays in the
// browser and never reaches the server.
//
// It is a package of its own so that the page's program (web/wasm) and
// importers of package web do not link net/http.
package serve

import (
	"bytes"
	"errors"
	"net"
	"net/http"
	"regexp"
	"strings"
	"time"
)

// cspMeta finds the policy in the page's meta tag.
var cspMeta = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`)

// Handler returns a handler that serves page, the browser checker as
// web.WritePage writes it (scripts/webchecker's index.html), at "/" and
// "/index.html", to GET and HEAD requests, with the page's
// Content-Security-Policy as a header too (plus frame-ancestors 'none',
// which only a header can say), no caching, no referrer and no framing.
// Other paths are 404, other methods 405.
//
// It answers only requests addressed to this machine by name (Host
// localhost, 127.0.0.1 or [::1], any port; otherwise 403), so that a web
// site cannot reach it through DNS rebinding. Listen on a loopback address
// only, such as 127.0.0.1:0.
//
// The error says that page is not such a page: it has no policy.
func Handler(page []byte) (http.Handler, error) {
	m := cspMeta.FindSubmatch(page[:min(len(page), 64<<10)])
	if m == nil {
		return nil, errors.New("serve: the page has no Content-Security-Policy: give the page web.WritePage writes")
	}
	return &handler{page: page, csp: string(m[1]) + "; frame-ancestors 'none'", modtime: time.Now()}, nil
}

type handler struct {
	page    []byte
	csp     string
	modtime time.Time
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !loopbackHost(r.Host) {
		http.Error(w, "this server answers requests to localhost only", http.StatusForbidden)
		return
	}
	if r.URL.Path != "/" && r.URL.Path != "/index.html" {
		http.NotFound(w, r)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", "text/html; charset=utf-8")
	hd.Set("Content-Security-Policy", h.csp)
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("X-Frame-Options", "DENY")
	hd.Set("Cross-Origin-Opener-Policy", "same-origin")
	hd.Set("Cross-Origin-Resource-Policy", "same-origin")
	hd.Set("Cache-Control", "no-store")
	http.ServeContent(w, r, "index.html", h.modtime, bytes.NewReader(h.page))
}

// loopbackHost reports whether the Host header names this machine.
func loopbackHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	switch strings.ToLower(host) {
	case "localhost", "127.0.0.1", "::1":
		return true
	}
	return false
}
