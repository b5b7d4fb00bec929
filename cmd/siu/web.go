package main

import (
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/siukit/siukit/web/serve"
)

// runWeb serves the browser checker's page (scripts/webchecker's
// dist-web/index.html) on a loopback address until Ctrl-C.
func runWeb(c *cmdFlags, _ []string) int {
	e, v := c.e, &c.v
	if v.page == "" {
		return e.usage("web", e.errorT("web.nopage"))
	}
	ln, err := serve.Listen(v.addr)
	if errors.Is(err, serve.ErrNotLoopback) {
		return e.usage("web", e.errorT("web.addr", v.addr))
	} else if err != nil {
		return e.fail("web", err)
	}
	defer ln.Close()
	var h http.Handler
	err = e.readSmall("page", v.page, func(r io.Reader) error {
		page, err := io.ReadAll(r)
		if err == nil {
			h, err = serve.Handler(page)
		}
		return err
	})
	if err != nil {
		return e.usage("web", err)
	}
	fmt.Fprintln(e.stdout, e.t("web.serving", "http://"+ln.Addr().String()+"/"))
	if err := serve.Serve(e.context(), ln, h); err != nil {
		return e.fail("web", err)
	}
	return exitOK
}
