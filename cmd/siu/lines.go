package main

import (
	"fmt"
	"io"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// parseLine parses a record's five fields. The error names the field and
// never holds the CPR number.
func parseLine(rec siu.Record) (siu.Line, error) {
	var l siu.Line
	var err error
	if l.PsrID, err = cpr.Parse(rec.PsrID); err != nil {
		return l, fmt.Errorf("PsrID: not a CPR number")
	}
	if l.Account, err = kontoplan.Parse(rec.Account); err != nil {
		return l, fmt.Errorf("KONTOSTRENG: %s", cpr.Redact(err.Error()))
	}
	if l.Amount, err = decimal.NewFromString(rec.Amount); err != nil {
		return l, fmt.Errorf("BELOEB: not an amount")
	}
	if l.Start, err = civil.Parse(rec.Start); err != nil {
		return l, fmt.Errorf("STARTDATO: not a date")
	}
	if l.End, err = civil.Parse(rec.End); err != nil {
		return l, fmt.Errorf("SLUTDATO: not a date")
	}
	return l, nil
}

// readLines reads every line of src. Records that cannot be read or parsed
// are returned as read errors, each naming its line.
func readLines(e *env, cmd string, src *recordSource) ([]siu.Line, []*inputError) {
	var lines []siu.Line
	var errs []*inputError
	p := e.newProgress(cmd+" "+src.in.name, src.unit)
	for {
		rec, pos, err := src.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, asInputError(err, pos))
			continue
		}
		l, err := parseLine(rec)
		if err != nil {
			errs = append(errs, &inputError{Line: pos, Message: fmt.Sprintf("%s %d: %v", src.unit, pos, err)})
			continue
		}
		lines = append(lines, l)
		p.tick()
	}
	p.done()
	return lines, errs
}
