package csvformat

import (
	"errors"
	"testing"
)

func TestAppendAmount(t *testing.T) {
	tests := []struct {
		in       string
		mark     byte // the file's decimal mark before
		want     string
		wantMark byte // the file's decimal mark after
		err      error
	}{
		{in: "24.850,00", want: "24850.00", wantMark: ','},
		{in: "-1.250,50", want: "-1250.50", wantMark: ','},
		{in: "24850,00", want: "24850.00", wantMark: ','},
		{in: "24850.00", want: "24850.00", wantMark: '.'},
		{in: "24,850.00", want: "24850.00", wantMark: '.'},
		{in: "24850", want: "24850"},
		{in: "  24850 ", want: "24850"},
		{in: "1.250.000", want: "1250000", wantMark: ','},
		{in: "1,250,000", want: "1250000", wantMark: '.'},
		{in: "1.250", mark: ',', want: "1250", wantMark: ','},
		{in: "1.250", mark: '.', want: "1.250", wantMark: '.'},
		{in: "1,250", mark: ',', want: "1.250", wantMark: ','},
		{in: "1,250", mark: '.', want: "1250", wantMark: '.'},
		{in: "1.250", err: ErrAmbiguousAmount},
		{in: "-999,999", err: ErrAmbiguousAmount},
		{in: "0,250", want: "0.250", wantMark: ','},
		{in: "1234,567", want: "1234.567", wantMark: ','},
		{in: "1,5", want: "1.5", wantMark: ','},
		{in: ",50", want: "0.50", wantMark: ','},
		{in: "1.250,505", want: "1250.505", wantMark: ','},
		{in: "1 250,50", want: "1250.50", wantMark: ','},
		{in: "1\u00a0250,50", want: "1250.50", wantMark: ','},
		{in: "1 250 000", want: "1250000"},
		{in: "1 250", want: "1250"},
		{in: "+12,00", want: "12.00", wantMark: ','},
		{in: "1.250,50-", want: "-1250.50", wantMark: ','},
		{in: "\u22121.250,50", want: "-1250.50", wantMark: ','},
		{in: "-0,00", want: "0.00", wantMark: ','},
		{in: "007", want: "7"},
		{in: "", want: ""},
		{in: "   ", want: ""},
		// Contradicting the file's mark.
		{in: "24850.00", mark: ',', err: ErrAmount},
		{in: "1.250.000", mark: '.', err: ErrAmount},
		{in: "1.250,00", mark: '.', err: ErrAmount},
		// Malformed.
		{in: "1.25.000", err: ErrAmount},
		{in: "12.34.56,00", err: ErrAmount},
		{in: "1,2,3.4,5", err: ErrAmount},
		{in: "1.250,00,00", err: ErrAmount},
		{in: "12,", err: ErrAmount},
		{in: "kr. 100", err: ErrAmount},
		{in: "100 kr", err: ErrAmount},
		{in: "1,25E+06", err: ErrAmount},
		{in: "-", err: ErrAmount},
		{in: "--5", err: ErrAmount},
		{in: "-5-", err: ErrAmount},
		{in: "1 250.000,00", err: ErrAmount},
		{in: "12 34", err: ErrAmount},
		{in: "(100)", err: ErrAmount},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			mark := tt.mark
			got, err := appendAmount([]byte("x"), tt.in, &mark)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("appendAmount(%q) error = %v, want %v", tt.in, err, tt.err)
				}
				if mark != tt.mark {
					t.Errorf("a failing amount changed the file's mark to %q", mark)
				}
				return
			}
			if err != nil {
				t.Fatalf("appendAmount(%q): %v", tt.in, err)
			}
			if string(got) != "x"+tt.want {
				t.Errorf("appendAmount(%q) = %q, want %q", tt.in, got[1:], tt.want)
			}
			if mark != tt.wantMark {
				t.Errorf("mark after %q = %q, want %q", tt.in, mark, tt.wantMark)
			}
		})
	}
}

func TestAmbiguousIsAmount(t *testing.T) {
	if !errors.Is(ErrAmbiguousAmount, ErrAmount) {
		t.Error("ErrAmbiguousAmount does not match ErrAmount")
	}
	if errors.Is(ErrAmount, ErrAmbiguousAmount) {
		t.Error("ErrAmount matches ErrAmbiguousAmount")
	}
}

func TestAppendNumber(t *testing.T) {
	tests := []struct {
		in, want string
		bad      bool
	}{
		{in: "1250.5", want: "1250.5"},
		{in: "24850", want: "24850"},
		{in: "-1250.5", want: "-1250.5"},
		{in: "1.250", want: "1.250"},
		{in: "1250.0999999999999", want: "1250.1"},
		{in: "0.30000000000000004", want: "0.3"},
		{in: "0.29999999999999999", want: "0.3"},
		{in: "123456789012.34567", want: "123456789012.346"},
		{in: "1.25E+6", want: "1250000"},
		{in: "1E-2", want: "0.01"},
		{in: "abc", bad: true},
		{in: "1.2.3", bad: true},
		{in: "1e", bad: true},
		{in: "", bad: true},
	}
	for _, tt := range tests {
		got, err := appendNumber(nil, tt.in)
		if tt.bad {
			if !errors.Is(err, ErrAmount) {
				t.Errorf("appendNumber(%q) error = %v, want ErrAmount", tt.in, err)
			}
			continue
		}
		if err != nil || string(got) != tt.want {
			t.Errorf("appendNumber(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestQuoteValueHidesDigits(t *testing.T) {
	tests := []struct {
		in   string
		hide bool
	}{
		{"1.25.000", false},
		{"31-02-2025", false},
		{"0101901234", true},
		{"010190-1234", true},
		{"abc 0101 901 234", true},
		{"123456789", false},
	}
	for _, tt := range tests {
		got := quoteValue(tt.in)
		hidden := got == hiddenValue
		if hidden != tt.hide {
			t.Errorf("quoteValue(%q) = %s; hidden %v, want %v", tt.in, got, hidden, tt.hide)
		}
	}
	long := "abcdefghijklmnopqrstuvwxyzæøåabcdefghijklmnop"
	if got := quoteValue(long); len(got) > maxQuoted+5 {
		t.Errorf("quoteValue of %d bytes = %d bytes, want at most %d", len(long), len(got), maxQuoted+5)
	}
}
