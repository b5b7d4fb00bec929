package xmlformat

import (
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/siukit/siukit/siu"
)

// Edits of the voksen golden file into the other forms DST's envelope
// schema admits.
const (
	xsiDecl = ` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`
	envOpen = "    <dst:Envelope>\n"
	// afterEntityID is where EntityPath and Authorisation go.
	afterEntityID = "<dst:EntityID>101</dst:EntityID>\n"
	// endEnvelope is where ReportingDataType goes (before it).
	endEnvelope = "    </dst:Envelope>\n"
	// The header's communicator and contact collections.
	communicators = "    <CommunicatorStructureCollection>\n      <CommunicatorStructure>\n        <CommunicationDescription>SIU 2025 – voksen &amp; handicap &lt;fuld&gt;</CommunicationDescription>\n        <CommunicationDateTime>2026-03-02T09:15:00+01:00</CommunicationDateTime>\n        <SystemStructure>\n          <SystemName>Sagssystem</SystemName>\n          <SystemVersion>4.2.1</SystemVersion>\n        </SystemStructure>\n      </CommunicatorStructure>\n    </CommunicatorStructureCollection>\n"
	contacts      = "    <ContactStructureCollection>\n      <ContactStructure>\n        <ContactTypeName>Kvitteringsmodtager</ContactTypeName>\n        <ContactIdentifier>Økonomiafdelingen</ContactIdentifier>\n        <ContactEmailAddress>siu@kommune.example</ContactEmailAddress>\n      </ContactStructure>\n    </ContactStructureCollection>\n"
	formVersion   = "    <FormVersion>siukit-profile-1</FormVersion>\n"
)

// contact writes a ContactStructure.
func contact(typ, id, email string) string {
	return "      <ContactStructure>\n        <ContactTypeName>" + typ + "</ContactTypeName>\n        <ContactIdentifier>" + id +
		"</ContactIdentifier>\n        <ContactEmailAddress>" + email + "</ContactEmailAddress>\n      </ContactStructure>\n"
}

// communicator writes a CommunicatorStructure; system "" leaves out
// SystemStructure.
func communicator(desc, when, system string) string {
	s := "      <CommunicatorStructure>\n        <CommunicationDescription>" + desc + "</CommunicationDescription>\n        <CommunicationDateTime>" + when + "</CommunicationDateTime>\n"
	if system != "" {
		s += "        <SystemStructure>\n          <SystemName>" + system + "</SystemName>\n          <SystemVersion>1</SystemVersion>\n        </SystemStructure>\n"
	}
	return s + "      </CommunicatorStructure>\n"
}

// withXSI declares the xsi prefix on the root.
func withXSI(s string) string {
	return strings.Replace(s, "<IndividUdgiftLeveranceStruktur ", "<IndividUdgiftLeveranceStruktur"+xsiDecl+" ", 1)
}

// sameHeader compares headers, times as instants.
func sameHeader(a, b siu.Header) bool {
	ta, tb := a.Created, b.Created
	a.Created, b.Created = time.Time{}, time.Time{}
	return a == b && ta.Equal(tb)
}

// readEnvelope decodes a whole file and returns its header and envelope.
func readEnvelope(in string) (siu.Header, Envelope, error) {
	d := NewDecoder(strings.NewReader(in), DefaultProfile())
	env, err := d.Envelope()
	if err != nil {
		return siu.Header{}, Envelope{}, err
	}
	h, _ := d.Header()
	for {
		_, err := d.Next()
		if err == io.EOF {
			return h, env, nil
		}
		if err != nil {
			return siu.Header{}, Envelope{}, err
		}
	}
}

// TestDecoderEnvelopeForms reads each form of the envelope DST's schema
// admits and checks what the header and the envelope hold.
func TestDecoderEnvelopeForms(t *testing.T) {
	in := voksenFile(t)
	base := goldenDeliveries()["voksen"].Header
	cph := func(s string) time.Time {
		tt, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return tt
	}
	tests := []struct {
		name string
		edit func(string) string
		// check reports what is wrong with the header h (base is the
		// golden header) and the envelope e.
		check func(h siu.Header, e Envelope) string
	}{
		{"canonical", func(s string) string { return s }, func(h siu.Header, e Envelope) string {
			if !sameHeader(h, base) || e.RefID.Present || e.Authorisation != nil || e.DBoks != nil || len(e.Contacts) != 1 || e.HeaderContact != 0 ||
				len(e.Communicators) != 1 || !e.FormVersion.Present || e.CommunicatorCollections != 1 || e.ContactCollections != 1 {
				return "not the golden header and envelope"
			}
			return ""
		}},
		{"RefID", func(s string) string {
			return replaceOnce(t, s, "      <dst:SurveyID>", "      <dst:RefID>ref &amp; 1</dst:RefID>\n      <dst:SurveyID>")
		}, func(h siu.Header, e Envelope) string {
			if !sameHeader(h, base) || e.RefID != (Optional{Value: "ref & 1", Present: true}) {
				return "RefID not read"
			}
			return ""
		}},
		{"RefID nil", func(s string) string {
			return withXSI(replaceOnce(t, s, "      <dst:SurveyID>", `      <dst:RefID xsi:nil="true"/>`+"\n      <dst:SurveyID>"))
		}, func(h siu.Header, e Envelope) string {
			if !sameHeader(h, base) || e.RefID != (Optional{Present: true, Nil: true}) {
				return "nil RefID not read"
			}
			return ""
		}},
		{"RefID nil with a comment, xsi:nil \" 1 \"", func(s string) string {
			return withXSI(replaceOnce(t, s, "      <dst:SurveyID>", `      <dst:RefID xsi:nil=" 1 "><!-- none --></dst:RefID>`+"\n      <dst:SurveyID>"))
		}, func(h siu.Header, e Envelope) string {
			if !e.RefID.Nil {
				return "nil RefID not read"
			}
			return ""
		}},
		{"RefID xsi:nil false", func(s string) string {
			return withXSI(replaceOnce(t, s, "      <dst:SurveyID>", `      <dst:RefID xsi:nil="false">r</dst:RefID>`+"\n      <dst:SurveyID>"))
		}, func(h siu.Header, e Envelope) string {
			if e.RefID != (Optional{Value: "r", Present: true}) {
				return "RefID not read"
			}
			return ""
		}},
		{"EntityPath, Authorisation, ReportingDataType", func(s string) string {
			s = replaceOnce(t, s, afterEntityID, afterEntityID+"        <dst:EntityPath>101/a</dst:EntityPath>\n        <dst:Authorisation>\n          <dst:AutID>"+strings.Repeat("a", 100)+"</dst:AutID>\n          <dst:AutSubID>b</dst:AutSubID>\n          <dst:Privilige>c</dst:Privilige>\n        </dst:Authorisation>\n")
			return replaceOnce(t, s, endEnvelope, "      <dst:ReportingDataType>r</dst:ReportingDataType>\n"+endEnvelope)
		}, func(h siu.Header, e Envelope) string {
			a := e.Authorisation
			if !sameHeader(h, base) || e.EntityPath.Value != "101/a" || a == nil || len(a.AutID.Value) != 100 || a.AutSubID.Value != "b" ||
				a.Privilige.Value != "c" || e.ReportingDataType.Value != "r" {
				return "optional envelope elements not read"
			}
			return ""
		}},
		{"each nillable leaf nil", func(s string) string {
			s = replaceOnce(t, s, "      <dst:SurveyID>", `      <dst:RefID xsi:nil="true"/>`+"\n      <dst:SurveyID>")
			s = replaceOnce(t, s, afterEntityID, afterEntityID+`<dst:EntityPath xsi:nil="true"/><dst:Authorisation><dst:AutID xsi:nil="true"></dst:AutID><dst:AutSubID xsi:nil="true"/><dst:Privilige xsi:nil="true"/></dst:Authorisation>`)
			return withXSI(replaceOnce(t, s, endEnvelope, `<dst:ReportingDataType xsi:nil="1"/>`+endEnvelope))
		}, func(h siu.Header, e Envelope) string {
			a := e.Authorisation
			if !sameHeader(h, base) || !e.RefID.Nil || !e.EntityPath.Nil || !a.AutID.Nil || !a.AutSubID.Nil || !a.Privilige.Nil || !e.ReportingDataType.Nil {
				return "nil leaves not read"
			}
			return ""
		}},
		{"empty Authorisation", func(s string) string {
			return replaceOnce(t, s, afterEntityID, afterEntityID+"<dst:Authorisation/>")
		}, func(h siu.Header, e Envelope) string {
			if e.Authorisation == nil || *e.Authorisation != (Authorisation{}) {
				return "empty Authorisation not read"
			}
			return ""
		}},
		{"empty Authorisation written as a pair", func(s string) string {
			return replaceOnce(t, s, afterEntityID, afterEntityID+"<dst:Authorisation>\n <!-- x --> </dst:Authorisation>")
		}, func(h siu.Header, e Envelope) string {
			if e.Authorisation == nil {
				return "empty Authorisation not read"
			}
			return ""
		}},
		{"three contacts (DST's sibling deliveries)", func(s string) string {
			return replaceOnce(t, s, contacts, "    <ContactStructureCollection>\n"+contact("Faglig ansvarlig", "Fag", "fag@k.dk")+
				contact("Teknisk ansvarlig", "Tek", "tek@k.dk")+contact("Kvitteringsmodtager", "Kvit", "kvit@k.dk")+"    </ContactStructureCollection>\n")
		}, func(h siu.Header, e Envelope) string {
			if h.Contact != (siu.Contact{Identifier: "Kvit", Email: "kvit@k.dk"}) || e.HeaderContact != 2 || len(e.Contacts) != 3 ||
				e.Contacts[0] != (Contact{TypeName: "Faglig ansvarlig", Identifier: "Fag", Email: "fag@k.dk"}) {
				return "the Kvitteringsmodtager is not the header's contact"
			}
			return ""
		}},
		{"two receipt recipients: the first is the header's", func(s string) string {
			return replaceOnce(t, s, contacts, "    <ContactStructureCollection>\n"+contact("Kvitteringsmodtager", "A", "a@k.dk")+
				contact("Kvitteringsmodtager", "B", "b@k.dk")+"    </ContactStructureCollection>\n")
		}, func(h siu.Header, e Envelope) string {
			if h.Contact.Identifier != "A" || e.HeaderContact != 0 || len(e.Contacts) != 2 {
				return "the first Kvitteringsmodtager is not the header's contact"
			}
			return ""
		}},
		{"no receipt recipient: the header's contact is empty", func(s string) string {
			return replaceOnce(t, s, contacts, "    <ContactStructureCollection>\n"+contact("Faglig ansvarlig", "Fag", "fag@k.dk")+"    </ContactStructureCollection>\n")
		}, func(h siu.Header, e Envelope) string {
			if h.Contact != (siu.Contact{}) || e.HeaderContact != -1 || len(e.Contacts) != 1 {
				return "a contact of another type became the header's"
			}
			return ""
		}},
		{"two contact collections", func(s string) string {
			return replaceOnce(t, s, contacts, "    <ContactStructureCollection>\n"+contact("Faglig ansvarlig", "Fag", "fag@k.dk")+"    </ContactStructureCollection>\n"+contacts)
		}, func(h siu.Header, e Envelope) string {
			if !sameHeader(h, base) || e.ContactCollections != 2 || e.HeaderContact != 1 || e.Contacts[1].Collection != 1 {
				return "two collections not read"
			}
			return ""
		}},
		{"no contact collection, no communicator collection, no FormVersion", func(s string) string {
			return replaceOnce(t, replaceOnce(t, replaceOnce(t, s, contacts, ""), communicators, ""), formVersion, "")
		}, func(h siu.Header, e Envelope) string {
			want := base
			want.Created, want.Description, want.System, want.Contact = time.Time{}, "", siu.System{}, siu.Contact{}
			if !sameHeader(h, want) || e.CommunicatorCollections != 0 || e.ContactCollections != 0 || e.FormVersion.Present {
				return "a header without communicators, contacts and FormVersion not read"
			}
			return ""
		}},
		{"two communicators, the second without SystemStructure", func(s string) string {
			return replaceOnce(t, s, "      </CommunicatorStructure>\n", "      </CommunicatorStructure>\n"+communicator("Videresendt", "2026-03-03T10:00:00", ""))
		}, func(h siu.Header, e Envelope) string {
			if !sameHeader(h, base) || len(e.Communicators) != 2 || e.Communicators[1].HasSystem || e.Communicators[1].DateTime != "2026-03-03T10:00:00" ||
				!e.Communicators[1].Time.Equal(cph("2026-03-03T10:00:00+01:00")) {
				return "the second communicator not read, or it became the header's"
			}
			return ""
		}},
		{"two communicator collections", func(s string) string {
			return replaceOnce(t, s, communicators, communicators+"    <CommunicatorStructureCollection>\n"+communicator("Modtaget", "2026-03-03T10:00:00Z", "DST")+"    </CommunicatorStructureCollection>\n")
		}, func(h siu.Header, e Envelope) string {
			if !sameHeader(h, base) || e.CommunicatorCollections != 2 || e.Communicators[1].Collection != 1 || e.Communicators[1].SystemName != "DST" {
				return "two collections not read"
			}
			return ""
		}},
		{"no SystemStructure", func(s string) string {
			return replaceOnce(t, s, "        <SystemStructure>\n          <SystemName>Sagssystem</SystemName>\n          <SystemVersion>4.2.1</SystemVersion>\n        </SystemStructure>\n", "")
		}, func(h siu.Header, e Envelope) string {
			if h.System != (siu.System{}) || e.Communicators[0].HasSystem {
				return "a system without SystemStructure"
			}
			return ""
		}},
		{"DBoksContactNewStructure", func(s string) string {
			return replaceOnce(t, s, formVersion, "    <DBoksContactNewStructure>\n      <CVRnumberIdentifier>29189846</CVRnumberIdentifier>\n      <ProductionUnitIdentifier>1003388283</ProductionUnitIdentifier>\n    </DBoksContactNewStructure>\n"+formVersion)
		}, func(h siu.Header, e Envelope) string {
			if !sameHeader(h, base) || e.DBoks == nil || e.DBoks.CVR.Value != "29189846" || e.DBoks.ProductionUnit.Value != "1003388283" {
				return "DBoks not read"
			}
			return ""
		}},
		{"DBoksContactNewStructure empty, no FormVersion", func(s string) string {
			return replaceOnce(t, s, formVersion, "    <DBoksContactNewStructure/>\n")
		}, func(h siu.Header, e Envelope) string {
			if e.DBoks == nil || e.DBoks.CVR.Present || e.FormVersion.Present {
				return "empty DBoks not read"
			}
			return ""
		}},
		{"DBoksContactNewStructure with the P-number only", func(s string) string {
			return replaceOnce(t, s, formVersion, "    <DBoksContactNewStructure><ProductionUnitIdentifier>ÆØÅ1234567</ProductionUnitIdentifier></DBoksContactNewStructure>\n"+formVersion)
		}, func(h siu.Header, e Envelope) string {
			if e.DBoks == nil || e.DBoks.CVR.Present || e.DBoks.ProductionUnit.Value != "ÆØÅ1234567" {
				return "DBoks not read"
			}
			return ""
		}},
		{"time without offset, winter: Danish standard time", func(s string) string {
			return replaceOnce(t, s, "2026-03-02T09:15:00+01:00", "2026-03-02T09:15:00")
		}, func(h siu.Header, e Envelope) string {
			if _, off := h.Created.Zone(); !h.Created.Equal(cph("2026-03-02T09:15:00+01:00")) || off != 3600 || e.Communicators[0].DateTime != "2026-03-02T09:15:00" {
				return "not read as 09:15 CET"
			}
			return ""
		}},
		{"time without offset, summer: Danish summer time", func(s string) string {
			return replaceOnce(t, s, "2026-03-02T09:15:00+01:00", "2026-07-02T09:15:00")
		}, func(h siu.Header, e Envelope) string {
			if _, off := h.Created.Zone(); !h.Created.Equal(cph("2026-07-02T09:15:00+02:00")) || off != 7200 {
				return "not read as 09:15 CEST"
			}
			return ""
		}},
		{"time without offset with a fraction", func(s string) string {
			return replaceOnce(t, s, "2026-03-02T09:15:00+01:00", "2026-03-02T09:15:00.1234567891")
		}, func(h siu.Header, e Envelope) string {
			if !h.Created.Equal(cph("2026-03-02T09:15:00.123456789+01:00")) {
				return "fraction not read"
			}
			return ""
		}},
		{"time 24:00:00", func(s string) string {
			return replaceOnce(t, s, "2026-03-02T09:15:00+01:00", "2026-03-02T24:00:00Z")
		}, func(h siu.Header, e Envelope) string {
			if !h.Created.Equal(cph("2026-03-03T00:00:00Z")) {
				return "24:00:00 not the next day's midnight"
			}
			return ""
		}},
		{"time with offset -14:00", func(s string) string {
			return replaceOnce(t, s, "2026-03-02T09:15:00+01:00", "2026-03-02T09:15:00-14:00")
		}, func(h siu.Header, e Envelope) string {
			if !h.Created.Equal(cph("2026-03-02T09:15:00-14:00")) {
				return "offset not read"
			}
			return ""
		}},
		{"the form of DST's sibling deliveries (OS2bos)", func(s string) string {
			s = replaceOnce(t, s, "2026-03-02T09:15:00+01:00", "2026-03-02T09:15:00")
			s = replaceOnce(t, s, contacts, "    <ContactStructureCollection>\n"+contact("Faglig ansvarlig", "fag@k.dk", "fag@k.dk")+
				contact("Teknisk ansvarlig", "tek@k.dk", "tek@k.dk")+contact("Kvitteringsmodtager", "kvit@k.dk", "kvit@k.dk")+"    </ContactStructureCollection>\n")
			return replaceOnce(t, s, formVersion, "    <DBoksContactNewStructure>\n      <CVRnumberIdentifier>29189846</CVRnumberIdentifier>\n      <ProductionUnitIdentifier>1003388283</ProductionUnitIdentifier>\n    </DBoksContactNewStructure>\n"+formVersion)
		}, func(h siu.Header, e Envelope) string {
			if h.Contact.Email != "kvit@k.dk" || !h.Created.Equal(cph("2026-03-02T09:15:00+01:00")) || e.DBoks == nil {
				return "not read"
			}
			return ""
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, e, err := readEnvelope(tt.edit(in))
			if err != nil {
				t.Fatalf("refused: %v", err)
			}
			if msg := tt.check(h, e); msg != "" {
				t.Errorf("%s\nheader:   %+v\nenvelope: %+v", msg, h, e)
			}
		})
	}
}

// TestDecoderEnvelopeNeighbours refuses the forms next to those DST's
// envelope schema admits: an element out of order, repeated where it may
// not be, unknown, nil where it is not nillable or nil with content, and
// values the validator does not see in a form DST's types do not admit.
func TestDecoderEnvelopeNeighbours(t *testing.T) {
	in := voksenFile(t)
	refID := "      <dst:SurveyID>"
	tests := []struct {
		name  string
		edit  func(string) string
		cause error
		msg   string
		line  int
	}{
		{"RefID after SurveyID", func(s string) string {
			return replaceOnce(t, s, "      <dst:FormID>", "      <dst:RefID>r</dst:RefID>\n      <dst:FormID>")
		}, ErrStructure, "element <dst:RefID> is repeated or out of order in <Envelope>, want <FormID>", 7},
		{"RefID before Source", func(s string) string {
			return replaceOnce(t, s, envOpen, envOpen+"      <dst:RefID>r</dst:RefID>\n")
		}, ErrStructure, "want <Source>", 5},
		{"RefID twice", func(s string) string {
			return replaceOnce(t, s, refID, "      <dst:RefID>r</dst:RefID>\n      <dst:RefID>r</dst:RefID>\n"+refID)
		}, ErrStructure, "want <SurveyID>", 7},
		{"RefID in the content namespace", func(s string) string {
			return replaceOnce(t, s, refID, "      <RefID>r</RefID>\n"+refID)
		}, ErrStructure, "unknown element <RefID>", 6},
		{"EntityPath after Authorisation", func(s string) string {
			return replaceOnce(t, s, afterEntityID, afterEntityID+"<dst:Authorisation/>\n<dst:EntityPath>p</dst:EntityPath>\n")
		}, ErrStructure, "element <dst:EntityPath> is repeated or out of order in <Entity>, want its end", 13},
		{"Authorisation twice", func(s string) string {
			return replaceOnce(t, s, afterEntityID, afterEntityID+"<dst:Authorisation/>\n<dst:Authorisation/>\n")
		}, ErrStructure, "repeated or out of order", 13},
		{"AutID after AutSubID", func(s string) string {
			return replaceOnce(t, s, afterEntityID, afterEntityID+"<dst:Authorisation>\n<dst:AutSubID>s</dst:AutSubID>\n<dst:AutID>a</dst:AutID>\n</dst:Authorisation>\n")
		}, ErrStructure, "element <dst:AutID> is repeated or out of order in <Authorisation>, want its end", 14},
		{"unknown element in Authorisation", func(s string) string {
			return replaceOnce(t, s, afterEntityID, afterEntityID+"<dst:Authorisation>\n<dst:Role>a</dst:Role>\n</dst:Authorisation>\n")
		}, ErrStructure, "unknown element <dst:Role> in <Authorisation>", 13},
		{"ReportingDataType before Entity", func(s string) string {
			return replaceOnce(t, s, "      <dst:Entity>", "      <dst:ReportingDataType>r</dst:ReportingDataType>\n      <dst:Entity>")
		}, ErrStructure, "want <Entity>", 9},
		{"ReportingDataType twice", func(s string) string {
			return replaceOnce(t, s, endEnvelope, "<dst:ReportingDataType>r</dst:ReportingDataType>\n<dst:ReportingDataType>r</dst:ReportingDataType>\n"+endEnvelope)
		}, ErrStructure, "want its end", 14},
		{"unknown element in Envelope", func(s string) string {
			return replaceOnce(t, s, endEnvelope, "<dst:Other/>\n"+endEnvelope)
		}, ErrStructure, "unknown element <dst:Other> in <Envelope>", 13},
		{"contacts before communicators", func(s string) string {
			return replaceOnce(t, replaceOnce(t, s, communicators, ""), contacts, contacts+communicators)
		}, ErrStructure, "element <CommunicatorStructureCollection> is repeated or out of order in <DeliveryMetadataNewStructure>, want its end", 21},
		{"empty contact collection", func(s string) string {
			return replaceOnce(t, s, contacts, "    <ContactStructureCollection/>\n")
		}, ErrStructure, "<ContactStructureCollection> is empty", 24},
		{"contact collection without contacts", func(s string) string {
			return replaceOnce(t, s, contacts, "    <ContactStructureCollection>\n    </ContactStructureCollection>\n")
		}, ErrStructure, "missing element <ContactStructure> in <ContactStructureCollection>", 25},
		{"empty communicator collection", func(s string) string {
			return replaceOnce(t, s, communicators, "    <CommunicatorStructureCollection></CommunicatorStructureCollection>\n")
		}, ErrStructure, "missing element <CommunicatorStructure>", 14},
		{"SystemStructure twice", func(s string) string {
			return replaceOnce(t, s, "        </SystemStructure>\n", "        </SystemStructure>\n        <SystemStructure><SystemName>a</SystemName><SystemVersion>1</SystemVersion></SystemStructure>\n")
		}, ErrStructure, "element <SystemStructure> is repeated or out of order in <CommunicatorStructure>", 22},
		{"DBoks after FormVersion", func(s string) string {
			return replaceOnce(t, s, formVersion, formVersion+"    <DBoksContactNewStructure/>\n")
		}, ErrStructure, "element <DBoksContactNewStructure> is repeated or out of order in <DeliveryMetadataNewStructure>, want its end", 32},
		{"DBoks twice", func(s string) string {
			return replaceOnce(t, s, formVersion, "    <DBoksContactNewStructure/>\n    <DBoksContactNewStructure/>\n"+formVersion)
		}, ErrStructure, "repeated or out of order", 32},
		{"CVR after P-number", func(s string) string {
			return replaceOnce(t, s, formVersion, "    <DBoksContactNewStructure><ProductionUnitIdentifier>1003388283</ProductionUnitIdentifier>\n<CVRnumberIdentifier>29189846</CVRnumberIdentifier></DBoksContactNewStructure>\n"+formVersion)
		}, ErrStructure, "element <CVRnumberIdentifier> is repeated or out of order in <DBoksContactNewStructure>", 32},
		{"FormVersion twice", func(s string) string { return replaceOnce(t, s, formVersion, formVersion+formVersion) },
			ErrStructure, "element <FormVersion> is repeated or out of order in <DeliveryMetadataNewStructure>, want its end", 32},
		{"nil Source", func(s string) string {
			return withXSI(replaceOnce(t, s, "<dst:Source>PLACEHOLDER-SOURCE</dst:Source>", `<dst:Source xsi:nil="true"/>`))
		}, ErrStructure, "attribute xsi:nil is not allowed on <dst:Source>, which is not nillable", 5},
		{"nil Period", func(s string) string {
			return withXSI(replaceOnce(t, s, "<dst:Period>2025</dst:Period>", `<dst:Period xsi:nil="true"/>`))
		}, ErrStructure, "not nillable", 8},
		{"xsi:nil false on a leaf that is not nillable", func(s string) string {
			return withXSI(replaceOnce(t, s, "<dst:EntityID>", `<dst:EntityID xsi:nil="false">`))
		}, ErrStructure, "not nillable", 11},
		{"nil ContactIdentifier", func(s string) string {
			return withXSI(replaceOnce(t, s, "<ContactIdentifier>Økonomiafdelingen</ContactIdentifier>", `<ContactIdentifier xsi:nil="true"/>`))
		}, ErrStructure, "not nillable", 27},
		{"nil record field", func(s string) string {
			return withXSI(replaceOnce(t, s, "<BELOEB>24850.00</BELOEB>", `<BELOEB xsi:nil="true"/>`))
		}, ErrStructure, "not nillable", 38},
		{"nil RefID with a value", func(s string) string {
			return withXSI(replaceOnce(t, s, refID, `      <dst:RefID xsi:nil="true">r</dst:RefID>`+"\n"+refID))
		}, ErrStructure, "element <RefID> is nil (xsi:nil) but has content", 6},
		{"nil RefID with white space", func(s string) string {
			return withXSI(replaceOnce(t, s, refID, `      <dst:RefID xsi:nil="true"> </dst:RefID>`+"\n"+refID))
		}, ErrStructure, "is nil (xsi:nil) but has content", 6},
		{"nil RefID with an empty CDATA section", func(s string) string {
			return withXSI(replaceOnce(t, s, refID, `      <dst:RefID xsi:nil="true"><![CDATA[]]></dst:RefID>`+"\n"+refID))
		}, ErrStructure, "is nil (xsi:nil) but has content", 6},
		{"nil RefID with an element", func(s string) string {
			return withXSI(replaceOnce(t, s, refID, `      <dst:RefID xsi:nil="true"><r/></dst:RefID>`+"\n"+refID))
		}, ErrStructure, "holds text only", 6},
		{"xsi:nil not a boolean", func(s string) string {
			return withXSI(replaceOnce(t, s, refID, `      <dst:RefID xsi:nil="yes"/>`+"\n"+refID))
		}, ErrStructure, `xsi:nil on <dst:RefID> is "yes", want true or false`, 6},
		{"nil Authorisation", func(s string) string {
			return withXSI(replaceOnce(t, s, afterEntityID, afterEntityID+`<dst:Authorisation xsi:nil="true"/>`))
		}, ErrStructure, "not nillable", 12},
		{"AutID of 101 characters", func(s string) string {
			return replaceOnce(t, s, afterEntityID, afterEntityID+"<dst:Authorisation><dst:AutID>"+strings.Repeat("æ", 101)+"</dst:AutID></dst:Authorisation>")
		}, ErrMalformed, "AutID", 12},
		{"CVR of 7 digits", func(s string) string {
			return replaceOnce(t, s, formVersion, "    <DBoksContactNewStructure><CVRnumberIdentifier>2918984</CVRnumberIdentifier></DBoksContactNewStructure>\n"+formVersion)
		}, ErrMalformed, "CVRnumberIdentifier", 31},
		{"P-number of 9 characters", func(s string) string {
			return replaceOnce(t, s, formVersion, "    <DBoksContactNewStructure><ProductionUnitIdentifier>100338828</ProductionUnitIdentifier></DBoksContactNewStructure>\n"+formVersion)
		}, ErrMalformed, "ProductionUnitIdentifier", 31},
		{"another contact's e-mail malformed", func(s string) string {
			return replaceOnce(t, s, "    <ContactStructureCollection>\n", "    <ContactStructureCollection>\n"+contact("Teknisk ansvarlig", "Tek", "tek(at)k.dk"))
		}, ErrMalformed, "ContactEmailAddress", 28},
		{"another contact's identifier of 101 characters", func(s string) string {
			return replaceOnce(t, s, "    <ContactStructureCollection>\n", "    <ContactStructureCollection>\n"+contact("Teknisk ansvarlig", strings.Repeat("i", 101), "t@k.dk"))
		}, ErrMalformed, "ContactIdentifier", 27},
		{"another contact's type name of 51 characters", func(s string) string {
			return replaceOnce(t, s, "    <ContactStructureCollection>\n", "    <ContactStructureCollection>\n"+contact(strings.Repeat("t", 51), "Tek", "t@k.dk"))
		}, ErrMalformed, "ContactTypeName", 26},
		{"a second receipt recipient's e-mail malformed", func(s string) string {
			return replaceOnce(t, s, "    </ContactStructureCollection>\n", contact("Kvitteringsmodtager", "B", "b")+"    </ContactStructureCollection>\n")
		}, ErrMalformed, "ContactEmailAddress", 33},
		{"another communicator's description of 51 characters", func(s string) string {
			return replaceOnce(t, s, "      </CommunicatorStructure>\n", "      </CommunicatorStructure>\n"+communicator(strings.Repeat("d", 51), "2026-03-02T09:15:00", ""))
		}, ErrMalformed, "CommunicationDescription", 24},
		{"another communicator's system version of 21 characters", func(s string) string {
			return replaceOnce(t, s, "      </CommunicatorStructure>\n", "      </CommunicatorStructure>\n"+strings.Replace(communicator("d", "2026-03-02T09:15:00", "s"), "<SystemVersion>1<", "<SystemVersion>"+strings.Repeat("v", 21)+"<", 1))
		}, ErrMalformed, "SystemVersion", 28},
		{"another communicator's time malformed", func(s string) string {
			return replaceOnce(t, s, "      </CommunicatorStructure>\n", "      </CommunicatorStructure>\n"+communicator("d", "2026-03-02", ""))
		}, ErrMalformed, "CommunicationDateTime", 25},
		{"time offset beyond 14 hours", func(s string) string {
			return replaceOnce(t, s, "2026-03-02T09:15:00+01:00", "2026-03-02T09:15:00+14:01")
		}, ErrMalformed, "CommunicationDateTime", 17},
		{"time of day 24:00:01", func(s string) string {
			return replaceOnce(t, s, "2026-03-02T09:15:00+01:00", "2026-03-02T24:00:01")
		}, ErrMalformed, "CommunicationDateTime", 17},
		{"time in year 0000", func(s string) string {
			return replaceOnce(t, s, "2026-03-02T09:15:00+01:00", "0000-03-02T09:15:00")
		}, ErrMalformed, "CommunicationDateTime", 17},
		{"time on 29 February of a common year", func(s string) string {
			return replaceOnce(t, s, "2026-03-02T09:15:00+01:00", "2026-02-29T09:15:00")
		}, ErrMalformed, "CommunicationDateTime", 17},
		{"FormVersion other than the profile's", func(s string) string {
			return replaceOnce(t, s, ">siukit-profile-1<", "><")
		}, ErrMismatch, "FormVersion", 31},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := tt.edit(in)
			err := decodeErr(doc, Limits{})
			if !errors.Is(err, tt.cause) {
				t.Fatalf("error %v, want cause %v", err, tt.cause)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not mention %q", err, tt.msg)
			}
			var se *SyntaxError
			var fe *FieldError
			line := 0
			switch {
			case errors.As(err, &se):
				line = se.Line
			case errors.As(err, &fe):
				line = fe.Line
			}
			if line != tt.line {
				t.Errorf("line %d, want %d", line, tt.line)
			}
		})
	}
}

// TestDecoderEnvelopeItemsLimit: the envelope's repeated elements are
// bounded by Limits.MaxEnvelopeItems.
func TestDecoderEnvelopeItemsLimit(t *testing.T) {
	in := voksenFile(t)
	// The file has one communicator and one contact already.
	many := "    <ContactStructureCollection>\n" + strings.Repeat(contact("Faglig ansvarlig", "f", "f@k.dk"), DefaultMaxEnvelopeItems-2) + "    </ContactStructureCollection>\n"
	at := replaceOnce(t, in, contacts, contacts+many)
	if err := decodeErr(at, Limits{}); err != nil {
		t.Errorf("%d items: %v", DefaultMaxEnvelopeItems, err)
	}
	over := replaceOnce(t, in, contacts, contacts+many+many)
	if err := decodeErr(over, Limits{}); !errors.Is(err, ErrLimit) {
		t.Errorf("%d items: %v, want ErrLimit", 2*DefaultMaxEnvelopeItems-2, err)
	}
	if err := decodeErr(over, Limits{MaxEnvelopeItems: 200}); err != nil {
		t.Errorf("%d items with a limit of 200: %v", 2*DefaultMaxEnvelopeItems-2, err)
	}
}

// TestEnvelopeIsACopy: the envelope Decoder.Envelope returns is the
// caller's.
func TestEnvelopeIsACopy(t *testing.T) {
	in := replaceOnce(t, voksenFile(t), afterEntityID, afterEntityID+"<dst:Authorisation><dst:AutID>a</dst:AutID></dst:Authorisation>")
	d := NewDecoder(strings.NewReader(in), DefaultProfile())
	e1, err := d.Envelope()
	if err != nil {
		t.Fatal(err)
	}
	e1.Contacts[0].Email = "changed"
	e1.Authorisation.AutID.Value = "changed"
	e2, _ := d.Envelope()
	if e2.Contacts[0].Email != "siu@kommune.example" || e2.Authorisation.AutID.Value != "a" {
		t.Errorf("a change to one envelope shows in the next: %+v", e2)
	}
	h, _ := d.Header()
	if diff := cmp.Diff(goldenDeliveries()["voksen"].Header, h); diff != "" {
		t.Errorf("header (-want +got):\n%s", diff)
	}
}

// TestDanishTime holds danishTime to the time zone database's
// Europe/Copenhagen for the years the EU rule has been in force, at every
// quarter hour around each change and at noon of every day.
func TestDanishTime(t *testing.T) {
	cph, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		t.Skipf("no time zone database: %v", err)
	}
	compared := 0
	check := func(y int, mo time.Month, d, h, mi int) {
		t.Helper()
		got := danishTime(y, mo, d, h, mi, 0, 0)
		want := time.Date(y, mo, d, h, mi, 0, 0, cph)
		local := time.Date(y, mo, d, h, mi, 0, 0, time.UTC)
		// Wall-clock times that exist once must agree; the hour that
		// occurs twice and the one that does not exist are decided by
		// danishTime's documentation.
		if w := want.In(cph); w.Hour() != h || w.Minute() != mi || w.Add(-time.Hour).In(cph).Hour() == h || w.Add(time.Hour).In(cph).Hour() == h {
			return
		}
		compared++
		if !got.Equal(want) {
			t.Errorf("%v: %v, want %v", local.Format("2006-01-02T15:04"), got, want)
		}
		if _, off := got.Zone(); off != func() int { _, o := want.Zone(); return o }() {
			t.Errorf("%v: offset %d", local.Format("2006-01-02T15:04"), off)
		}
	}
	for y := 1996; y <= 2037; y++ {
		for _, mo := range []time.Month{time.March, time.October} {
			sunday := lastSunday(y, mo)
			for q := -8; q <= 24; q++ {
				w := sunday.Add(time.Duration(q) * 15 * time.Minute)
				check(y, mo, w.Day(), w.Hour(), w.Minute())
			}
		}
		for d := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == y; d = d.AddDate(0, 0, 1) {
			check(y, d.Month(), d.Day(), 12, 0)
		}
	}
	if compared < 42*365 {
		t.Errorf("only %d times compared", compared)
	}
	// The hour that occurs twice (end of summer time) is summer time; the
	// one that does not exist (its start) takes standard time's offset.
	if got := danishTime(2026, time.October, 25, 2, 30, 0, 0); !got.Equal(time.Date(2026, time.October, 25, 0, 30, 0, 0, time.UTC)) {
		t.Errorf("02:30 on 25 October 2026: %v, want 00:30 UTC (summer time)", got)
	}
	if got := danishTime(2026, time.March, 29, 2, 30, 0, 0); !got.Equal(time.Date(2026, time.March, 29, 1, 30, 0, 0, time.UTC)) || got.Hour() != 3 {
		t.Errorf("02:30 on 29 March 2026: %v, want 01:30 UTC, 03:30 summer time", got)
	}
}
