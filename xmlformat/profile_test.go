package xmlformat

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDefaultProfile(t *testing.T) {
	p := DefaultProfile()
	if err := p.Validate(); err != nil {
		t.Fatalf("the default profile is invalid: %v", err)
	}
	if !p.Placeholder {
		t.Error("the default profile must say its DST codes are placeholders")
	}
	for _, code := range []string{p.Codes.Source, p.Codes.SurveyID, p.Codes.FormID, p.Codes.TestFormID} {
		if !strings.HasPrefix(code, "PLACEHOLDER") {
			t.Errorf("code %q is not labelled a placeholder", code)
		}
	}
	// DST's envelope limits (DST_FormID.xsd, DST_DeliveryMetadataNewStructure.xsd).
	if n := utf8.RuneCountInString(p.Codes.FormID); n > 15 {
		t.Errorf("FormID has %d characters, DST allows 15", n)
	}
	if n := utf8.RuneCountInString(p.Codes.FormVersion); n > 30 {
		t.Errorf("FormVersion has %d characters, DST allows 30", n)
	}
}

func TestProfileValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Profile)
		want   string // in the error
	}{
		{"no namespace", func(p *Profile) { p.Namespace = "" }, "Namespace is empty"},
		{"no envelope namespace", func(p *Profile) { p.EnvelopeNamespace = "" }, "EnvelopeNamespace is empty"},
		{"no prefix", func(p *Profile) { p.EnvelopePrefix = "" }, "EnvelopePrefix is empty"},
		{"reserved prefix", func(p *Profile) { p.EnvelopePrefix = "xmlns" }, "reserves"},
		{"no root", func(p *Profile) { p.Root = "" }, "Root is empty"},
		{"root not a name", func(p *Profile) { p.Root = "1abc" }, "Root"},
		{"prefixed record", func(p *Profile) { p.Record = "a:b" }, "Record"},
		{"no PsrID name", func(p *Profile) { p.Fields.PsrID = "" }, "Fields.PsrID is empty"},
		{"no envelope name", func(p *Profile) { p.Envelope.EntityID = "" }, "Envelope.EntityID is empty"},
		{"same field twice", func(p *Profile) { p.Fields.End = p.Fields.Start }, "used twice"},
		{"area named as collection", func(p *Profile) { p.Area = p.Collection }, "used twice"},
		{"no source", func(p *Profile) { p.Codes.Source = "" }, "Codes.Source is empty"},
		{"no survey", func(p *Profile) { p.Codes.SurveyID = "" }, "Codes.SurveyID is empty"},
		{"long form id", func(p *Profile) { p.Codes.FormID = "L12345678901234567" }, "longer than 15"},
		{"same form ids", func(p *Profile) { p.Codes.TestFormID = p.Codes.FormID }, "test delivery"},
		{"long form version", func(p *Profile) { p.Codes.FormVersion = strings.Repeat("v", 31) }, "longer than 30"},
		{"control character", func(p *Profile) { p.Codes.EntityIDType = "Kom\x00mune" }, "EntityIDType"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := DefaultProfile()
			tt.change(&p)
			err := p.Validate()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Validate: %v, want an error with %q", err, tt.want)
			}
		})
	}
	// Every problem at once.
	var empty Profile
	err := empty.Validate()
	if err == nil || strings.Count(err.Error(), "\n") < 30 {
		t.Errorf("the zero Profile: want every missing name reported, got %v", err)
	}
}
