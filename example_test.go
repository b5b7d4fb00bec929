package siukit_test

import (
	"bufio"
	"bytes"
	"fmt"

	"github.com/siukit/siukit"
)

func ExampleSources() {
	sc := bufio.NewScanner(bytes.NewReader(siukit.Sources()))
	sc.Scan()
	fmt.Println(sc.Text())
	// Output:
	// # Sources
}
