package kontoplan

// Art is an art of the authorised art classification (artsinddelingen,
// chapter 2.5): a hovedart digit 0–9 and an art digit 0–9, written "7.2".
// It is comparable; the zero Art is "no art".
type Art struct {
	v uint8 // hovedart*10 + art + 1; 0 = none
}

// NewArt returns the art hovedart.art; both are 0–9.
func NewArt(hovedart, art int) (Art, error) {
	if hovedart < 0 || hovedart > 9 {
		return Art{}, &ParseError{Part: PartHovedart, Reason: "out of range 0-9"}
	}
	if art < 0 || art > 9 {
		return Art{}, &ParseError{Part: PartArt, Reason: "out of range 0-9"}
	}
	return artFromCode(hovedart*10 + art), nil
}

func artFromCode(code int) Art { return Art{v: uint8(code) + 1} }

// ParseArt parses an art written "7.2" or "72". Spaces around it are
// ignored.
func ParseArt(s string) (Art, error) {
	s = trimSpace(s)
	switch {
	case len(s) == 2 && isDigit(s[0]) && isDigit(s[1]):
		return artFromCode(int(s[0]-'0')*10 + int(s[1]-'0')), nil
	case len(s) == 3 && isDigit(s[0]) && s[1] == '.' && isDigit(s[2]):
		return artFromCode(int(s[0]-'0')*10 + int(s[2]-'0')), nil
	}
	return Art{}, &ParseError{Part: PartArt, Reason: `want "A.a" or "Aa"`}
}

// MustParseArt is ParseArt that panics on an error. Use it only for
// constants in code and tests.
func MustParseArt(s string) Art {
	a, err := ParseArt(s)
	if err != nil {
		panic(err)
	}
	return a
}

// IsValid reports whether a is an art (not the zero Art).
func (a Art) IsValid() bool { return a.v != 0 }

// Code returns the two digits as a number: 72 for 7.2; -1 for the zero Art.
func (a Art) Code() int { return int(a.v) - 1 }

// Hovedart returns the first digit: 7 for 7.2; -1 for the zero Art.
func (a Art) Hovedart() int {
	if !a.IsValid() {
		return -1
	}
	return a.Code() / 10
}

// String returns "7.2", or "" for the zero Art.
func (a Art) String() string {
	if !a.IsValid() {
		return ""
	}
	c := a.Code()
	return string([]byte{byte('0' + c/10), '.', byte('0' + c%10)})
}

// MarshalText implements encoding.TextMarshaler with the dotted form "7.2".
func (a Art) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the
// zero Art.
func (a *Art) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*a = Art{}
		return nil
	}
	b, err := ParseArt(string(text))
	if err != nil {
		return err
	}
	*a = b
	return nil
}
