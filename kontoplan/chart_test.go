package kontoplan

import (
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
)

func mustChart(t testing.TB, year int) *Chart {
	t.Helper()
	c, err := ChartFor(year)
	if err != nil {
		t.Fatalf("ChartFor(%d): %v", year, err)
	}
	return c
}

var boformer = []string{"5.38.42", "5.38.45", "5.38.50", "5.38.51", "5.38.52"}

func TestYears(t *testing.T) {
	want := []int{2022, 2023, 2024, 2025, 2026}
	if got := Years(); !slices.Equal(got, want) {
		t.Errorf("Years() = %v, want %v", got, want)
	}
	for _, y := range want {
		c := mustChart(t, y)
		if c.Year() != y || c.Source() != "data/kontoplan-"+itoa(y)+".csv" || !strings.Contains(c.Notes(), "budregn.im.dk") {
			t.Errorf("chart %d: year %d, source %q, notes %q", y, c.Year(), c.Source(), c.Notes())
		}
		if again := mustChart(t, y); again != c {
			t.Errorf("ChartFor(%d) parsed its file twice", y)
		}
	}
}

func itoa(n int) string {
	return string(rune('0'+n/1000)) + string(rune('0'+n/100%10)) + string(rune('0'+n/10%10)) + string(rune('0'+n%10))
}

func TestChartForMissingYear(t *testing.T) {
	for _, y := range []int{0, -1, 2021, 2027, 99999} {
		c, err := ChartFor(y)
		var ne *NoChartError
		if c != nil || !errors.As(err, &ne) || !errors.Is(err, ErrNoChart) || ne.Year != y {
			t.Errorf("ChartFor(%d) = %v, %v; want a *NoChartError", y, c, err)
		}
		if !strings.Contains(err.Error(), "2025") {
			t.Errorf("error %q does not list the embedded years", err)
		}
	}
}

// Every embedded chart holds what the issue asks for: all of 5.38 and 5.28
// that the project lists, the arts and dranst of SOURCES.md: budregn-ch2.
func TestEmbeddedChartsContent(t *testing.T) {
	arts := []string{"4.0", "4.6", "4.7", "4.8", "7.2", "7.6", "7.7", "7.8", "8.6"}
	for _, y := range Years() {
		c := mustChart(t, y)
		for d := DranstDrift; d <= DranstFinansiering; d++ {
			info, ok := c.Dranst(d)
			if !ok || info.Dranst != d || info.Name == "" {
				t.Errorf("%d: dranst %d = %+v, %v", y, d, info, ok)
			}
			if info.SIU != (d == DranstDrift) {
				t.Errorf("%d: dranst %d SIU = %v", y, d, info.SIU)
			}
		}
		for _, s := range arts {
			if info, ok := c.Art(MustParseArt(s)); !ok || info.Name == "" {
				t.Errorf("%d: art %s missing", y, s)
			}
		}
		for _, s := range boformer {
			if info, ok := c.Function(MustParseFunction(s)); !ok || info.Name == "" || len(info.Paragraphs) == 0 {
				t.Errorf("%d: function %s = %+v, %v", y, s, info, ok)
			}
		}
		var has528, has538 bool
		for _, fi := range c.Functions() {
			has528 = has528 || fi.Function.HovedfunktionOf() == "5.28"
			has538 = has538 || fi.Function.HovedfunktionOf() == "5.38"
		}
		if !has528 || !has538 {
			t.Errorf("%d: 5.28 %v, 5.38 %v", y, has528, has538)
		}
		fns := c.Functions()
		if !slices.IsSortedFunc(fns, func(a, b FunctionInfo) int { return a.Function.Code() - b.Function.Code() }) {
			t.Errorf("%d: Functions() not sorted", y)
		}
		if len(c.Arts()) < len(arts) {
			t.Errorf("%d: %d arts", y, len(c.Arts()))
		}
	}
}

func TestScopeSwitchesYears(t *testing.T) {
	f := MustParseFunction("5.38.50")
	for _, tt := range []struct {
		year int
		want Scope
	}{{2022, ScopeVoluntary}, {2023, ScopeVoluntary}, {2024, ScopeVoluntary}, {2025, ScopeMandatory}, {2026, ScopeMandatory}} {
		c := mustChart(t, tt.year)
		for _, s := range boformer {
			if got := c.Scope(MustParseFunction(s)); got != tt.want {
				t.Errorf("%d: Scope(%s) = %v, want %v", tt.year, s, got, tt.want)
			}
		}
		info, _ := c.Function(f)
		if info.Scope != tt.want {
			t.Errorf("%d: FunctionInfo.Scope = %v", tt.year, info.Scope)
		}
		if got := c.Scope(MustParseFunction("5.38.59")); got != ScopeOut {
			t.Errorf("%d: Scope(5.38.59) = %v, want out", tt.year, got)
		}
		if _, ok := c.Function(MustParseFunction("3.22.01")); ok {
			t.Errorf("%d: Function(3.22.01) found", tt.year)
		}
		if _, ok := c.Function(Function{}); ok || c.Scope(Function{}) != ScopeOut {
			t.Errorf("%d: the zero Function is in the chart", tt.year)
		}
		if got := c.Scope(MustParseFunction("3.22.01")); got != ScopeOut {
			t.Errorf("%d: Scope of an unlisted function = %v", tt.year, got)
		}
	}
}

func TestServesParagraph109(t *testing.T) {
	c := mustChart(t, 2025)
	var serving []string
	for _, fi := range c.Functions() {
		if fi.Serves("SEL § 109") {
			serving = append(serving, fi.Function.String())
		}
	}
	if !slices.Equal(serving, []string{"5.38.42"}) {
		t.Errorf("functions serving SEL § 109 = %v, want [5.38.42]", serving)
	}
	info, _ := c.Function(MustParseFunction("5.38.42"))
	if !info.Serves("SEL § 110") || info.Serves("SEL § 108") || info.Modeled {
		t.Errorf("5.38.42 = %+v", info)
	}
}

func TestCheck(t *testing.T) {
	c := mustChart(t, 2025)
	tests := []struct {
		name  string
		acct  Account
		part  Part
		value string
		err   error
	}{
		{"ok drift", MustParse("5.38.50.1 4.0"), 0, "", nil},
		{"ok egenbetaling", MustParse("5.38.52.1 7.2"), 0, "", nil},
		{"ok with ejerforhold, omkostningssted, gruppering", MustParse("5385012300700272"), 0, "", nil},
		{"unknown function", MustParse("5.38.99.1 4.0"), PartFunktion, "5.38.99", ErrUnknownFunction},
		{"unknown art", MustParse("5.38.50.1 3.3"), PartArt, "3.3", ErrUnknownArt},
		{"zero", Account{}, PartAccount, "", ErrInvalidAccount},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := c.Check(tt.acct)
			if tt.err == nil {
				if err != nil {
					t.Fatalf("Check = %v", err)
				}
				return
			}
			var ce *CheckError
			if !errors.As(err, &ce) || !errors.Is(err, tt.err) {
				t.Fatalf("Check = %v, want %v", err, tt.err)
			}
			if ce.Part != tt.part || ce.Value != tt.value || ce.Year != 2025 {
				t.Errorf("CheckError = %+v", ce)
			}
			if !strings.Contains(err.Error(), tt.part.String()) || !strings.Contains(err.Error(), "2025") {
				t.Errorf("message %q does not name the part and year", err)
			}
		})
	}
}

// Dranst 3 anlæg is a valid account and exists in the chart, but is not
// part of SIU; a chart without the dranst reports it.
func TestDranstAnlaeg(t *testing.T) {
	c := mustChart(t, 2025)
	a := MustParse("538503-40")
	if err := c.Check(a); err != nil {
		t.Errorf("Check(anlæg) = %v", err)
	}
	if c.Scope(a.Function()) != ScopeMandatory || c.AccountScope(a) != ScopeOut {
		t.Errorf("anlæg: function scope %v, account scope %v", c.Scope(a.Function()), c.AccountScope(a))
	}
	if got := c.AccountScope(MustParse("538501-40")); got != ScopeMandatory {
		t.Errorf("drift AccountScope = %v", got)
	}
	small, err := ParseChart(strings.NewReader("year,2025\ndranst,1,Drift,siu\nart,4.0,Tjenesteydelser,expense\nfunction,5.38.50,Botilbud,mandatory,SEL § 108\n"), "small.csv")
	if err != nil {
		t.Fatal(err)
	}
	var ce *CheckError
	if err := small.Check(a); !errors.As(err, &ce) || !errors.Is(err, ErrUnknownDranst) || ce.Part != PartDranst || ce.Value != "3" {
		t.Errorf("Check in a chart without dranst 3 = %v", err)
	}
	if _, ok := small.Dranst(9); ok {
		t.Error("Dranst(9) found")
	}
}

func TestKind(t *testing.T) {
	for _, y := range Years() {
		c := mustChart(t, y)
		for _, tt := range []struct {
			acct string
			want Kind
		}{
			{"5.38.50.1 4.0", KindExpense},
			{"5.38.50.1 4.7", KindExpense},
			{"5.38.50.1 5.2", KindExpense},
			{"5.38.50.1 7.2", KindIncome},
			{"5.38.50.1 7.7", KindIncome},
			{"5.38.50.2 8.6", KindIncome},
			{"5.38.50.1 9.1", KindInternal},
			{"5.38.50.1 9.7", KindInternal},
			{"5.38.50.1 3.3", KindExpense}, // not in the chart: by hovedart
			{"5.38.50.1 7.0", KindIncome},  // not in the chart: by hovedart
		} {
			if got := c.Kind(MustParse(tt.acct)); got != tt.want {
				t.Errorf("%d: Kind(%s) = %v, want %v", y, tt.acct, got, tt.want)
			}
		}
		if c.Kind(Account{}) != KindUnknown {
			t.Errorf("%d: Kind(zero) is not unknown", y)
		}
	}
	// A chart file's kind overrides the hovedart rule.
	c, err := ParseChart(strings.NewReader("year,2030\nart,9.1,Interne udgifter,expense\n"), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Kind(MustParse("5.38.50.1 9.1")); got != KindExpense {
		t.Errorf("overridden kind = %v", got)
	}
}

func TestParseChartErrors(t *testing.T) {
	const file = `# a municipality's own chart
year,2027
dranst,1,Drift,siu
dranst,8,Otte
art,4.0,Tjenesteydelser,expense
art,7.2,Salg,indtægt
function,5.38.50,Botilbud,manditory,SEL § 108
function,5.38.5,Botilbud,mandatory
function,5.38.52,Midlertidigt,mandatory,SEL § 107,maybe
art,4.0,Igen,expense
konto,1,2
year,2028
`
	c, err := ParseChart(strings.NewReader(file), "custom.csv")
	if c != nil || err == nil {
		t.Fatalf("ParseChart = %v, %v; want an error", c, err)
	}
	wantLines := map[int]string{
		4:  "dranst \"8\"",
		6:  "kind \"indtægt\"",
		7:  "scope \"manditory\"",
		8:  "function \"5.38.5\"",
		9:  "status \"maybe\"",
		10: "art 4.0 listed twice",
		11: "unknown record \"konto\"",
		12: "second year line",
	}
	msg := err.Error()
	for line, mention := range wantLines {
		prefix := "custom.csv:" + itoaSmall(line) + ": "
		i := strings.Index(msg, prefix)
		if i < 0 || !strings.Contains(msg[i:], mention) {
			t.Errorf("error does not say %q%s:\n%s", prefix, mention, msg)
		}
	}
	var ce *ChartError
	if !errors.As(err, &ce) || ce.File != "custom.csv" || ce.Line != 4 {
		t.Errorf("first ChartError = %+v", ce)
	}
	if strings.Count(msg, "custom.csv:") != len(wantLines) {
		t.Errorf("want %d errors, got:\n%s", len(wantLines), msg)
	}
}

func itoaSmall(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}

func TestParseChartMalformedFiles(t *testing.T) {
	tests := []struct {
		name, file, mention string
	}{
		{"empty", "", "custom.csv:1: no year line"},
		{"no year", "dranst,1,Drift,siu\n", "no year line"},
		{"bad year", "year,20x5\n", "custom.csv:1: year \"20x5\""},
		{"year fields", "year,2025,2026\n", "want year,YYYY"},
		{"bare quote", "year,2025\nart,\"4.0,x,expense\n", "custom.csv:2:"},
		{"bad dranst fields", "year,2025\ndranst,1\n", "custom.csv:2: want dranst"},
		{"dranst twice", "year,2025\ndranst,1,a\ndranst,1,b\n", "custom.csv:3: dranst 1 listed twice"},
		{"dranst flag", "year,2025\ndranst,1,a,yes\n", "dranst flag \"yes\""},
		{"art fields", "year,2025\nart,4.0\n", "custom.csv:2: want art"},
		{"art number", "year,2025\nart,40.0,x,expense\n", "art \"40.0\""},
		{"art status", "year,2025\nart,4.0,x,expense,guess\n", "status \"guess\""},
		{"function fields", "year,2025\nfunction,5.38.50\n", "want function"},
		{"function twice", "year,2025\nfunction,5.38.50,a,out\nfunction,53850,b,out\n", "custom.csv:3: function 5.38.50 listed twice"},
		{"not utf8", "year,2025\nfunction,5.38.50,\xff,out\n", "not UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseChart(strings.NewReader(tt.file), "custom.csv")
			if err == nil || !strings.Contains(err.Error(), tt.mention) {
				t.Errorf("ParseChart error = %v, want it to mention %q", err, tt.mention)
			}
		})
	}
}

func TestParseChartCustom(t *testing.T) {
	const file = `year,2027
note,Local chart of Eksempel Kommune
dranst,1,Drift,siu
art, 4.0 ,Tjenesteydelser uden moms,expense
art,7.2,Salg af produkter og ydelser,income,modeled
function,5.38.42,Krisecentre og herberger,mandatory,SEL § 109; SEL § 110
function,5.38.99,Lokal funktion,voluntary,,modeled
`
	c, err := ParseChart(strings.NewReader(file), "eksempel.csv")
	if err != nil {
		t.Fatal(err)
	}
	if c.Year() != 2027 || c.Notes() != "Local chart of Eksempel Kommune" || c.Source() != "eksempel.csv" {
		t.Errorf("chart = %d %q %q", c.Year(), c.Notes(), c.Source())
	}
	info, ok := c.Function(MustParseFunction("5.38.42"))
	if !ok || !slices.Equal(info.Paragraphs, []string{"SEL § 109", "SEL § 110"}) || info.Scope != ScopeMandatory || info.Modeled {
		t.Errorf("5.38.42 = %+v", info)
	}
	info, ok = c.Function(MustParseFunction("5.38.99"))
	if !ok || len(info.Paragraphs) != 0 || info.Scope != ScopeVoluntary || !info.Modeled {
		t.Errorf("5.38.99 = %+v", info)
	}
	ai, ok := c.Art(MustParseArt("7.2"))
	if !ok || ai.Kind != KindIncome || !ai.Modeled || ai.Name != "Salg af produkter og ydelser" {
		t.Errorf("7.2 = %+v", ai)
	}
	if _, ok := c.Art(Art{}); ok {
		t.Error("Art(zero) found")
	}
	if err := c.Check(MustParse("5.38.99.1 4.0")); err != nil {
		t.Errorf("Check local function = %v", err)
	}
}

func TestParseChartBOMAndCRLF(t *testing.T) {
	c, err := ParseChart(strings.NewReader("\ufeffyear,2025\r\nart,7.2,Salg,income\r\n"), "excel.csv")
	if err != nil {
		t.Fatal(err)
	}
	if info, ok := c.Art(MustParseArt("7.2")); c.Year() != 2025 || !ok || info.Name != "Salg" {
		t.Errorf("chart = %d, %+v", c.Year(), info)
	}
}

func TestChartForConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	got := make([]*Chart, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := ChartFor(2024)
			if err != nil {
				t.Error(err)
			}
			got[i] = c
			_ = c.Scope(MustParseFunction("5.38.50"))
		}()
	}
	wg.Wait()
	for _, c := range got[1:] {
		if c != got[0] {
			t.Fatal("ChartFor returned different charts for one year")
		}
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestParseChartReadError(t *testing.T) {
	_, err := ParseChart(failingReader{}, "broken.csv")
	if err == nil || !strings.Contains(err.Error(), "broken.csv") || !strings.Contains(err.Error(), "disk on fire") {
		t.Errorf("ParseChart(failing reader) = %v", err)
	}
}
