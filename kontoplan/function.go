package kontoplan

// Function is a function of the authorised chart of accounts, such as
// 5.38.50: hovedkonto 5, hovedfunktion 38, funktion 50. It is comparable;
// the zero Function is "no function".
type Function struct {
	v uint32 // code+1, where code = hovedkonto*10000 + hovedfunktion*100 + funktion; 0 = none
}

// NewFunction returns the function hovedkonto.hovedfunktion.funktion. The
// hovedkonto is 0–9, the others 0–99.
func NewFunction(hovedkonto, hovedfunktion, funktion int) (Function, error) {
	switch {
	case hovedkonto < 0 || hovedkonto > 9:
		return Function{}, &ParseError{Part: PartHovedkonto, Pos: 1, Reason: "out of range 0-9"}
	case hovedfunktion < 0 || hovedfunktion > 99:
		return Function{}, &ParseError{Part: PartHovedfunktion, Pos: 2, Reason: "out of range 00-99"}
	case funktion < 0 || funktion > 99:
		return Function{}, &ParseError{Part: PartFunktion, Pos: 4, Reason: "out of range 00-99"}
	}
	return functionFromCode(hovedkonto*10000 + hovedfunktion*100 + funktion), nil
}

func functionFromCode(code int) Function { return Function{v: uint32(code) + 1} }

// ParseFunction parses a function written dotted ("5.38.50") or as its five
// digits ("53850"). Spaces around it are ignored.
func ParseFunction(s string) (Function, error) {
	s = trimSpace(s)
	var f Function
	switch {
	case len(s) == 5:
		n, pos := digits(s)
		if pos >= 0 {
			return Function{}, &ParseError{Part: functionPartAt(pos), Pos: pos + 1, Reason: "not a digit"}
		}
		f = functionFromCode(n)
	case len(s) == 7:
		if s[1] != '.' || s[4] != '.' {
			return Function{}, &ParseError{Part: PartFunktion, Reason: `want "H.HH.FF" or "HHHFF"`}
		}
		for _, p := range [...]struct {
			at   int
			part Part
		}{{0, PartHovedkonto}, {2, PartHovedfunktion}, {3, PartHovedfunktion}, {5, PartFunktion}, {6, PartFunktion}} {
			if !isDigit(s[p.at]) {
				return Function{}, &ParseError{Part: p.part, Pos: p.at + 1, Reason: "not a digit"}
			}
		}
		f = functionFromCode(int(s[0]-'0')*10000 + int(s[2]-'0')*1000 + int(s[3]-'0')*100 + int(s[5]-'0')*10 + int(s[6]-'0'))
	default:
		return Function{}, &ParseError{Part: PartFunktion, Reason: `want "H.HH.FF" or "HHHFF"`}
	}
	return f, nil
}

// MustParseFunction is ParseFunction that panics on an error. Use it only
// for constants in code and tests.
func MustParseFunction(s string) Function {
	f, err := ParseFunction(s)
	if err != nil {
		panic(err)
	}
	return f
}

func functionPartAt(i int) Part {
	switch {
	case i == 0:
		return PartHovedkonto
	case i <= 2:
		return PartHovedfunktion
	default:
		return PartFunktion
	}
}

// IsValid reports whether f is a function (not the zero Function).
func (f Function) IsValid() bool { return f.v != 0 }

// Code returns the five digits as a number: 53850 for 5.38.50; -1 for the
// zero Function.
func (f Function) Code() int { return int(f.v) - 1 }

// Hovedkonto returns the first digit: 5 for 5.38.50.
func (f Function) Hovedkonto() int { return f.Code() / 10000 }

// Hovedfunktion returns the hovedfunktion number: 38 for 5.38.50.
func (f Function) Hovedfunktion() int { return f.Code() / 100 % 100 }

// Funktion returns the funktion number within its hovedfunktion: 50 for
// 5.38.50.
func (f Function) Funktion() int { return f.Code() % 100 }

// HovedfunktionOf returns the hovedfunktion as "5.38" for 5.38.50.
func (f Function) HovedfunktionOf() string {
	if !f.IsValid() {
		return ""
	}
	return f.String()[:4]
}

// String returns the dotted form "5.38.50", or "" for the zero Function.
func (f Function) String() string {
	if !f.IsValid() {
		return ""
	}
	var b [7]byte
	return string(f.appendDotted(b[:0]))
}

// appendDotted appends "H.HH.FF".
func (f Function) appendDotted(b []byte) []byte {
	c := f.Code()
	return append(b, byte('0'+c/10000), '.', byte('0'+c/1000%10), byte('0'+c/100%10), '.', byte('0'+c/10%10), byte('0'+c%10))
}

// MarshalText implements encoding.TextMarshaler with the dotted form.
func (f Function) MarshalText() ([]byte, error) {
	if !f.IsValid() {
		return []byte{}, nil
	}
	return f.appendDotted(make([]byte, 0, 7)), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the
// zero Function.
func (f *Function) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*f = Function{}
		return nil
	}
	g, err := ParseFunction(string(text))
	if err != nil {
		return err
	}
	*f = g
	return nil
}
