//go:build js

package report

import "math"

// A program in a browser (GOOS=js, the browser checker of package web) has
// no file system for the Stream's temporary file: there a Stream keeps
// every finding in memory, as much as the browser's tab allows.
func init() { streamMemItems = math.MaxInt }
