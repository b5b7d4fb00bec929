package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/siukit/siukit/web"
)

// syncBuffer is a bytes.Buffer for a command that runs in a goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// siu web serves the page it is given on 127.0.0.1 (a free port here),
// says where, and stops when its context is cancelled (Ctrl-C in main).
func TestWeb(t *testing.T) {
	var page bytes.Buffer // a page as scripts/webchecker writes it, around a stand-in program
	if err := web.WritePage(&page, []byte("\x00asm\x01\x00\x00\x00"), []byte("globalThis.Go = class {};"), web.PageOptions{}); err != nil {
		t.Fatal(err)
	}
	p := writeFile(t, "index.html", page.String())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errOut syncBuffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, ctx: ctx}
	done := make(chan int, 1)
	go func() { done <- run(e, []string{"web", "--page", p, "--addr", "127.0.0.1:0"}) }()
	// It says where it serves once it listens.
	url := regexp.MustCompile(`Serving the browser checker on (http://127\.0\.0\.1:[0-9]+/) \(this machine only\)`)
	var addr string
	for deadline := time.Now().Add(10 * time.Second); addr == ""; time.Sleep(10 * time.Millisecond) {
		select {
		case code := <-done:
			t.Fatalf("siu web exited %d: %s", code, errOut.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("siu web did not say where it serves: %q", out.String())
		}
		if m := url.FindStringSubmatch(out.String()); m != nil {
			addr = strings.TrimSuffix(strings.TrimPrefix(m[1], "http://"), "/")
		}
	}
	resp, err := http.Get("http://" + addr + "/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !bytes.Equal(body, page.Bytes()) || !strings.Contains(resp.Header.Get("Content-Security-Policy"), "connect-src 'none'") {
		t.Errorf("GET /: %d, %d bytes, policy %q; want 200, the page and its policy", resp.StatusCode, len(body), resp.Header.Get("Content-Security-Policy"))
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("exit %d after Ctrl-C, want 0: %s", code, errOut.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("siu web did not stop when cancelled")
	}
}

// siu web refuses an address another machine could reach, a missing
// --page and a file that is not the checker's page, before it listens.
func TestWebRefuses(t *testing.T) {
	notPage := writeFile(t, "index.html", "<html>not the checker</html>")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"web"}, "give --page"},
		{[]string{"web", "--page", notPage, "--addr", "0.0.0.0:8080"}, "--addr 0.0.0.0:8080: want localhost, 127.0.0.1 or [::1]"},
		{[]string{"web", "--page", notPage, "--addr", ":8080"}, "siu web serves this machine only"},
		{[]string{"web", "--page", notPage, "--addr", "127.0.0.1:0"}, "no Content-Security-Policy"},
		{[]string{"web", "--page", notPage + ".gone", "--addr", "localhost:0"}, "--page"},
	} {
		r := runSIU(t, "", tt.args...)
		r.wantCode(t, exitUsage)
		r.wantOut(t, tt.want)
	}
}

// scripts/release sets main.version; it is then the XML's system version
// and what siu version says, before the build information's.
func TestVersion(t *testing.T) {
	r := runSIU(t, "", "version")
	r.wantCode(t, exitOK)
	r.wantOut(t, "siu devel (go", "schema checker: ")
	old := version
	defer func() { version = old }()
	version = "v1.2.3-4-gabcdef0-dirty"
	r = runSIU(t, "", "version")
	r.wantOut(t, "siu v1.2.3-4-gabcdef0-dirty (go")
	if got := systemVersion(); got != "v1.2.3-4-gabcdef0-di" {
		t.Errorf("systemVersion() = %q, want the version cut to the XML's 20 characters", got)
	}
	r = runSIU(t, "", "encode", "--help")
	r.wantOut(t, "(default v1.2.3-4-gabcdef0-di)")
}
