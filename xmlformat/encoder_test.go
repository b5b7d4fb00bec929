package xmlformat

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

func TestAppendAmount(t *testing.T) {
	tests := []struct {
		in      decimal.Decimal
		want    string
		wantErr error
	}{
		{decimal.Decimal{}, "0.00", nil},
		{decimal.RequireFromString("0"), "0.00", nil},
		{decimal.RequireFromString("24850"), "24850.00", nil},
		{decimal.RequireFromString("-1250.5"), "-1250.50", nil},
		{decimal.RequireFromString("-0.01"), "-0.01", nil},
		{decimal.RequireFromString("1.500"), "1.50", nil}, // exactly two decimals' worth
		{decimal.RequireFromString("1.5000000000000000000000"), "1.50", nil},
		{decimal.New(12345, -2), "123.45", nil},
		{decimal.New(7, 3), "7000.00", nil},
		{decimal.NewFromInt(-42), "-42.00", nil},
		{decimal.RequireFromString("9999999999999999.99"), "9999999999999999.99", nil},
		{decimal.RequireFromString("-9999999999999999.99"), "-9999999999999999.99", nil},
		{decimal.RequireFromString("0.001"), "", ErrDecimals},
		{decimal.RequireFromString("1.005"), "", ErrDecimals},
		{decimal.RequireFromString("-12.3456"), "", ErrDecimals},
		{decimal.RequireFromString("0.0000000000000000000001"), "", ErrDecimals},
		{decimal.RequireFromString("10000000000000000"), "", ErrRange},
		{decimal.New(1, 40), "", ErrRange},
		{decimal.RequireFromString("123456789012345678901234567890"), "", ErrRange},
	}
	for _, tt := range tests {
		got, err := appendAmount(nil, tt.in)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("appendAmount(%s): error %v, want %v", tt.in, err, tt.wantErr)
			continue
		}
		if err == nil && string(got) != tt.want {
			t.Errorf("appendAmount(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// encodeOK encodes d with the default profile, failing on error.
func encodeOK(t *testing.T, d siu.Delivery) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Encode(&buf, DefaultProfile(), d); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestEncoderHeaderErrors(t *testing.T) {
	tests := []struct {
		name    string
		change  func(*siu.Header)
		field   string
		wantErr error
	}{
		{"no municipality", func(h *siu.Header) { h.Municipality = 0 }, "EntityID", ErrRange},
		{"four-digit municipality", func(h *siu.Header) { h.Municipality = 1010 }, "EntityID", ErrRange},
		{"no year", func(h *siu.Header) { h.Year = 0 }, "Period", ErrRange},
		{"five-digit year", func(h *siu.Header) { h.Year = 20250 }, "Period", ErrRange},
		{"no area", func(h *siu.Header) { h.Area = 0 }, "OMRAADE", ErrMissing},
		{"no time", func(h *siu.Header) { h.Created = time.Time{} }, "CommunicationDateTime", ErrMissing},
		{"long description", func(h *siu.Header) { h.Description = strings.Repeat("æ", 51) }, "CommunicationDescription", ErrRange},
		{"long system name", func(h *siu.Header) { h.System.Name = strings.Repeat("x", 51) }, "SystemName", ErrRange},
		{"long system version", func(h *siu.Header) { h.System.Version = strings.Repeat("1", 21) }, "SystemVersion", ErrRange},
		{"long contact", func(h *siu.Header) { h.Contact.Identifier = strings.Repeat("x", 101) }, "ContactIdentifier", ErrRange},
		{"no e-mail", func(h *siu.Header) { h.Contact.Email = "" }, "ContactEmailAddress", ErrMissing},
		{"e-mail without @", func(h *siu.Header) { h.Contact.Email = "kommune.dk" }, "ContactEmailAddress", ErrMalformed},
		{"e-mail with space", func(h *siu.Header) { h.Contact.Email = "a b@c.dk" }, "ContactEmailAddress", ErrMalformed},
		{"invalid UTF-8", func(h *siu.Header) { h.Description = "a\xffb" }, "CommunicationDescription", ErrEncoding},
		{"control character", func(h *siu.Header) { h.System.Name = "a\x01b" }, "SystemName", ErrEncoding},
		{"offset in seconds", func(h *siu.Header) { h.Created = h.Created.In(time.FixedZone("LMT", 3020)) }, "CommunicationDateTime", ErrRange},
		{"offset beyond 14 hours", func(h *siu.Header) { h.Created = h.Created.In(time.FixedZone("", 14*3600+60)) }, "CommunicationDateTime", ErrRange},
		{"year 10000", func(h *siu.Header) { h.Created = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) }, "CommunicationDateTime", ErrRange},
	}
	want := encodeOK(t, siu.Delivery{Header: testHeader()})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := testHeader()
			tt.change(&h)
			var buf bytes.Buffer
			e := NewEncoder(&buf, DefaultProfile())
			err := e.WriteHeader(h)
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != tt.field || fe.Record != 0 || !errors.Is(err, tt.wantErr) {
				t.Fatalf("WriteHeader: error %v, want a *FieldError on %s wrapping %v", err, tt.field, tt.wantErr)
			}
			// Nothing was written: the encoder can still write the right
			// header, and the file is exactly the clean one.
			if err := e.WriteHeader(testHeader()); err != nil {
				t.Fatal(err)
			}
			if err := e.Close(); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("after a refused header the file differs:\n%s", buf.Bytes())
			}
		})
	}
}

func TestEncoderLineErrors(t *testing.T) {
	good := testLines(2, 7)
	tests := []struct {
		name    string
		change  func(*siu.Line)
		field   string
		wantErr error
	}{
		{"no PsrID", func(l *siu.Line) { l.PsrID = cpr.Number{} }, "PsrID", ErrMissing},
		{"no account", func(l *siu.Line) { l.Account = kontoplan.Account{} }, "KONTOSTRENG", ErrMissing},
		{"no start", func(l *siu.Line) { l.Start = civil.Date{} }, "STARTDATO", ErrMissing},
		{"no end", func(l *siu.Line) { l.End = civil.Date{} }, "SLUTDATO", ErrMissing},
		{"three decimals", func(l *siu.Line) { l.Amount = decimal.RequireFromString("100.005") }, "BELOEB", ErrDecimals},
		{"too large", func(l *siu.Line) { l.Amount = decimal.New(1, 16) }, "BELOEB", ErrRange},
	}
	want := encodeOK(t, siu.Delivery{Header: testHeader(), Lines: good})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := good[0]
			tt.change(&bad)
			var buf bytes.Buffer
			e := NewEncoder(&buf, DefaultProfile())
			if err := e.WriteHeader(testHeader()); err != nil {
				t.Fatal(err)
			}
			if err := e.WriteLine(good[0]); err != nil {
				t.Fatal(err)
			}
			err := e.WriteLine(bad)
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != tt.field || fe.Record != 2 || !errors.Is(err, tt.wantErr) {
				t.Fatalf("WriteLine: error %v, want a *FieldError on %s of record 2 wrapping %v", err, tt.field, tt.wantErr)
			}
			if err := e.WriteLine(good[1]); err != nil {
				t.Fatal(err)
			}
			if err := e.Close(); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("a refused line left a trace in the file:\n%s", buf.Bytes())
			}

			// Encode refuses the whole delivery and writes nothing.
			buf.Reset()
			err = Encode(&buf, DefaultProfile(), siu.Delivery{Header: testHeader(), Lines: []siu.Line{good[0], bad}})
			if !errors.As(err, &fe) || fe.Record != 2 {
				t.Errorf("Encode: error %v, want a *FieldError of record 2", err)
			}
			if buf.Len() != 0 {
				t.Errorf("Encode wrote %d bytes of an invalid delivery", buf.Len())
			}
		})
	}
}

func TestEncoderOrder(t *testing.T) {
	l := testLines(1, 3)[0]
	h := testHeader()
	tests := []struct {
		name string
		run  func(e *Encoder) error
		want error
	}{
		{"line before header", func(e *Encoder) error { return e.WriteLine(l) }, ErrNoHeader},
		{"close before header", func(e *Encoder) error { return e.Close() }, ErrNoHeader},
		{"header twice", func(e *Encoder) error { e.WriteHeader(h); return e.WriteHeader(h) }, ErrHeaderWritten},
		{"header twice after a line", func(e *Encoder) error { e.WriteHeader(h); e.WriteLine(l); return e.WriteHeader(h) }, ErrHeaderWritten},
		{"line after close", func(e *Encoder) error { e.WriteHeader(h); e.Close(); return e.WriteLine(l) }, ErrClosed},
		{"header after close", func(e *Encoder) error { e.WriteHeader(h); e.Close(); return e.WriteHeader(h) }, ErrClosed},
		{"close twice", func(e *Encoder) error { e.WriteHeader(h); e.Close(); return e.Close() }, ErrClosed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.run(NewEncoder(&buf, DefaultProfile())); !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
		})
	}
}

func TestEncoderTestFormID(t *testing.T) {
	d := siu.Delivery{Header: testHeader()}
	p := DefaultProfile()
	prod := string(encodeOK(t, d))
	d.Header.Test = true
	test := string(encodeOK(t, d))
	if !strings.Contains(prod, "<dst:FormID>"+p.Codes.FormID+"</dst:FormID>") {
		t.Errorf("production delivery lacks FormID %s", p.Codes.FormID)
	}
	if !strings.Contains(test, "<dst:FormID>"+p.Codes.TestFormID+"</dst:FormID>") {
		t.Errorf("test delivery lacks FormID %s", p.Codes.TestFormID)
	}
}

func TestEncoderCreated(t *testing.T) {
	tests := []struct {
		in   time.Time
		want string
	}{
		{time.Date(2026, 3, 2, 9, 15, 0, 0, time.UTC), "2026-03-02T09:15:00+00:00"},
		{time.Date(2026, 3, 2, 9, 15, 7, 999_999_999, time.FixedZone("", 3600)), "2026-03-02T09:15:07+01:00"},
		{time.Date(2026, 7, 1, 23, 59, 59, 0, time.FixedZone("", -5*3600)), "2026-07-01T23:59:59-05:00"},
	}
	for _, tt := range tests {
		h := testHeader()
		h.Created = tt.in
		out := string(encodeOK(t, siu.Delivery{Header: h}))
		if !strings.Contains(out, "<CommunicationDateTime>"+tt.want+"</CommunicationDateTime>") {
			t.Errorf("Created %v: want %s in\n%s", tt.in, tt.want, out)
		}
	}
}

func TestEncoderEscapes(t *testing.T) {
	h := testHeader()
	h.Description = "a&b<c>d\"e'f\ng\rh"
	h.Contact.Identifier = "]]> & <!-- -->"
	out := string(encodeOK(t, siu.Delivery{Header: h}))
	for _, want := range []string{
		"<CommunicationDescription>a&amp;b&lt;c&gt;d\"e'f&#xA;g&#xD;h</CommunicationDescription>\n",
		"<ContactIdentifier>]]&gt; &amp; &lt;!-- --&gt;</ContactIdentifier>\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q in\n%s", want, out)
		}
	}
	got := decodeAll(t, strings.NewReader(out)).Header
	if got.Description != h.Description || got.Contact.Identifier != h.Contact.Identifier {
		t.Errorf("read back %q, %q; want %q, %q", got.Description, got.Contact.Identifier, h.Description, h.Contact.Identifier)
	}
}

// failWriter fails after n bytes.
type failWriter struct{ n int }

var errDiskFull = errors.New("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errDiskFull
	}
	w.n -= len(p)
	return len(p), nil
}

func TestEncoderWriteError(t *testing.T) {
	e := NewEncoder(&failWriter{n: 1000}, DefaultProfile())
	if err := e.WriteHeader(testHeader()); err != nil {
		t.Fatal(err) // buffered: nothing reaches the writer yet
	}
	var err error
	for _, l := range testLines(2000, 5) {
		if err = e.WriteLine(l); err != nil {
			break
		}
	}
	if !errors.Is(err, errDiskFull) {
		t.Fatalf("WriteLine: error %v, want the writer's error", err)
	}
	if err := e.Close(); !errors.Is(err, errDiskFull) {
		t.Errorf("Close after a write error: %v, want the writer's error", err)
	}
}

func TestEncoderInvalidProfile(t *testing.T) {
	p := DefaultProfile()
	p.Fields.Amount = ""
	e := NewEncoder(&bytes.Buffer{}, p)
	if err := e.WriteHeader(testHeader()); err == nil || !strings.Contains(err.Error(), "Fields.Amount") {
		t.Errorf("WriteHeader with an invalid profile: %v, want an error naming Fields.Amount", err)
	}
}

// TestEncoderNoCPRInErrors checks that no encoder error prints a CPR
// number, whatever the line holds.
func TestEncoderNoCPRInErrors(t *testing.T) {
	l := testLines(1, 9)[0]
	l.Amount = decimal.RequireFromString("0.001")
	e := NewEncoder(&bytes.Buffer{}, DefaultProfile())
	e.WriteHeader(testHeader())
	err := e.WriteLine(l)
	if err == nil {
		t.Fatal("want an error")
	}
	if strings.Contains(err.Error(), l.PsrID.Digits()) {
		t.Errorf("error %q holds the CPR number", err)
	}
}
