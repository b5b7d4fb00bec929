package cpr

// MarshalText implements encoding.TextMarshaler for serialisers such as
// encoding/json and encoding/xml (elements and attributes): it returns
// the ten digits, or empty text for the zero Number. The whole number is
// what a serialiser must write; do not use it to log or print.
func (n Number) MarshalText() ([]byte, error) {
	return n.AppendDigits(nil), nil
}

// AppendText implements encoding.TextAppender: it appends the ten digits
// (nothing for the zero Number) to b.
func (n Number) AppendText(b []byte) ([]byte, error) {
	return n.AppendDigits(b), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts what Parse
// accepts and sets n; empty text sets the zero Number, as MarshalText
// writes it. On error n is left unchanged and the error is an *Error.
func (n *Number) UnmarshalText(text []byte) error {
	return n.set(string(text))
}

// set sets n to the number s, or to the zero Number when s is empty.
func (n *Number) set(s string) error {
	if s == "" {
		*n = Number{}
		return nil
	}
	m, err := Parse(s)
	if err != nil {
		return err
	}
	*n = m
	return nil
}

// MarshalBinary implements encoding.BinaryMarshaler, for encoding/gob: the
// same bytes as MarshalText.
func (n Number) MarshalBinary() ([]byte, error) {
	return n.MarshalText()
}

// AppendBinary implements encoding.BinaryAppender: the same bytes as
// AppendText.
func (n Number) AppendBinary(b []byte) ([]byte, error) {
	return n.AppendText(b)
}

// UnmarshalBinary implements encoding.BinaryUnmarshaler: the same as
// UnmarshalText.
func (n *Number) UnmarshalBinary(data []byte) error {
	return n.UnmarshalText(data)
}
