package kontoplan

import (
	"database/sql/driver"
	"fmt"
)

// Value implements driver.Valuer: the canonical KONTOSTRENG, or NULL for
// the zero Account.
func (a Account) Value() (driver.Value, error) {
	if !a.IsValid() {
		return nil, nil
	}
	return a.String(), nil
}

// Scan implements sql.Scanner: it reads a string or []byte with Parse; NULL
// gives the zero Account.
func (a *Account) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*a = Account{}
		return nil
	case string:
		return a.UnmarshalText([]byte(v))
	case []byte:
		return a.UnmarshalText(v)
	}
	return fmt.Errorf("kontoplan: cannot scan %T into an Account", src)
}
