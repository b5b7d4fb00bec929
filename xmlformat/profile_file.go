package xmlformat

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/siukit/siukit/cpr"
)

// MaxProfileSize is the largest profile file ReadProfile reads, in bytes.
// A profile of DST's names and codes takes about 2 KiB.
const MaxProfileSize = 64 << 10

// profileJSON is the profile file's form: one JSON object whose keys are
// the names of Profile's fields, with Fields, Envelope and Codes as nested
// objects keyed the same way. Every key is required and no other key is
// allowed, so that a misspelt key is an error rather than an empty name.
type profileJSON struct {
	Placeholder       *bool              `json:"Placeholder"`
	Namespace         *string            `json:"Namespace"`
	EnvelopeNamespace *string            `json:"EnvelopeNamespace"`
	EnvelopePrefix    *string            `json:"EnvelopePrefix"`
	Root              *string            `json:"Root"`
	Area              *string            `json:"Area"`
	Collection        *string            `json:"Collection"`
	Record            *string            `json:"Record"`
	Fields            *map[string]string `json:"Fields"`
	Envelope          *map[string]string `json:"Envelope"`
	Codes             *map[string]string `json:"Codes"`
}

// profileKeys lists the keys of the nested objects, in file order, with
// the field of p each one fills.
func profileKeys(p *Profile) (fields, envelope, codes []profileKey) {
	fields = []profileKey{
		{"PsrID", &p.Fields.PsrID},
		{"Account", &p.Fields.Account},
		{"Amount", &p.Fields.Amount},
		{"Start", &p.Fields.Start},
		{"End", &p.Fields.End},
	}
	e := &p.Envelope
	envelope = []profileKey{
		{"Metadata", &e.Metadata},
		{"Envelope", &e.Envelope},
		{"Source", &e.Source},
		{"SurveyID", &e.SurveyID},
		{"FormID", &e.FormID},
		{"Period", &e.Period},
		{"Entity", &e.Entity},
		{"EntityIDType", &e.EntityIDType},
		{"EntityID", &e.EntityID},
		{"CommunicatorCollection", &e.CommunicatorCollection},
		{"Communicator", &e.Communicator},
		{"CommunicationDescription", &e.CommunicationDescription},
		{"CommunicationDateTime", &e.CommunicationDateTime},
		{"SystemStructure", &e.SystemStructure},
		{"SystemName", &e.SystemName},
		{"SystemVersion", &e.SystemVersion},
		{"ContactCollection", &e.ContactCollection},
		{"Contact", &e.Contact},
		{"ContactTypeName", &e.ContactTypeName},
		{"ContactIdentifier", &e.ContactIdentifier},
		{"ContactEmailAddress", &e.ContactEmailAddress},
		{"FormVersion", &e.FormVersion},
	}
	c := &p.Codes
	codes = []profileKey{
		{"Source", &c.Source},
		{"SurveyID", &c.SurveyID},
		{"FormID", &c.FormID},
		{"TestFormID", &c.TestFormID},
		{"EntityIDType", &c.EntityIDType},
		{"ContactTypeName", &c.ContactTypeName},
		{"FormVersion", &c.FormVersion},
	}
	return fields, envelope, codes
}

type profileKey struct {
	key string
	v   *string
}

// MarshalJSON writes p in the form of a profile file (see ReadProfile).
// It does not validate p.
func (p Profile) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	str := func(key, v string, last bool) {
		k, _ := marshalString(key)
		s, _ := marshalString(v)
		b.Write(k)
		b.WriteByte(':')
		b.Write(s)
		if !last {
			b.WriteByte(',')
		}
	}
	obj := func(key string, keys []profileKey, last bool) {
		k, _ := marshalString(key)
		b.Write(k)
		b.WriteString(":{")
		for i, pk := range keys {
			str(pk.key, *pk.v, i == len(keys)-1)
		}
		b.WriteByte('}')
		if !last {
			b.WriteByte(',')
		}
	}
	fields, envelope, codes := profileKeys(&p)
	if p.Placeholder {
		b.WriteString(`"Placeholder":true,`)
	} else {
		b.WriteString(`"Placeholder":false,`)
	}
	str("Namespace", p.Namespace, false)
	str("EnvelopeNamespace", p.EnvelopeNamespace, false)
	str("EnvelopePrefix", p.EnvelopePrefix, false)
	str("Root", p.Root, false)
	str("Area", p.Area, false)
	str("Collection", p.Collection, false)
	str("Record", p.Record, false)
	obj("Fields", fields, false)
	obj("Envelope", envelope, false)
	obj("Codes", codes, true)
	b.WriteByte('}')
	return b.Bytes(), nil
}

// marshalString writes s as a JSON string without HTML escaping.
func marshalString(s string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// UnmarshalJSON reads a profile file's JSON object (see ReadProfile) into
// p. Every key is required, no other key is allowed and no key may appear
// twice; the values are not validated (ReadProfile validates them).
func (p *Profile) UnmarshalJSON(b []byte) error {
	if err := checkDuplicateKeys(b); err != nil {
		return err
	}
	var pj profileJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&pj); err != nil {
		return profileError("%s", jsonProblem(err))
	}
	var out Profile
	var missing []string
	need := func(key string, ok bool) {
		if !ok {
			missing = append(missing, key)
		}
	}
	need("Placeholder", pj.Placeholder != nil)
	if pj.Placeholder != nil {
		out.Placeholder = *pj.Placeholder
	}
	for _, s := range []struct {
		key string
		src *string
		dst *string
	}{
		{"Namespace", pj.Namespace, &out.Namespace},
		{"EnvelopeNamespace", pj.EnvelopeNamespace, &out.EnvelopeNamespace},
		{"EnvelopePrefix", pj.EnvelopePrefix, &out.EnvelopePrefix},
		{"Root", pj.Root, &out.Root},
		{"Area", pj.Area, &out.Area},
		{"Collection", pj.Collection, &out.Collection},
		{"Record", pj.Record, &out.Record},
	} {
		need(s.key, s.src != nil)
		if s.src != nil {
			*s.dst = *s.src
		}
	}
	fields, envelope, codes := profileKeys(&out)
	var errs []error
	for _, o := range []struct {
		key  string
		m    *map[string]string
		keys []profileKey
	}{
		{"Fields", pj.Fields, fields},
		{"Envelope", pj.Envelope, envelope},
		{"Codes", pj.Codes, codes},
	} {
		need(o.key, o.m != nil && *o.m != nil)
		if o.m == nil || *o.m == nil {
			continue
		}
		m := *o.m
		known := make(map[string]bool, len(o.keys))
		for _, pk := range o.keys {
			known[pk.key] = true
			v, ok := m[pk.key]
			need(o.key+"."+pk.key, ok)
			*pk.v = v
		}
		for k := range m {
			if !known[k] {
				errs = append(errs, profileError("unknown key %s.%s", o.key, quoteKey(k)))
			}
		}
	}
	if len(missing) > 0 {
		errs = append(errs, profileError("missing keys: %s", strings.Join(missing, ", ")))
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	*p = out
	return nil
}

// ReadProfile reads a profile from a file: the JSON object MarshalJSON
// and WriteJSON write, with every key of Profile, for instance
//
//	{
//	  "Placeholder": false,
//	  "Namespace": "http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/",
//	  ...
//	  "Fields": {"PsrID": "PsrID", "Account": "KONTOSTRENG", ...},
//	  "Envelope": {"Metadata": "DeliveryMetadataNewStructure", ...},
//	  "Codes": {"Source": "...", "SurveyID": "...", "FormID": "...", "TestFormID": "...", ...}
//	}
//
// It is the way a vendor who holds DST's SIU specification gives its names
// and codes to a program without writing Go (the command's --profile flag
// reads a file with it). The file is UTF-8 JSON of at most MaxProfileSize
// bytes; every key is required, no other key and no key twice is allowed,
// and the profile must pass Validate. The error says every problem it
// found and never quotes a whole CPR number.
func ReadProfile(r io.Reader) (Profile, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxProfileSize+1))
	if err != nil {
		return Profile{}, fmt.Errorf("xmlformat: profile file: %w", err)
	}
	if len(b) > MaxProfileSize {
		return Profile{}, profileError("the file is larger than %d bytes", MaxProfileSize)
	}
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	dec := json.NewDecoder(bytes.NewReader(b))
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return Profile{}, profileError("%s", jsonProblem(err))
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return Profile{}, profileError("data after the JSON object")
	}
	var p Profile
	if err := p.UnmarshalJSON(raw); err != nil {
		return Profile{}, err
	}
	if err := p.Validate(); err != nil {
		return Profile{}, err
	}
	return p, nil
}

// WriteJSON writes p as a profile file that ReadProfile reads back: the
// JSON object of MarshalJSON, indented by two spaces, with a final
// newline. It does not validate p.
func (p Profile) WriteJSON(w io.Writer) error {
	b, err := p.MarshalJSON()
	if err != nil {
		return err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, b, "", "  "); err != nil {
		return err
	}
	out.WriteByte('\n')
	_, err = w.Write(out.Bytes())
	return err
}

// checkDuplicateKeys reports a key that appears twice in one object of the
// JSON value b (encoding/json would silently keep the last).
func checkDuplicateKeys(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	type frame struct {
		obj  bool
		keys map[string]bool
		key  bool // the next string token is a key
	}
	var stack []*frame
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return profileError("%s", jsonProblem(err))
		}
		var top *frame
		if n := len(stack); n > 0 {
			top = stack[n-1]
		}
		if top != nil && top.obj && top.key {
			if d, ok := tok.(json.Delim); ok && d == '}' {
				stack = stack[:len(stack)-1]
				if n := len(stack); n > 0 && stack[n-1].obj {
					stack[n-1].key = true
				}
				continue
			}
			k, _ := tok.(string)
			if top.keys[k] {
				return profileError("key %s appears twice", quoteKey(k))
			}
			top.keys[k] = true
			top.key = false
			continue
		}
		switch d, _ := tok.(json.Delim); d {
		case '{':
			stack = append(stack, &frame{obj: true, keys: map[string]bool{}, key: true})
			continue
		case '[':
			stack = append(stack, &frame{})
			continue
		case ']':
			stack = stack[:len(stack)-1]
		}
		// A value ended: in an object, a key comes next.
		if n := len(stack); n > 0 && stack[n-1].obj {
			stack[n-1].key = true
		}
	}
}

// quoteKey quotes a key for an error, masking a CPR number.
func quoteKey(k string) string {
	if len(k) > 64 {
		return fmt.Sprintf("(a key of %d bytes)", len(k))
	}
	return cpr.Redact(fmt.Sprintf("%q", k))
}

// jsonProblem says what is wrong with JSON text without quoting it.
func jsonProblem(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("not JSON (at byte %d)", se.Offset)
	case errors.As(err, &te):
		if te.Field != "" {
			return fmt.Sprintf("%s: want a JSON %s", te.Field, te.Type.Kind())
		}
		return fmt.Sprintf("want a JSON object, found %s", te.Value)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "the JSON ends early"
	}
	// DisallowUnknownFields: json: unknown field "x".
	msg := err.Error()
	if k, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		return "unknown key " + cpr.Redact(k)
	}
	return cpr.Redact(msg)
}

// profileError is an error of a profile file.
func profileError(format string, args ...any) error {
	return errors.New(cpr.Redact(fmt.Sprintf("xmlformat: profile file: "+format, args...)))
}
