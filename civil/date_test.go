package civil

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseAndString(t *testing.T) {
	for _, s := range []string{"0001-01-01", "1858-01-01", "2000-02-29", "2024-12-31", "2025-07-01", "9999-12-31"} {
		d, err := Parse(s)
		if err != nil {
			t.Fatalf("Parse(%q): %v", s, err)
		}
		if got := d.String(); got != s {
			t.Errorf("Parse(%q).String() = %q", s, got)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, s := range []string{"", "2025-1-01", "2025/01/01", "2025-13-01", "2025-00-10", "2025-02-29",
		"1900-02-29", "0000-01-01", "2025-01-32", "2025-01-00", "20250101", "2025-01-0a", "+025-01-01", "0101801234"} {
		_, err := Parse(s)
		if err == nil {
			t.Errorf("Parse(%q) succeeded", s)
			continue
		}
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("Parse(%q) error %v is not ErrInvalid", s, err)
		}
	}
}

func TestErrorNeverQuotesOddShapes(t *testing.T) {
	_, err := Parse("0101801234") // a CPR number in a date column
	if strings.Contains(err.Error(), "0101801234") {
		t.Errorf("error quotes the input: %v", err)
	}
}

// TestOrdinalAgainstTime walks every day from 1850 to 2100 and checks
// AddDays, DaysUntil and Compare against the time package.
func TestOrdinalAgainstTime(t *testing.T) {
	start := time.Date(1850, 1, 1, 0, 0, 0, 0, time.UTC)
	base := MustNew(1850, time.January, 1)
	prev := Date{}
	for i := 0; i < 365*251; i++ {
		tm := start.AddDate(0, 0, i)
		want := FromTime(tm)
		got := base.AddDays(i)
		if got != want {
			t.Fatalf("AddDays(%d) = %v, want %v", i, got, want)
		}
		if n := base.DaysUntil(got); n != i {
			t.Fatalf("DaysUntil(%v) = %d, want %d", got, n, i)
		}
		if !prev.Before(got) || got.Compare(prev) != 1 || prev.After(got) {
			t.Fatalf("%v does not sort after %v", got, prev)
		}
		prev = got
	}
}

func TestAddDaysOutOfRange(t *testing.T) {
	if d := MustNew(1, time.January, 1).AddDays(-1); d.IsValid() {
		t.Errorf("day before 0001-01-01 = %v, want zero", d)
	}
	if d := MustNew(9999, time.December, 31).AddDays(1); d.IsValid() {
		t.Errorf("day after 9999-12-31 = %v, want zero", d)
	}
	if d := (Date{}).AddDays(3); d.IsValid() {
		t.Errorf("zero.AddDays = %v, want zero", d)
	}
}

func TestZeroValue(t *testing.T) {
	var d Date
	if d.IsValid() || d.String() != "" {
		t.Errorf("zero Date: IsValid %v String %q", d.IsValid(), d.String())
	}
}

func TestJSON(t *testing.T) {
	type rec struct {
		From Date `json:"from"`
		To   Date `json:"to"`
	}
	in := rec{From: MustParse("2025-07-01"), To: MustParse("2026-06-30")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"from":"2025-07-01","to":"2026-06-30"}` {
		t.Errorf("Marshal = %s", b)
	}
	var out rec
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Errorf("Unmarshal = %v, %v", out, err)
	}
	if err := json.Unmarshal([]byte(`{"from":"2025-02-30"}`), &out); err == nil {
		t.Error("Unmarshal accepted 2025-02-30")
	}
}

func TestLeapYears(t *testing.T) {
	for y, want := range map[int]bool{1900: false, 2000: true, 2024: true, 2025: false, 2100: false} {
		if IsLeapYear(y) != want {
			t.Errorf("IsLeapYear(%d) = %v", y, !want)
		}
	}
	if DaysInYear(2028) != 366 || DaysInYear(2026) != 365 {
		t.Error("DaysInYear wrong")
	}
}

func TestParseAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { _, _ = Parse("2025-07-01") }); n != 0 {
		t.Errorf("Parse allocates %v times", n)
	}
}

func TestMinMax(t *testing.T) {
	a, b := MustParse("2025-07-01"), MustParse("2026-06-30")
	for _, tt := range []struct{ x, y, min, max Date }{
		{a, b, a, b},
		{b, a, a, b},
		{a, a, a, a},
		{Date{}, a, Date{}, a},
	} {
		if got := Min(tt.x, tt.y); got != tt.min {
			t.Errorf("Min(%v, %v) = %v, want %v", tt.x, tt.y, got, tt.min)
		}
		if got := Max(tt.x, tt.y); got != tt.max {
			t.Errorf("Max(%v, %v) = %v, want %v", tt.x, tt.y, got, tt.max)
		}
	}
}

func TestAppendTextMatchesMarshalText(t *testing.T) {
	for _, d := range []Date{{}, MustParse("2025-01-31"), MustParse("0001-01-01"), MustParse("9999-12-31")} {
		want, _ := d.MarshalText()
		got, err := d.AppendText([]byte("x"))
		if err != nil || string(got) != "x"+string(want) {
			t.Errorf("AppendText(%v) = %q, %v; want %q", d, got, err, "x"+string(want))
		}
	}
}
