package main

// maskCPR replaces in s everything that could be a whole CPR number: ten
// digits in a row (DDMMYYSSSS) or six digits, a dash or a space and four
// digits (DDMMYY-SSSS), standing alone (not joined to other digits or
// letters, so that a 16-digit account or a temporary file name such as
// Test3017363817 is left alone), become DDMMYY-****. It is the command's
// last line of defence: the packages it calls never put a whole number in
// a message, and neither does it.
func maskCPR(s string) string {
	isDigit := func(i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }
	isAlnum := func(i int) bool {
		return isDigit(i) || (i >= 0 && i < len(s) && (s[i]|0x20 >= 'a' && s[i]|0x20 <= 'z'))
	}
	var out []byte
	last := 0
	for i := 0; i < len(s); {
		if !isDigit(i) || isAlnum(i-1) {
			i++
			continue
		}
		j := i
		for isDigit(j) {
			j++
		}
		end := -1
		switch {
		case j-i == 10 && !isAlnum(j):
			end = j
		case j-i == 6 && j+5 <= len(s) && (s[j] == '-' || s[j] == ' ') &&
			isDigit(j+1) && isDigit(j+2) && isDigit(j+3) && isDigit(j+4) && !isAlnum(j+5):
			end = j + 5
		}
		if end < 0 {
			i = j
			continue
		}
		out = append(out, s[last:i]...)
		out = append(out, s[i:i+6]...)
		out = append(out, "-****"...)
		last = end
		i = end
	}
	if out == nil {
		return s
	}
	return string(append(out, s[last:]...))
}
