package siu

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/siukit/siukit/kontoplan"
)

func TestAreaOf(t *testing.T) {
	tests := []struct {
		fn   string
		want Area
	}{
		{"5.38.42", AreaVoksen},
		{"5.38.50", AreaVoksen},
		{"5.38.52", AreaVoksen},
		{"5.28.23", AreaBoern},
		{"5.28.20", AreaBoern},
		{"5.32.32", 0},
		{"5.39.00", 0},
		{"6.38.42", 0},
		{"5.27.00", 0},
	}
	for _, tt := range tests {
		if got := AreaOf(kontoplan.MustParseFunction(tt.fn)); got != tt.want {
			t.Errorf("AreaOf(%s) = %v, want %v", tt.fn, got, tt.want)
		}
	}
	if got := AreaOf(kontoplan.Function{}); got != 0 {
		t.Errorf("AreaOf(zero) = %v, want no area", got)
	}
}

func tHeader(area Area) Header {
	return Header{
		Municipality: 101,
		Year:         2025,
		Area:         area,
		Created:      time.Date(2026, 1, 15, 10, 0, 0, 0, time.UTC),
		Description:  "SIU 2025",
		System:       System{Name: "Test", Version: "1"},
	}
}

func TestSplitByArea(t *testing.T) {
	A, B := tCitizenA, tCitizenB
	in := Delivery{Header: tHeader(AreaSamlet), Lines: []Line{
		tPosting(A, "5384210000000040", "100", "2025-01-01", "2025-01-31").line(),
		tPosting(B, "5282310000000040", "200", "2025-01-01", "2025-01-31").line(),
		tPosting(A, "5323210000000040", "300", "2025-01-01", "2025-01-31").line(), // 5.32: no area
		tPosting(B, "", "400", "2025-01-01", "2025-01-31").line(),                 // no account
		tPosting(A, "5282310000000040", "500", "2025-02-01", "2025-02-28").line(),
		tPosting(B, "5385010000000040", "600", "2025-01-01", "2025-01-31").line(),
	}}
	before := tLinesText(in.Lines)
	voksen, boern := SplitByArea(in)

	wantV := []string{tLinesText(in.Lines)[0], tLinesText(in.Lines)[2], tLinesText(in.Lines)[3], tLinesText(in.Lines)[5]}
	wantB := []string{tLinesText(in.Lines)[1], tLinesText(in.Lines)[4]}
	if diff := cmp.Diff(wantV, tLinesText(voksen.Lines)); diff != "" {
		t.Errorf("VOKSEN lines (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantB, tLinesText(boern.Lines)); diff != "" {
		t.Errorf("BOERN lines (-want +got):\n%s", diff)
	}
	if len(voksen.Lines)+len(boern.Lines) != len(in.Lines) {
		t.Errorf("%d + %d lines from %d", len(voksen.Lines), len(boern.Lines), len(in.Lines))
	}
	wantHV, wantHB := in.Header, in.Header
	wantHV.Area, wantHB.Area = AreaVoksen, AreaBoern
	if voksen.Header != wantHV || boern.Header != wantHB {
		t.Errorf("headers: got %+v and %+v", voksen.Header, boern.Header)
	}
	if in.Header.Area != AreaSamlet {
		t.Error("SplitByArea changed the input header")
	}
	// The loads own their lines: changing one does not change the input.
	voksen.Lines[0].Amount = tAmount("1")
	if diff := cmp.Diff(before, tLinesText(in.Lines)); diff != "" {
		t.Errorf("input lines changed (-before +after):\n%s", diff)
	}
}

func TestSplitByAreaEmpty(t *testing.T) {
	voksen, boern := SplitByArea(Delivery{Header: tHeader(AreaSamlet)})
	if len(voksen.Lines) != 0 || len(boern.Lines) != 0 {
		t.Fatal("lines from nothing")
	}
	if voksen.Header.Area != AreaVoksen || boern.Header.Area != AreaBoern {
		t.Errorf("areas %v and %v", voksen.Header.Area, boern.Header.Area)
	}
}

func TestMergeAreas(t *testing.T) {
	in := Delivery{Header: tHeader(AreaSamlet), Lines: []Line{
		tPosting(tCitizenA, "5384210000000040", "100", "2025-01-01", "2025-01-31").line(),
		tPosting(tCitizenB, "5282310000000040", "200", "2025-01-01", "2025-01-31").line(),
		tPosting(tCitizenB, "5385010000000040", "300", "2025-01-01", "2025-01-31").line(),
	}}
	voksen, boern := SplitByArea(in)

	for _, order := range []struct {
		name string
		a, b Delivery
	}{{"voksen first", voksen, boern}, {"boern first", boern, voksen}} {
		t.Run(order.name, func(t *testing.T) {
			got, err := MergeAreas(order.a, order.b)
			if err != nil {
				t.Fatal(err)
			}
			if got.Header != in.Header {
				t.Errorf("header %+v, want %+v", got.Header, in.Header)
			}
			want := append(tLinesText(order.a.Lines), tLinesText(order.b.Lines)...)
			if diff := cmp.Diff(want, tLinesText(got.Lines)); diff != "" {
				t.Errorf("lines (-want +got):\n%s", diff)
			}
			if order.a.Header.Area == AreaSamlet || order.b.Header.Area == AreaSamlet {
				t.Error("MergeAreas changed an input header")
			}
		})
	}
}

func TestMergeAreasErrors(t *testing.T) {
	v, b := Delivery{Header: tHeader(AreaVoksen)}, Delivery{Header: tHeader(AreaBoern)}
	tests := []struct {
		name  string
		a, b  func() Delivery
		field string
	}{
		{"two VOKSEN", func() Delivery { return v }, func() Delivery { return v }, "Area"},
		{"SAMLET", func() Delivery { d := v; d.Header.Area = AreaSamlet; return d }, func() Delivery { return b }, "Area"},
		{"no area", func() Delivery { d := v; d.Header.Area = 0; return d }, func() Delivery { return b }, "Area"},
		{"municipality", func() Delivery { return v }, func() Delivery { d := b; d.Header.Municipality = 147; return d }, "Municipality"},
		{"year", func() Delivery { return v }, func() Delivery { d := b; d.Header.Year = 2026; return d }, "Year"},
		{"test", func() Delivery { d := v; d.Header.Test = true; return d }, func() Delivery { return b }, "Test"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := MergeAreas(tt.a(), tt.b())
			var me *MergeAreasError
			if !errors.As(err, &me) {
				t.Fatalf("error %v, want a *MergeAreasError", err)
			}
			if me.Field != tt.field {
				t.Errorf("Field = %q, want %q", me.Field, tt.field)
			}
			if !strings.Contains(err.Error(), tt.field) {
				t.Errorf("message %q does not name %s", err, tt.field)
			}
		})
	}
}
