package xsd

import (
	"errors"
	"strings"
	"testing"
)

// TestDSTEnvelopeFacts checks the limits the schema takes from DST's
// published envelope schemas (OS2bos, backend/core/data/xml_schemas/
// dst_handicap/): each value at its limit is valid, one character more is
// not.
func TestDSTEnvelopeFacts(t *testing.T) {
	valid := readValid(t)
	dboks := func(inner string) func(string) string {
		return func(v string) string {
			return strings.Replace(valid, "    <FormVersion>",
				"    <DBoksContactNewStructure>\n      "+strings.ReplaceAll(inner, "%", v)+"\n    </DBoksContactNewStructure>\n    <FormVersion>", 1)
		}
	}
	element := func(old string) func(string) string {
		return func(v string) string {
			i := strings.Index(valid, old)
			j := i + len(old) + strings.Index(valid[i+len(old):], "<")
			return valid[:i+len(old)] + v + valid[j:]
		}
	}
	tests := []struct {
		name      string
		doc       func(value string) string
		ok, wrong string
	}{
		{"FormID max 15", element("<dst:FormID>"), strings.Repeat("F", 15), strings.Repeat("F", 16)},
		{"CommunicationDescription max 50", element("<CommunicationDescription>"), strings.Repeat("d", 50), strings.Repeat("d", 51)},
		{"SystemName max 50", element("<SystemName>"), strings.Repeat("n", 50), strings.Repeat("n", 51)},
		{"SystemVersion max 20", element("<SystemVersion>"), strings.Repeat("v", 20), strings.Repeat("v", 21)},
		{"ContactTypeName max 50", element("<ContactTypeName>"), strings.Repeat("t", 50), strings.Repeat("t", 51)},
		{"ContactIdentifier max 100", element("<ContactIdentifier>"), strings.Repeat("æ", 100), strings.Repeat("æ", 101)},
		{"FormVersion max 30", element("<FormVersion>"), strings.Repeat("f", 30), strings.Repeat("f", 31)},
		{"e-mail local part max 191", element("<ContactEmailAddress>"), strings.Repeat("a", 191) + "@k.dk", strings.Repeat("a", 192) + "@k.dk"},
		{"e-mail domain max 64", element("<ContactEmailAddress>"), "a@" + strings.Repeat("k", 64), "a@" + strings.Repeat("k", 65)},
		{"e-mail without ;", element("<ContactEmailAddress>"), "a.b@k.dk", "a;b@k.dk"},
		{"CVRnumberIdentifier 8 digits", dboks("<CVRnumberIdentifier>%</CVRnumberIdentifier>"), "29189846", "2918984x"},
		{"ProductionUnitIdentifier length 10", dboks("<ProductionUnitIdentifier>%</ProductionUnitIdentifier>"), "1000000001", "10000000012"},
		{"DBoks children in order", dboks("%"), "<CVRnumberIdentifier>29189846</CVRnumberIdentifier><ProductionUnitIdentifier>1000000001</ProductionUnitIdentifier>",
			"<ProductionUnitIdentifier>1000000001</ProductionUnitIdentifier><CVRnumberIdentifier>29189846</CVRnumberIdentifier>"},
		{"CommunicationDateTime is a date-time", element("<CommunicationDateTime>"), "2026-12-31T23:59:59-02:00", "2026-12-32T23:59:59-02:00"},
	}
	s := mustDefault(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := s.Validate(strings.NewReader(tt.doc(tt.ok))); err != nil {
				t.Errorf("%q: %v, want valid", tt.ok, err)
			}
			var xerr *Error
			if err := s.Validate(strings.NewReader(tt.doc(tt.wrong))); !errors.As(err, &xerr) || xerr.Problems[0].Kind != KindSchema {
				t.Errorf("%q: %v, want a schema problem", tt.wrong, err)
			}
		})
	}
}
