package cpr

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"strings"
	"testing"
)

var (
	_ sql.Scanner   = (*Number)(nil)
	_ driver.Valuer = Number{}
)

func TestValue(t *testing.T) {
	v, err := MustParse("170580-1234").Value()
	if err != nil || v != "1705801234" {
		t.Errorf("Value = %#v, %v; want %q", v, err, "1705801234")
	}
	v, err = Number{}.Value()
	if err != nil || v != nil {
		t.Errorf("Value of the zero Number = %#v, %v; want nil (NULL)", v, err)
	}
}

func TestScan(t *testing.T) {
	want := MustParse("1705801234")
	for _, src := range []any{"1705801234", []byte("170580-1234"), " 1705801234 "} {
		var n Number
		if err := n.Scan(src); err != nil {
			t.Errorf("Scan(%T): %v", src, err)
		}
		if n != want {
			t.Errorf("Scan(%T) = %v, want %v", src, n, want)
		}
	}
	for _, src := range []any{nil, "", []byte{}} {
		n := want
		if err := n.Scan(src); err != nil || n.IsValid() {
			t.Errorf("Scan(%#v) = %v, %v; want the zero Number", src, n, err)
		}
	}
}

func TestScanErrors(t *testing.T) {
	want := MustParse("1705801234")
	for _, tt := range []struct {
		src  any
		want error // nil: any error that is not an *Error
	}{
		{"3205801234", ErrDay},
		{[]byte("6105801234"), ErrReplacement},
		{int64(1705801234), nil},
		{1.5, nil},
	} {
		n := want
		err := n.Scan(tt.src)
		if err == nil {
			t.Errorf("Scan(%T) succeeded", tt.src)
			continue
		}
		if tt.want != nil && !errors.Is(err, tt.want) {
			t.Errorf("Scan(%T) = %v, want %v", tt.src, err, tt.want)
		}
		if strings.Contains(err.Error(), "05801234") {
			t.Errorf("Scan error shows the value: %v", err)
		}
		if n != want {
			t.Errorf("a failed Scan changed the Number")
		}
	}
}

func TestSQLRoundTrip(t *testing.T) {
	for _, n := range []Number{MustParse("0101585000"), MustParse("1234569998"), {}} {
		v, err := n.Value()
		if err != nil {
			t.Fatal(err)
		}
		var back Number
		if err := back.Scan(v); err != nil {
			t.Fatal(err)
		}
		if back != n {
			t.Errorf("round trip = %v, want %v", back, n)
		}
	}
}
