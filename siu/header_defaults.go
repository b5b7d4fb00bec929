package siu

import (
	"fmt"
	"runtime/debug"
	"time"
)

// DefaultSystemName is the system name WithDefaults gives a header without
// one: this library.
const DefaultSystemName = "siukit"

// WithDefaults returns h with the envelope fields that are empty filled in
// as siukit's command fills them: Created now (whole seconds), Description
// "SIU YEAR AREA" (e.g. "SIU 2025 VOKSEN"), System siukit and the
// module's version as the build knows it ("devel" in a build from a
// working tree). It leaves Contact alone: who receives DST's receipt is
// the municipality's to say. now is the current time; the zero Time means
// time.Now().
func (h Header) WithDefaults(now time.Time) Header {
	if h.Created.IsZero() {
		if now.IsZero() {
			now = time.Now()
		}
		h.Created = now.Truncate(time.Second)
	}
	if h.Description == "" {
		h.Description = fmt.Sprintf("SIU %d %s", h.Year, h.Area)
	}
	if h.System.Name == "" {
		h.System.Name = DefaultSystemName
	}
	if h.System.Version == "" {
		h.System.Version = ModuleVersion()
	}
	return h
}

// ModuleVersion is siukit's version as the running program's build
// information knows it, at most MaxSystemVersionLen characters, or "devel"
// when the build does not know it (a build from a working tree).
func ModuleVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	v := ""
	if bi.Main.Path == "github.com/siukit/siukit" {
		v = bi.Main.Version
	} else {
		for _, d := range bi.Deps {
			if d.Path == "github.com/siukit/siukit" {
				v = d.Version
			}
		}
	}
	if v == "" || v == "(devel)" {
		return "devel"
	}
	if len(v) > MaxSystemVersionLen {
		v = v[:MaxSystemVersionLen]
	}
	return v
}
