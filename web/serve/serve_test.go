package serve_test

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/siukit/siukit/web"
	"github.com/siukit/siukit/web/serve"
)

// page is a page as web.WritePage writes it, around a stand-in program.
func page(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := web.WritePage(&b, []byte("\x00asm\x01\x00\x00\x00"), []byte("globalThis.Go = class {};"), web.PageOptions{}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestHandler(t *testing.T) {
	p := page(t)
	h, err := serve.Handler(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		method, target, host string
		status               int
	}{
		{"GET", "/", "localhost:8461", 200},
		{"GET", "/index.html", "127.0.0.1:8461", 200},
		{"HEAD", "/", "[::1]:8461", 200},
		{"GET", "/", "LOCALHOST", 200},
		{"GET", "/siu.wasm", "localhost", 404},
		{"GET", "/../etc/passwd", "localhost", 404},
		{"POST", "/", "localhost", 405},
		{"GET", "/", "attacker.example:8461", 403},
		{"GET", "/", "127.0.0.1.attacker.example", 403},
	} {
		r := httptest.NewRequest(tc.method, tc.target, nil)
		r.Host = tc.host
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != tc.status {
			t.Errorf("%s %s (Host %s): %d, want %d", tc.method, tc.target, tc.host, w.Code, tc.status)
			continue
		}
		if tc.status != 200 {
			continue
		}
		hd := w.Result().Header
		csp := hd.Get("Content-Security-Policy")
		if !strings.Contains(csp, "connect-src 'none'") || !strings.HasSuffix(csp, "; frame-ancestors 'none'") || !bytes.Contains(p, []byte(strings.TrimSuffix(csp, "; frame-ancestors 'none'"))) {
			t.Errorf("policy %q: want the page's, with frame-ancestors 'none'", csp)
		}
		for k, v := range map[string]string{"Content-Type": "text/html; charset=utf-8", "X-Content-Type-Options": "nosniff",
			"Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"} {
			if hd.Get(k) != v {
				t.Errorf("%s: %q, want %q", k, hd.Get(k), v)
			}
		}
		body, _ := io.ReadAll(w.Result().Body)
		if tc.method == "GET" && !bytes.Equal(body, p) {
			t.Errorf("GET %s: %d bytes, want the page's %d", tc.target, len(body), len(p))
		}
	}
}

// A page without a policy is not the checker's page.
func TestHandlerRefusesPageWithoutPolicy(t *testing.T) {
	if _, err := serve.Handler([]byte("<!DOCTYPE html><title>x</title>")); err == nil {
		t.Error("no error")
	}
}

// The handler serves over HTTP as it does in a recorder.
func TestHandlerServes(t *testing.T) {
	h, err := serve.Handler(page(t))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	resp, err := http.Get(strings.Replace(srv.URL, "127.0.0.1", "localhost", 1))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("status %d", resp.StatusCode)
	}
}
