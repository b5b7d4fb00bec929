package xsd

// maskCPR hides any whole CPR number in a libxml2 message, which quotes the
// offending value (e.g. a PsrID with a hyphen or an eleventh digit). A run
// of ten or more digits keeps its first six digits and the rest become
// '*'; six digits followed by '-' or ' ' and four or more digits keep the
// six and mask the rest. Other text is unchanged. Masking may hide digits
// of a long non-CPR value too (e.g. a mistyped KONTOSTRENG); the line
// number still points at it.
func maskCPR(s string) string {
	var b []byte // nil until the first change
	isDigit := func(c byte) bool { return '0' <= c && c <= '9' }
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		from, to := -1, -1 // digits s[from:to] get masked
		switch {
		case j-i >= 10:
			from, to = i+6, j
		case j-i == 6 && j+1 < len(s) && (s[j] == '-' || s[j] == ' ') && isDigit(s[j+1]):
			k := j + 1
			for k < len(s) && isDigit(s[k]) {
				k++
			}
			if k-(j+1) >= 4 {
				from, to = j+1, k
			}
			j = k
		}
		if from >= 0 {
			if b == nil {
				b = []byte(s)
			}
			for k := from; k < to; k++ {
				b[k] = '*'
			}
		}
		i = j
	}
	if b == nil {
		return s
	}
	return string(b)
}
