package main

import (
	"fmt"

	"github.com/siukit/siukit/delivery"
	"github.com/siukit/siukit/report"
	"github.com/siukit/siukit/source"
	"github.com/siukit/siukit/xmlformat"
	"github.com/siukit/siukit/xmlformat/xsd"
)

func runEncode(c *cmdFlags, files []string) int {
	e := c.e
	f, code := c.open(files[0])
	if f == nil {
		return code
	}
	defer c.closeFile(f)
	if f.Format == source.XML {
		return e.usage("encode", e.errorT("encode.isxml", f.Name))
	}
	h, err := c.header(f, true)
	if err != nil {
		return e.usage("encode", err)
	}
	out, msgs := c.v.out, e.messages(c.v.out)
	if f.Source == nil {
		s := report.NewStream(f.Name, f.Format, h, c.streamOptions(nil))
		s.ReadError(f.Fatal)
		c.writeFindings(msgs, s, nil)
		return e.fail("encode", e.errorT("encode.errors"))
	}
	profile := c.v.src.Profile
	schema, err := xsd.Default()
	if err != nil {
		return e.fail("encode", err)
	}
	// Validate, encode and check the schema, reading the input once; the
	// XML for standard output comes only when all of it is good.
	dopts := delivery.Options{Validate: c.v.vopts, Profile: profile, Schema: schema, AllowEmpty: c.v.allowEmpty}
	var s *report.Stream
	var res delivery.Result
	if toStdout(out) {
		s, res, err = report.WriteDeliveryTo(e.context(), e.stdout, h, f.Source, dopts, c.streamOptions(nil))
	} else {
		s, res, err = report.WriteDelivery(e.context(), out, h, f.Source, dopts, c.streamOptions(nil))
	}
	defer s.Close()
	if err != nil {
		return e.interrupted("encode", fmt.Errorf("%s", e.t("encode.nothing", err)))
	}
	if res.EmptyRefused && s.Deliverable() {
		return e.fail("encode", e.errorT("encode.empty", h.Area))
	}
	if !res.Written || s.Tally().Warnings > 0 {
		// The same report as validate: the errors, or the warnings DST
		// will ask about.
		c.writeFindings(msgs, s, nil)
		fmt.Fprintln(msgs)
	}
	if !res.Written {
		return e.fail("encode", e.errorT("encode.errors"))
	}
	where := out
	if toStdout(out) {
		where = e.t("stdout")
	}
	t := s.Tally()
	fmt.Fprintln(msgs, e.t("encode.wrote", where, s.Lines, e.tn("n.line", s.Lines), report.DescribeHeaderIn(e.language(), h)))
	fmt.Fprintln(msgs, e.t("encode.verdict", t.Warnings, e.tn("n.warning", t.Warnings), t.Infos, schema.Checker()))
	if p := xmlformat.DefaultProfile(); profile != nil && profile.Placeholder || profile == nil && p.Placeholder {
		fmt.Fprintln(msgs, e.t("encode.placeholder"))
	}
	return exitOK
}
