package report_test

import (
	"strings"
	"testing"

	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

func TestWriteSchemaProblems(t *testing.T) {
	var b strings.Builder
	if err := report.WriteSchemaProblems(&b, "x.xml", nil, report.TextOptions{}); err != nil || b.Len() != 0 {
		t.Fatalf("no problems wrote %q, %v", b.String(), err)
	}
	problems := []string{"line 3: a", "line 4: b", "line 5: c"}
	report.WriteSchemaProblems(&b, "x.xml", problems, report.TextOptions{Max: 2, MoreHint: "--max 0 lists all"})
	want := "x.xml: the schema check found 3 problems:\n  line 3: a\n  line 4: b\n  ... and 1 more (--max 0 lists all)\n\n"
	if b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
	b.Reset()
	report.WriteSchemaProblems(&b, "x.xml", problems[:1], report.TextOptions{Lang: "da"})
	if want := "x.xml: skemakontrollen fandt 1 problem:\n  line 3: a\n\n"; b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
}

func TestWriteReadErrors(t *testing.T) {
	var b strings.Builder
	errs := []*source.Error{{Message: "line 2, column 3 (Beløb): bad"}}
	report.WriteReadErrors(&b, "en", "p.csv", 4, errs)
	if want := "p.csv: 4 read errors:\n  line 2, column 3 (Beløb): bad\n  ... and 3 more\n"; b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
}

func TestWriteRules(t *testing.T) {
	for lang, want := range map[string][]string{
		"en": {"CODE  ", "SIU-PER-001", "error", "public", "modeled", "rules. Details and sources"},
		"da": {"REGEL  ", "SIU-PER-001", "fejl", "offentlig", "modelleret", "regler. Detaljer og kilder"},
	} {
		var b strings.Builder
		if err := report.WriteRules(&b, lang); err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s: WriteRules lacks %q", lang, w)
			}
		}
		if n := strings.Count(b.String(), "\nSIU-"); n != len(siu.Rules()) {
			t.Errorf("%s: %d rules listed, want %d", lang, n, len(siu.Rules()))
		}
	}
}
