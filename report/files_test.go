package report_test

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/siukit/siukit/report"
)

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.csv")
	if err := report.WriteFile(context.Background(), p, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(p); st == nil || st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st)
	}
	failed := errors.New("failed")
	if err := report.WriteFile(context.Background(), p, func(w io.Writer) error { io.WriteString(w, "half"); return failed }); err != failed {
		t.Errorf("err %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := report.WriteFile(ctx, p, func(w io.Writer) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	if data, _ := os.ReadFile(p); string(data) != "new" {
		t.Errorf("content %q, want the first write's", data)
	}
	if left, _ := os.ReadDir(dir); len(left) != 1 {
		t.Errorf("left behind: %v", left)
	}
}

func TestLangFromEnv(t *testing.T) {
	for env, want := range map[[3]string]string{
		{"", "", ""}: "en", {"", "", "da_DK.UTF-8"}: "da", {"", "en_GB", "da_DK"}: "en", {"da", "en", "en"}: "da", {"C", "", "da"}: "en",
	} {
		got := report.LangFromEnv(func(k string) string {
			return map[string]string{"LC_ALL": env[0], "LC_MESSAGES": env[1], "LANG": env[2]}[k]
		})
		if got != want {
			t.Errorf("LangFromEnv(%v) = %s, want %s", env, got, want)
		}
	}
}
