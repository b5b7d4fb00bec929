package report

// SetStreamMemItems sets how many items a Stream holds in memory before it
// spills, for a test, and returns the function that restores it.
func SetStreamMemItems(n int) (restore func()) {
	old := streamMemItems
	streamMemItems = n
	return func() { streamMemItems = old }
}
