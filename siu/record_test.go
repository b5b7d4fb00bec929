package siu

import (
	"errors"
	"strings"
	"testing"

	"github.com/siukit/siukit/cpr"
)

func TestParseAmountGrammar(t *testing.T) {
	for _, tc := range []struct {
		in   string
		oere int64
		err  error // nil: accepted
	}{
		{"0.00", 0, nil},
		{"-0.00", 0, nil},
		{"24850.00", 2485000, nil},
		{"-1250.50", -125050, nil},
		{"0.01", 1, nil},
		{"9999999999999999.99", 999999999999999999, nil},
		{"-9999999999999999.99", -999999999999999999, nil},
		{"", 0, ErrMissing},
		{"10000000000000000.00", 0, ErrRange},
		{"1.005", 0, ErrDecimals},
		{"1.500", 0, ErrDecimals},
		{"16300", 0, ErrMalformed},
		{"1.5", 0, ErrMalformed},
		{"1250,50", 0, ErrMalformed},
		{"-", 0, ErrMalformed},
		{"1.", 0, ErrMalformed},
		{".5", 0, ErrMalformed},
		{"+5.00", 0, ErrMalformed},
		{"1e2", 0, ErrMalformed},
		{"1e400", 0, ErrMalformed},
		{" 1.00", 0, ErrMalformed},
		{"1.00 ", 0, ErrMalformed},
		{"1 000.00", 0, ErrMalformed},
		{"--1.00", 0, ErrMalformed},
		{"١.٠٠", 0, ErrMalformed},
		{"99999999999999999999999999.00x", 0, ErrMalformed},
	} {
		d, err := ParseAmount(tc.in)
		if tc.err == nil {
			if err != nil || d.Exponent() != -2 || d.CoefficientInt64() != tc.oere {
				t.Errorf("ParseAmount(%q) = %v, %v; want %d øre", tc.in, d, err, tc.oere)
			}
			continue
		}
		if !errors.Is(err, tc.err) {
			t.Errorf("ParseAmount(%q) error = %v, want %v", tc.in, err, tc.err)
		}
	}
}

func TestParseFieldsGrammar(t *testing.T) {
	for _, tc := range []struct {
		field, in string
		err       error // nil: accepted
	}{
		{FieldPsrID, "0101801234", nil},
		{FieldPsrID, "", ErrMissing},
		{FieldPsrID, "150180-0038", ErrMalformed},
		{FieldPsrID, "150180 0038", ErrMalformed},
		{FieldPsrID, " 1501800038", ErrMalformed},
		{FieldPsrID, "01018012345", ErrMalformed},
		{FieldPsrID, "１５０１８００３８", ErrMalformed},
		{FieldPsrID, "3201801234", cpr.ErrDay},
		{FieldPsrID, "7501801234", cpr.ErrReplacement},
		{FieldAccount, "5385110000000040", nil},
		{FieldAccount, "", ErrMissing},
		{FieldAccount, "5.38.51.1 4.0", ErrMalformed},
		{FieldAccount, "538511000000004", ErrMalformed},
		{FieldAccount, "53851100000000400", ErrMalformed},
		{FieldAccount, "5385110000000040 ", ErrMalformed},
		{FieldStart, "2025-01-31", nil},
		{FieldStart, "", ErrMissing},
		{FieldStart, "31-01-2025", nil /* checked below: a *civil.Error */},
		{FieldStart, "2025-02-30", nil},
		{FieldStart, "2025-01-31T00:00:00", nil},
	} {
		var err error
		switch tc.field {
		case FieldPsrID:
			_, err = ParsePsrID(tc.in)
		case FieldAccount:
			_, err = ParseAccount(tc.in)
		default:
			_, err = ParseDate(tc.in)
			if tc.in != "2025-01-31" && tc.in != "" {
				if err == nil {
					t.Errorf("ParseDate(%q) accepted it", tc.in)
				}
				continue
			}
		}
		switch {
		case tc.err == nil && err != nil:
			t.Errorf("%s %q: %v, want accepted", tc.field, tc.in, err)
		case tc.err != nil && !errors.Is(err, tc.err):
			t.Errorf("%s %q: error %v, want %v", tc.field, tc.in, err, tc.err)
		}
	}
}

// TestParseRecordFindings checks that ParseRecord names each field that
// gives no value, with the rule the validator reports for it, and that a
// record it accepts has every field set.
func TestParseRecordFindings(t *testing.T) {
	good := Record{PsrID: "0101801234", Account: "5385110000000040", Amount: "100.00", Start: "2025-01-01", End: "2025-01-31"}
	l, fs := ParseRecord(good)
	if len(fs) != 0 || !l.PsrID.IsValid() || !l.Account.IsValid() || !l.Start.IsValid() || !l.End.IsValid() || l.Amount.StringFixed(2) != "100.00" {
		t.Fatalf("ParseRecord(good) = %+v, %v", l, fs)
	}
	for _, tc := range []struct {
		name string
		mod  func(*Record)
		code string
		fld  string
	}{
		{"missing PsrID", func(r *Record) { r.PsrID = "" }, "SIU-PSR-001", FieldPsrID},
		{"hyphenated PsrID", func(r *Record) { r.PsrID = "010180-1234" }, "SIU-PSR-002", FieldPsrID},
		{"replacement number", func(r *Record) { r.PsrID = "6101801234" }, "SIU-PSR-003", FieldPsrID},
		{"missing account", func(r *Record) { r.Account = "" }, "SIU-KTO-001", FieldAccount},
		{"dotted account", func(r *Record) { r.Account = "5.38.51.1 4.0" }, "SIU-KTO-002", FieldAccount},
		{"missing amount", func(r *Record) { r.Amount = "" }, "SIU-BEL-001", FieldAmount},
		{"integer amount", func(r *Record) { r.Amount = "16300" }, "SIU-BEL-001", FieldAmount},
		{"three decimals", func(r *Record) { r.Amount = "1.005" }, "SIU-BEL-002", FieldAmount},
		{"missing start", func(r *Record) { r.Start = "" }, "SIU-PER-001", FieldStart},
		{"Danish end date", func(r *Record) { r.End = "31-01-2025" }, "SIU-PER-002", FieldEnd},
	} {
		r := good
		tc.mod(&r)
		_, fs := ParseRecord(r)
		if len(fs) != 1 || fs[0].Code != tc.code || fs[0].Field != tc.fld || fs[0].Line != 0 {
			t.Errorf("%s: findings %v, want one %s on %s at line 0", tc.name, fs, tc.code, tc.fld)
		}
	}
}

// TestAddRecordReportsEachFieldOnce checks that a record's unreadable or
// missing field is reported once, by the grammar, and not again by the
// line checks.
func TestAddRecordReportsEachFieldOnce(t *testing.T) {
	v := NewValidator(testHeader(), testOptions())
	v.AddRecord(Record{})
	counts := map[string]int{}
	for _, f := range v.Findings() {
		if f.Line == 1 {
			counts[f.Code+" "+f.Field]++
		}
	}
	want := map[string]int{
		"SIU-PSR-001 PsrID": 1, "SIU-KTO-001 KONTOSTRENG": 1, "SIU-BEL-001 BELOEB": 1,
		"SIU-PER-001 STARTDATO": 1, "SIU-PER-001 SLUTDATO": 1,
	}
	for k, n := range want {
		if counts[k] != n {
			t.Errorf("%s reported %d times, want %d (all: %v)", k, counts[k], n, counts)
		}
	}
	if len(counts) != len(want) {
		t.Errorf("findings on line 1: %v, want only %v", counts, want)
	}
}

// TestPsrIDTenCharactersNamesThePosition checks that a PsrID of ten
// characters with one that is not a digit is reported by its position,
// not as the wrong length.
func TestPsrIDTenCharactersNamesThePosition(t *testing.T) {
	_, fs := ParseRecord(Record{PsrID: "170580-234", Account: "5385010000000040", Amount: "1.00", Start: "2025-01-01", End: "2025-01-31"})
	if len(fs) != 1 || fs[0].Code != "SIU-PSR-002" || !strings.Contains(fs[0].MessageEN, "position 7") || strings.Contains(fs[0].MessageEN, "malformed value") {
		t.Fatalf("findings %v, want one SIU-PSR-002 naming position 7", fs)
	}
	if _, err := ParsePsrID("170580-234"); !errors.Is(err, ErrMalformed) || !errors.Is(err, cpr.ErrCharacter) {
		t.Errorf("ParsePsrID error %v, want ErrMalformed and cpr.ErrCharacter", err)
	}
}
