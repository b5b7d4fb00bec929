//go:build cgo

package xsd

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

const vendorMain = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="urn:v" targetNamespace="urn:v" elementFormDefault="qualified">
  <xs:include schemaLocation="types/amount.xsd"/>
  <xs:element name="Total" type="AmountType"/>
</xs:schema>
`

const vendorAmount = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="urn:v" targetNamespace="urn:v">
  <xs:simpleType name="AmountType">
    <xs:restriction base="xs:decimal"><xs:fractionDigits value="2"/></xs:restriction>
  </xs:simpleType>
</xs:schema>
`

func vendorFS(main string) fstest.MapFS {
	return fstest.MapFS{
		"main.xsd":         {Data: []byte(main)},
		"types/amount.xsd": {Data: []byte(vendorAmount)},
	}
}

func TestLoadVendorSchema(t *testing.T) {
	s, err := Load(vendorFS(vendorMain), "main.xsd")
	if err != nil {
		t.Fatalf("Load = %v", err)
	}
	defer s.Close()
	if err := s.Validate(strings.NewReader(`<Total xmlns="urn:v">12.50</Total>`)); err != nil {
		t.Errorf("valid document: %v", err)
	}
	err = s.Validate(strings.NewReader("<Total xmlns=\"urn:v\">\n12.505</Total>"))
	var xerr *Error
	if !errors.As(err, &xerr) || xerr.Problems[0].Kind != KindSchema || !strings.Contains(xerr.Problems[0].Message, "fractionDigits") {
		t.Errorf("invalid document: %v, want a fractionDigits problem", err)
	}
}

func TestLoadRefusesNonLocalReferences(t *testing.T) {
	tests := []struct{ name, location string }{
		{"http", "http://example.com/amount.xsd"},
		{"file URL", "file:///etc/amount.xsd"},
		{"absolute", "/etc/amount.xsd"},
		{"parent", "../amount.xsd"},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			main := strings.Replace(vendorMain, "types/amount.xsd", tt.location, 1)
			_, err := Load(vendorFS(main), "main.xsd")
			var xerr *Error
			if !errors.As(err, &xerr) || xerr.Op != "load" || xerr.Problems[0].File != "main.xsd" || xerr.Problems[0].Line != 3 ||
				!strings.Contains(xerr.Problems[0].Message, "nothing is fetched") {
				t.Errorf("Load = %v, want a refusal at main.xsd line 3", err)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	t.Run("DOCTYPE in schema", func(t *testing.T) {
		main := strings.Replace(vendorMain, "<xs:schema", "<!DOCTYPE xs:schema [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<xs:schema", 1)
		_, err := Load(vendorFS(main), "main.xsd")
		if err == nil || !strings.Contains(err.Error(), "DOCTYPE") {
			t.Errorf("Load = %v, want a DOCTYPE refusal", err)
		}
	})
	t.Run("missing include", func(t *testing.T) {
		fsys := vendorFS(vendorMain)
		delete(fsys, "types/amount.xsd")
		if _, err := Load(fsys, "main.xsd"); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("Load = %v, want fs.ErrNotExist", err)
		}
	})
	t.Run("undefined type", func(t *testing.T) {
		// libxml2 through the wrapper does not say why a schema does not
		// compile: the problem names the main file only.
		main := strings.Replace(vendorMain, `type="AmountType"`, `type="NoSuchType"`, 1)
		_, err := Load(vendorFS(main), "main.xsd")
		var xerr *Error
		if !errors.As(err, &xerr) || xerr.Op != "load" || len(xerr.Problems) != 1 || xerr.Problems[0].File != "main.xsd" ||
			xerr.Problems[0].Kind != KindSchema || !strings.Contains(xerr.Problems[0].Message, "could not compile") {
			t.Errorf("Load = %v, want a compile problem in main.xsd", err)
		}
	})
	t.Run("not XML", func(t *testing.T) {
		_, err := Load(vendorFS("<xs:schema"), "main.xsd")
		var xerr *Error
		if !errors.As(err, &xerr) || xerr.Problems[0].File != "main.xsd" {
			t.Errorf("Load = %v, want a problem in main.xsd", err)
		}
	})
	t.Run("bad main path", func(t *testing.T) {
		if _, err := Load(vendorFS(vendorMain), "../main.xsd"); err == nil {
			t.Error("Load(../main.xsd) = nil error")
		}
	})
}

func TestClose(t *testing.T) {
	s, err := Load(vendorFS(vendorMain), "main.xsd")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close = %v", err)
	}
	if err := s.Validate(strings.NewReader(`<Total xmlns="urn:v">1</Total>`)); !errors.Is(err, ErrClosed) {
		t.Errorf("Validate after Close = %v, want ErrClosed", err)
	}
	d := mustDefault(t)
	d.Close()
	if err := d.Validate(strings.NewReader(readValid(t))); err != nil {
		t.Errorf("Default schema after Close: %v, want it still usable", err)
	}
}

// TestConcurrent validates valid and invalid documents from many
// goroutines on the shared Default schema and on a loaded schema that is
// closed meanwhile; run it with -race.
func TestConcurrent(t *testing.T) {
	s := mustDefault(t)
	valid := readValid(t)
	vendor, err := Load(vendorFS(vendorMain), "main.xsd")
	if err != nil {
		t.Fatal(err)
	}
	large := delivery(3000, func(i int, r *record) {
		if i%700 == 3 {
			r.Beloeb = "7"
		}
	})
	wantLarge := fmt.Sprintf("%+v", s.Validate(bytes.NewReader(large)))
	const goroutines, rounds = 8, 25
	var wg sync.WaitGroup
	errs := make(chan error, goroutines*(rounds+1))
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// A document of several batches, validated by workers of its own.
			if got := fmt.Sprintf("%+v", s.Validate(bytes.NewReader(large))); got != wantLarge {
				errs <- fmt.Errorf("large: %s, want %s", got, wantLarge)
			}
			for i := range rounds {
				tc := invalidCases[(g*rounds+i)%len(invalidCases)]
				doc := tc.edit(valid)
				var xerr *Error
				err := s.Validate(strings.NewReader(doc))
				if !errors.As(err, &xerr) || xerr.Problems[0].Kind != tc.kind || xerr.Problems[0].Line != lineOf(t, doc, tc.lineAt) {
					errs <- fmt.Errorf("%s: %v", tc.name, err)
				}
				if err := s.Validate(strings.NewReader(valid)); err != nil {
					errs <- fmt.Errorf("valid: %v", err)
				}
				if err := vendor.Validate(strings.NewReader(`<Total xmlns="urn:v">1.25</Total>`)); err != nil && !errors.Is(err, ErrClosed) {
					errs <- fmt.Errorf("vendor: %v", err)
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		vendor.Close()
	}()
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
