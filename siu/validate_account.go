package siu

import (
	"errors"
	"strconv"
	"strings"

	"github.com/siukit/siukit/kontoplan"
)

// accountFacts is what the validator knows about one account; it is worked
// out once per distinct account and reused for every line.
type accountFacts struct {
	// id numbers the validator's distinct accounts from 0.
	id uint32
	// findings are reported on every line with the account.
	findings []accountFinding
	// area is the area the account's function belongs to: AreaBoern for
	// 5.28.xx, AreaVoksen for 5.38.xx, 0 for others.
	area Area
	// functionKnown is set when the chart knows the function; serves109
	// when its paragraphs include SEL § 109 (anonymous stays).
	functionKnown bool
	serves109     bool
	// expense and income say what the art is; neither when unknown.
	expense, income bool
}

type accountFinding struct {
	id     ruleID
	da, en string
}

// facts returns the facts of account a, from a one-entry cache, the map, or
// worked out now.
func (v *Validator) facts(a kontoplan.Account) *accountFacts {
	if v.lastFacts != nil && a == v.lastAcct {
		return v.lastFacts
	}
	f, ok := v.accounts[a]
	if !ok {
		f = v.newFacts(a)
		f.id = uint32(len(v.accounts))
		v.accounts[a] = f
	}
	v.lastAcct, v.lastFacts = a, f
	return f
}

// newFacts works out the facts of a valid account a.
func (v *Validator) newFacts(a kontoplan.Account) *accountFacts {
	f := &accountFacts{area: AreaOf(a.Function())}
	add := func(id ruleID, da, en string) {
		f.findings = append(f.findings, accountFinding{id, da, en})
	}
	fn, art, dr := a.Function().String(), a.Art().String(), a.Dranst()

	if dr != kontoplan.DranstDrift {
		add(ktoDranst,
			"Dranst er "+dranstText(dr)+", ikke 1 (drift); SIU omfatter kun driftsudgifter og -indtægter.",
			"The dranst is "+dranstText(dr)+", not 1 (drift); SIU covers operating expenses and income only.")
	}
	switch {
	case v.header.Area == AreaVoksen && f.area == AreaBoern:
		add(ktoOtherArea,
			"Funktion "+fn+" hører til børneområdet, men leverancen er for voksenområdet (VOKSEN).",
			"Function "+fn+" belongs to the children's area, but the delivery is for the adult area (VOKSEN).")
	case v.header.Area == AreaBoern && f.area == AreaVoksen:
		add(ktoOtherArea,
			"Funktion "+fn+" hører til voksenområdet, men leverancen er for børneområdet (BOERN).",
			"Function "+fn+" belongs to the adult area, but the delivery is for the children's area (BOERN).")
	}
	c := v.chart
	if c == nil {
		return f
	}
	year := shortYear(c.Year())
	info, fnOK := c.Function(a.Function())
	_, artOK := c.Art(a.Art())
	if !fnOK {
		add(ktoUnknownFunction,
			"Funktion "+fn+" findes ikke i kontoplanen for "+year+".",
			"Function "+fn+" is not in the chart of accounts for "+year+".")
	}
	if !artOK {
		add(ktoUnknownArt,
			"Art "+art+" findes ikke i kontoplanen for "+year+".",
			"Art "+art+" is not in the chart of accounts for "+year+".")
	}
	if fnOK && artOK && dr == kontoplan.DranstDrift {
		if err := c.Check(a); err != nil {
			var ce *kontoplan.CheckError
			part := "kontoen"
			if errors.As(err, &ce) {
				part = ce.Part.String()
			}
			add(ktoUnknownFunction,
				"Kontoplanen for "+year+" afviser kontoen ("+part+").",
				"The chart of accounts for "+year+" rejects the account ("+part+").")
		}
	}
	if fnOK {
		f.functionKnown = true
		f.serves109 = servesParagraph109(info.Paragraphs)
		switch c.Scope(a.Function()) {
		case kontoplan.ScopeOut:
			add(ktoOutOfScope,
				"Funktion "+fn+" er uden for SIU's område i "+year+".",
				"Function "+fn+" is outside SIU's scope in "+year+".")
		case kontoplan.ScopeVoluntary:
			add(ktoVoluntary,
				"Funktion "+fn+" er frivillig at indberette til SIU i "+year+".",
				"Function "+fn+" is voluntary to report to SIU in "+year+".")
		}
	}
	if artOK {
		switch c.Kind(a) {
		case kontoplan.KindExpense:
			f.expense = true
		case kontoplan.KindIncome:
			f.income = true
		}
	}
	return f
}

// dranstText is a dranst's number and name for a message.
func dranstText(d kontoplan.Dranst) string {
	s := strconv.Itoa(int(d))
	if name := d.String(); d.IsValid() && name != "" {
		s += " (" + name + ")"
	}
	return s
}

// shortYear formats a chart's year for a message.
func shortYear(y int) string {
	s, _ := shortNumber(y)
	return s
}

// servesParagraph109 reports whether a function's paragraphs include
// § 109 of the Social Services Act (kvindekrisecentre, where anonymous stays
// are reported with fictive numbers, SOURCES.md: dst-qa-2025). After each "§" or "§§" it
// reads a list of numbers and ranges: "SEL § 109", "§109",
// "SEL §§ 107-110" and "§§ 107, 109 og 110" match; "§ 1090" does not.
func servesParagraph109(paragraphs []string) bool {
	for _, p := range paragraphs {
		for {
			i := strings.Index(p, "§")
			if i < 0 {
				break
			}
			p = strings.TrimLeft(p[i:], "§ ")
			for { // a list: n, n-m, separated by "," or "og"
				lo, rest, ok := leadingNumber(p)
				if !ok {
					break
				}
				hi := lo
				r := strings.TrimLeft(rest, " ")
				if dash, ok := cutDash(r); ok {
					if h, rest2, ok := leadingNumber(strings.TrimLeft(dash, " ")); ok {
						hi, rest = h, rest2
					}
				}
				if lo <= 109 && 109 <= hi {
					return true
				}
				r = strings.TrimLeft(rest, " ")
				switch {
				case strings.HasPrefix(r, ","):
					r = r[1:]
				case strings.HasPrefix(r, "og "):
					r = r[3:]
				default:
					r = "" // the list ends; look for the next §
				}
				if r == "" {
					p = rest
					break
				}
				p = strings.TrimLeft(r, " ")
			}
		}
	}
	return false
}

// leadingNumber reads the decimal number s starts with.
func leadingNumber(s string) (n int, rest string, ok bool) {
	i := 0
	for i < len(s) && i < 6 && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || (i < len(s) && s[i] >= '0' && s[i] <= '9') {
		return 0, s, false
	}
	return n, s[i:], true
}

// cutDash removes a leading hyphen or en dash.
func cutDash(s string) (string, bool) {
	if r, ok := strings.CutPrefix(s, "-"); ok {
		return r, true
	}
	return strings.CutPrefix(s, "–")
}
