package xmlformat

import "time"

// Envelope is the delivery metadata (DeliveryMetadataNewStructure) of a
// file as the Decoder read it: every element DST's published envelope
// schema admits, also those siu.Header has no place for and the profile's
// writer never emits. Decoder.Envelope returns it.
//
// DST's schema lets a file leave out or repeat parts the profile writes
// exactly once; how they map onto siu.Header is told at each field and in
// the package documentation ("Reading").
type Envelope struct {
	// The dst:Envelope's values as written. Source, SurveyID,
	// EntityIDType are the profile's codes, FormID its FormID or
	// TestFormID, Period four digits, EntityID three digits (the decoder
	// checks them).
	Source, SurveyID, FormID, Period string
	EntityIDType, EntityID           string

	// The optional elements of dst:Envelope and dst:Entity.
	RefID             Optional       // dst:RefID, nillable
	EntityPath        Optional       // dst:EntityPath, nillable
	Authorisation     *Authorisation // dst:Authorisation; nil when absent
	ReportingDataType Optional       // dst:ReportingDataType, nillable

	// CommunicatorCollections and ContactCollections count the
	// CommunicatorStructureCollection and ContactStructureCollection
	// elements (DST: any number, the profile writes one of each).
	CommunicatorCollections, ContactCollections int

	// Communicators are every CommunicatorStructure, in file order, of
	// every collection. The first is the header's (siu.Header's
	// Description, Created and System); with none, those stay zero.
	Communicators []Communicator

	// Contacts are every ContactStructure, in file order, of every
	// collection. HeaderContact is the index of the one siu.Header.Contact
	// holds: the first whose ContactTypeName is the profile's
	// (Kvitteringsmodtager); -1 when none is, and siu.Header.Contact is
	// then zero.
	Contacts      []Contact
	HeaderContact int

	// DBoks is DBoksContactNewStructure; nil when absent.
	DBoks *DBoksContact

	// FormVersion is the profile's FormVersion when present (the decoder
	// checks it); DST's schema makes it optional.
	FormVersion Optional
}

// Optional is an optional value of the envelope.
type Optional struct {
	Value   string // the text, as written (references replaced)
	Present bool   // the element is in the file
	Nil     bool   // it is written xsi:nil="true" (Value is then "")
}

// Authorisation is dst:Authorisation: three optional, nillable values.
type Authorisation struct {
	AutID     Optional // at most 100 characters
	AutSubID  Optional
	Privilige Optional // DST's spelling
}

// Communicator is one CommunicatorStructure.
type Communicator struct {
	// Collection is the 0-based index of its
	// CommunicatorStructureCollection.
	Collection int
	// Description is CommunicationDescription.
	Description string
	// DateTime is CommunicationDateTime as written; Time is its instant
	// (without an offset, read as Danish time: see the package
	// documentation).
	DateTime string
	Time     time.Time
	// HasSystem reports whether SystemStructure is present; SystemName
	// and SystemVersion are its values.
	HasSystem                 bool
	SystemName, SystemVersion string
}

// Contact is one ContactStructure.
type Contact struct {
	// Collection is the 0-based index of its ContactStructureCollection.
	Collection int
	// TypeName, Identifier and Email are ContactTypeName,
	// ContactIdentifier and ContactEmailAddress.
	TypeName, Identifier, Email string
}

// DBoksContact is DBoksContactNewStructure: the sender's CVR number and
// production unit (P-number), both optional (not nillable).
type DBoksContact struct {
	CVR            Optional // CVRnumberIdentifier: 8 digits
	ProductionUnit Optional // ProductionUnitIdentifier: exactly 10 characters
}

// The names of the envelope's elements the profile's writer never emits.
// They are DST's (DST_Envelope.xsd, DST_Entity.xsd, DST_Authorisation.xsd
// and DST_DBoksContactNewStructure.xsd, as carried by OS2bos), in the
// profile's EnvelopeNamespace (the dst: ones) or Namespace (the DBoks
// ones), and are not part of Profile: a profile renames what the encoder
// writes; these only the decoder reads.
const (
	nameRefID             = "RefID"
	nameEntityPath        = "EntityPath"
	nameAuthorisation     = "Authorisation"
	nameAutID             = "AutID"
	nameAutSubID          = "AutSubID"
	namePrivilige         = "Privilige"
	nameReportingDataType = "ReportingDataType"
	nameDBoks             = "DBoksContactNewStructure"
	nameCVR               = "CVRnumberIdentifier"
	nameProductionUnit    = "ProductionUnitIdentifier"
)

// Lengths DST's envelope schemas set for values the decoder checks itself
// because siu.Header does not carry them to the validator.
const (
	maxAutID          = 100
	lenProductionUnit = 10
	lenCVR            = 8
)

// nillable reports whether the envelope element local in namespace space
// is nillable: the optional dst: leaves, nillable in DST's schema. DST
// declares its required leaves (Source, SurveyID, FormID, Period,
// EntityIDType, EntityID) nillable too; the profile does not, since a nil
// there would leave the file without the code, year or municipality the
// profile requires (the project's XSD says the same).
func (p *Profile) nillable(space string, local []byte) bool {
	if space != p.EnvelopeNamespace {
		return false
	}
	switch string(local) {
	case nameRefID, nameEntityPath, nameAutID, nameAutSubID, namePrivilige, nameReportingDataType:
		return true
	}
	return false
}

// Danish time, as the decoder reads a CommunicationDateTime without an
// offset: the rule of the EU (Directive 2000/84/EC), in force in Denmark
// since 1996, applied to every year: summer time (CEST, UTC+2) from 01:00
// UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
// October, standard time (CET, UTC+1) otherwise.
var (
	zoneCET  = time.FixedZone("CET", 1*60*60)
	zoneCEST = time.FixedZone("CEST", 2*60*60)
)

// danishTime returns the instant of the wall-clock time given by its
// fields in Danish time. The hour that occurs twice when summer time ends
// is read as summer time (the earlier instant); the hour that does not
// exist when it begins is read with standard time's offset (02:30 becomes
// 03:30 summer time). Hour 24 is the next day's midnight.
func danishTime(year int, month time.Month, day, hour, minute, sec, nsec int) time.Time {
	summer := time.Date(year, month, day, hour, minute, sec, nsec, zoneCEST)
	if inSummerTime(summer) {
		return summer
	}
	standard := time.Date(year, month, day, hour, minute, sec, nsec, zoneCET)
	if !inSummerTime(standard) {
		return standard
	}
	return standard.In(zoneCEST) // the missing hour
}

// inSummerTime reports whether the instant t is in Danish summer time.
func inSummerTime(t time.Time) bool {
	u := t.UTC()
	y := u.Year()
	start := lastSunday(y, time.March).Add(time.Hour)
	end := lastSunday(y, time.October).Add(time.Hour)
	return !u.Before(start) && u.Before(end)
}

// lastSunday returns midnight UTC of the last Sunday of month in year.
func lastSunday(year int, month time.Month) time.Time {
	last := time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC)
	return last.AddDate(0, 0, -int(last.Weekday()))
}

// parseDateTime reads a CommunicationDateTime: xs:dateTime as the
// profile's XSD restricts it, YYYY-MM-DDThh:mm:ss, an optional fraction of
// a second (any number of digits; beyond nanoseconds they are dropped),
// an optional time zone Z, +hh:mm or -hh:mm (at most 14 hours from UTC).
// The year is 0001 to 9999; the day one its month has; the time 00:00:00
// to 23:59:59, or 24:00:00 (the next day's midnight). Without a time zone
// the time is Danish time (danishTime); offset reports whether one was
// written. No white space is allowed around the value.
func parseDateTime(v []byte) (t time.Time, offset bool, ok bool) {
	num := func(b []byte) (int, bool) {
		n := 0
		for _, c := range b {
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, len(b) > 0
	}
	if len(v) < 19 || v[4] != '-' || v[7] != '-' || v[10] != 'T' || v[13] != ':' || v[16] != ':' {
		return time.Time{}, false, false
	}
	year, ok1 := num(v[0:4])
	month, ok2 := num(v[5:7])
	day, ok3 := num(v[8:10])
	hour, ok4 := num(v[11:13])
	minute, ok5 := num(v[14:16])
	sec, ok6 := num(v[17:19])
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) || year == 0 || month < 1 || month > 12 ||
		day < 1 || day > daysIn(year, time.Month(month)) {
		return time.Time{}, false, false
	}
	rest := v[19:]
	nsec, fracZero := 0, true
	if len(rest) > 0 && rest[0] == '.' {
		k := 1
		for k < len(rest) && rest[k] >= '0' && rest[k] <= '9' {
			if rest[k] != '0' {
				fracZero = false
			}
			if k <= 9 {
				nsec = nsec*10 + int(rest[k]-'0')
			}
			k++
		}
		if k == 1 {
			return time.Time{}, false, false
		}
		for i := k; i <= 9; i++ {
			nsec *= 10
		}
		rest = rest[k:]
	}
	if !(hour <= 23 && minute <= 59 && sec <= 59 || hour == 24 && minute == 0 && sec == 0 && fracZero) {
		return time.Time{}, false, false
	}
	switch {
	case len(rest) == 0:
		return danishTime(year, time.Month(month), day, hour, minute, sec, nsec), false, true
	case len(rest) == 1 && rest[0] == 'Z':
		return time.Date(year, time.Month(month), day, hour, minute, sec, nsec, time.UTC), true, true
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':':
		oh, okh := num(rest[1:3])
		om, okm := num(rest[4:6])
		if !okh || !okm || oh > 23 || om > 59 || oh*60+om > 14*60 {
			return time.Time{}, false, false
		}
		off := (oh*60 + om) * 60
		if rest[0] == '-' {
			off = -off
		}
		loc := time.UTC
		if off != 0 {
			loc = time.FixedZone("", off)
		}
		return time.Date(year, time.Month(month), day, hour, minute, sec, nsec, loc), true, true
	}
	return time.Time{}, false, false
}

// daysIn returns the days of month in year (proleptic Gregorian).
func daysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
