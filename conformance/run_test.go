package conformance

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
)

// dropLEV is an implementation that is right except that it never reports
// the delivery-wide rules (SIU-LEV-*).
type dropLEV struct{ Implementation }

func (d dropLEV) Validate(in Input) ([]Finding, error) {
	fs, err := d.Implementation.Validate(in)
	return slices.DeleteFunc(fs, func(f Finding) bool { return strings.HasPrefix(f.Code, "SIU-LEV-") }), err
}

func resultOf(t *testing.T, rep Report, id string, k Kind) Result {
	t.Helper()
	for _, r := range rep.Results {
		if r.Case == id && r.Kind == k {
			return r
		}
	}
	t.Fatalf("no result for %s/%s", id, k)
	return Result{}
}

func TestEvaluateSkipList(t *testing.T) {
	skipIfUpdating(t)
	tests := []struct {
		name   string
		impl   Implementation
		opts   []Option
		status Status
		detail string
	}{
		{name: "passes", impl: Reference(), status: StatusPass},
		{name: "fails", impl: dropLEV{Reference()}, status: StatusFail},
		{name: "skipped and fails", impl: dropLEV{Reference()}, opts: []Option{Skip("lev-002-*")}, status: StatusSkip},
		{name: "skipped and passes", impl: Reference(), opts: []Option{Skip("lev-002-duplicate")}, status: StatusFail,
			detail: "in the skip list but passes: remove it from the skip list"},
		{name: "skipped by kind pattern", impl: dropLEV{Reference()}, opts: []Option{Skip("lev-002-duplicate/validate")}, status: StatusSkip},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := append([]Option{Select("lev-002-duplicate")}, tt.opts...)
			rep, err := Evaluate(tt.impl, opts...)
			if err != nil {
				t.Fatal(err)
			}
			r := resultOf(t, rep, "lev-002-duplicate", KindValidate)
			if r.Status != tt.status || r.Detail != tt.detail {
				t.Errorf("status %q detail %q, want %q %q", r.Status, r.Detail, tt.status, tt.detail)
			}
			if tt.status == StatusFail && tt.detail == "" {
				want := []Mismatch{{Path: "findings", Want: "SIU-LEV-002 warning line 2", Got: "(missing)"}}
				if !slices.Equal(r.Mismatches, want) {
					t.Errorf("mismatches %v, want %v", r.Mismatches, want)
				}
			}
		})
	}
}

func TestEvaluateSelect(t *testing.T) {
	skipIfUpdating(t)
	rep, err := Evaluate(Reference(), Select("hdr-00[12]-*"), OnlyKinds(KindValidate))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range rep.Results {
		if r.Kind != KindValidate || !(strings.HasPrefix(r.Case, "hdr-001-") || strings.HasPrefix(r.Case, "hdr-002-")) {
			t.Errorf("selected %s/%s", r.Case, r.Kind)
		}
		ids = append(ids, r.Case)
	}
	if len(ids) != 6 {
		t.Errorf("selected %v, want the 6 cases of SIU-HDR-001 and -002", ids)
	}
	if _, err := Evaluate(Reference(), Select("no-such-case")); err == nil {
		t.Error("selecting nothing is not an error")
	}
	if _, err := Evaluate(Reference(), Select("[")); err == nil {
		t.Error("a malformed pattern is not an error")
	}
}

func TestEvaluateSupports(t *testing.T) {
	skipIfUpdating(t)
	ref := Reference()
	encodeOnly := Funcs{EncodeFunc: ref.Encode}
	rep, err := Evaluate(encodeOnly, Select("example-*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rep.Results {
		want := StatusSkip
		if r.Kind == KindEncode {
			want = StatusPass
		}
		if r.Status != want {
			t.Errorf("%s/%s: %s, want %s", r.Case, r.Kind, r.Status, want)
		}
	}
	if rep.Passed == 0 || rep.Skipped == 0 || !rep.OK() {
		t.Errorf("report %+v", rep)
	}
	if _, err := encodeOnly.Validate(Input{}); !errors.Is(err, ErrUnsupported) {
		t.Errorf("Funcs.Validate without a function: %v", err)
	}
}

// failing returns errors and panics.
type failing struct{}

func (failing) Validate(in Input) ([]Finding, error) {
	return nil, errors.New("cannot read " + in.Lines[0].PsrID + "\nsecond line")
}
func (failing) Encode(Input) ([]byte, error) { panic("encoder exploded") }

func TestEvaluateErrors(t *testing.T) {
	skipIfUpdating(t)
	rep, err := Evaluate(failing{}, Select("psr-002-ok-feb-29-2000"))
	if err != nil {
		t.Fatal(err)
	}
	v := resultOf(t, rep, "psr-002-ok-feb-29-2000", KindValidate)
	if v.Status != StatusFail || v.Detail != "cannot read 290200-****" {
		t.Errorf("validate: %+v", v)
	}
	e := resultOf(t, rep, "psr-002-ok-feb-29-2000", KindEncode)
	if e.Status != StatusFail || e.Detail != "panic: encoder exploded" {
		t.Errorf("encode: %+v", e)
	}
	var b bytes.Buffer
	if err := rep.WriteSummary(&b); err != nil {
		t.Fatal(err)
	}
	want := "FAIL psr-002-ok-feb-29-2000/validate: cannot read 290200-****\n" +
		"FAIL psr-002-ok-feb-29-2000/encode: panic: encoder exploded\n" +
		"suite " + Version + ": 2 checks, 0 passed, 2 failed, 0 skipped\n"
	if b.String() != want {
		t.Errorf("summary:\n%s\nwant:\n%s", b.String(), want)
	}
	js, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(js, &back); err != nil {
		t.Fatal(err)
	}
	if back.Failed != 2 || len(back.Results) != 2 || back.Results[1].Detail != e.Detail {
		t.Errorf("JSON round trip: %+v", back)
	}
}

func TestInputConversion(t *testing.T) {
	in := Input{
		Today:  "2026-03-02",
		Header: Header{Municipality: "101", Year: "2025", Area: "BOTH", Test: "true", Created: "2026-03-02T09:15:00+01:00"},
		Lines:  []Line{{PsrID: "0101801234", Account: "5385010000000040", Amount: "100.50", Start: "2025-01-01", End: ""}},
	}
	d, err := in.Delivery()
	if err != nil {
		t.Fatal(err)
	}
	if d.Header.Area.IsValid() || !d.Header.Test || d.Header.Municipality != 101 || d.Lines[0].End.IsValid() {
		t.Errorf("Delivery() = %+v", d)
	}
	if got := LineOf(d.Lines[0]); got != (Line{PsrID: "0101801234", Account: "5385010000000040", Amount: "100.50", Start: "2025-01-01"}) {
		t.Errorf("LineOf = %+v", got)
	}
	bad := []struct {
		name  string
		f     func(*Input)
		line  int
		field string
	}{
		{"municipality", func(in *Input) { in.Header.Municipality = "KBH" }, 0, "Municipality"},
		{"year", func(in *Input) { in.Header.Year = "20x5" }, 0, "Year"},
		{"test", func(in *Input) { in.Header.Test = "yes" }, 0, "Test"},
		{"created", func(in *Input) { in.Header.Created = "2026-03-02 09:15" }, 0, "Created"},
		{"psrid", func(in *Input) { in.Lines[0].PsrID = "3201801234" }, 1, "PsrID"},
		{"account", func(in *Input) { in.Lines[0].Account = "x" }, 1, "KONTOSTRENG"},
		{"amount", func(in *Input) { in.Lines[0].Amount = "1e3" }, 1, "BELOEB"},
		{"amount missing", func(in *Input) { in.Lines[0].Amount = " " }, 1, "BELOEB"},
		{"start", func(in *Input) { in.Lines[0].Start = "2025-13-01" }, 1, "STARTDATO"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			c := in
			c.Lines = slices.Clone(in.Lines)
			tt.f(&c)
			_, err := c.Delivery()
			var ie *InputError
			if !errors.As(err, &ie) || ie.Line != tt.line || ie.Field != tt.field {
				t.Fatalf("Delivery() error = %v, want line %d field %s", err, tt.line, tt.field)
			}
			if strings.Contains(err.Error(), "3201801234") {
				t.Errorf("error %q holds the PsrID", err)
			}
		})
	}
	if _, err := (Input{Today: "2.3.2026"}).TodayDate(); err == nil {
		t.Error("TodayDate accepts 2.3.2026")
	}
}

func TestManifestCheck(t *testing.T) {
	good := Manifest{Suite: Version, ID: "x-1", Title: "t", Kinds: []Kind{KindValidate}, Role: RoleTrigger,
		Rules: []string{"SIU-PER-001"}, Triggers: []string{"SIU-PER-001"}, Source: "dst-qa-2025", Years: []int{2025}, Profile: Profile}
	if err := good.Check(); err != nil {
		t.Fatalf("good manifest: %v", err)
	}
	tests := []struct {
		name string
		f    func(*Manifest)
		want string
	}{
		{"suite", func(m *Manifest) { m.Suite = "0.0.1" }, "suite"},
		{"id", func(m *Manifest) { m.ID = "X 1" }, "id"},
		{"source", func(m *Manifest) { m.Source = "" }, "no source"},
		{"kind", func(m *Manifest) { m.Kinds = []Kind{"decode"} }, "unknown kind"},
		{"aggregate with others", func(m *Manifest) { m.Kinds = []Kind{KindValidate, KindAggregate} }, "aggregate case"},
		{"role", func(m *Manifest) { m.Role = "other" }, "unknown role"},
		{"rule", func(m *Manifest) { m.Rules = []string{"SIU-XXX-999"} }, "not in the catalogue"},
		{"triggers unsorted", func(m *Manifest) { m.Triggers = []string{"SIU-PER-001", "SIU-BEL-001"} }, "sorted"},
		{"years", func(m *Manifest) { m.Years = nil }, "no years"},
		{"trigger", func(m *Manifest) { m.Triggers = []string{"SIU-BEL-001"} }, "does not trigger its rule SIU-PER-001"},
		{"boundary", func(m *Manifest) { m.Role = RoleBoundary }, "boundary case that triggers its rule SIU-PER-001"},
		{"profile", func(m *Manifest) { m.Profile = "dst-1" }, "profile"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := good
			tt.f(&m)
			err := m.Check()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Check() = %v, want an error about %q", err, tt.want)
			}
		})
	}
}
