package xmlformat

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/siukit/siukit/siu"
)

// profileL231 is testdata/profile-l231.json: the default names with the
// codes of DST's sibling statistic L231 (børn med handicap), as OS2bos
// delivers it (SOURCES.md: os2bos-dst-export). They are test values for a
// profile file, not SIU's codes, which are not public.
func profileL231() Profile {
	p := DefaultProfile()
	p.Placeholder = false
	p.Codes.Source = "CEMOS"
	p.Codes.SurveyID = "D280600"
	p.Codes.FormID = "L231"
	p.Codes.TestFormID = "T231"
	p.Codes.FormVersion = "1"
	return p
}

func readProfileFile(t *testing.T, name string) (Profile, []byte) {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := ReadProfile(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return p, b
}

// TestReadProfileFile: the test profile file reads as the profile it
// describes, and WriteJSON writes it back byte for byte.
func TestReadProfileFile(t *testing.T) {
	p, b := readProfileFile(t, "testdata/profile-l231.json")
	if p != profileL231() {
		t.Errorf("ReadProfile = %+v\nwant %+v", p, profileL231())
	}
	var out bytes.Buffer
	if err := p.WriteJSON(&out); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), b) {
		t.Errorf("WriteJSON does not give the file back:\n%s", out.Bytes())
	}
	if DefaultProfile().Codes.Source == p.Codes.Source || DefaultProfile().Codes.FormID == "L231" {
		t.Error("the sibling statistic's codes must never be the defaults")
	}
}

// TestProfileJSONRoundTrip: the default profile and a changed one survive
// WriteJSON and ReadProfile, and encoding/json uses the same form.
func TestProfileJSONRoundTrip(t *testing.T) {
	changed := DefaultProfile()
	changed.EnvelopePrefix = "e"
	changed.Root = "Rod"
	changed.Fields.Amount = "BELOB"
	changed.Envelope.FormVersion = "FormularVersion"
	changed.Codes.ContactTypeName = "Modtager <&> \"kvittering\""
	for _, p := range []Profile{DefaultProfile(), profileL231(), changed} {
		var b bytes.Buffer
		if err := p.WriteJSON(&b); err != nil {
			t.Fatal(err)
		}
		got, err := ReadProfile(&b)
		if err != nil {
			t.Fatalf("%s: %v", p.Root, err)
		}
		if got != p {
			t.Errorf("round trip:\n got %+v\nwant %+v", got, p)
		}
		m, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var viaJSON Profile
		if err := json.Unmarshal(m, &viaJSON); err != nil || viaJSON != p {
			t.Errorf("encoding/json round trip: %v, %+v", err, viaJSON)
		}
	}
}

// TestProfileFileEncodesAndDecodes: a delivery written with the profile of
// the file carries its codes (the test FormID for a test delivery) and
// reads back with it; the default profile refuses the file.
func TestProfileFileEncodesAndDecodes(t *testing.T) {
	p, _ := readProfileFile(t, "testdata/profile-l231.json")
	for _, test := range []bool{false, true} {
		h := testHeader()
		h.Test = test
		d := siu.Delivery{Header: h, Lines: testLines(3, 7)}
		var b bytes.Buffer
		if err := Encode(&b, p, d); err != nil {
			t.Fatal(err)
		}
		form := "L231"
		if test {
			form = "T231"
		}
		for _, want := range []string{"<dst:Source>CEMOS</dst:Source>", "<dst:SurveyID>D280600</dst:SurveyID>", "<dst:FormID>" + form + "</dst:FormID>", "<FormVersion>1</FormVersion>"} {
			if !strings.Contains(b.String(), want) {
				t.Errorf("test=%v: the file lacks %s", test, want)
			}
		}
		dec := NewDecoder(bytes.NewReader(b.Bytes()), p)
		got, err := dec.Header()
		if err != nil {
			t.Fatal(err)
		}
		if got.Test != test {
			t.Errorf("read back Test = %v, want %v", got.Test, test)
		}
		n := 0
		for _, err := range dec.All() {
			if err != nil {
				t.Fatal(err)
			}
			n++
		}
		if n != 3 {
			t.Errorf("read back %d lines, want 3", n)
		}
		if _, err := NewDecoder(bytes.NewReader(b.Bytes()), DefaultProfile()).Header(); err == nil {
			t.Error("the default profile reads a file with other codes")
		}
	}
}

// TestReadProfileErrors: every malformed file is refused with an error
// that says what is wrong.
func TestReadProfileErrors(t *testing.T) {
	var good bytes.Buffer
	if err := profileL231().WriteJSON(&good); err != nil {
		t.Fatal(err)
	}
	g := good.String()
	replace := func(old, new string) string {
		if !strings.Contains(g, old) {
			t.Fatalf("the file lacks %q", old)
		}
		return strings.Replace(g, old, new, 1)
	}
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "ends early"},
		{"not JSON", "Placeholder: false", "not JSON"},
		{"array", "[]", "want a JSON object"},
		{"trailing data", g + "{}", "data after the JSON object"},
		{"unknown key", replace(`"Root":`, `"Rod": "x", "Root":`), `unknown key "Rod"`},
		{"unknown nested key", replace(`"FormID": "L231",`, `"FormID": "L231", "FormId": "L231",`), `unknown key Codes."FormId"`},
		{"missing key", replace(`"Area": "OMRAADE",`, ``), "missing keys: Area"},
		{"missing nested key", replace(`"TestFormID": "T231",`, ``), "missing keys: Codes.TestFormID"},
		{"missing object", replace(`"Placeholder": false,`, ``), "missing keys: Placeholder"},
		{"duplicate key", replace(`"Root":`, `"Root": "x", "Root":`), `key "Root" appears twice`},
		{"duplicate nested key", replace(`"FormID": "L231",`, `"FormID": "L999", "FormID": "L231",`), `key "FormID" appears twice`},
		{"wrong type", replace(`"Placeholder": false`, `"Placeholder": "no"`), "Placeholder"},
		{"number for a name", replace(`"Root": "IndividUdgiftLeveranceStruktur"`, `"Root": 7`), "Root"},
		{"invalid profile", replace(`"FormID": "L231"`, `"FormID": ""`), "Codes.FormID is empty"},
		{"same form ids", replace(`"TestFormID": "T231"`, `"TestFormID": "L231"`), "test delivery"},
		{"too large", g + strings.Repeat(" ", MaxProfileSize), "larger than"},
		{"CPR number in a key", replace(`"Root":`, `"1501800038": "x", "Root":`), "150180-****"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadProfile(strings.NewReader(tt.in))
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q lacks %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "1501800038") {
				t.Errorf("error %q holds a whole CPR number", err)
			}
		})
	}
}

// TestReadProfileBOM: a byte order mark before the object is skipped, as
// editors on Windows write it.
func TestReadProfileBOM(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("\ufeff")
	if err := DefaultProfile().WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if p, err := ReadProfile(&b); err != nil || p != DefaultProfile() {
		t.Errorf("ReadProfile with a BOM: %v", err)
	}
}

// TestReadProfileLimit: ReadProfile reads at most MaxProfileSize+1 bytes
// of an endless reader and refuses it.
func TestReadProfileLimit(t *testing.T) {
	r := &countingReader{r: endless{}}
	if _, err := ReadProfile(r); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Fatalf("endless input: %v", err)
	}
	if r.n > MaxProfileSize+1 {
		t.Errorf("read %d bytes of an endless input, want at most %d", r.n, MaxProfileSize+1)
	}
}

type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// TestReadProfileReaderError: a failing reader's error is returned.
func TestReadProfileReaderError(t *testing.T) {
	boom := errors.New("boom")
	if _, err := ReadProfile(io.MultiReader(strings.NewReader("{"), errReader{boom})); !errors.Is(err, boom) {
		t.Errorf("err = %v, want boom", err)
	}
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// ExampleReadProfile reads a profile file and writes a delivery with it.
func ExampleReadProfile() {
	f, err := os.Open("testdata/profile-l231.json")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	p, err := ReadProfile(f)
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Codes.Source, p.Codes.SurveyID, p.Codes.FormID+"/"+p.Codes.TestFormID)
	// Output: CEMOS D280600 L231/T231
}
