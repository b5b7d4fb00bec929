package serve

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"
)

// ErrNotLoopback is Listen's error for an address that is not one of the
// loopback addresses Handler answers.
var ErrNotLoopback = errors.New("serve: not a loopback address: want localhost, 127.0.0.1 or [::1], and a port")

// Listen listens on addr, which must be localhost, 127.0.0.1 or [::1] and
// a port (0: any free port), the names Handler answers to; any other
// address, such as ":8080" (every interface), is ErrNotLoopback, so that
// the page is never offered to another machine.
func Listen(addr string) (net.Listener, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil || !loopbackHost(host) {
		return nil, fmt.Errorf("%w: %q", ErrNotLoopback, addr)
	}
	return net.Listen("tcp", addr)
}

// Serve serves h (Handler) on ln until ctx is done, then closes the server
// and ln and returns nil; it returns any other error of http.Server.Serve.
func Serve(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	defer context.AfterFunc(ctx, func() { srv.Close() })()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
