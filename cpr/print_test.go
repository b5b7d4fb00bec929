package cpr

import (
	"bytes"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"strings"
	"testing"
)

const (
	testDigits = "1705801234"
	testMasked = "170580-****"
)

// assertMasked fails when out shows the serial number or the ten digits.
func assertMasked(t *testing.T, what, out string) {
	t.Helper()
	if strings.Contains(out, testDigits) || strings.Contains(out, "1234") {
		t.Errorf("%s shows the number: %q", what, out)
	}
}

func TestStringMasked(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{testDigits, testMasked},
		{"070761-4285", "070761-****"},
		{"1234569998", "123456-****"},
		{"1705809999", "170580-****"},
	}
	for _, tt := range tests {
		if got := MustParse(tt.in).String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
}

type exported struct {
	PsrID Number
}

type unexported struct {
	psr Number
}

func TestFmtMasked(t *testing.T) {
	n := MustParse(testDigits)
	tests := []struct {
		format string
		arg    any
		want   string
	}{
		{"%v", n, testMasked},
		{"%s", n, testMasked},
		{"%q", n, `"170580-****"`},
		{"%+v", n, testMasked},
		{"%#v", n, "cpr.Number{170580-****}"},
		{"%13s", n, "  170580-****"},
		{"%-13v|", n, "170580-****  |"},
		{"%x", n, "%!x(cpr.Number=170580-****)"},
		{"%d", n, "%!d(cpr.Number=170580-****)"},
		{"%v", &n, testMasked},
		{"%v", []Number{n, {}}, "[170580-**** ]"},
		{"%v", map[Number]int{n: 1}, "map[170580-****:1]"},
		{"%v", exported{n}, "{170580-****}"},
		{"%+v", exported{n}, "{PsrID:170580-****}"},
		{"%#v", exported{n}, "cpr.exported{PsrID:cpr.Number{170580-****}}"},
		{"%v", Number{}, ""},
		{"%q", Number{}, `""`},
		{"%#v", Number{}, "cpr.Number{}"},
	}
	for _, tt := range tests {
		got := fmt.Sprintf(tt.format, tt.arg)
		if got != tt.want {
			t.Errorf("Sprintf(%q) = %q, want %q", tt.format, got, tt.want)
		}
		assertMasked(t, "Sprintf("+tt.format+")", got)
	}
	for name, got := range map[string]string{
		"Sprint":   fmt.Sprint(n),
		"Sprintln": fmt.Sprintln(n),
		"Errorf":   fmt.Errorf("line 3: %v", n).Error(),
	} {
		if !strings.Contains(got, testMasked) {
			t.Errorf("%s = %q, want the masked form", name, got)
		}
		assertMasked(t, name, got)
	}
}

// TestFmtUnexportedField: fmt prints an unexported field by reflection,
// without calling String; the representation must not be the digits.
func TestFmtUnexportedField(t *testing.T) {
	n := MustParse(testDigits)
	for _, format := range []string{"%v", "%+v", "%#v", "%x", "%X", "%d", "%o", "%b"} {
		got := fmt.Sprintf(format, unexported{n})
		if strings.Contains(got, testDigits) {
			t.Errorf("Sprintf(%q) of an unexported field shows the number: %q", format, got)
		}
	}
}

func TestLogMasked(t *testing.T) {
	n := MustParse(testDigits)
	var buf bytes.Buffer
	l := log.New(&buf, "", 0)
	l.Printf("citizen %v", n)
	l.Println(n)
	assertMasked(t, "log", buf.String())
	if strings.Count(buf.String(), testMasked) != 2 {
		t.Errorf("log = %q, want the masked form twice", buf.String())
	}
}

func TestSlogMasked(t *testing.T) {
	n := MustParse(testDigits)
	for _, tt := range []struct {
		name    string
		handler func(*bytes.Buffer) slog.Handler
		want    string
	}{
		{"JSON", func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) }, `"psr":"170580-****"`},
		{"text", func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, nil) }, `psr=170580-****`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			logger := slog.New(tt.handler(&buf))
			logger.Info("line", "psr", n)
			logger.Info("line", slog.Any("psr", n))
			logger.Info("line", slog.Group("g", "psr", n))
			logger.With("psr", n).Info("line")
			logger.Info("pointer", "psr", &n)
			out := buf.String()
			assertMasked(t, tt.name+" handler", out)
			if got := strings.Count(out, tt.want); got != 5 {
				t.Errorf("output has %q %d times, want 5:\n%s", tt.want, got, out)
			}
		})
	}
}

func TestErrorsMasked(t *testing.T) {
	// Every error path, with a number whose digits would be easy to spot.
	for _, in := range []string{
		"3205801234", "1713801234", "2902000000", "7705801234",
		"1705801AB4", "170580123x", "17058012345", "170580/1234",
	} {
		_, err := Parse(in)
		if err == nil {
			t.Fatalf("Parse(case %s) succeeded", in[:4])
		}
		for _, msg := range []string{err.Error(), fmt.Sprintf("%v", err), fmt.Sprintf("%+v", err), fmt.Sprintf("%#v", err)} {
			if strings.Contains(msg, in) || strings.Contains(msg, in[:6]) {
				t.Errorf("error output shows the input or its date: %q", msg)
			}
		}
		var n Number
		if err := n.UnmarshalText([]byte(in)); err == nil || strings.Contains(err.Error(), in[:6]) {
			t.Errorf("UnmarshalText error %v", err)
		}
		if err := n.Scan(in); err == nil || strings.Contains(err.Error(), in[:6]) {
			t.Errorf("Scan error %v", err)
		}
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("error %v does not match ErrInvalid", err)
		}
	}
}
