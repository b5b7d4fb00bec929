package main

import (
	"bytes"

	"github.com/siukit/siukit/conformance"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
)

// vendorSIU is a finance system vendor's SIU module, as the conformance
// suite sees it: it validates a delivery to findings and encodes it to
// the XML file. This one is built on siukit; a module written from scratch
// implements the same two methods. It does not aggregate (the vendor's
// system sums invoices itself), so the suite skips the aggregate cases.
type vendorSIU struct{}

var _ conformance.Implementation = vendorSIU{}

// Validate checks the delivery the way the vendor's module does before
// sending it: raw text records, so that malformed values become findings.
func (vendorSIU) Validate(in conformance.Input) ([]conformance.Finding, error) {
	h, err := in.Header.SIUHeader()
	if err != nil {
		return nil, err
	}
	today, err := in.TodayDate()
	if err != nil {
		return nil, err
	}
	v := siu.NewValidator(h, siu.ValidateOptions{Today: today})
	for _, l := range in.Lines {
		v.AddRecord(siu.Record{PsrID: l.PsrID, Account: l.Account, Amount: l.Amount, Start: l.Start, End: l.End})
	}
	return conformance.FindingsOf(v.Findings()), nil
}

// Encode writes the XML file the vendor's module sends to DST.
func (vendorSIU) Encode(in conformance.Input) ([]byte, error) {
	d, err := in.Delivery()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := xmlformat.Encode(&b, xmlformat.DefaultProfile(), d); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
