package main

import (
	"flag"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"github.com/siukit/siukit/siu"
)

// headerFlags are the flags that give a CSV or XLSX file the header it
// lacks. XML and JSON files carry their own.
type headerFlags struct {
	fs           *cmdFlags
	municipality int
	year         int
	area         string
	test         bool

	envelope      bool // the flags below are registered (encode)
	created       string
	description   string
	systemName    string
	systemVersion string
	contact       string
	email         string
}

// addHeaderFlags registers --municipality, --year, --area and --test, and
// with envelope the flags of the XML envelope.
func addHeaderFlags(fs *cmdFlags, envelope bool) *headerFlags {
	h := &headerFlags{fs: fs, envelope: envelope}
	fs.IntVar(&h.municipality, "municipality", 0, "the three-digit municipality code, e.g. 461 (CSV and XLSX input)")
	fs.IntVar(&h.year, "year", 0, "the budget year, e.g. 2025 (CSV and XLSX input)")
	fs.StringVar(&h.area, "area", "SAMLET", "VOKSEN (adults), BOERN (children) or SAMLET (both) (CSV and XLSX input)")
	fs.BoolVar(&h.test, "test", false, "mark the delivery as a test delivery (CSV and XLSX input)")
	if envelope {
		fs.StringVar(&h.created, "created", "", "when the file was made, RFC 3339 (default now)")
		fs.StringVar(&h.description, "description", "", "a short description of the delivery, at most 50 characters (default \"SIU YEAR AREA\")")
		fs.StringVar(&h.systemName, "system", "siukit", "the name of the system that made the file")
		fs.StringVar(&h.systemVersion, "system-version", moduleVersion(), "the version of that system")
		fs.StringVar(&h.contact, "contact", "", "who receives DST's receipt (a name or an id)")
		fs.StringVar(&h.email, "email", "", "the e-mail address for DST's receipt (required)")
	}
	return h
}

// given returns the header flags set on the command line.
func (h *headerFlags) given() []string {
	if h == nil {
		return nil
	}
	var names []string
	h.fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "municipality", "year", "area", "test",
			"created", "description", "system", "system-version", "contact", "email":
			names = append(names, "--"+f.Name)
		}
	})
	return names
}

// header returns the header the flags describe. It is an error (bad usage)
// when --municipality or --year is missing or the area is unknown.
func (h *headerFlags) header(e *env) (siu.Header, error) {
	var out siu.Header
	if h.municipality == 0 {
		return out, fmt.Errorf("a CSV or XLSX file has no header: give --municipality (e.g. --municipality 461)")
	}
	if h.year == 0 {
		return out, fmt.Errorf("a CSV or XLSX file has no header: give --year (the budget year, e.g. --year 2025)")
	}
	area, err := parseAreaFlag(h.area)
	if err != nil {
		return out, err
	}
	out = siu.Header{Municipality: h.municipality, Year: h.year, Area: area, Test: h.test}
	if !h.envelope {
		return out, nil
	}
	return h.withEnvelope(e, out)
}

// withEnvelope fills in the envelope fields of out from the flags.
func (h *headerFlags) withEnvelope(e *env, out siu.Header) (siu.Header, error) {
	out.Created = e.timeNow().Truncate(time.Second)
	if h.created != "" {
		t, err := time.Parse(time.RFC3339, h.created)
		if err != nil {
			return out, fmt.Errorf("--created: want RFC 3339, e.g. 2026-03-02T09:15:00+01:00")
		}
		out.Created = t
	}
	out.Description = h.description
	if out.Description == "" {
		out.Description = fmt.Sprintf("SIU %d %s", out.Year, out.Area)
	}
	out.System = siu.System{Name: h.systemName, Version: h.systemVersion}
	out.Contact = siu.Contact{Identifier: h.contact, Email: h.email}
	if h.email == "" {
		return out, fmt.Errorf("give --email: the address that receives DST's receipt")
	}
	return out, nil
}

// parseAreaFlag reads an area in any case; BØRN is BOERN.
func parseAreaFlag(s string) (siu.Area, error) {
	u := strings.ReplaceAll(strings.ToUpper(strings.TrimSpace(s)), "Ø", "OE")
	a, err := siu.ParseArea(u)
	if err != nil {
		return 0, fmt.Errorf("--area: want VOKSEN, BOERN or SAMLET")
	}
	return a, nil
}

// moduleVersion is siukit's version as the build knows it, or "devel".
func moduleVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return truncate(bi.Main.Version, 17)
	}
	return "devel"
}
