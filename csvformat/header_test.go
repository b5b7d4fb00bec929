package csvformat

import (
	"errors"
	"strings"
	"testing"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Beløb", "beloeb"},
		{"BELØB", "beloeb"},
		{"BELOEB", "beloeb"},
		{"CPR-nummer", "cprnummer"},
		{" cpr nummer ", "cprnummer"},
		{"Fra dato", "fradato"},
		{"INDSATS_STARTDATO", "indsatsstartdato"},
		{"Kontostreng", "kontostreng"},
		{"Ægtefælle Å", "aegtefaelleaa"},
	}
	for _, tt := range tests {
		if got := fold(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestAcceptedNamesMatchAliases keeps the documented names and the alias
// table in step: every documented name is accepted for its column, and
// every alias is documented.
func TestAcceptedNamesMatchAliases(t *testing.T) {
	documented := map[string]bool{}
	for f, list := range accepted {
		for _, name := range strings.Split(list, ", ") {
			got, ok := aliases[fold(name)]
			if !ok || got != field(f) {
				t.Errorf("documented name %q is not accepted for column %s", name, columnNames[f])
			}
			documented[fold(name)] = true
		}
	}
	for alias := range aliases {
		if !documented[alias] {
			t.Errorf("alias %q is accepted but not documented", alias)
		}
	}
	for f, name := range columnNames {
		if aliases[fold(name)] != field(f) {
			t.Errorf("the Writer's name %q is not read back as column %d", name, f)
		}
	}
}

func TestMapHeader(t *testing.T) {
	tests := []struct {
		name    string
		names   []string
		want    columnMap
		ignored []string
		err     error
		column  int
	}{
		{
			name:  "danish",
			names: []string{"CPR", "Konto", "Beløb", "Startdato", "Slutdato"},
			want:  columnMap{0, 1, 2, 3, 4},
		},
		{
			name:    "any order with extra columns",
			names:   []string{"Navn", "Til", "Fra", "", "AMOUNT", "Kontostreng", "PsrID"},
			want:    columnMap{6, 5, 4, 2, 1},
			ignored: []string{"Navn"},
		},
		{
			name:   "duplicate",
			names:  []string{"CPR", "Konto", "Beløb", "Fra", "Til", "CPR-nr"},
			err:    ErrDuplicateColumn,
			column: 6,
		},
		{
			name:  "missing amount",
			names: []string{"CPR", "Konto", "Fra", "Til"},
			err:   ErrMissingColumn,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ignored, _, err := mapHeader(tt.names)
			if tt.err != nil {
				var pe *ParseError
				if !errors.As(err, &pe) || !errors.Is(err, tt.err) || pe.Column != tt.column {
					t.Fatalf("mapHeader error = %#v, want %v in column %d", err, tt.err, tt.column)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("columns = %v, want %v", got, tt.want)
			}
			if strings.Join(ignored, "|") != strings.Join(tt.ignored, "|") {
				t.Errorf("ignored = %q, want %q", ignored, tt.ignored)
			}
		})
	}
}

func TestMissingColumnNamesIt(t *testing.T) {
	_, _, _, err := mapHeader([]string{"CPR", "Konto", "Fra", "Til"})
	if err == nil || !strings.Contains(err.Error(), "Beløb") {
		t.Errorf("error %v does not name the missing column Beløb", err)
	}
}
