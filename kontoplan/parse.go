package kontoplan

// The canonical KONTOSTRENG: 16 digits at fixed positions (1-based):
//
//	1      hovedkonto
//	2-3    hovedfunktion
//	4-5    funktion
//	6      dranst
//	7      ejerforhold      (0 = not given)
//	8-11   omkostningssted  (0000 = not given)
//	12-14  gruppering       (000 = not given)
//	15     hovedart
//	16     art
//
// The widths live here and in the package documentation only.
const (
	// CanonicalLen is the number of digits of the canonical KONTOSTRENG.
	CanonicalLen = 16
	omkWidth     = 4
	grpWidth     = 3
)

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isArtForm reports whether s is an art written A.a, such as 4.0.
func isArtForm(s string) bool {
	return len(s) == 3 && isDigit(s[0]) && s[1] == '.' && isDigit(s[2])
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// isSep reports whether c may separate two parts of a printed account.
func isSep(c byte) bool { return c == '.' || c == '-' || c == '/' }

func trimSpace(s string) string {
	for len(s) > 0 && isSpace(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && isSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// digits returns the value of an all-digit string, or the index of the
// first non-digit.
func digits(s string) (n, bad int) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isDigit(c) {
			return 0, i
		}
		n = n*10 + int(c-'0')
	}
	return n, -1
}

// scanner reads a printed account as runs of digits with separators
// between them.
type scanner struct {
	s    string
	i    int  // next byte to read
	sep  bool // a separator (or spaces) preceded the current run
	want Part // the part expected next, for error messages
}

// run returns the next run of digits, skipping one separator (with any
// spaces around it) before it. At the end of the input it returns "".
func (p *scanner) run() (string, error) {
	s, i := p.s, p.i
	p.sep = false
	if i > 0 && i < len(s) {
		for i < len(s) && isSpace(s[i]) {
			i++
			p.sep = true
		}
		if i < len(s) && isSep(s[i]) {
			i++
			p.sep = true
			for i < len(s) && isSpace(s[i]) {
				i++
			}
		}
	}
	if i == len(s) {
		p.i = i
		return "", nil
	}
	if !isDigit(s[i]) {
		return "", &ParseError{Part: p.want, Pos: i + 1, Reason: "unexpected character"}
	}
	start := i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	p.i = i
	return s[start:i], nil
}

func missing(p Part, pos int) error {
	return &ParseError{Part: p, Pos: pos, Reason: "missing"}
}

// Parse reads an account from its canonical KONTOSTRENG or from the forms
// finance systems print (see the package documentation):
//
//	5385010000000040     canonical, 16 digits
//	53850140             function, dranst, art
//	538501-72            function and dranst, then the art
//	5.38.50.1 7.2        dotted (spaces, '-' or '/' also separate parts)
//	5.38.50.1.002.7.2    with a three-digit gruppering
//	5.38.50.1 4.0 PSP-7  local dimensions after the art are ignored
//
// Spaces around the string are ignored. Parse allocates nothing when it
// succeeds.
func Parse(s string) (Account, error) {
	s = trimSpace(s)
	if s == "" {
		return Account{}, &ParseError{Part: PartAccount, Reason: "empty"}
	}
	if len(s) == CanonicalLen && allDigits(s) {
		return fromCanonical(s)
	}
	p := scanner{s: s, want: PartAccount}
	r, err := p.run()
	if err != nil {
		return Account{}, err
	}
	var a Account
	// The first run decides the form.
	switch len(r) {
	case CanonicalLen:
		a, err = fromCanonical(r)
		if err != nil {
			return Account{}, err
		}
		return p.finish(a)
	case 8: // function, dranst, art
		if err := a.setDranst(r[5], 6); err != nil {
			return Account{}, err
		}
		n, _ := digits(r[:5])
		a.fn = functionFromCode(n)
		a.art = artFromCode(int(r[6]-'0')*10 + int(r[7]-'0'))
		return p.finish(a)
	case 6: // function, dranst
		if err := a.setDranst(r[5], 6); err != nil {
			return Account{}, err
		}
		n, _ := digits(r[:5])
		a.fn = functionFromCode(n)
	case 5: // function
		n, _ := digits(r)
		a.fn = functionFromCode(n)
	case 1: // dotted function: H.HH.FF
		if a.fn, err = p.dottedFunction(r); err != nil {
			return Account{}, err
		}
	default:
		if p.i < len(s) && !isSpace(s[p.i]) && !isSep(s[p.i]) {
			return Account{}, &ParseError{Part: PartAccount, Pos: p.i + 1, Reason: "unexpected character"}
		}
		return Account{}, &ParseError{Part: PartAccount, Pos: 1, Reason: "want 16 digits, or a function followed by dranst and art"}
	}
	if a.dr == 0 {
		// "5.38.42 4.0": a function and an art, with the dranst left out.
		// Read as it stands, the art's first digit would be taken for the
		// dranst and the art reported missing.
		if rest := trimSpace(s[p.i:]); p.i < len(s) && isSpace(s[p.i]) && isArtForm(rest) {
			fn := a.fn.String()
			return Account{}, &ParseError{Part: PartDranst, Pos: p.i + 1,
				Reason: "missing: after the function " + fn + " comes the dranst, as in " + fn + ".1 " + rest}
		}
		p.want = PartDranst
		d, err := p.run()
		if err != nil {
			return Account{}, err
		}
		switch len(d) {
		case 0:
			return Account{}, missing(PartDranst, p.i+1)
		case 1:
			if err := a.setDranst(d[0], p.i); err != nil {
				return Account{}, err
			}
		default:
			return Account{}, &ParseError{Part: PartDranst, Pos: p.i - len(d) + 1, Reason: "want one digit"}
		}
	}
	if a.grp, a.art, err = p.grupperingAndArt(); err != nil {
		return Account{}, err
	}
	return p.finish(a)
}

// dottedFunction reads ".HH.FF" after the hovedkonto hk.
func (p *scanner) dottedFunction(hk string) (Function, error) {
	p.want = PartHovedfunktion
	hf, err := p.run()
	if err != nil {
		return Function{}, err
	}
	if len(hf) != 2 {
		return Function{}, &ParseError{Part: PartHovedfunktion, Pos: p.i - len(hf) + 1, Reason: "want two digits"}
	}
	p.want = PartFunktion
	f, err := p.run()
	if err != nil {
		return Function{}, err
	}
	if len(f) != 2 {
		return Function{}, &ParseError{Part: PartFunktion, Pos: p.i - len(f) + 1, Reason: "want two digits"}
	}
	return functionFromCode(int(hk[0]-'0')*10000 + int(hf[0]-'0')*1000 + int(hf[1]-'0')*100 + int(f[0]-'0')*10 + int(f[1]-'0')), nil
}

// grupperingAndArt reads an optional three-digit gruppering and the art:
// "Aa", or "A" and "a" apart.
func (p *scanner) grupperingAndArt() (grp uint16, art Art, err error) {
	p.want = PartArt
	r, err := p.run()
	if err != nil {
		return 0, Art{}, err
	}
	if len(r) == grpWidth {
		n, _ := digits(r)
		grp = uint16(n)
		if r, err = p.run(); err != nil {
			return 0, Art{}, err
		}
	}
	switch len(r) {
	case 0:
		return 0, Art{}, missing(PartArt, p.i+1)
	case 2:
		return grp, artFromCode(int(r[0]-'0')*10 + int(r[1]-'0')), nil
	case 1:
		at := p.i
		r2, err := p.run()
		if err != nil {
			return 0, Art{}, err
		}
		switch len(r2) {
		case 0:
			return 0, Art{}, missing(PartArt, at+1)
		case 1:
			return grp, artFromCode(int(r[0]-'0')*10 + int(r2[0]-'0')), nil
		}
		return 0, Art{}, &ParseError{Part: PartArt, Pos: p.i - len(r2) + 1, Reason: "want one digit after the hovedart"}
	}
	return 0, Art{}, &ParseError{Part: PartArt, Pos: p.i - len(r) + 1, Reason: `want "A.a", "Aa" or a three-digit gruppering`}
}

// finish returns a if only local dimensions follow the art.
func (p *scanner) finish(a Account) (Account, error) {
	if err := p.rest(); err != nil {
		return Account{}, err
	}
	return a, nil
}

// rest checks what follows the art: nothing, or a separator or space and
// then local dimensions, which are ignored.
func (p *scanner) rest() error {
	if p.i == len(p.s) {
		return nil
	}
	c := p.s[p.i]
	if isSpace(c) || isSep(c) || c == ';' || c == ',' || c == '|' {
		return nil
	}
	return &ParseError{Part: PartAccount, Pos: p.i + 1, Reason: "unexpected character after the art"}
}

func (a *Account) setDranst(c byte, pos int) error {
	d := Dranst(c - '0')
	if !d.IsValid() {
		return &ParseError{Part: PartDranst, Pos: pos, Reason: "not an authorised dranst (1-7)"}
	}
	a.dr = d
	return nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// fromCanonical reads 16 digits.
func fromCanonical(r string) (Account, error) {
	var a Account
	if err := a.setDranst(r[5], 6); err != nil {
		return Account{}, err
	}
	d := func(i int) int { return int(r[i] - '0') }
	a.fn = functionFromCode(d(0)*10000 + d(1)*1000 + d(2)*100 + d(3)*10 + d(4))
	a.ejer = r[6] - '0'
	a.omk = uint16(d(7)*1000 + d(8)*100 + d(9)*10 + d(10))
	a.grp = uint16(d(11)*100 + d(12)*10 + d(13))
	a.art = artFromCode(int(r[14]-'0')*10 + int(r[15]-'0'))
	return a, nil
}
