package sample

import "github.com/shopspring/decimal"

// amount returns oere øre as kroner with two decimals.
func amount(oere int64) decimal.Decimal { return decimal.New(oere, -2) }
