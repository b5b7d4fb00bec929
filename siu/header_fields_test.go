package siu_test

import (
	"errors"
	"testing"
	"time"

	"github.com/siukit/siukit/siu"
)

func TestHeaderFields(t *testing.T) {
	now := time.Date(2026, 3, 2, 9, 15, 0, 0, time.UTC)
	f := siu.HeaderFields{Municipality: 461, Year: 2025, Area: " børn ", Test: true}
	h, err := f.Header(false, now)
	if err != nil || h != (siu.Header{Municipality: 461, Year: 2025, Area: siu.AreaBoern, Test: true}) {
		t.Fatalf("Header(false) = %+v, %v", h, err)
	}
	if _, err := f.Header(true, now); !isField(err, "email") {
		t.Errorf("no email: %v", err)
	}
	f.Email, f.Contact = " siu@kommune.example ", "Økonomi"
	h, err = f.Header(true, now)
	if err != nil || h.Contact.Email != "siu@kommune.example" || !h.Created.Equal(now) || h.Description != "SIU 2025 BOERN" || h.System.Name != siu.DefaultSystemName {
		t.Errorf("Header(true) = %+v, %v", h, err)
	}
	for _, tt := range []struct {
		f     siu.HeaderFields
		field string
	}{
		{siu.HeaderFields{Year: 2025}, "municipality"},
		{siu.HeaderFields{Municipality: 461}, "year"},
		{siu.HeaderFields{Municipality: 461, Year: 2025, Area: "begge"}, "area"},
		{siu.HeaderFields{Municipality: 461, Year: 2025, Created: "2026-03-02", Email: "a@b.dk"}, "created"},
	} {
		if _, err := tt.f.Header(true, now); !isField(err, tt.field) {
			t.Errorf("%+v: %v, want the field %s", tt.f, err, tt.field)
		}
	}
}

func isField(err error, field string) bool {
	var fe *siu.HeaderFieldError
	return errors.As(err, &fe) && fe.Field == field
}

func TestParseAreaName(t *testing.T) {
	for in, want := range map[string]siu.Area{"": siu.AreaSamlet, "voksen": siu.AreaVoksen, "BØRN": siu.AreaBoern, " Boern ": siu.AreaBoern, "samlet": siu.AreaSamlet} {
		if got, err := siu.ParseAreaName(in); err != nil || got != want {
			t.Errorf("ParseAreaName(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := siu.ParseAreaName("alle"); err == nil {
		t.Error("ParseAreaName(alle): no error")
	}
}

func TestParseIgnore(t *testing.T) {
	ig, err := siu.ParseIgnore("siu-psr-004, SIU-BEL-004", "SIU-KTO-007;")
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range []string{"SIU-PSR-004", "SIU-BEL-004", "SIU-KTO-007"} {
		if !ig.Ignores(siu.Finding{Code: code, Severity: siu.Warning}) {
			t.Errorf("%s not ignored", code)
		}
	}
	if _, err := siu.ParseIgnore("SIU-PER-001"); err == nil {
		t.Error("an error rule was ignored")
	}
}
