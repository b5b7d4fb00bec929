package privacy

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/conformance"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/internal/redacttable"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
	"github.com/siukit/siukit/xmlformat/xsd"
)

// loadTable returns the table of cases cpr.Redact shares with every
// package (internal/redacttable).
func loadTable(t testing.TB) []redacttable.Case {
	t.Helper()
	cs, err := redacttable.Cases()
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

// seeds are the ten digits of every number the inputs hold: the table's
// wholes and the numbers the tests below write.
func seeds(t testing.TB) []string {
	s := []string{"1705801234", "0101801234", "2312759998"}
	for _, c := range loadTable(t) {
		if c.Whole != "" && !slices.Contains(s, c.Whole) {
			s = append(s, c.Whole)
		}
	}
	return s
}

// forms are texts holding a whole number, put into every field: the
// table's inputs that hold one, and the forms this test names.
func forms(t testing.TB) []string {
	f := []string{
		"1705801234", "170580-1234", "170580 1234", "１７０５８０１２３４", "１７０５８０-１２３４",
		"CPR1705801234", "1705801234abc", "1705801234.csv", "170580\u00a01234", "170580\u20131234",
	}
	for _, c := range loadTable(t) {
		if c.Whole != "" && !slices.Contains(f, c.In) {
			f = append(f, c.In)
		}
	}
	return f
}

// flatten reads full-width digits as ASCII and drops every character that
// is not an ASCII letter or digit, so that a number split by separators,
// or escaped by an encoder (\u00a0), shows as its digits in a row.
func flatten(s string) string {
	s = strings.NewReplacer(`\u00a0`, "", `\u2013`, "", `\u2011`, "", `\u202f`, "", `\u2007`, "", `\u3000`, "", `\u2010`, "", `\u2012`, "", `\u2014`, "", `\u2212`, "", `\ufe63`, "", `\uff0d`, "", `\u00e6`, "", `\u00f8`, "").Replace(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case '０' <= r && r <= '９':
			b.WriteRune('0' + r - '０')
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
			b.WriteRune(r)
		}
	}
	return b.String()
}

// wholeIn returns a whole number that msg shows, or "": the digits of a
// seed in a row once msg is flattened, or ten digits, or six digits, one
// separator and four, that cpr.Parse accepts.
func wholeIn(msg string, seeds []string) string {
	flat := flatten(msg)
	for _, s := range seeds {
		if strings.Contains(flat, s) {
			return s
		}
	}
	var runs []string
	var after []rune // the character after each run; 0 when two or more
	var cur []rune
	for _, r := range msg + "\x00" {
		if '０' <= r && r <= '９' {
			r = '0' + r - '０'
		}
		if '0' <= r && r <= '9' {
			cur = append(cur, r)
			continue
		}
		if len(cur) > 0 {
			runs, after, cur = append(runs, string(cur)), append(after, r), cur[:0]
		} else if len(after) > 0 {
			after[len(after)-1] = 0
		}
	}
	for i, run := range runs {
		if len(run) == 10 {
			if _, err := cpr.Parse(run); err == nil {
				return run
			}
		}
		if len(run) == 6 && i+1 < len(runs) && len(runs[i+1]) == 4 && after[i] != 0 && strings.ContainsRune("- \u00a0\u2007\u202f\u3000\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d", after[i]) {
			if _, err := cpr.Parse(run + runs[i+1]); err == nil {
				return run + runs[i+1]
			}
		}
	}
	return ""
}

// knownLeaks are the checks, by the start of their label, whose messages
// still show a whole number, with the place to fix: text that is not
// personal data in normal use (a layout pattern, a chart of accounts, a
// kind, a program's path, a profile's names), but may hold anything. Each
// should pass its text through cpr.Redact. A test fails when a known leak
// no longer leaks, so that the list only shrinks.
var knownLeaks = map[string]string{}

// checker fails the test for every message that shows a whole number.
type checker struct {
	t      *testing.T
	seeds  []string
	checks int
	tried  map[string]bool // known leaks checked
	leaked map[string]bool // known leaks seen leaking
}

func newChecker(t *testing.T) *checker {
	c := &checker{t: t, seeds: seeds(t), tried: map[string]bool{}, leaked: map[string]bool{}}
	t.Cleanup(func() {
		for k := range c.tried {
			if !c.leaked[k] {
				t.Errorf("%s no longer shows whole numbers: remove it from knownLeaks", k)
			}
		}
		for k := range c.leaked {
			t.Logf("known leak: %s (%s)", k, knownLeaks[k])
		}
	})
	return c
}

func (c *checker) msg(where, msg string) {
	c.t.Helper()
	c.checks++
	known := ""
	for k := range knownLeaks {
		if strings.HasPrefix(where, k) {
			known = k
			c.tried[k] = true
		}
	}
	if w := wholeIn(msg, c.seeds); w != "" {
		if known != "" {
			c.leaked[known] = true
			return
		}
		c.t.Errorf("%s shows the whole number %s:\n%s", where, w, msg)
	}
}

// err checks an error's message, its %+v form, and its Danish text (of
// the first error in its chain that has one).
func (c *checker) err(where string, err error) {
	c.t.Helper()
	if err == nil {
		return
	}
	c.msg(where, err.Error())
	c.msg(where+" %+v", fmt.Sprintf("%+v", err))
	var da interface{ Danish() string }
	if errors.As(err, &da) {
		c.msg(where+" Danish", da.Danish())
	}
}

// value checks v printed with fmt and logged with slog's handlers.
func (c *checker) value(where string, v any) {
	c.t.Helper()
	for _, verb := range []string{"%v", "%+v", "%#v", "%s"} {
		c.msg(where+" "+verb, fmt.Sprintf(verb, v))
	}
	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, nil)).Info("m", "v", v)
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("m", "v", v)
	c.msg(where+" slog", buf.String())
}

// TestDetector checks the detector on the shared table: it finds the
// number in every input that holds one, and none in what Redact makes of
// it.
func TestDetector(t *testing.T) {
	s := seeds(t)
	for _, tc := range loadTable(t) {
		if got := cpr.Redact(tc.In); got != tc.Want {
			t.Errorf("%s: Redact(%q) = %q, want %q", tc.Name, tc.In, got, tc.Want)
		}
		if tc.Whole == "" {
			// What Redact leaves by its rule (twelve digits, a tab, two
			// separators) the detector may still flag: the inputs below
			// hold only forms that Redact masks.
			continue
		}
		if w := wholeIn(tc.Want, s); w != "" {
			t.Errorf("%s: the redacted %q shows %s", tc.Name, tc.Want, w)
		}
		if wholeIn(tc.In, s) == "" {
			t.Errorf("%s: the detector misses the number in %q", tc.Name, tc.In)
		}
	}
}

// TestParseErrors: the errors of every parser of the module, on every form.
func TestParseErrors(t *testing.T) {
	c := newChecker(t)
	for _, f := range forms(t) {
		for _, s := range []string{f, f + "x", "x" + f, " " + f + " ", f + "-" + f, f + ".csv"} {
			_, err := cpr.Parse(s)
			c.err("cpr.Parse", err)
			var n cpr.Number
			c.err("cpr.Number.UnmarshalText", n.UnmarshalText([]byte(s)))
			c.err("cpr.Number.UnmarshalJSON", json.Unmarshal([]byte(`"`+s+`"`), &n))
			c.err("cpr.Number.Scan", n.Scan(s))
			_, err = kontoplan.Parse(s)
			c.err("kontoplan.Parse", err)
			_, err = kontoplan.ParseFunction(s)
			c.err("kontoplan.ParseFunction", err)
			_, err = kontoplan.ParseArt(s)
			c.err("kontoplan.ParseArt", err)
			_, err = kontoplan.NewLayout(s)
			c.err("kontoplan.NewLayout", err)
			_, err = kontoplan.ParseChart(strings.NewReader(s+";"+s+"\n"+s), s)
			c.err("kontoplan.ParseChart", err)
			_, err = civil.Parse(s)
			c.err("civil.Parse", err)
			_, err = siu.ParsePsrID(s)
			c.err("siu.ParsePsrID", err)
			_, err = siu.ParseAccount(s)
			c.err("siu.ParseAccount", err)
			_, err = siu.ParseAmount(s)
			c.err("siu.ParseAmount", err)
			_, err = siu.ParseDate(s)
			c.err("siu.ParseDate", err)
			_, err = siu.ParseSeverity(s)
			c.err("siu.ParseSeverity", err)
			_, err = conformance.ParseKind(s)
			c.err("conformance.ParseKind", err)
			_, fs := siu.ParseRecord(siu.Record{PsrID: s, Account: s, Amount: s, Start: s, End: s})
			for _, f := range fs {
				c.value("siu.ParseRecord finding", f)
			}
		}
	}
	t.Logf("%d messages checked", c.checks)
}

// validCase returns a conformance case with a valid delivery of several
// lines, to mutate.
func validInput(t *testing.T) conformance.Input {
	t.Helper()
	cases, err := conformance.Cases()
	if err != nil {
		t.Fatal(err)
	}
	for _, cs := range cases {
		if cs.Has(conformance.KindEncode) && cs.Input != nil && len(cs.Input.Lines) >= 2 {
			return *cs.Input
		}
	}
	t.Fatal("no encode case with two lines")
	return conformance.Input{}
}

// TestRules runs every validate case of the conformance suite, which
// together trigger every rule of the catalogue, and the same deliveries
// with a number in each field of the lines and the header, and checks
// every finding. It fails when a rule of siu.Rules was never triggered.
func TestRules(t *testing.T) {
	c := newChecker(t)
	cases, err := conformance.Cases()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	validate := func(where string, in conformance.Input) {
		today, err := in.TodayDate()
		c.err(where+": TodayDate", err)
		h, err := in.Header.SIUHeader()
		c.err(where+": SIUHeader", err)
		_, err = in.Delivery()
		c.err(where+": Delivery", err)
		var logged bytes.Buffer
		logger := slog.New(slog.NewJSONHandler(&logged, nil))
		v := siu.NewValidator(h, siu.ValidateOptions{Today: today, Report: func(f siu.Finding) {
			seen[f.Code] = true
			c.msg(where+": finding", f.Message+"\n"+f.MessageEN+"\n"+f.String())
			logger.Info("finding", "f", f)
		}})
		for _, l := range in.Lines {
			v.AddRecord(l.Record())
		}
		v.Findings()
		c.msg(where+": logged findings", logged.String())
		fs, err := conformance.Reference().Validate(in)
		c.err(where+": Reference().Validate", err)
		for _, f := range fs {
			c.msg(where+": conformance finding", fmt.Sprintf("%+v", f))
		}
		_, err = conformance.Reference().Encode(in)
		c.err(where+": Reference().Encode", err)
	}
	fields := []func(*conformance.Line, string){
		func(l *conformance.Line, s string) { l.PsrID = s },
		func(l *conformance.Line, s string) { l.Account = s },
		func(l *conformance.Line, s string) { l.Amount = s },
		func(l *conformance.Line, s string) { l.Start = s },
		func(l *conformance.Line, s string) { l.End = s },
	}
	headers := []func(*conformance.Header, string){
		func(h *conformance.Header, s string) { h.Municipality = s },
		func(h *conformance.Header, s string) { h.Year = s },
		func(h *conformance.Header, s string) { h.Area = s },
		func(h *conformance.Header, s string) { h.Test = s },
		func(h *conformance.Header, s string) { h.Created = s },
		func(h *conformance.Header, s string) { h.Description = s },
		func(h *conformance.Header, s string) { h.SystemName = s },
		func(h *conformance.Header, s string) { h.SystemVersion = s },
		func(h *conformance.Header, s string) { h.ContactIdentifier = s },
		func(h *conformance.Header, s string) { h.ContactEmail = s },
	}
	fs := forms(t)
	for i, cs := range cases {
		if !cs.Has(conformance.KindValidate) || cs.Input == nil {
			continue
		}
		validate(cs.ID, *cs.Input)
		// The number in one field of every line, one form per case and
		// field, the forms taken in turn.
		for j, set := range fields {
			in := *cs.Input
			in.Lines = slices.Clone(in.Lines)
			for k := range in.Lines {
				set(&in.Lines[k], fs[(i+j+k)%len(fs)])
			}
			validate(fmt.Sprintf("%s, line field %d", cs.ID, j+1), in)
		}
	}
	base := validInput(t)
	for _, f := range fs {
		for j, set := range headers {
			in := base
			set(&in.Header, f)
			validate(fmt.Sprintf("header field %d = %q", j+1, f), in)
		}
		in := base
		in.Today = f
		validate(fmt.Sprintf("today = %q", f), in)
		for j, set := range fields {
			in := base
			in.Lines = slices.Clone(base.Lines)
			set(&in.Lines[0], f)
			validate(fmt.Sprintf("line field %d = %q", j+1, f), in)
		}
	}
	for _, r := range siu.Rules() {
		if !seen[r.Code] {
			t.Errorf("rule %s was never triggered", r.Code)
		}
	}
	t.Logf("%d messages checked, %d rules triggered", c.checks, len(seen))
}

// csvInputs returns CSV files with a number in every column, in the
// header, and in garbage.
func csvInputs(f string) map[string]string {
	const head = "CPR;Konto;Beløb;Startdato;Slutdato\r\n"
	const good = "1705801234;5385010000000040;1.250,00;01-01-2025;31-01-2025\r\n"
	in := map[string]string{
		"every column":     head + strings.Repeat(f+";", 4) + f + "\r\n",
		"PsrID":            head + f + ";5385010000000040;1.250,00;01-01-2025;31-01-2025\r\n",
		"account":          head + "1705801234;" + f + ";1.250,00;01-01-2025;31-01-2025\r\n",
		"amount":           head + "1705801234;5385010000000040;" + f + ";01-01-2025;31-01-2025\r\n",
		"start":            head + "1705801234;5385010000000040;1.250,00;" + f + ";31-01-2025\r\n",
		"end":              head + "1705801234;5385010000000040;1.250,00;01-01-2025;" + f + "\r\n",
		"header":           "CPR;" + f + ";Beløb;Startdato;Slutdato\r\n" + good,
		"header only":      f + ";" + f + ";" + f + "\r\n" + good,
		"duplicate column": "CPR;CPR " + f + ";Konto;Beløb;Startdato;Slutdato\r\n" + good,
		"extra field":      head + "1705801234;5385010000000040;1.250,00;01-01-2025;31-01-2025;" + f + "\r\n",
		"short record":     head + f + "\r\n",
		"bare quote":       head + f + `"x;5385010000000040;1,00;01-01-2025;31-01-2025` + "\r\n",
		"open quote":       head + `"` + f + ";5385010000000040;1,00;01-01-2025;31-01-2025\r\n",
		"formula":          head + "=\"" + f + "\";5385010000000040;1,00;01-01-2025;31-01-2025\r\n",
		"exponent":         head + f + "E+09;5385010000000040;1,00;01-01-2025;31-01-2025\r\n",

		"comma separated": strings.ReplaceAll(head, ";", ",") + f + ",5385010000000040,1250,2025-01-01,2025-01-31\r\n",
	}
	if isASCII(f) {
		// Input that is not UTF-8 is read as Windows-1252: a UTF-8
		// separator would become three characters, which Redact does not
		// take for one.
		in["not UTF-8"] = head + f + "\xff;5385010000000040;1,00;01-01-2025;31-01-2025\r\n"
	}
	return in
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// TestCSV reads CSV files holding numbers everywhere with every reading
// method of csvformat, and non-XLSX bytes with OpenXLSX.
func TestCSV(t *testing.T) {
	c := newChecker(t)
	for _, f := range forms(t) {
		for name, in := range csvInputs(f) {
			where := fmt.Sprintf("csvformat %s %q", name, f)
			r := csvformat.NewReader(strings.NewReader(in))
			_, err := r.Header()
			c.err(where+": Header", err)
			for rec, err := range r.Records() {
				c.err(where+": Read", err)
				c.value(where+": record", rec)
			}
			for _, err := range csvformat.NewReader(strings.NewReader(in)).Lines() {
				c.err(where+": ReadLine", err)
			}
			for _, err := range csvformat.NewReader(strings.NewReader(in)).Postings() {
				c.err(where+": ReadPosting", err)
			}
			_, err = csvformat.OpenXLSX(strings.NewReader(in), f)
			c.err(where+": OpenXLSX", err)
		}
		_, err := csvformat.OpenXLSX(strings.NewReader("PK\x03\x04"+f), f)
		c.err("OpenXLSX truncated zip", err)
		_, err = csvformat.OpenXLSX(bytes.NewReader(nil), f)
		c.err("OpenXLSX empty", err)
	}
	t.Logf("%d messages checked", c.checks)
}

// validXML returns an encoded delivery.
func validXML(t *testing.T) (string, conformance.Input) {
	t.Helper()
	in := validInput(t)
	d, err := in.Delivery()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := xmlformat.Encode(&b, xmlformat.DefaultProfile(), d); err != nil {
		t.Fatal(err)
	}
	return b.String(), in
}

// xmlInputs returns documents with the number f in element names,
// attributes, values and garbage.
func xmlInputs(t *testing.T, doc string, in conformance.Input, f string) map[string]string {
	t.Helper()
	l := in.Lines[0]
	esc := func(s string) string {
		var b strings.Builder
		_ = xmlEscape(&b, s)
		return b.String()
	}
	one := func(old, new string) string {
		if !strings.Contains(doc, old) {
			t.Fatalf("the document lacks %q", old)
		}
		return strings.Replace(doc, old, new, 1)
	}
	return map[string]string{
		"PsrID":         one("<PsrID>"+l.PsrID+"<", "<PsrID>"+esc(f)+"<"),
		"KONTOSTRENG":   one("<KONTOSTRENG>"+l.Account+"<", "<KONTOSTRENG>"+esc(f)+"<"),
		"BELOEB":        one("<BELOEB>"+l.Amount+"<", "<BELOEB>"+esc(f)+"<"),
		"STARTDATO":     one("<STARTDATO>"+l.Start+"<", "<STARTDATO>"+esc(f)+"<"),
		"SLUTDATO":      one("<SLUTDATO>"+l.End+"<", "<SLUTDATO>"+esc(f)+"<"),
		"element name":  one("<PsrID>", "<X"+esc(f)+"/><PsrID>"),
		"renamed":       one("<PsrID>"+l.PsrID+"</PsrID>", "<PsrID"+esc(f)+">"+l.PsrID+"</PsrID"+esc(f)+">"),
		"mismatched":    one("</PsrID>", "</PsrID"+esc(f)+">"),
		"attribute":     one("<PsrID>", `<PsrID a`+esc(f)+`="`+esc(f)+`">`),
		"attr value":    one("<PsrID>", `<PsrID v="`+esc(f)+`">`),
		"header value":  strings.Replace(doc, ">2025<", ">"+esc(f)+"<", 1),
		"comment":       one("<PsrID>", "<!-- "+esc(f)+" --><PsrID>"),
		"text":          one("<PsrID>", esc(f)+"<PsrID>"),
		"entity":        one("<PsrID>", "<PsrID>&x"+esc(f)+";"),
		"char ref":      one("<PsrID>", "<PsrID>&#"+esc(f)+";"),
		"processing":    one("<PsrID>", "<?p"+esc(f)+" "+esc(f)+"?><PsrID>"),
		"truncated":     doc[:strings.Index(doc, "<PsrID>")+len("<PsrID>")] + esc(f),
		"doctype":       strings.Replace(doc, "?>", "?><!DOCTYPE x"+esc(f)+" SYSTEM \""+esc(f)+"\">", 1),
		"bad name char": one("<PsrID>", "<"+esc(f)+">"),
	}
}

func xmlEscape(w io.Writer, s string) error {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	_, err := io.WriteString(w, r.Replace(s))
	return err
}

// TestXML decodes and schema-validates documents holding numbers in
// element names, attributes, values and garbage.
func TestXML(t *testing.T) {
	c := newChecker(t)
	doc, in := validXML(t)
	for _, f := range forms(t) {
		for name, x := range xmlInputs(t, doc, in, f) {
			where := fmt.Sprintf("xmlformat %s %q", name, f)
			dec := xmlformat.NewDecoder(strings.NewReader(x), xmlformat.DefaultProfile())
			_, err := dec.Header()
			c.err(where+": Header", err)
			for i := 0; i < 10; i++ {
				rec, err := dec.NextRecord()
				if err == io.EOF {
					break
				}
				c.err(where+": NextRecord", err)
				c.value(where+": record", rec)
				var se *xmlformat.SyntaxError
				if errors.As(err, &se) {
					break
				}
			}
			for _, err := range xmlformat.NewDecoder(strings.NewReader(x), xmlformat.DefaultProfile()).All() {
				c.err(where+": Next", err)
			}
			err = xsd.Validate(strings.NewReader(x))
			c.err(where+": xsd.Validate", err)
			var xe *xsd.Error
			if errors.As(err, &xe) {
				for _, p := range xe.Problems {
					c.msg(where+": xsd problem", p.String())
				}
			}
		}
	}
	t.Logf("%d messages checked", c.checks)
}

// TestEncodeErrors: the encoder's errors on header fields holding numbers.
func TestEncodeErrors(t *testing.T) {
	c := newChecker(t)
	in := validInput(t)
	d, err := in.Delivery()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range forms(t) {
		for i, set := range []func(*siu.Header){
			func(h *siu.Header) { h.Description = f + strings.Repeat("x", 60) },
			func(h *siu.Header) { h.System.Name = f + strings.Repeat("x", 60) },
			func(h *siu.Header) { h.System.Version = f + strings.Repeat("x", 30) },
			func(h *siu.Header) { h.Contact.Identifier = f + strings.Repeat("x", 110) },
			func(h *siu.Header) { h.Contact.Email = f },
			func(h *siu.Header) { h.Description = f + "\x00" },
		} {
			dd := d
			set(&dd.Header)
			c.err(fmt.Sprintf("xmlformat.Encode header %d %q", i, f), xmlformat.Encode(io.Discard, xmlformat.DefaultProfile(), dd))
		}
		p := xmlformat.DefaultProfile()
		p.Root, p.Record, p.Namespace = f, "CPR"+f, f
		c.err("Profile.Validate", p.Validate())
	}
}

// TestConformance: the suite's errors, mismatches and reports, for an
// implementation that answers with numbers, and for cases named after
// numbers.
func TestConformance(t *testing.T) {
	c := newChecker(t)
	fs := forms(t)
	cases, err := conformance.Cases()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, cs := range cases[:min(len(cases), 40)] {
		ids = append(ids, cs.ID)
	}
	for i, f := range fs {
		impl := conformance.Funcs{
			ValidateFunc: func(in conformance.Input) ([]conformance.Finding, error) {
				if i%2 == 0 {
					return nil, fmt.Errorf("cannot read %s in %s.csv", f, f)
				}
				return []conformance.Finding{{Code: f, Severity: f, Field: f}}, nil
			},
			EncodeFunc: func(in conformance.Input) ([]byte, error) {
				if i%2 == 0 {
					return nil, fmt.Errorf("open %s.xml: %s", f, f)
				}
				d, _ := in.Delivery()
				var b bytes.Buffer
				_ = xmlformat.Encode(&b, xmlformat.DefaultProfile(), d)
				x := b.String()
				i, j := strings.Index(x, "<PsrID>")+len("<PsrID>"), strings.Index(x, "</PsrID>")
				if i < len("<PsrID>") || j < i {
					return nil, errors.New("no PsrID")
				}
				return []byte(x[:i] + f + x[j:]), nil
			},
			AggregateFunc: func(in conformance.AggregateInput) ([]conformance.Line, error) {
				return []conformance.Line{{PsrID: f, Account: f, Amount: f, Start: f, End: f}}, nil
			},
		}
		rep, err := conformance.Evaluate(impl, conformance.Select(ids...))
		c.err("conformance.Evaluate", err)
		report(c, "Evaluate "+f, rep)
		c.msg("CompareXML", fmt.Sprint(conformance.CompareXML([]byte("<a>"+f+"</a>"), []byte("<a>"+f+"x</a>"))))
		c.msg("CompareXML names", fmt.Sprint(conformance.CompareXML([]byte("<a"+f+"/>"), []byte("<b"+f+"/>"))))
		c.msg("CompareXML broken", fmt.Sprint(conformance.CompareXML([]byte("<a>"+f), []byte("<"+f))))
		c.msg("CompareLines", fmt.Sprint(conformance.CompareLines([]conformance.Line{{PsrID: f}}, []conformance.Line{{PsrID: f, Amount: "1"}})))
		c.msg("CompareFindings", fmt.Sprint(conformance.CompareFindings([]conformance.Finding{{Code: f}}, nil)))

		// A case named after a number, with broken files.
		fsys := fstest.MapFS{
			"suite.json":                          {Data: []byte(`{"version":"1","profile":"x","cases":["` + f + `"]}`)},
			"cases/" + f + "/manifest.json":       {Data: []byte(`{"id":"` + f + `","kinds":["validate"],"x":"` + f + `"}`)},
			"cases/" + f + "/input.json":          {Data: []byte(`{"lines":[{"PsrID":` + f + `}]}`)},
			"cases/" + f + "/" + f + ".json":      {Data: []byte(f)},
			"cases/" + f + ".csv/manifest.json":   {Data: []byte(f)},
			"cases/CPR" + f + "/manifest.json":    {Data: []byte(`{`)},
			"cases/" + f + "/findings.json":       {Data: []byte(`[{"code":"` + f + `"}]`)},
			"cases/" + f + "/expected.xml":        {Data: []byte(f)},
			"cases/" + f + "/postings.json":       {Data: []byte(f)},
			"cases/" + f + "/lines.json":          {Data: []byte(f)},
			"cases/" + f + "/manifest.json.extra": {Data: []byte(f)},
		}
		_, err = conformance.LoadCases(fsys)
		c.err("conformance.LoadCases", err)
		rep, err = conformance.Evaluate(conformance.Reference(), conformance.FromFS(fsys))
		c.err("conformance.Evaluate FromFS", err)
		report(c, "Evaluate FromFS", rep)

		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		rep, err = conformance.RunCommand(ctx, []string{"/nonexistent/" + f + "/siu-" + f}, conformance.Select(ids[0]))
		cancel()
		c.err("conformance.RunCommand", err)
		report(c, "RunCommand", rep)
	}
}

func report(c *checker, where string, rep conformance.Report) {
	c.t.Helper()
	var b bytes.Buffer
	_ = rep.WriteSummary(&b)
	c.msg(where+": summary", b.String())
	data, _ := json.Marshal(rep)
	c.msg(where+": JSON", string(data))
	c.msg(where+": %+v", fmt.Sprintf("%+v", rep))
}

// TestLogs logs lines, postings, records and findings made from every
// form with slog's handlers and fmt.
func TestLogs(t *testing.T) {
	c := newChecker(t)
	n := cpr.MustParse("1705801234")
	acc := kontoplan.MustParse("5385010000000040")
	c.value("siu.Line", siu.Line{PsrID: n, Account: acc, Start: civil.MustParse("2025-01-01")})
	c.value("siu.Posting", siu.Posting{PsrID: n, Account: acc})
	c.value("cpr.Number", n)
	for _, f := range forms(t) {
		c.value("siu.Record", siu.Record{PsrID: f, Account: f, Amount: f, Start: f, End: f})
		c.value("siu.Finding", siu.Finding{Code: "SIU-PSR-001", Field: siu.FieldPsrID, Message: f, MessageEN: f})
		// fmt calls Format on each element of a slice; slog's JSONHandler
		// would marshal the slice with encoding/json: log records one by one.
		c.msg("[]siu.Record", fmt.Sprintf("%v %+v", []siu.Record{{PsrID: f}}, []siu.Record{{Amount: f}}))
	}
}
