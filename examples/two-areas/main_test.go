package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestTwoAreas(t *testing.T) {
	dir := t.TempDir()
	var b bytes.Buffer
	if err := run(&b, dir); err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	out := b.String()
	re := regexp.MustCompile(`(?m)^(VOKSEN|BOERN): (\d+) lines, 0 errors, .*: (siu-461-2025-\w+\.xml) \(schema: valid\)$`)
	m := re.FindAllStringSubmatch(out, -1)
	if len(m) != 2 || !strings.Contains(out, "SAMLET: 600 lines\n") || !strings.Contains(out, "merged back: SAMLET, 600 lines\n") {
		t.Fatalf("output:\n%s", out)
	}
	total := 0
	for _, sm := range m {
		n, _ := strconv.Atoi(sm[2])
		if n == 0 {
			t.Errorf("%s has no lines", sm[1])
		}
		total += n
		data, err := os.ReadFile(filepath.Join(dir, sm[3]))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), "<OMRAADE>"+sm[1]+"</OMRAADE>") {
			t.Errorf("%s does not say its area", sm[3])
		}
		if got := strings.Count(string(data), "<IndividUdgiftStruktur>"); got != n {
			t.Errorf("%s holds %d lines, want %d", sm[3], got, n)
		}
	}
	if total != 600 {
		t.Errorf("the two loads hold %d lines, want 600", total)
	}
}
