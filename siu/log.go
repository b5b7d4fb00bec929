package siu

import (
	"fmt"
	"log/slog"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
)

// Logging and printing. A Line, Posting, Record or Finding logged with
// log/slog, in any handler, or printed with fmt, shows no whole CPR
// number:
//
//   - Line and Posting print their PsrID masked through cpr.Number's own
//     methods (fmt calls them on each field), and log as a group of their
//     fields with the PsrID masked. Without LogValue, slog's JSONHandler
//     would write the struct with encoding/json, which calls
//     cpr.Number.MarshalText and writes the ten digits.
//   - Record holds raw text, in which a CPR number may sit in any field:
//     every field goes through cpr.Redact, both in fmt and in slog.
//   - Finding holds no CPR number, but its messages go through cpr.Redact
//     all the same.
//
// fmt cannot call a method of a value in an unexported struct field: a
// Record held in an unexported field of a caller's struct prints its raw
// text. Log and print the Record itself, not a struct that holds it.

// LogValue implements slog.LogValuer: a group of the line's five fields,
// with the PsrID masked ("170580-****").
func (l Line) LogValue() slog.Value {
	return lineGroup(l.PsrID, l.Account, l.Amount, l.Start, l.End)
}

// LogValue implements slog.LogValuer: a group of the posting's five
// fields, with the PsrID masked ("170580-****").
func (p Posting) LogValue() slog.Value {
	return lineGroup(p.PsrID, p.Account, p.Amount, p.Start, p.End)
}

// lineGroup is the group Line and Posting log: the fields by their Go
// names, as encoding/json names them, each as text.
func lineGroup(psr cpr.Number, account kontoplan.Account, amount decimal.Decimal, start, end civil.Date) slog.Value {
	return slog.GroupValue(
		slog.String("PsrID", psr.String()),
		slog.String("Account", account.String()),
		slog.String("Amount", amount.String()),
		slog.String("Start", start.String()),
		slog.String("End", end.String()),
	)
}

// LogValue implements slog.LogValuer: a group of the record's five fields,
// each passed through cpr.Redact.
func (r Record) LogValue() slog.Value {
	m := r.redacted()
	return slog.GroupValue(
		slog.String("PsrID", m.PsrID),
		slog.String("Account", m.Account),
		slog.String("Amount", m.Amount),
		slog.String("Start", m.Start),
		slog.String("End", m.End),
	)
}

// plainRecord is a Record without methods, so that fmt prints its fields.
type plainRecord Record

// redacted returns r with every field passed through cpr.Redact.
func (r Record) redacted() plainRecord {
	return plainRecord{
		PsrID:   cpr.Redact(r.PsrID),
		Account: cpr.Redact(r.Account),
		Amount:  cpr.Redact(r.Amount),
		Start:   cpr.Redact(r.Start),
		End:     cpr.Redact(r.End),
	}
}

// Format implements fmt.Formatter: every verb prints the record as fmt
// prints a struct of five strings, with each field passed through
// cpr.Redact: %v prints {170580-**** 5385010000000040 1250 2025-01-01
// 2025-01-31}, %+v adds the field names and %#v prints
// siu.Record{PsrID:"170580-****", ...}.
func (r Record) Format(f fmt.State, verb rune) {
	m := r.redacted()
	if verb == 'v' && f.Flag('#') {
		f.Write([]byte(renameGoSyntax(fmt.Sprintf("%#v", m), "siu.plainRecord", "siu.Record")))
		return
	}
	fmt.Fprintf(f, fmt.FormatString(f, verb), m)
}

// LogValue implements slog.LogValuer: a group of the finding's fields,
// named as in its JSON form, with both messages passed through cpr.Redact.
// The field is left out when it is "".
func (f Finding) LogValue() slog.Value {
	attrs := make([]slog.Attr, 0, 6)
	attrs = append(attrs,
		slog.String("code", f.Code),
		slog.String("severity", f.Severity.String()),
		slog.Int("line", f.Line))
	if f.Field != "" {
		attrs = append(attrs, slog.String("field", f.Field))
	}
	attrs = append(attrs,
		slog.String("message", cpr.Redact(f.Message)),
		slog.String("message_en", cpr.Redact(f.MessageEN)))
	return slog.GroupValue(attrs...)
}

// plainFinding is a Finding without methods, so that fmt prints its
// fields.
type plainFinding Finding

// Format implements fmt.Formatter: %v, %+v, %s, %q, %x and %X print
// String passed through cpr.Redact, as they would print String; %#v prints
// the struct in Go syntax with both messages passed through cpr.Redact;
// any other verb prints %!verb(siu.Finding=...) with the redacted String.
func (f Finding) Format(s fmt.State, verb rune) {
	switch verb {
	case 'v':
		if s.Flag('#') {
			p := plainFinding(f)
			p.Message, p.MessageEN = cpr.Redact(p.Message), cpr.Redact(p.MessageEN)
			s.Write([]byte(renameGoSyntax(fmt.Sprintf("%#v", p), "siu.plainFinding", "siu.Finding")))
			return
		}
		fmt.Fprintf(s, fmt.FormatString(s, 's'), cpr.Redact(f.String()))
	case 's', 'q', 'x', 'X':
		fmt.Fprintf(s, fmt.FormatString(s, verb), cpr.Redact(f.String()))
	default:
		fmt.Fprintf(s, "%%!%c(siu.Finding=%s)", verb, cpr.Redact(f.String()))
	}
}

// renameGoSyntax replaces the type name at the start of a %#v rendering.
func renameGoSyntax(s, from, to string) string {
	if rest, ok := strings.CutPrefix(s, from); ok {
		return to + rest
	}
	return s
}
