package cpr

// modulus11Weights are the weights of the modulus 11 check (cpr.dk).
var modulus11Weights = [10]uint64{4, 3, 2, 7, 6, 5, 4, 3, 2, 1}

// PassesModulus11 reports whether the weighted sum of n's digits (weights 4,
// 3, 2, 7, 6, 5, 4, 3, 2, 1) is divisible by 11.
//
// The result is information only. Every CPR number passed the check until
// 1 October 2007; numbers issued since then may fail it (mostly births on
// 1 January), and they are valid. Never reject a number because it fails.
// PassesModulus11 reports false for the zero Number.
func (n Number) PassesModulus11() bool {
	if !n.IsValid() {
		return false
	}
	v := n.value()
	var sum uint64
	for i := 9; i >= 0; i-- {
		sum += (v % 10) * modulus11Weights[i]
		v /= 10
	}
	return sum%11 == 0
}
