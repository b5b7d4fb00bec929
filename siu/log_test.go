package siu

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/internal/redacttable"
	"github.com/siukit/siukit/kontoplan"
)

// The number the logging tests hide, and its masked form.
const (
	logWhole  = "1705801234"
	logMasked = "170580-****"
)

// logForms are ways logWhole appears in raw text.
var logForms = []string{
	"1705801234", "170580-1234", "170580 1234", "170580\u00a01234", "170580\u20111234",
	"１７０５８０１２３４", "CPR1705801234", "1705801234abc", "1705801234.csv",
}

func logValues() map[string]any {
	n := cpr.MustParse(logWhole)
	acc := kontoplan.MustParse("5385010000000040")
	start, end := civil.MustParse("2025-01-01"), civil.MustParse("2025-01-31")
	amount := decimal.RequireFromString("1250.50")
	values := map[string]any{
		"Line":    Line{PsrID: n, Account: acc, Amount: amount, Start: start, End: end},
		"Posting": Posting{PsrID: n, Account: acc, Amount: amount, Start: start, End: end},
		"Finding": Finding{Code: "SIU-PSR-001", Severity: Error, Line: 3, Field: FieldPsrID,
			Message: "PsrID 170580-1234 er ikke gyldigt", MessageEN: "PsrID 1705801234 is not valid"},
	}
	for i, form := range logForms {
		values[fmt.Sprintf("Record %d", i)] = Record{PsrID: form, Account: form, Amount: "x" + form, Start: form + ".csv", End: "CPR" + form}
	}
	return values
}

// flattenDigits returns s with full-width digits read as ASCII and every
// character that is not an ASCII letter or digit removed, so that a
// number split by a separator, or escaped by an encoder, shows as its
// digits in a row.
func flattenDigits(s string) string {
	s = strings.NewReplacer(`\u00a0`, "", `\u2011`, "").Replace(s) // JSON escapes
	var b strings.Builder
	for _, r := range s {
		switch {
		case '０' <= r && r <= '９':
			b.WriteRune('0' + r - '０')
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
			b.WriteRune(r)
		}
	}
	return b.String()
}

func checkMasked(t *testing.T, how, out string) {
	t.Helper()
	if strings.Contains(flattenDigits(out), logWhole) {
		t.Errorf("%s shows the whole number:\n%s", how, out)
	}
	if !strings.Contains(out, logMasked) {
		t.Errorf("%s lacks the masked form %s:\n%s", how, logMasked, out)
	}
}

func TestPrintMasked(t *testing.T) {
	for name, v := range logValues() {
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%20v"} {
			checkMasked(t, name+" "+verb, fmt.Sprintf(verb, v))
		}
		checkMasked(t, name+" Sprint", fmt.Sprint(v))
		checkMasked(t, name+" in a slice", fmt.Sprintf("%v %+v", []any{v}, []any{v}))
		checkMasked(t, name+" in a struct", fmt.Sprintf("%+v", struct{ V any }{v}))
	}
}

func TestLogMasked(t *testing.T) {
	for name, v := range logValues() {
		for _, h := range []struct {
			name string
			new  func(*bytes.Buffer) slog.Handler
		}{
			{"TextHandler", func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, nil) }},
			{"JSONHandler", func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) }},
		} {
			var buf bytes.Buffer
			logger := slog.New(h.new(&buf))
			logger.Info("value", "v", v)
			logger.Info("in a group", slog.Group("g", "v", v))
			logger.With("w", v).Info("with")
			logger.Info("attr", slog.Any("v", v))
			for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
				checkMasked(t, name+" "+h.name, line)
			}
		}
	}
}

// TestLogValueFields checks the groups' keys and values.
func TestLogValueFields(t *testing.T) {
	values := logValues()
	tests := []struct {
		v    any
		want string
	}{
		{values["Line"], `{"PsrID":"170580-****","Account":"5385010000000040","Amount":"1250.5","Start":"2025-01-01","End":"2025-01-31"}`},
		{values["Posting"], `{"PsrID":"170580-****","Account":"5385010000000040","Amount":"1250.5","Start":"2025-01-01","End":"2025-01-31"}`},
		{Line{}, `{"PsrID":"","Account":"","Amount":"0","Start":"","End":""}`},
		{values["Record 0"], `{"PsrID":"170580-****","Account":"170580-****","Amount":"x170580-****","Start":"170580-****.csv","End":"CPR170580-****"}`},
		{Record{PsrID: "2025-01-31", Account: "5385010000000040", Amount: "1073741824"}, `{"PsrID":"2025-01-31","Account":"5385010000000040","Amount":"1073741824","Start":"","End":""}`},
		{values["Finding"], `{"code":"SIU-PSR-001","severity":"error","line":3,"field":"PsrID","message":"PsrID 170580-**** er ikke gyldigt","message_en":"PsrID 170580-**** is not valid"}`},
		{Finding{Code: "SIU-LEV-001", Severity: Warning, Message: "tom", MessageEN: "empty"}, `{"code":"SIU-LEV-001","severity":"warning","line":0,"message":"tom","message_en":"empty"}`},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: dropTime})).Info("m", "v", tt.v)
		var got struct{ V json.RawMessage }
		if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if string(got.V) != tt.want {
			t.Errorf("%T logged as\n %s\nwant\n %s", tt.v, got.V, tt.want)
		}
	}
}

func TestFormatRecord(t *testing.T) {
	r := Record{PsrID: "170580-1234", Account: "5385010000000040", Amount: "1250", Start: "2025-01-01", End: "2025-01-31"}
	tests := []struct{ verb, want string }{
		{"%v", "{170580-**** 5385010000000040 1250 2025-01-01 2025-01-31}"},
		{"%s", "{170580-**** 5385010000000040 1250 2025-01-01 2025-01-31}"},
		{"%+v", "{PsrID:170580-**** Account:5385010000000040 Amount:1250 Start:2025-01-01 End:2025-01-31}"},
		{"%#v", `siu.Record{PsrID:"170580-****", Account:"5385010000000040", Amount:"1250", Start:"2025-01-01", End:"2025-01-31"}`},
		{"%q", `{"170580-****" "5385010000000040" "1250" "2025-01-01" "2025-01-31"}`},
	}
	for _, tt := range tests {
		if got := fmt.Sprintf(tt.verb, r); got != tt.want {
			t.Errorf("Sprintf(%q) = %s, want %s", tt.verb, got, tt.want)
		}
	}
}

func TestFormatFinding(t *testing.T) {
	f := Finding{Code: "SIU-BEL-003", Severity: Warning, Line: 3, Field: FieldAmount,
		Message: "beløbet er nul (1705801234)", MessageEN: "the amount is zero (170580-1234)"}
	tests := []struct{ verb, want string }{
		{"%v", "line 3 BELOEB: SIU-BEL-003 warning: the amount is zero (170580-****)"},
		{"%+v", "line 3 BELOEB: SIU-BEL-003 warning: the amount is zero (170580-****)"},
		{"%s", "line 3 BELOEB: SIU-BEL-003 warning: the amount is zero (170580-****)"},
		{"%q", `"line 3 BELOEB: SIU-BEL-003 warning: the amount is zero (170580-****)"`},
		{"%#v", `siu.Finding{Code:"SIU-BEL-003", Severity:0x2, Line:3, Field:"BELOEB", Message:"beløbet er nul (170580-****)", MessageEN:"the amount is zero (170580-****)"}`},
		{"%d", "%!d(siu.Finding=line 3 BELOEB: SIU-BEL-003 warning: the amount is zero (170580-****))"},
	}
	for _, tt := range tests {
		if got := fmt.Sprintf(tt.verb, f); got != tt.want {
			t.Errorf("Sprintf(%q) = %s, want %s", tt.verb, got, tt.want)
		}
	}
	// Without a number, Format prints what String does.
	f.Message, f.MessageEN = "nul", "zero"
	if got := fmt.Sprint(f); got != f.String() {
		t.Errorf("Sprint = %q, want String %q", got, f.String())
	}
}

// TestRecordRedactTable logs records holding each case of the table that
// cpr.Redact shares: every field shows what Redact makes of it.
func TestRecordRedactTable(t *testing.T) {
	cases, err := redacttable.Cases()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range cases {
		r := Record{PsrID: tt.In, Account: tt.In, Amount: tt.In, Start: tt.In, End: tt.In}
		want := Record{PsrID: tt.Want, Account: tt.Want, Amount: tt.Want, Start: tt.Want, End: tt.Want}
		if got, w := fmt.Sprintf("%+v", r), fmt.Sprintf("%+v", plainRecord(want)); got != w {
			t.Errorf("%s: %%+v = %s, want %s", tt.Name, got, w)
		}
		var buf bytes.Buffer
		slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: dropTime})).Info("m", "v", r)
		var got struct{ V map[string]string }
		if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		for k, v := range got.V {
			if v != tt.Want {
				t.Errorf("%s: %s logged as %q, want %q", tt.Name, k, v, tt.Want)
			}
		}
	}
}

func dropTime(_ []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}

func ExampleRecord_LogValue() {
	r := Record{PsrID: "170580-1234", Account: "5385010000000040", Amount: "1.250,00", Start: "01-01-2025", End: "31-01-2025"}
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime}))
	logger.Info("record rejected", "record", r)
	fmt.Printf("%+v\n", r)
	// Output:
	// level=INFO msg="record rejected" record.PsrID=170580-**** record.Account=5385010000000040 record.Amount=1.250,00 record.Start=01-01-2025 record.End=31-01-2025
	// {PsrID:170580-**** Account:5385010000000040 Amount:1.250,00 Start:01-01-2025 End:31-01-2025}
}
