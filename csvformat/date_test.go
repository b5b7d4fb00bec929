package csvformat

import (
	"errors"
	"testing"
)

func TestAppendDate(t *testing.T) {
	tests := []struct {
		in, want string
		bad      bool
	}{
		{in: "01-07-2025", want: "2025-07-01"},
		{in: "1-7-2025", want: "2025-07-01"},
		{in: "30.06.2026", want: "2026-06-30"},
		{in: "30.6.2026", want: "2026-06-30"},
		{in: "2025-07-01", want: "2025-07-01"},
		{in: "2025-7-1", want: "2025-07-01"},
		{in: " 2025-07-01 ", want: "2025-07-01"},
		{in: "29-02-2024", want: "2024-02-29"},
		{in: "2025-07-01 00:00:00", want: "2025-07-01"},
		{in: "2025-07-01T00:00:00Z", want: "2025-07-01"},
		{in: "01-07-2025 00:00", want: "2025-07-01"},
		{in: "2025-07-01 00:00:00.000", want: "2025-07-01"},
		{in: "", want: ""},
		{in: "29-02-2025", bad: true},
		{in: "31-04-2025", bad: true},
		{in: "01-13-2025", bad: true},
		{in: "00-01-2025", bad: true},
		{in: "01/07/2025", bad: true},
		{in: "7/1/2025", bad: true},
		{in: "01-07-25", bad: true},
		{in: "2025.07.01", bad: true},
		{in: "01-07.2025", bad: true},
		{in: "20250701", bad: true},
		{in: "2025-07-01 12:00", bad: true},
		{in: "2025-07-01T00:00:00+02:00", bad: true},
		{in: "1-2-3-2025", bad: true},
		{in: "001-07-2025", bad: true},
		{in: "Tirsdag", bad: true},
		{in: "0101901234", bad: true},
	}
	for _, tt := range tests {
		got, err := appendDate(nil, tt.in)
		if tt.bad {
			if !errors.Is(err, ErrDate) {
				t.Errorf("appendDate(%q) = %q, %v; want ErrDate", tt.in, got, err)
			}
			continue
		}
		if err != nil || string(got) != tt.want {
			t.Errorf("appendDate(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestAppendSerialDate(t *testing.T) {
	tests := []struct {
		in       string
		date1904 bool
		want     string
		bad      bool
	}{
		{in: "45839", want: "2025-07-01"},
		{in: "45839.0", want: "2025-07-01"},
		{in: "44377", date1904: true, want: "2025-07-01"},
		{in: "1", want: "1900-01-01"},
		{in: "59", want: "1900-02-28"},
		{in: "60", bad: true},
		{in: "61", want: "1900-03-01"},
		{in: "2958465", want: "9999-12-31"},
		{in: "0", date1904: true, want: "1904-01-01"},
		{in: "45839.5", bad: true},
		{in: "0", bad: true},
		{in: "-5", bad: true},
		{in: "2958466", bad: true},
		{in: "20250701", bad: true},
		{in: "x", bad: true},
	}
	for _, tt := range tests {
		got, err := appendSerialDate(nil, tt.in, tt.date1904)
		if tt.bad {
			if !errors.Is(err, ErrDate) {
				t.Errorf("appendSerialDate(%q) = %q, %v; want ErrDate", tt.in, got, err)
			}
			continue
		}
		if err != nil || string(got) != tt.want {
			t.Errorf("appendSerialDate(%q, %v) = %q, %v; want %q", tt.in, tt.date1904, got, err, tt.want)
		}
	}
}
