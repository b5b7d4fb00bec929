package cpr

import "errors"

// Replacement numbers (erstatningspersonnumre) are given outside CPR to
// people who have no CPR number. Two forms are recognised (SOURCES.md: cpr-erstatning):
//
//   - cpr.dk: the day plus 60, so DD is 61–91;
//   - the health sector's eCPR: letters in positions 8–9 (1-based, hyphen
//     not counted).
//
// They are not CPR numbers and not SIU's fictive numbers, so Parse rejects
// them with ErrReplacement. Modeled: a letter form is recognised when
// positions 8 and 9 are both ASCII letters and the eight other positions are
// digits; a single letter is a PartCharacter error. A day+60 form is
// recognised from DD alone, whatever the month.

// IsReplacement reports whether s (in any form Parse accepts) is a
// replacement number: Parse rejects it with an error that matches
// ErrReplacement.
func IsReplacement(s string) bool {
	_, err := Parse(s)
	return errors.Is(err, ErrReplacement)
}

// isReplacementDay reports whether the day DD marks a replacement number.
func isReplacementDay(dd int) bool { return dd >= 61 && dd <= 91 }

// hasReplacementLetters reports whether the ten characters of a number have
// letters in positions 8–9 and digits everywhere else.
func hasReplacementLetters(ten [10]rune) bool {
	for i, c := range ten {
		if i == 7 || i == 8 {
			if !isASCIILetter(c) {
				return false
			}
		} else if !isDigit(c) {
			return false
		}
	}
	return true
}

func isASCIILetter(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' }
