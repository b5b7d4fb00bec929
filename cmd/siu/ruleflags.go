package main

import (
	"fmt"
	"os"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/csvformat"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// ruleFlags tune the validator: another chart of accounts, another
// extreme-value threshold.
type ruleFlags struct {
	chart   string
	extreme string
}

func addRuleFlags(fs *cmdFlags) *ruleFlags {
	r := &ruleFlags{}
	fs.StringVar(&r.chart, "chart", "", "check accounts against the chart of accounts in this `file` (kontoplan's format)\ninstead of the built-in chart of the budget year")
	fs.StringVar(&r.extreme, "extreme", "", "the annualised amount in `kroner` above which a line is extreme (SIU-BEL-005);\ndefault 5.000.000")
	return r
}

// options returns the validator options the flags ask for. The error is
// bad usage: a chart that cannot be read, a threshold that is not an
// amount.
func (r *ruleFlags) options() (siu.ValidateOptions, error) {
	var opts siu.ValidateOptions
	if r == nil {
		return opts, nil
	}
	if r.chart != "" {
		f, err := os.Open(r.chart)
		if err != nil {
			return opts, fmt.Errorf("--chart: %v", cleanPathError(err))
		}
		defer f.Close()
		c, err := kontoplan.ParseChart(f, r.chart)
		if err != nil {
			return opts, fmt.Errorf("--chart: %v", cpr.Redact(err.Error()))
		}
		opts.Chart = c
	}
	if r.extreme != "" {
		d, err := csvformat.ParseAmount(r.extreme)
		if err != nil || !d.GreaterThan(decimal.Zero) {
			return opts, fmt.Errorf("--extreme: want an amount of kroner above 0, e.g. 5.000.000")
		}
		opts.ExtremeThreshold = d
	}
	return opts, nil
}
