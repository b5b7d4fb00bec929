package report_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/siu"
)

func TestReadAnswers(t *testing.T) {
	in := "Kommentar;Regel;CPR;Konto;Start;Slut;Sagsbehandler\n" +
		"Kreditnota for januar;siu-bel-004;230191-9998;5.38.50.1 4.7;01-02-2025;2025-02-28;AB\n" +
		"\n" +
		"Leverancen er med vilje tom;SIU-LEV-003;;;;;\n"
	a, err := report.ReadAnswers(strings.NewReader(in), report.AnswersOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Len() != 2 {
		t.Fatalf("Len = %d", a.Len())
	}
	l := siu.Line{PsrID: cpr.MustParse("2301919998"), Account: kontoplan.MustParse("5.38.50.1 4.7"),
		Amount: decimal.RequireFromString("-10"), Start: civil.MustParse("2025-02-01"), End: civil.MustParse("2025-02-28")}
	f := siu.Finding{Code: "SIU-BEL-004", Severity: siu.Warning, Line: 7}
	ans, ok := a.Match(f, l)
	if !ok || ans.Comment != "Kreditnota for januar" || ans.Line != 2 {
		t.Errorf("Match = %+v, %v", ans, ok)
	}
	// Another period, another severity: no answer.
	l2 := l
	l2.End = civil.MustParse("2025-02-27")
	if _, ok := a.Match(f, l2); ok {
		t.Error("matched another period")
	}
	if _, ok := a.Match(siu.Finding{Code: "SIU-BEL-004", Severity: siu.Error, Line: 7}, l); ok {
		t.Error("matched an error")
	}
	unused := a.Unused()
	if len(unused) != 1 || unused[0].Code != "SIU-LEV-003" || unused[0].Ident() != "" {
		t.Errorf("Unused = %+v", unused)
	}
	if got := a.All()[0].Ident(); got != "230191-**** 5385010000000047 2025-02-01..2025-02-28" {
		t.Errorf("Ident = %q", got)
	}
}

func TestReadAnswersErrors(t *testing.T) {
	const head = "Regel;CPR;Konto;Start;Slut;Kommentar\n"
	for _, tt := range []struct{ name, in, want string }{
		{"no header", "", "no header"},
		{"missing column", "Regel;CPR;Konto;Start;Slut\n", "no column Kommentar"},
		{"unknown rule", head + "SIU-XXX-001;;;;;x\n", "line 2: Regel"},
		{"error rule", head + "SIU-PER-003;;;;;x\n", "not a warning"},
		{"bad CPR", head + "SIU-BEL-004;230191-99;;;;x\n", "line 2: CPR"},
		{"bad date", head + "SIU-BEL-004;;;32-01-2025;;x\n", "line 2: Start"},
		{"no comment", head + "SIU-BEL-004;;;;;\n", "Kommentar is empty"},
		{"duplicate", head + "SIU-BEL-004;2301919998;;;;x\nSIU-BEL-004;230191-9998;;;;y\n", "line 3: the same rule and line as line 2"},
	} {
		_, err := report.ReadAnswers(strings.NewReader(tt.in), report.AnswersOptions{})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
		if err != nil && strings.Contains(err.Error(), "2301919998") {
			t.Errorf("%s: the error holds the CPR number: %v", tt.name, err)
		}
	}
	big := head + strings.Repeat("SIU-BEL-004;;;;;x\n", 100)
	if _, err := report.ReadAnswers(strings.NewReader(big), report.AnswersOptions{MaxSize: 100}); !errors.Is(err, report.ErrAnswersTooLarge) {
		t.Errorf("size limit: %v", err)
	}
}

func TestAnswersRoundTripWindows1252(t *testing.T) {
	list := []report.Answer{{Code: "SIU-BEL-004", PsrID: cpr.MustParse("2301919998"), Account: kontoplan.MustParse("5.38.50.1 4.7"),
		Start: civil.MustParse("2025-02-01"), End: civil.MustParse("2025-02-28"), Comment: "Kreditnota; rettet i løbet af året"}}
	var b bytes.Buffer
	if err := report.WriteAnswers(&b, list); err != nil {
		t.Fatal(err)
	}
	latin1, err := charmap.Windows1252.NewEncoder().Bytes(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	a, err := report.ReadAnswers(bytes.NewReader(latin1), report.AnswersOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := a.All()[0]
	got.Line = 0
	if got != list[0] {
		t.Errorf("round trip: %+v, want %+v", got, list[0])
	}
}

// The threshold the histogram marks is the validator's: SIU-BEL-005 fires
// just above it and not at it.
func TestDefaultThreshold(t *testing.T) {
	h := siu.Header{Municipality: 461, Year: 2025, Area: siu.AreaVoksen}
	for _, tt := range []struct {
		amount string
		want   bool
	}{{"5000000.00", false}, {"5000000.01", true}} {
		l := siu.Line{PsrID: cpr.MustParse("2301919998"), Account: kontoplan.MustParse("5.38.42.1 4.0"),
			Amount: decimal.RequireFromString(tt.amount), Start: civil.MustParse("2025-01-01"), End: civil.MustParse("2025-12-31")}
		b := report.NewBuilder(h, report.Options{Validate: today})
		b.AddRecord(l.Record(), 2)
		p, err := b.Page()
		if err != nil {
			t.Fatal(err)
		}
		fired := false
		for _, r := range p.Rules {
			fired = fired || r.Code == "SIU-BEL-005"
		}
		if fired != tt.want || (p.Extreme == 1) != tt.want {
			t.Errorf("%s: SIU-BEL-005 %v, Extreme %d; want %v", tt.amount, fired, p.Extreme, tt.want)
		}
		if p.Threshold.String() != "5000000" {
			t.Errorf("Threshold %s", p.Threshold)
		}
	}
}
