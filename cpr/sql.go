package cpr

import (
	"database/sql/driver"
	"fmt"
)

// Scan implements database/sql's Scanner. It accepts a string or []byte in
// any form Parse accepts, and nil (SQL NULL), which sets the zero Number;
// so does an empty string. Other types are an error; so is text that is not
// a CPR number (an *Error, which does not contain the text). On error n is
// left unchanged.
func (n *Number) Scan(src any) error {
	switch src := src.(type) {
	case nil:
		*n = Number{}
		return nil
	case string:
		return n.set(src)
	case []byte:
		return n.UnmarshalText(src)
	}
	return fmt.Errorf("cpr: cannot scan %T into cpr.Number, want string, []byte or nil", src)
}

// Value implements database/sql/driver's Valuer: the ten digits as a string,
// or nil (SQL NULL) for the zero Number.
func (n Number) Value() (driver.Value, error) {
	if !n.IsValid() {
		return nil, nil
	}
	return n.Digits(), nil
}
