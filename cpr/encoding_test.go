package cpr

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"encoding/xml"
	"errors"
	"strings"
	"testing"
)

type jsonLine struct {
	PsrID  Number `json:"psr"`
	Amount string `json:"amount"`
}

func TestJSON(t *testing.T) {
	for _, tt := range []struct {
		n    Number
		want string
	}{
		{MustParse("170580-1234"), `{"psr":"1705801234","amount":"1.00"}`},
		{MustParse("1234569999"), `{"psr":"1234569999","amount":"1.00"}`},
		{Number{}, `{"psr":"","amount":"1.00"}`},
	} {
		b, err := json.Marshal(jsonLine{tt.n, "1.00"})
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != tt.want {
			t.Errorf("Marshal = %s, want %s", b, tt.want)
		}
		var back jsonLine
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if back.PsrID != tt.n {
			t.Errorf("round trip = %v, want %v", back.PsrID, tt.n)
		}
	}
}

func TestJSONUnmarshalForms(t *testing.T) {
	var l jsonLine
	if err := json.Unmarshal([]byte(`{"psr":" 170580-1234 "}`), &l); err != nil {
		t.Fatal(err)
	}
	if l.PsrID != MustParse("1705801234") {
		t.Errorf("got %v", l.PsrID)
	}
	err := json.Unmarshal([]byte(`{"psr":"7705801234"}`), &l)
	if !errors.Is(err, ErrReplacement) {
		t.Errorf("Unmarshal of a replacement number: %v, want ErrReplacement", err)
	}
	if err != nil && strings.Contains(err.Error(), "770580") {
		t.Errorf("error shows the input: %v", err)
	}
	if l.PsrID != MustParse("1705801234") {
		t.Error("a failed Unmarshal changed the Number")
	}
}

type xmlLine struct {
	XMLName xml.Name `xml:"Line"`
	Attr    Number   `xml:"psr,attr"`
	PsrID   Number   `xml:"PsrID"`
}

func TestXML(t *testing.T) {
	n := MustParse("070761-4285")
	b, err := xml.Marshal(xmlLine{Attr: n, PsrID: n})
	if err != nil {
		t.Fatal(err)
	}
	want := `<Line psr="0707614285"><PsrID>0707614285</PsrID></Line>`
	if string(b) != want {
		t.Errorf("Marshal = %s, want %s", b, want)
	}
	var back xmlLine
	if err := xml.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.PsrID != n || back.Attr != n {
		t.Errorf("round trip = %v, %v, want %v", back.Attr, back.PsrID, n)
	}
	err = xml.Unmarshal([]byte(`<Line><PsrID>3205801234</PsrID></Line>`), &back)
	if !errors.Is(err, ErrDay) {
		t.Errorf("Unmarshal of day 32: %v, want ErrDay", err)
	}
}

func TestGob(t *testing.T) {
	n := MustParse("1705801234")
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(exported{n}); err != nil {
		t.Fatal(err)
	}
	var back exported
	if err := gob.NewDecoder(&buf).Decode(&back); err != nil {
		t.Fatal(err)
	}
	if back.PsrID != n {
		t.Errorf("round trip = %v, want %v", back.PsrID, n)
	}
}

func TestAppendText(t *testing.T) {
	b, err := MustParse("170580-1234").AppendText([]byte("psr="))
	if err != nil || string(b) != "psr=1705801234" {
		t.Errorf("AppendText = %q, %v", b, err)
	}
	var zero Number
	if err := zero.UnmarshalText(nil); err != nil || zero.IsValid() {
		t.Errorf("UnmarshalText(empty) = %v, %v; want the zero Number", zero, err)
	}
}
