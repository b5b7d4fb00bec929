package cpr

import (
	"fmt"
	"io"
	"log/slog"
)

// String returns the masked form of n: the birth date part and the hyphen,
// then four asterisks ("170580-****"; "123456-****" for a fictive number
// without a birth date). It returns "" for the zero Number. The serial
// number is never shown; for the whole number use Digits.
func (n Number) String() string {
	if !n.IsValid() {
		return ""
	}
	var b [11]byte
	return string(n.appendMasked(b[:0]))
}

// appendMasked appends the masked form of a valid n to b.
func (n Number) appendMasked(b []byte) []byte {
	b = n.AppendDigits(b)
	return append(b[:len(b)-4], "-****"...)
}

// GoString returns a Go-syntax-like form that is masked like String:
// cpr.Number{170580-****}, or cpr.Number{} for the zero Number. fmt's %#v
// prints it.
func (n Number) GoString() string {
	return "cpr.Number{" + n.String() + "}"
}

// Format implements fmt.Formatter so that every verb prints the masked form:
// %v and %s print String, %q quotes it, %#v prints GoString, and any other
// verb prints %!verb(cpr.Number=170580-****). Width and flags apply as for
// a string.
func (n Number) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('#') {
			io.WriteString(f, n.GoString())
			return
		}
		fmt.Fprintf(f, fmt.FormatString(f, 's'), n.String())
	case 's', 'q':
		fmt.Fprintf(f, fmt.FormatString(f, verb), n.String())
	default:
		fmt.Fprintf(f, "%%!%c(cpr.Number=%s)", verb, n.String())
	}
}

// LogValue implements slog.LogValuer: a Number logged with log/slog shows
// its masked form, in every handler.
//
// slog calls LogValue only when the Number itself is the attribute's value.
// A struct that holds a Number is serialised by the handler (JSONHandler
// uses encoding/json, which calls MarshalText and writes the ten digits):
// log the Number, not the struct.
func (n Number) LogValue() slog.Value {
	return slog.StringValue(n.String())
}
