package xmlformat

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

func TestRoundTrip(t *testing.T) {
	for seed := uint64(1); seed <= 5; seed++ {
		h := testHeader()
		h.Test = seed%2 == 0
		h.Area = siu.Area(1 + seed%3)
		h.Created = h.Created.In(time.FixedZone("", int(seed)*1800-7200))
		d := siu.Delivery{Header: h, Lines: testLines(int(seed)*200, seed)}
		var buf bytes.Buffer
		if err := Encode(&buf, DefaultProfile(), d); err != nil {
			t.Fatal(err)
		}
		got := decodeAll(t, &buf)
		if diff := cmp.Diff(d, got, cmpOpts); diff != "" {
			t.Errorf("seed %d (-want +got):\n%s", seed, diff)
		}
	}
}

// FuzzRoundTrip builds a delivery from fuzzed values. What the encoder
// accepts must come back equal from the decoder; what it refuses must be
// refused with a *FieldError.
func FuzzRoundTrip(f *testing.F) {
	f.Add("0101801234", 0, int64(2485000), int32(-2), 0, 30, "beskrivelse", "system", "1.0", "kontakt", "a@b.dk", false)
	f.Add("1512459998", 7, int64(-125050), int32(-3), 400, 0, "a&b<c>\r\nd", "", "", "", "x@y", true)
	f.Add("3112999999", 3, int64(1), int32(5), 9000, 366, "]]>", "\t", "\x00", "æøå", "@", false)
	f.Fuzz(func(t *testing.T, psr string, acct int, coef int64, exp int32, startDay, days int, desc, sys, ver, contact, email string, test bool) {
		n, err := cpr.Parse(psr)
		if err != nil {
			return
		}
		if acct < 0 {
			acct = -acct
		}
		if exp < -30 || exp > 30 {
			return
		}
		start := civil.MustNew(2020, 1, 1).AddDays(startDay % 5000)
		d := siu.Delivery{
			Header: siu.Header{
				Municipality: 101, Year: 2025, Area: siu.AreaSamlet, Test: test,
				Created:     time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
				Description: desc, System: siu.System{Name: sys, Version: ver},
				Contact: siu.Contact{Identifier: contact, Email: email},
			},
			Lines: []siu.Line{{
				PsrID:   n,
				Account: kontoplan.MustParse(testAccounts[acct%len(testAccounts)]),
				Amount:  decimal.New(coef, exp),
				Start:   start,
				End:     start.AddDays(days % 400),
			}},
		}
		var buf bytes.Buffer
		err = Encode(&buf, DefaultProfile(), d)
		if err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("Encode: %v, want a *FieldError", err)
			}
			if strings.Contains(err.Error(), psr) {
				t.Fatalf("error %q holds the CPR number", err)
			}
			if buf.Len() != 0 {
				t.Fatalf("Encode wrote %d bytes of a refused delivery", buf.Len())
			}
			return
		}
		got := decodeAll(t, &buf)
		if diff := cmp.Diff(d, got, cmpOpts); diff != "" {
			t.Fatalf("(-want +got):\n%s", diff)
		}
	})
}

// FuzzDecode feeds arbitrary bytes to the decoder: it must never panic or
// loop, and a file it reads without error must encode again to a file
// that decodes to the same delivery.
func FuzzDecode(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*.golden")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(b[:len(b)/2])
		f.Add(bytes.ReplaceAll(b, []byte("dst:"), []byte("e:")))
	}
	// The envelope's other forms: RefID, Authorisation, nil, three
	// contacts, DBoks, a time without offset.
	if b, err := os.ReadFile("testdata/voksen.golden"); err == nil {
		s := string(b)
		s = strings.Replace(s, "<IndividUdgiftLeveranceStruktur ", `<IndividUdgiftLeveranceStruktur xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" `, 1)
		s = strings.Replace(s, "      <dst:SurveyID>", `<dst:RefID xsi:nil="true"/><dst:SurveyID>`, 1)
		s = strings.Replace(s, "</dst:EntityID>", "</dst:EntityID><dst:Authorisation><dst:AutID>a</dst:AutID></dst:Authorisation>", 1)
		s = strings.Replace(s, "      <ContactStructure>", "<ContactStructure><ContactTypeName>Faglig ansvarlig</ContactTypeName><ContactIdentifier>f</ContactIdentifier><ContactEmailAddress>f@k.dk</ContactEmailAddress></ContactStructure>\n      <ContactStructure>", 1)
		s = strings.Replace(s, "    <FormVersion>", "<DBoksContactNewStructure><CVRnumberIdentifier>29189846</CVRnumberIdentifier></DBoksContactNewStructure><FormVersion>", 1)
		s = strings.Replace(s, "2026-03-02T09:15:00+01:00", "2026-10-25T02:30:00", 1)
		if err := decodeErr(s, Limits{}); err != nil {
			f.Fatalf("the envelope seed: %v", err)
		}
		f.Add([]byte(s))
	}
	f.Add([]byte(`<!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>`))
	f.Add([]byte("\xEF\xBB\xBF<?xml version='1.0'?><a/>"))
	f.Add([]byte("<a><![CDATA[x]]><!-- y --><?z?></a>"))
	f.Fuzz(func(t *testing.T, in []byte) {
		dec := NewDecoder(bytes.NewReader(in), DefaultProfile())
		dec.Limits = Limits{MaxTextSize: 256, MaxTagSize: 512, MaxDepth: 8}
		h, err := dec.Header()
		if err != nil {
			checkDecodeError(t, err)
			return
		}
		d := siu.Delivery{Header: h}
		for i := 0; ; i++ {
			if i > len(in) {
				t.Fatal("more records than input bytes")
			}
			l, err := dec.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				checkDecodeError(t, err)
				return
			}
			d.Lines = append(d.Lines, l)
		}
		// The header's free text may not suit the encoder's stricter
		// checks (lengths, e-mail); only a delivery it accepts is compared.
		var buf bytes.Buffer
		if err := Encode(&buf, DefaultProfile(), d); err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Record != 0 {
				t.Fatalf("a decoded line does not encode: %v", err)
			}
			return
		}
		again := decodeAll(t, &buf)
		if diff := cmp.Diff(d, again, cmpOpts); diff != "" {
			t.Fatalf("decode(encode(decode(x))) differs (-first +second):\n%s", diff)
		}
	})
}

// checkDecodeError checks an error has one of the decoder's types and a
// position.
func checkDecodeError(t *testing.T, err error) {
	t.Helper()
	var se *SyntaxError
	var fe *FieldError
	switch {
	case errors.As(err, &se):
		if se.Line < 1 || se.Col < 1 {
			t.Fatalf("syntax error without position: %#v", se)
		}
	case errors.As(err, &fe):
		if fe.Line < 1 || fe.Col < 1 {
			t.Fatalf("field error without position: %#v", fe)
		}
	default:
		t.Fatalf("error %T %v: want *SyntaxError or *FieldError", err, err)
	}
	_ = fmt.Sprint(err)
}
