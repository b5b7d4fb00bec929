package delivery

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// parseRecord stands in for siu.ParseRecord until it lands: it turns the
// record's text into a Line, or returns a finding for each field that
// cannot be parsed.
func parseRecord(rec siu.Record) (siu.Line, []siu.Finding) {
	var l siu.Line
	var bad []siu.Finding
	fail := func(field string) {
		bad = append(bad, siu.Finding{Severity: siu.Error, Field: field, MessageEN: "cannot be parsed"})
	}
	var err error
	if l.PsrID, err = cpr.Parse(strings.TrimSpace(rec.PsrID)); err != nil {
		fail(siu.FieldPsrID)
	}
	if l.Account, err = kontoplan.Parse(strings.TrimSpace(rec.Account)); err != nil {
		fail(siu.FieldAccount)
	}
	if l.Amount, err = decimal.NewFromString(strings.TrimSpace(rec.Amount)); err != nil {
		fail(siu.FieldAmount)
	}
	if l.Start, err = civil.Parse(strings.TrimSpace(rec.Start)); err != nil {
		fail(siu.FieldStart)
	}
	if l.End, err = civil.Parse(strings.TrimSpace(rec.End)); err != nil {
		fail(siu.FieldEnd)
	}
	return l, bad
}
