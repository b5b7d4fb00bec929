package conformance

// maskCPR replaces every run of exactly ten digits in s, and every
// DDMMYY-SSSS, by its first six digits and "****" (DDMMYY-****), so that no
// whole CPR number reaches a report, a log or a test failure.
func maskCPR(s string) string {
	isDigit := func(i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }
	var out []byte
	last := 0
	for i := 0; i < len(s); {
		if !isDigit(i) || isDigit(i-1) {
			i++
			continue
		}
		j := i
		for isDigit(j) {
			j++
		}
		switch {
		case j-i == 10:
			out = append(out, s[last:i]...)
			out = append(out, s[i:i+6]...)
			out = append(out, "-****"...)
			last = j
		case j-i == 6 && j < len(s) && s[j] == '-' && isDigit(j+1):
			k := j + 1
			for isDigit(k) {
				k++
			}
			if k-j-1 == 4 {
				out = append(out, s[last:i]...)
				out = append(out, s[i:j]...)
				out = append(out, "-****"...)
				last = k
				j = k
			}
		}
		i = j
	}
	if out == nil {
		return s
	}
	return string(append(out, s[last:]...))
}
