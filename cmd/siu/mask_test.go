package main

import "testing"

func TestMaskCPR(t *testing.T) {
	tests := []struct{ in, want string }{
		{"no digits", "no digits"},
		{"cpr 0101901234 here", "cpr 010190-**** here"},
		{"cpr 010190-1234.", "cpr 010190-****."},
		{"cpr 010190 1234", "cpr 010190-****"},
		{"account 5385010000000040 stays", "account 5385010000000040 stays"},
		{"eleven 01019012345", "eleven 01019012345"},
		{"nine 010190123", "nine 010190123"},
		{"line 12, column 3", "line 12, column 3"},
		{"two 1111111111,2222222222", "two 111111-****,222222-****"},
		{"010190-12345", "010190-12345"},
		{"1234569998", "123456-****"},
		{"/tmp/Test3017363817/001", "/tmp/Test3017363817/001"},
		{"0101901234abc", "0101901234abc"},
		{"siu-demo-3017363817/x", "siu-demo-301736-****/x"},
		{"'0101901234'", "'010190-****'"},
	}
	for _, tt := range tests {
		if got := maskCPR(tt.in); got != tt.want {
			t.Errorf("maskCPR(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
