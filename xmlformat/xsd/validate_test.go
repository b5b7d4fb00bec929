package xsd

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
)

func mustDefault(t testing.TB) *Schema {
	t.Helper()
	s, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return s
}

func readValid(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("testdata/valid.xml")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// lineOf returns the 1-based line of the first occurrence of sub in s.
func lineOf(t testing.TB, s, sub string) int {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 {
		t.Fatalf("%q not in document", sub)
	}
	return 1 + strings.Count(s[:i], "\n")
}

func TestValidGolden(t *testing.T) {
	s := mustDefault(t)
	if err := s.ValidateFile("testdata/valid.xml"); err != nil {
		t.Errorf("ValidateFile(valid.xml) = %v, want nil", err)
	}
	if err := Validate(strings.NewReader(readValid(t))); err != nil {
		t.Errorf("Validate(valid.xml) = %v, want nil", err)
	}
}

func TestValidVariants(t *testing.T) {
	valid := readValid(t)
	tests := []struct {
		name, old, new string
	}{
		{"no records (empty full load)", valid[strings.Index(valid, "    <IndividUdgiftStruktur>"):strings.Index(valid, "  </IndividUdgiftStrukturSamling>")], ""},
		{"BOERN", "<OMRAADE>VOKSEN</OMRAADE>", "<OMRAADE>BOERN</OMRAADE>"},
		{"SAMLET", "<OMRAADE>VOKSEN</OMRAADE>", "<OMRAADE>SAMLET</OMRAADE>"},
		{"zero amount", "<BELOEB>24850.00</BELOEB>", "<BELOEB>0.00</BELOEB>"},
		{"UTC time", "2026-03-02T09:15:00+01:00", "2026-03-02T08:15:00Z"},
		{"FormID of 15", "<dst:FormID>SIU-P</dst:FormID>", "<dst:FormID>ABCDEFGHIJKLMNO</dst:FormID>"},
		{"optional RefID", "<dst:SurveyID>", "<dst:RefID>ref-1</dst:RefID>\n      <dst:SurveyID>"},
		{"optional DBoksContactNewStructure", "    <FormVersion>", "    <DBoksContactNewStructure>\n      <CVRnumberIdentifier>29189846</CVRnumberIdentifier>\n    </DBoksContactNewStructure>\n    <FormVersion>"},
		{"date-time without offset (DST's sibling deliveries)", "2026-03-02T09:15:00+01:00", "2026-03-02T09:15:00"},
		{"date-time with a fraction", "2026-03-02T09:15:00+01:00", "2026-03-02T09:15:00.5+01:00"},
		{"date-time 24:00:00", "2026-03-02T09:15:00+01:00", "2026-03-02T24:00:00"},
		{"nil RefID", "<dst:SurveyID>", "<dst:RefID xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\" true\"><!-- nil --></dst:RefID>\n      <dst:SurveyID>"},
		{"RefID with xsi:nil false", "<dst:SurveyID>", "<dst:RefID xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"0\">r</dst:RefID>\n      <dst:SurveyID>"},
		{"EntityPath, Authorisation, ReportingDataType", "      </dst:Entity>\n", "        <dst:EntityPath>p</dst:EntityPath>\n        <dst:Authorisation>\n          <dst:AutID>a</dst:AutID>\n          <dst:AutSubID>b</dst:AutSubID>\n          <dst:Privilige>c</dst:Privilige>\n        </dst:Authorisation>\n      </dst:Entity>\n      <dst:ReportingDataType>r</dst:ReportingDataType>\n"},
		{"empty Authorisation", "      </dst:Entity>\n", "        <dst:Authorisation/>\n      </dst:Entity>\n"},
		{"three contacts", "      <ContactStructure>", "      <ContactStructure>\n        <ContactTypeName>Faglig ansvarlig</ContactTypeName>\n        <ContactIdentifier>f</ContactIdentifier>\n        <ContactEmailAddress>f@k.dk</ContactEmailAddress>\n      </ContactStructure>\n      <ContactStructure>\n        <ContactTypeName>Teknisk ansvarlig</ContactTypeName>\n        <ContactIdentifier>t</ContactIdentifier>\n        <ContactEmailAddress>t@k.dk</ContactEmailAddress>\n      </ContactStructure>\n      <ContactStructure>"},
		{"no communicators, contacts or FormVersion", valid[strings.Index(valid, "    <CommunicatorStructureCollection>"):strings.Index(valid, "  </DeliveryMetadataNewStructure>")], ""},
		{"SystemStructure left out", valid[strings.Index(valid, "        <SystemStructure>"):strings.Index(valid, "      </CommunicatorStructure>")], ""},
		{"empty DBoksContactNewStructure", "    <FormVersion>", "    <DBoksContactNewStructure/>\n    <FormVersion>"},
		{"UTF-8 BOM", "<?xml", "\ufeff<?xml"},
		{"comment and PI before root", "<IndividUdgiftLeveranceStruktur ", "<!-- made by siukit - test -->\n<?siukit x?>\n<IndividUdgiftLeveranceStruktur "},
		{"prefixed content namespace", "<OMRAADE>VOKSEN</OMRAADE>", `<s:OMRAADE xmlns:s="http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/">VOKSEN</s:OMRAADE>`},
	}
	s := mustDefault(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := strings.Replace(valid, tt.old, tt.new, 1)
			if doc == valid {
				t.Fatal("edit did not apply")
			}
			if err := s.Validate(strings.NewReader(doc)); err != nil {
				t.Errorf("Validate = %v, want nil", err)
			}
		})
	}
}

// invalidCase breaks valid.xml in one way.
type invalidCase struct {
	name     string
	old, new string // edit of valid.xml (first occurrence)
	lineAt   string // the problem is on the line of this text in the edited document
	kind     Kind
	message  string // part of the message
	cause    error
	all      bool // edit every occurrence
}

// invalidCases each break valid.xml in one way.
var invalidCases = []invalidCase{
	{"wrong element order", "<PsrID>0101801234</PsrID>\n      <KONTOSTRENG>5385011000000072</KONTOSTRENG>", "<KONTOSTRENG>5385011000000072</KONTOSTRENG>\n      <PsrID>0101801234</PsrID>",
		"<KONTOSTRENG>5385011000000072", KindSchema, "KONTOSTRENG': This element is not expected. Expected is ( {http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/}PsrID )", nil, false},
	{"PsrID of 9 digits", "<PsrID>0101801234</PsrID>", "<PsrID>010180123</PsrID>",
		"<PsrID>010180123<", KindSchema, "PsrID': [facet 'pattern'] The value '010180123'", nil, false},
	{"PsrID with hyphen", "<PsrID>0101801234</PsrID>", "<PsrID>010180-1234</PsrID>",
		"<PsrID>010180-1234<", KindSchema, "The value '010180-****' is not accepted by the pattern '[0-9]{10}'", nil, false},
	{"amount with 3 decimals", "<BELOEB>24850.00</BELOEB>", "<BELOEB>24850.005</BELOEB>",
		"<BELOEB>24850.005", KindSchema, "BELOEB': [facet 'pattern'] The value '24850.005'", nil, false},
	{"amount with plus sign", "<BELOEB>24850.00</BELOEB>", "<BELOEB>+24850.00</BELOEB>",
		"<BELOEB>+24850.00", KindSchema, "The value '+24850.00' is not accepted", nil, false},
	{"amount with comma", "<BELOEB>24850.00</BELOEB>", "<BELOEB>24850,00</BELOEB>",
		"<BELOEB>24850,00", KindSchema, "BELOEB", nil, false},
	{"amount with one decimal", "<BELOEB>24850.00</BELOEB>", "<BELOEB>24850.0</BELOEB>",
		"<BELOEB>24850.0<", KindSchema, "The value '24850.0' is not accepted", nil, false},
	{"missing SLUTDATO", "      <SLUTDATO>2025-01-31</SLUTDATO>\n", "",
		"    </IndividUdgiftStruktur>", KindSchema, "IndividUdgiftStruktur': Missing child element(s). Expected is ( {http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/}SLUTDATO )", nil, false},
	{"STARTDATO with time zone", "<STARTDATO>2025-01-01</STARTDATO>", "<STARTDATO>2025-01-01Z</STARTDATO>",
		"<STARTDATO>2025-01-01Z", KindSchema, "STARTDATO", nil, false},
	{"impossible date", "<SLUTDATO>2025-01-31</SLUTDATO>", "<SLUTDATO>2025-02-30</SLUTDATO>",
		"<SLUTDATO>2025-02-30", KindSchema, "SLUTDATO", nil, false},
	{"KONTOSTRENG of 15 digits", "<KONTOSTRENG>5385011000000072</KONTOSTRENG>", "<KONTOSTRENG>538501100000007</KONTOSTRENG>",
		"<KONTOSTRENG>538501100000007<", KindSchema, "KONTOSTRENG", nil, false},
	{"wrong OMRAADE", "<OMRAADE>VOKSEN</OMRAADE>", "<OMRAADE>VOKSNE</OMRAADE>",
		"<OMRAADE>", KindSchema, "OMRAADE': [facet 'enumeration'] The value 'VOKSNE' is not an element of the set {'VOKSEN', 'BOERN', 'SAMLET'}", nil, false},
	{"missing OMRAADE", "  <OMRAADE>VOKSEN</OMRAADE>\n", "",
		"<IndividUdgiftStrukturSamling>", KindSchema, "IndividUdgiftStrukturSamling': This element is not expected. Expected is ( {http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/}OMRAADE )", nil, false},
	{"wrong namespace", `xmlns="http://rep.oio.dk/dst.dk/xml/schemas/2010/04/16/"`, `xmlns="http://rep.oio.dk/dst.dk/xml/schemas/2010/04/17/"`,
		"<IndividUdgiftLeveranceStruktur", KindSchema, "No matching global declaration available for the validation root", nil, false},
	{"envelope element in content namespace", "<dst:Source>SIUKIT-PLACEHOLDER</dst:Source>", "<Source>SIUKIT-PLACEHOLDER</Source>",
		"<Source>", KindSchema, "Source': This element is not expected", nil, false},
	{"wrong root", "IndividUdgiftLeveranceStruktur", "IndividUdgiftLevering",
		"<IndividUdgiftLevering", KindSchema, "No matching global declaration", nil, true},
	{"wrong root start tag only", "IndividUdgiftLeveranceStruktur", "IndividUdgiftLevering",
		"<IndividUdgiftLevering", KindSchema, "No matching global declaration", nil, false},
	{"FormID of 16", "<dst:FormID>SIU-P</dst:FormID>", "<dst:FormID>ABCDEFGHIJKLMNOP</dst:FormID>",
		"<dst:FormID>", KindSchema, "FormID': [facet 'maxLength']", nil, false},
	{"Period not a year", "<dst:Period>2025</dst:Period>", "<dst:Period>2025-01</dst:Period>",
		"<dst:Period>", KindSchema, "Period", nil, false},
	{"EntityID of 4 digits", "<dst:EntityID>101</dst:EntityID>", "<dst:EntityID>1010</dst:EntityID>",
		"<dst:EntityID>", KindSchema, "EntityID", nil, false},
	{"EntityIDType not Kommune", "<dst:EntityIDType>Kommune</dst:EntityIDType>", "<dst:EntityIDType>Region</dst:EntityIDType>",
		"<dst:EntityIDType>", KindSchema, "EntityIDType", nil, false},
	{"RefID after SurveyID", "<dst:FormID>", "<dst:RefID>r</dst:RefID><dst:FormID>",
		"<dst:RefID>", KindSchema, "RefID': This element is not expected", nil, false},
	{"date-time without seconds", "2026-03-02T09:15:00+01:00", "2026-03-02T09:15",
		"<CommunicationDateTime>", KindSchema, "CommunicationDateTime", nil, false},
	{"date-time with a comma before the fraction", "2026-03-02T09:15:00+01:00", "2026-03-02T09:15:00,5+01:00",
		"<CommunicationDateTime>", KindSchema, "CommunicationDateTime", nil, false},
	{"nil Source", "<dst:Source>SIUKIT-PLACEHOLDER</dst:Source>", "<dst:Source xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>",
		"<dst:Source", KindSchema, "Source': The element is not 'nillable'.", nil, false},
	{"nil RefID with a value", "<dst:SurveyID>", "<dst:RefID xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\">r</dst:RefID><dst:SurveyID>",
		"<dst:RefID", KindSchema, "RefID': Neither character nor element content is allowed because the element is 'nilled'.", nil, false},
	{"nil RefID with an element", "<dst:SurveyID>", "<dst:RefID xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"1\">\n<r/></dst:RefID><dst:SurveyID>",
		"<dst:RefID", KindSchema, "RefID': Neither character nor element content is allowed because the element is 'nilled'.", nil, false},
	{"xsi:nil not a boolean", "<dst:SurveyID>", "<dst:RefID xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"yes\"/><dst:SurveyID>",
		"<dst:RefID", KindSchema, "'yes' is not a valid value of the atomic type 'xs:boolean'", nil, false},
	{"ReportingDataType before Entity", "<dst:Entity>", "<dst:ReportingDataType>x</dst:ReportingDataType><dst:Entity>",
		"<dst:ReportingDataType>", KindSchema, "ReportingDataType': This element is not expected", nil, false},
	{"Authorisation before EntityPath", "</dst:Entity>", "<dst:Authorisation/><dst:EntityPath>p</dst:EntityPath></dst:Entity>",
		"<dst:EntityPath>", KindSchema, "EntityPath': This element is not expected", nil, false},
	{"AutID of 101", "</dst:Entity>", "<dst:Authorisation><dst:AutID>" + strings.Repeat("a", 101) + "</dst:AutID></dst:Authorisation></dst:Entity>",
		"<dst:AutID>", KindSchema, "AutID': [facet 'maxLength']", nil, false},
	{"AutID twice", "</dst:Entity>", "<dst:Authorisation><dst:AutID>a</dst:AutID><dst:AutID>b</dst:AutID></dst:Authorisation></dst:Entity>",
		"<dst:Authorisation>", KindSchema, "AutID': This element is not expected", nil, false},
	{"empty ContactStructureCollection", "    <FormVersion>", "    <ContactStructureCollection/>\n    <FormVersion>",
		"<ContactStructureCollection/>", KindSchema, "ContactStructureCollection': Missing child element(s).", nil, false},
	{"communicators after contacts", "    <FormVersion>", "    <CommunicatorStructureCollection><CommunicatorStructure><CommunicationDescription>d</CommunicationDescription><CommunicationDateTime>2026-03-02T09:15:00</CommunicationDateTime></CommunicatorStructure></CommunicatorStructureCollection>\n    <FormVersion>",
		"    <CommunicatorStructureCollection><C", KindSchema, "CommunicatorStructureCollection': This element is not expected", nil, false},
	{"DBoksContactNewStructure twice", "    <FormVersion>", "    <DBoksContactNewStructure/>\n    <DBoksContactNewStructure/>\n    <FormVersion>",
		"    <DBoksContactNewStructure/>\n    <FormVersion>", KindSchema, "DBoksContactNewStructure': This element is not expected", nil, false},
	{"FormVersion twice", "    <FormVersion>siukit-1</FormVersion>\n", "    <FormVersion>siukit-1</FormVersion>\n    <FormVersion>siukit-1</FormVersion>\n",
		"    <FormVersion>siukit-1</FormVersion>\n  </Del", KindSchema, "FormVersion': This element is not expected", nil, false},
	{"SystemVersion of 21", "<SystemVersion>0.1.0</SystemVersion>", "<SystemVersion>0.1.0-abcdefghijklmnop</SystemVersion>",
		"<SystemVersion>", KindSchema, "SystemVersion': [facet 'maxLength']", nil, false},
	{"e-mail without @", "siu@kommune.example", "siu.kommune.example",
		"<ContactEmailAddress>", KindSchema, "ContactEmailAddress", nil, false},
	{"SystemStructure without SystemVersion", "          <SystemVersion>0.1.0</SystemVersion>\n", "",
		"        </SystemStructure>", KindSchema, "Missing child element(s)", nil, false},
	{"CVR of 7 digits", "    <FormVersion>", "    <DBoksContactNewStructure>\n      <CVRnumberIdentifier>2918984</CVRnumberIdentifier>\n    </DBoksContactNewStructure>\n    <FormVersion>",
		"<CVRnumberIdentifier>", KindSchema, "CVRnumberIdentifier", nil, false},
	{"unknown element in record", "<SLUTDATO>2025-01-31</SLUTDATO>", "<SLUTDATO>2025-01-31</SLUTDATO><NOTE>x</NOTE>",
		"<NOTE>", KindSchema, "NOTE': This element is not expected", nil, false},
	{"truncated file", "  </IndividUdgiftStrukturSamling>\n</IndividUdgiftLeveranceStruktur>\n", "  </IndividUdgiftStrukturSamling>",
		"  </IndividUdgiftStrukturSamling>", KindSyntax, "Premature end of data", nil, false},
	{"invalid UTF-8", "Økonomiafdelingen", "\xd8konomiafdelingen",
		"konomiafdelingen", KindSyntax, "UTF-8", nil, false},
	{"DOCTYPE", "<IndividUdgiftLeveranceStruktur ", "<!DOCTYPE IndividUdgiftLeveranceStruktur>\n<IndividUdgiftLeveranceStruktur ",
		"<!DOCTYPE", KindRefused, "DOCTYPE or other markup declaration", ErrDoctype, false},
	{"XXE file", "<IndividUdgiftLeveranceStruktur ", "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<IndividUdgiftLeveranceStruktur ",
		"<!DOCTYPE", KindRefused, "refused", ErrDoctype, false},
	{"XXE http", "<IndividUdgiftLeveranceStruktur ", "<!DOCTYPE r SYSTEM \"http://127.0.0.1:1/x.dtd\">\n<IndividUdgiftLeveranceStruktur ",
		"<!DOCTYPE", KindRefused, "refused", ErrDoctype, false},
	{"billion laughs", "<IndividUdgiftLeveranceStruktur ", "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<IndividUdgiftLeveranceStruktur ",
		"<!DOCTYPE", KindRefused, "refused", ErrDoctype, false},
	{"undeclared entity", "<dst:Source>SIUKIT-PLACEHOLDER</dst:Source>", "<dst:Source>&x;</dst:Source>",
		"<dst:Source>", KindSyntax, "Entity 'x' not defined", nil, false},
}

// edit applies the edit of an invalid case to valid.
func (tc invalidCase) edit(valid string) string {
	if tc.all {
		return strings.ReplaceAll(valid, tc.old, tc.new)
	}
	return strings.Replace(valid, tc.old, tc.new, 1)
}

func TestInvalid(t *testing.T) {
	valid := readValid(t)
	tests := invalidCases
	s := mustDefault(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := tt.edit(valid)
			if doc == valid {
				t.Fatal("edit did not apply")
			}
			err := s.Validate(strings.NewReader(doc))
			var xerr *Error
			if !errors.As(err, &xerr) {
				t.Fatalf("Validate = %v, want an *Error", err)
			}
			wantLine := lineOf(t, doc, tt.lineAt)
			p := xerr.Problems[0]
			if p.Line != wantLine || p.Kind != tt.kind || !strings.Contains(p.Message, tt.message) {
				t.Errorf("first problem = %v\nwant line %d, kind %v, message containing %q", p, wantLine, tt.kind, tt.message)
			}
			if tt.cause != nil && !errors.Is(err, tt.cause) {
				t.Errorf("errors.Is(err, %v) = false", tt.cause)
			}
			if !strings.Contains(err.Error(), p.Message) {
				t.Errorf("Error() = %q does not show the first problem", err.Error())
			}
		})
	}
}

func TestEveryProblemListed(t *testing.T) {
	doc := delivery(50, func(i int, r *record) {
		switch i {
		case 3:
			r.Beloeb = "1.234"
		case 20:
			r.PsrID = "ABC"
		case 49:
			r.Start = "2025-13-01"
		}
	})
	err := mustDefault(t).Validate(bytes.NewReader(doc))
	var xerr *Error
	if !errors.As(err, &xerr) {
		t.Fatalf("Validate = %v, want *Error", err)
	}
	want := []int{recordLine(3, 3), recordLine(20, 1), recordLine(49, 4)}
	var got []int
	for _, p := range xerr.Problems {
		got = append(got, p.Line)
	}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("problem lines = %v, want %v (%v)", got, want, err)
	}
	if !strings.Contains(err.Error(), "3 problems") {
		t.Errorf("Error() = %q, want it to count 3 problems", err)
	}
}

func TestMaxProblems(t *testing.T) {
	const bad = MaxProblems + 234
	doc := delivery(bad, func(i int, r *record) { r.Beloeb = "1" })
	err := mustDefault(t).Validate(bytes.NewReader(doc))
	var xerr *Error
	if !errors.As(err, &xerr) {
		t.Fatalf("Validate = %v, want *Error", err)
	}
	if len(xerr.Problems) != MaxProblems || xerr.Omitted != bad-MaxProblems {
		t.Errorf("kept %d problems and omitted %d, want %d and %d", len(xerr.Problems), xerr.Omitted, MaxProblems, bad-MaxProblems)
	}
	if last := xerr.Problems[MaxProblems-1]; last.Line != recordLine(MaxProblems-1, 3) {
		t.Errorf("last kept problem on line %d, want %d", last.Line, recordLine(MaxProblems-1, 3))
	}
	if !strings.Contains(err.Error(), "1234 problems") {
		t.Errorf("Error() = %q, want the total count", err)
	}
}

// TestLineNumbersBeyond65535 checks that line numbers are exact far into a
// large file (libxml2 stores tree line numbers in 16 bits).
func TestLineNumbersBeyond65535(t *testing.T) {
	const n = 12000 // 84,000 record lines
	doc := delivery(n, func(i int, r *record) {
		if i == n-1 {
			r.Slut = "31-12-2025"
		}
	})
	err := mustDefault(t).Validate(bytes.NewReader(doc))
	var xerr *Error
	if !errors.As(err, &xerr) || len(xerr.Problems) != 1 {
		t.Fatalf("Validate = %v, want one problem", err)
	}
	if want := recordLine(n-1, 5); xerr.Problems[0].Line != want || want <= 65535 {
		t.Errorf("problem on line %d, want %d (> 65535)", xerr.Problems[0].Line, want)
	}
}

func TestNoWholeCPRInErrors(t *testing.T) {
	valid := readValid(t)
	for _, psr := range []string{"010180-1234", "01018012345", "010180 1234", "x0101801234", "0101801234x"} {
		doc := strings.Replace(valid, "<PsrID>0101801234</PsrID>", "<PsrID>"+psr+"</PsrID>", 1)
		err := mustDefault(t).Validate(strings.NewReader(doc))
		if err == nil {
			t.Errorf("PsrID %q accepted", psr)
			continue
		}
		msg := err.Error()
		for _, whole := range []string{"0101801234", "010180-1234", "010180 1234"} {
			if strings.Contains(msg, whole) {
				t.Errorf("PsrID %q: error shows the whole CPR number: %s", psr, msg)
			}
		}
		if !strings.Contains(msg, "010180") {
			t.Errorf("PsrID %q: error %q lost the unmasked part", psr, msg)
		}
	}
}

func TestEmptyAndGarbage(t *testing.T) {
	s := mustDefault(t)
	for _, in := range []string{"", "   \n", "not xml", "\xff\xfe<\x00?\x00x\x00m\x00l\x00"} {
		err := s.Validate(strings.NewReader(in))
		var xerr *Error
		if !errors.As(err, &xerr) || xerr.Problems[0].Kind != KindSyntax {
			t.Errorf("Validate(%q) = %v, want a syntax problem", in, err)
		}
	}
}
