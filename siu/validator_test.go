package siu

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
)

// mixedLines is a small delivery with a finding of most kinds.
func mixedLines() []Line {
	base := baseLine()
	var ls []Line
	add := func(edit func(*Line)) {
		l := base
		edit(&l)
		ls = append(ls, l)
	}
	add(func(l *Line) {})
	add(func(l *Line) { l.Amount = dec("0") })
	add(func(l *Line) { l.PsrID = person("2010-01-01", false) })
	add(func(l *Line) { l.Account = account("5.38.99", "4.0"); l.End = civil.Date{} })
	add(func(l *Line) {})
	add(func(l *Line) { l.Start, l.End = date("2025-01-15"), date("2025-02-15") })
	add(func(l *Line) { l.Amount = dec("-1.005"); l.Start, l.End = date("2024-01-01"), date("2023-01-01") })
	return ls
}

func TestValidateEqualsStreaming(t *testing.T) {
	d := Delivery{Header: testHeader(), Lines: mixedLines()}
	want := Validate(d, testOptions())
	checkFindings(t, want, len(d.Lines))
	if len(want) < 8 {
		t.Fatalf("only %d findings: %v", len(want), want)
	}
	v := NewValidator(d.Header, testOptions())
	for _, l := range d.Lines {
		v.Add(l)
	}
	if diff := cmp.Diff(want, v.Findings()); diff != "" {
		t.Errorf("streaming (-Validate +Validator):\n%s", diff)
	}
	// The same lines as text give the same findings.
	r := NewValidator(d.Header, testOptions())
	for _, l := range d.Lines {
		r.AddRecord(l.Record())
	}
	if diff := cmp.Diff(want, r.Findings()); diff != "" {
		t.Errorf("records (-lines +records):\n%s", diff)
	}
}

func TestFindingsSortedAndNumbered(t *testing.T) {
	h := testHeader()
	h.Municipality = 0
	v := NewValidator(h, testOptions())
	l := baseLine()
	l.Amount = dec("0")
	v.Add(l)                                        // line 1: BEL-003
	v.AddRecord(Record{PsrID: "x", Amount: "1.00"}) // line 2: several
	v.Add(Line{})                                   // line 3: several
	v.AddRecord(Record{PsrID: "  ", Account: "", End: "2025-01-01", Start: "2025-13-01", Amount: "0"})
	fs := v.Findings()
	checkFindings(t, fs, 4)
	if fs[0].Code != "SIU-HDR-001" || fs[0].Line != 0 {
		t.Errorf("first finding %v, want the header's SIU-HDR-001", fs[0])
	}
	for i := 1; i < len(fs); i++ {
		a, b := fs[i-1], fs[i]
		if a.Line > b.Line || (a.Line == b.Line && a.Code > b.Code) {
			t.Errorf("not sorted: %v before %v", a, b)
		}
	}
	lines := map[int][]string{}
	for _, f := range fs {
		lines[f.Line] = append(lines[f.Line], f.Code+"/"+f.Field)
	}
	want := map[int][]string{
		0: {"SIU-HDR-001/Municipality"},
		1: {"SIU-BEL-003/BELOEB"},
		2: {"SIU-KTO-001/KONTOSTRENG", "SIU-PER-001/SLUTDATO", "SIU-PER-001/STARTDATO", "SIU-PSR-002/PsrID"},
		3: {"SIU-BEL-003/BELOEB", "SIU-KTO-001/KONTOSTRENG", "SIU-PER-001/SLUTDATO", "SIU-PER-001/STARTDATO", "SIU-PSR-001/PsrID"},
		4: {"SIU-BEL-001/BELOEB", "SIU-KTO-001/KONTOSTRENG", "SIU-PER-002/STARTDATO", "SIU-PSR-002/PsrID"},
	}
	if diff := cmp.Diff(want, lines); diff != "" {
		t.Errorf("findings by line (-want +got):\n%s", diff)
	}
}

func TestCloseKeepsGoing(t *testing.T) {
	v := NewValidator(testHeader(), testOptions())
	if got := codes(v.Findings()); !cmp.Equal(got, []string{"SIU-LEV-001"}) {
		t.Errorf("Close on no lines = %v, want the empty full load", got)
	}
	v.Add(baseLine())
	v.Add(baseLine())
	first := v.Findings()
	if got := codes(first); !cmp.Equal(got, []string{"SIU-LEV-002"}) {
		t.Errorf("Close after two equal lines = %v", got)
	}
	if diff := cmp.Diff(first, v.Findings()); diff != "" {
		t.Errorf("a second Close differs:\n%s", diff)
	}
	first[0].Code = "changed"
	if v.Findings()[0].Code == "changed" {
		t.Error("Close returned the validator's own slice")
	}
	if v.Len() != 2 {
		t.Errorf("Lines() = %d", v.Len())
	}
}

func TestZeroOptions(t *testing.T) {
	// The zero ValidateOptions: the embedded chart of the year and the real today.
	h := withEnvelope(Header{Municipality: 101, Year: 2025, Area: AreaVoksen})
	fs := Validate(Delivery{Header: h, Lines: []Line{baseLine()}}, ValidateOptions{})
	if len(fs) != 0 {
		t.Errorf("clean line with zero ValidateOptions: %v", fs)
	}
	// The embedded 2025 chart knows 5.38.42 and not 5.38.99.
	l := baseLine()
	l.Account = account("5.38.99", "4.0")
	fs = Validate(Delivery{Header: h, Lines: []Line{l}}, ValidateOptions{})
	if got := codes(fs); !cmp.Equal(got, []string{"SIU-KTO-003"}) {
		t.Errorf("5.38.99 with zero ValidateOptions: %v", got)
	}
	// A year far ahead is in the future whatever today is.
	h.Year = 9000
	fs = Validate(Delivery{Header: h}, ValidateOptions{})
	if got := codes(fs); !cmp.Equal(got, []string{"SIU-HDR-003", "SIU-LEV-001"}) {
		t.Errorf("year 9000 with zero ValidateOptions: %v", got)
	}
}

func TestNoChart(t *testing.T) {
	// Without a chart, accounts are checked for form, dranst and area only.
	h := testHeader()
	h.Year = 2027
	o := ValidateOptions{Today: date("2027-06-01")}
	ls := []Line{baseLine(), baseLine(), baseLine()}
	for i := range ls {
		ls[i].Start, ls[i].End = date("2027-01-01"), date("2027-01-31")
	}
	ls[0].Account = account("5.38.99", "4.4")
	ls[1].Account = accountDranst("5.38.50", 3, "4.0")
	ls[2].Account = account("5.28.23", "4.0")
	ls[2].Amount = dec("-1")
	fs := Validate(Delivery{Header: h, Lines: ls}, o)
	got := []string{}
	for _, f := range fs {
		got = append(got, fmt.Sprintf("%d %s", f.Line, f.Code))
	}
	want := []string{"0 SIU-HDR-006", "2 SIU-KTO-005", "3 SIU-KTO-008", "3 SIU-PSR-008"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestManyPeriodsPerPair(t *testing.T) {
	// A citizen with a line per day: 365 lines on one pair. The pair's
	// memory stays bounded (touching periods merge past exactSpans), every
	// line is still tracked, and a later copy is still reported.
	v := NewValidator(testHeader(), testOptions())
	l := baseLine()
	l.Amount = dec("1000")
	jan1 := date("2025-01-01")
	for i := range 365 {
		l.Start = jan1.AddDays(i)
		l.End = l.Start
		v.Add(l)
	}
	if fs := v.Findings(); len(fs) != 0 {
		t.Fatalf("daily lines: %v", fs)
	}
	if n := len(v.pairs.states); n != 1 {
		t.Fatalf("%d pairs, want 1", n)
	}
	if st := v.pairs.states[0]; st.n > exactSpans || st.cap > 4*exactSpans {
		t.Errorf("one pair holds %d spans (capacity %d) after 365 touching lines", st.n, st.cap)
	}
	// The last lines are still remembered one by one: a copy is a duplicate.
	v.Add(l)
	// An early line was merged: its copy is reported as an overlap.
	l.Start, l.End = jan1, jan1
	v.Add(l)
	fs := v.Findings()
	if got := codes(fs); !cmp.Equal(got, []string{"SIU-LEV-002", "SIU-LEV-003"}) {
		t.Errorf("copies after 365 daily lines: %v", fs)
	}
	checkFindings(t, fs, v.Len())
}

func TestGappedPeriodsPerPair(t *testing.T) {
	// Lines with gaps between them are kept apart; the spans are reused
	// from the free lists as pairs grow, and overlaps across them merge.
	v := NewValidator(testHeader(), testOptions())
	l := baseLine()
	l.Amount = dec("1000")
	jan1 := date("2025-01-01")
	for i := 0; i < 100; i++ {
		for p := 0; p < 3; p++ {
			l.PsrID = person(fmt.Sprintf("198%d-05-17", p), true)
			l.Start = jan1.AddDays(3 * i)
			l.End = l.Start
			v.Add(l)
		}
	}
	if fs := v.Findings(); len(fs) != 0 {
		t.Fatalf("gapped lines: %v", fs)
	}
	for _, st := range v.pairs.states {
		if st.n != 100 {
			t.Errorf("a pair holds %d spans, want 100", st.n)
		}
	}
	// One line over the whole year overlaps all 100 and merges them.
	l.Start, l.End = jan1, date("2025-12-31")
	l.Amount = dec("100000")
	v.Add(l)
	fs := v.Findings()
	if len(fs) != 1 || fs[0].Code != "SIU-LEV-003" || !strings.Contains(fs[0].MessageEN, "earlier lines, first line 3") {
		t.Errorf("year over 100 days: %v", fs)
	}
	if st := v.pairs.states[2]; st.n != 1 {
		t.Errorf("after the merge the pair holds %d spans, want 1", st.n)
	}
}

func TestAgeAt(t *testing.T) {
	for _, tc := range []struct {
		birth, day string
		age        int
	}{
		{"2007-01-01", "2025-01-01", 18},
		{"2007-01-02", "2025-01-01", 17},
		{"2008-02-29", "2026-02-28", 17}, // modeled: the birthday is 1 March
		{"2008-02-29", "2026-03-01", 18},
		{"2008-02-29", "2028-02-29", 20},
		{"1980-12-31", "2025-12-30", 44},
		{"2025-01-01", "2025-01-01", 0},
	} {
		if got := ageAt(date(tc.birth), date(tc.day)); got != tc.age {
			t.Errorf("ageAt(%s, %s) = %d, want %d", tc.birth, tc.day, got, tc.age)
		}
	}
}

func TestServesParagraph109(t *testing.T) {
	for _, tc := range []struct {
		ps   []string
		want bool
	}{
		{[]string{"SEL § 109", "SEL § 110"}, true},
		{[]string{"§109"}, true},
		{[]string{"SEL §§ 107-110"}, true},
		{[]string{"SEL §§ 107–110"}, true},
		{[]string{"SEL §§ 107, 109 og 110"}, true},
		{[]string{"SEL § 108"}, false},
		{[]string{"SEL § 1090"}, false},
		{[]string{"SEL § 10", "9"}, false},
		{[]string{"109"}, false},
		{[]string{"SEL §§ 110-112"}, false},
		{[]string{"Barnets lov"}, false},
		{nil, false},
	} {
		if got := servesParagraph109(tc.ps); got != tc.want {
			t.Errorf("servesParagraph109(%q) = %v, want %v", tc.ps, got, tc.want)
		}
	}
}

func TestExceedsOereAgreesWithAnnualised(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	thresholds := []int64{0, 1, 500_000_000, 100_000_000, 123_456_789}
	for i := 0; i < 20000; i++ {
		var a int64
		switch i % 4 {
		case 0:
			a = rng.Int64N(2_000_000_000) - 1_000_000_000
		case 1:
			a = rng.Int64N(100)
		case 2:
			a = rng.Int64() // huge
		default:
			a = -rng.Int64()
		}
		days := 1 + rng.IntN(800)
		thr := thresholds[i%len(thresholds)]
		p := Period{Start: date("2024-01-01"), End: date("2024-01-01").AddDays(days - 1)}
		want := Annualised(decimal.New(a, -2), p).Abs().GreaterThan(decimal.New(thr, -2))
		if got := exceedsOere(a, days, thr); got != want {
			t.Fatalf("exceedsOere(%d, %d, %d) = %v, Annualised says %v", a, days, thr, got, want)
		}
	}
	if !exceedsOere(math.MinInt64, 1, math.MaxInt64) {
		t.Error("exceedsOere(MinInt64, 1, MaxInt64) = false")
	}
	if exceedsOere(1, 0, 0) {
		t.Error("exceedsOere with no days = true")
	}
}

// TestNoWholeCPRInFindings runs hostile data through the validator: CPR
// numbers in every field and every shape, in the header too, and checks
// that no finding holds a whole one.
func TestNoWholeCPRInFindings(t *testing.T) {
	n := person("1980-05-17", true).Digits()
	shapes := []string{
		n, n[:6] + "-" + n[6:], " " + n + " ", n + "0", "0" + n, n[:6] + " " + n[6:],
		"x" + n, n + ".00", n + ".001", "-" + n, n[:4] + "-" + n[4:6] + "-" + n[6:],
		"7705801234", "77058012AB", "1234569998", strings.Repeat(n, 3),
		n[:2] + "-" + n[2:4] + "-19" + n[4:6], "5.38.50." + n, n + "5.38.50",
	}
	h := Header{Municipality: 1705801234, Year: 1705801234, Area: Area(200)}
	v := NewValidator(h, testOptions())
	lines := 0
	for _, s := range shapes {
		base := baseRecord()
		for f := 0; f < 5; f++ {
			r := base
			switch f {
			case 0:
				r.PsrID = s
			case 1:
				r.Account = s
			case 2:
				r.Amount = s
			case 3:
				r.Start = s
			case 4:
				r.End = s
			}
			v.AddRecord(r)
			lines++
		}
		v.AddRecord(Record{PsrID: s, Account: s, Amount: s, Start: s, End: s})
		lines++
	}
	v.AddRecord(baseRecord())
	v.AddRecord(baseRecord())
	lines += 2
	fs := v.Findings()
	if len(fs) < 50 {
		t.Fatalf("only %d findings over hostile data", len(fs))
	}
	checkFindings(t, fs, lines)
	for _, f := range fs {
		b, _ := f.Severity.MarshalText()
		if strings.Contains(f.String(), n) || strings.Contains(string(b), n) {
			t.Errorf("finding %s holds the number", f.Code)
		}
	}
}

func TestFictiveNumbers(t *testing.T) {
	// Fictive numbers: no age, modulus 11 or pair rules (one fictive number
	// stands for many anonymous citizens); only the § 109 rule.
	h := testHeader()
	l := baseLine()
	l.Account = account("5.38.42", "4.0")
	var ls []Line
	for _, n := range []cpr.Number{
		cpr.Fictive(civil.Date{}, cpr.Female),
		cpr.Fictive(date("2012-03-04"), cpr.Female), // a child
		cpr.Fictive(date("1990-03-04"), cpr.Male),
	} {
		l.PsrID = n
		ls = append(ls, l, l)
	}
	if fs := Validate(Delivery{Header: h, Lines: ls}, testOptions()); len(fs) != 0 {
		t.Errorf("fictive numbers on § 109: %v", fs)
	}
	for i := range ls {
		ls[i].Account = kontoplan.Account{}
	}
	fs := Validate(Delivery{Header: h, Lines: ls}, testOptions())
	for _, f := range fs {
		if f.Code != "SIU-KTO-001" {
			t.Errorf("fictive number without account: %v", f)
		}
	}
}
