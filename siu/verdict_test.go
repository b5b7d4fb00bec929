package siu

import "testing"

func TestTally(t *testing.T) {
	fs := []Finding{
		{Code: "A", Severity: Error}, {Code: "B", Severity: Warning}, {Code: "C", Severity: Warning},
		{Code: "D", Severity: Info}, {Code: "E"}, // zero severity counts as an error
	}
	got := TallyOf(fs)
	want := Tally{Errors: 2, Warnings: 2, Infos: 1}
	if got != want {
		t.Fatalf("TallyOf = %+v, want %+v", got, want)
	}
	if !got.HasErrors() || got.Total() != 5 {
		t.Errorf("HasErrors = %v, Total = %d; want true, 5", got.HasErrors(), got.Total())
	}
	if (Tally{Warnings: 3}).HasErrors() {
		t.Error("a tally of warnings only has errors")
	}
}
