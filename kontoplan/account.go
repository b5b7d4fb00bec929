package kontoplan

// Account is one account of the authorised municipal chart of accounts: a
// function, a dranst, the optional ejerforhold, omkostningssted and
// gruppering, and an art. It is a small comparable value; the zero Account
// is "no account". See the package documentation for the KONTOSTRENG it
// prints and the forms Parse reads.
type Account struct {
	fn   Function
	omk  uint16 // omkostningssted, 0 = not given
	grp  uint16 // gruppering, 0 = not given
	dr   Dranst
	ejer uint8 // ejerforhold, 0 = not given
	art  Art
}

// NewAccount returns the account with function f, dranst d and art a, and
// no ejerforhold, omkostningssted or gruppering.
func NewAccount(f Function, d Dranst, a Art) (Account, error) {
	switch {
	case !f.IsValid():
		return Account{}, &ParseError{Part: PartFunktion, Reason: "missing"}
	case !d.IsValid():
		return Account{}, &ParseError{Part: PartDranst, Reason: "not an authorised dranst (1-7)"}
	case !a.IsValid():
		return Account{}, &ParseError{Part: PartArt, Reason: "missing"}
	}
	return Account{fn: f, dr: d, art: a}, nil
}

// MustParse is Parse that panics on an error. Use it only for constants in
// code and tests.
func MustParse(s string) Account {
	a, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return a
}

// IsValid reports whether a is an account (not the zero Account).
func (a Account) IsValid() bool { return a.fn.IsValid() }

// Function returns the function, e.g. 5.38.50.
func (a Account) Function() Function { return a.fn }

// Dranst returns the dranst, e.g. DranstDrift.
func (a Account) Dranst() Dranst { return a.dr }

// Ejerforhold returns the ejerforhold digit (1 egne, 2 selvejende/private,
// 3 andre offentlige myndigheder, ...), or 0 if not given.
func (a Account) Ejerforhold() int { return int(a.ejer) }

// Omkostningssted returns the omkostningssted, or 0 if not given.
func (a Account) Omkostningssted() int { return int(a.omk) }

// Gruppering returns the three-digit gruppering as a number (2 for "002"),
// or 0 if not given.
func (a Account) Gruppering() int { return int(a.grp) }

// Art returns the art, e.g. 7.2.
func (a Account) Art() Art { return a.art }

// String returns the canonical KONTOSTRENG: 16 digits, or "" for the zero
// Account. See the package documentation.
func (a Account) String() string {
	if !a.IsValid() {
		return ""
	}
	var b [CanonicalLen]byte
	return string(a.AppendTo(b[:0]))
}

// AppendTo appends the canonical KONTOSTRENG to b and returns the extended
// buffer. The zero Account appends nothing.
func (a Account) AppendTo(b []byte) []byte {
	if !a.IsValid() {
		return b
	}
	f, o, g, c := a.fn.Code(), int(a.omk), int(a.grp), a.art.Code()
	return append(b,
		byte('0'+f/10000), byte('0'+f/1000%10), byte('0'+f/100%10), byte('0'+f/10%10), byte('0'+f%10),
		byte('0'+a.dr), byte('0'+a.ejer),
		byte('0'+o/1000), byte('0'+o/100%10), byte('0'+o/10%10), byte('0'+o%10),
		byte('0'+g/100), byte('0'+g/10%10), byte('0'+g%10),
		byte('0'+c/10), byte('0'+c%10))
}

// Dotted returns the account as people write it: "5.38.50.1.002 7.2",
// with the gruppering left out when it is not given. The ejerforhold and
// omkostningssted are not shown. Parse reads this form back.
func (a Account) Dotted() string {
	if !a.IsValid() {
		return ""
	}
	b := make([]byte, 0, 17)
	b = a.fn.appendDotted(b)
	b = append(b, '.', byte('0'+a.dr))
	if a.grp != 0 {
		b = append(b, '.')
		b = appendPadded(b, int(a.grp), grpWidth)
	}
	c := a.art.Code()
	return string(append(b, ' ', byte('0'+c/10), '.', byte('0'+c%10)))
}

// MarshalText implements encoding.TextMarshaler with the canonical
// KONTOSTRENG; the zero Account gives empty text.
func (a Account) MarshalText() ([]byte, error) {
	if !a.IsValid() {
		return []byte{}, nil
	}
	return a.AppendTo(make([]byte, 0, CanonicalLen)), nil
}

// AppendText implements encoding.TextAppender: it appends what MarshalText
// returns (the canonical KONTOSTRENG, nothing for the zero Account) to b.
func (a Account) AppendText(b []byte) ([]byte, error) {
	if !a.IsValid() {
		return b, nil
	}
	return a.AppendTo(b), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with Parse; empty text
// gives the zero Account.
func (a *Account) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*a = Account{}
		return nil
	}
	b, err := Parse(string(text))
	if err != nil {
		return err
	}
	*a = b
	return nil
}

func appendPadded(b []byte, n, width int) []byte {
	var d [4]byte
	for i := width - 1; i >= 0; i-- {
		d[i] = byte('0' + n%10)
		n /= 10
	}
	return append(b, d[:width]...)
}
