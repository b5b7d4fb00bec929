package csvformat

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"testing"
)

var tenDigits = regexp.MustCompile(`\d{10}`)

// FuzzReader feeds arbitrary input to Read and ReadPosting: they must never
// panic or loop, must return only *ParseError values, and no message may
// hold ten digits in a row or anything shaped like a CPR number.
func FuzzReader(f *testing.F) {
	seeds := []string{
		hdr + good("0107809998"),
		"\ufeff" + hdr + "0107809998;5385010000000040;24.850,00;01-07-2025;30-06-2026;x\r\n",
		"CPR;Konto;Bel\xf8b;Fra;Til\n010780-9998;538501-40;1.250;1.1.2025;31.1.2025\n",
		hdr + "0107809998;\"5385010000000040;1,00\n",
		hdr + "0107809998;538\"501;1,00;01-07-2025;31-07-2025;x\n",
		hdr + "\"=\"\"0107809998\"\"\";x;010780-9998;0107809998;2025-07-01T00:00:00Z;x\n",
		"CPR,Konto,Amount,Start,End\n0107809998,1,\"1,250.00\",2025-07-01,2025-07-31\n",
		"CPR\tKonto\tBeløb\tFra\tTil\n0107809998\t1\t1 250,00\t01-07-2025\t31-07-2025\n",
		"\xff\xfeC\x00P\x00R\x00",
		"PK\x03\x04",
		"",
		"\n\n;;;\n",
		"CPR;CPR\n",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		check := func(err error) {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v (%T) is not a *ParseError", err, err)
			}
			msg := err.Error()
			if m := tenDigits.FindString(msg); m != "" {
				t.Fatalf("message %q holds the digit run %s", msg, m)
			}
			checkNoCPR(t, msg)
		}
		r := NewReader(bytes.NewReader(data))
		r.MaxFieldSize = 64
		r.MaxRecordSize = 512
		for n := 0; ; n++ {
			if n > len(data)+2 {
				t.Fatal("Read did not reach io.EOF")
			}
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				check(err)
			}
		}
		r = NewReader(bytes.NewReader(data))
		for n := 0; ; n++ {
			if n > len(data)+2 {
				t.Fatal("ReadPosting did not reach io.EOF")
			}
			_, err := r.ReadPosting()
			if err == io.EOF {
				break
			}
			if err != nil {
				check(err)
			}
		}
	})
}

var plainDecimal = regexp.MustCompile(`^-?(0|[1-9][0-9]*)(\.[0-9]+)?$`)

// FuzzAmount checks that every amount the Reader accepts comes out as a
// plain decimal that reads back as itself, and survives the Writer's form.
func FuzzAmount(f *testing.F) {
	for _, s := range []string{"24.850,00", "-1.250,50", "24850.00", "1.250", "1 250,5", "1.250,00-", ",5", "007", "1,250.00"} {
		f.Add(s, byte(0))
		f.Add(s, byte(','))
		f.Add(s, byte('.'))
	}
	f.Fuzz(func(t *testing.T, s string, mark byte) {
		if mark != ',' && mark != '.' {
			mark = 0
		}
		out, err := appendAmount(nil, s, &mark)
		if err != nil {
			if !errors.Is(err, ErrAmount) {
				t.Fatalf("appendAmount(%q) error %v does not match ErrAmount", s, err)
			}
			return
		}
		if len(out) == 0 {
			return
		}
		if !plainDecimal.Match(out) {
			t.Fatalf("appendAmount(%q) = %q, not a plain decimal", s, out)
		}
		dot := byte('.')
		again, err := appendAmount(nil, string(out), &dot)
		if err != nil || !bytes.Equal(again, out) {
			t.Fatalf("reading %q again gives %q, %v", out, again, err)
		}
		danish, err := appendDanishAmount(nil, string(out))
		if err != nil {
			t.Fatalf("appendDanishAmount(%q): %v", out, err)
		}
		comma := byte(0)
		back, err := appendAmount(nil, string(danish), &comma)
		if err != nil || !bytes.Equal(back, out) {
			t.Fatalf("the Writer's %q reads back as %q, %v; want %q", danish, back, err, out)
		}
	})
}

// FuzzXMLScan holds the limit scan to encoding/xml: a part that encoding/xml
// reads to the end within the limits must pass the scan, so that the scan
// refuses only what is beyond a limit or not XML. The scan must never
// panic.
func FuzzXMLScan(f *testing.F) {
	for _, s := range []string{
		sheetHead + sheetRows + sheetTail,
		sstHead + sstItems + `</sst>`,
		`<a><!-- x -- > --><![CDATA[<b>]]]]></a>`,
		`<?xml version="1.0"?><!DOCTYPE a><a b='>' c=">"/>`,
		`<a:b xmlns:a="x"><a:c/></a:b>`,
		`<a>`, `</a>`, `<a/><b/>`, `<<a>>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		scan := &xmlScan{count: "c", keep: "mergeCell", onKeep: func([]byte) error { return nil }}
		err := scan.run(bytes.NewReader(data))
		d := xml.NewDecoder(bytes.NewReader(data))
		depth, maxDepth, tokens := 0, 0, 0
		for {
			tok, derr := d.RawToken()
			if derr == io.EOF {
				break
			}
			if derr != nil {
				return // not XML: the scan may say anything
			}
			tokens++
			switch tok.(type) {
			case xml.StartElement:
				depth++
				maxDepth = max(maxDepth, depth)
			case xml.EndElement:
				depth--
				if depth < 0 {
					return // RawToken does not match end tags to start tags
				}
			case xml.Directive:
				return // a DOCTYPE with an internal subset: not in a workbook
			}
		}
		if depth != 0 || tokens == 0 || maxDepth > MaxXLSXDepth || len(data) > MaxXLSXToken {
			return
		}
		if err != nil {
			t.Fatalf("encoding/xml reads %q, but the scan says %v", data, err)
		}
	})
}

// FuzzOpenXLSX reads damaged workbooks: OpenXLSX and Read must never panic
// and must return *ParseError values only.
func FuzzOpenXLSX(f *testing.F) {
	f.Add(archive(f, basicParts(nil, nil)))
	f.Add(archive(f, basicParts(&part{text: sheetHead + sheetRows + `</sheetData><mergeCells><mergeCell ref="A2:A3"/></mergeCells></worksheet>`}, nil)))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := OpenXLSX(bytes.NewReader(data), "")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v (%T) is not a *ParseError", err, err)
			}
			return
		}
		defer r.Close()
		for n := 0; ; n++ {
			if n > len(data)+2 {
				t.Fatal("Read did not reach io.EOF")
			}
			_, err := r.Read()
			if err == io.EOF {
				return
			}
			var pe *ParseError
			if err != nil && !errors.As(err, &pe) {
				t.Fatalf("error %v (%T) is not a *ParseError", err, err)
			}
		}
	})
}
