package conformance

import (
	"fmt"
	"strconv"

	"github.com/siukit/siukit/cpr"
)

// Kind is what a case checks: a validator's findings, an encoder's XML or
// an aggregator's lines. A case may be checked in more than one kind.
type Kind string

// The kinds of check.
const (
	// KindValidate: input.json in, findings out, compared with
	// findings.json.
	KindValidate Kind = "validate"
	// KindEncode: input.json in, XML out, compared with expected.xml.
	KindEncode Kind = "encode"
	// KindAggregate: postings.json in, lines out, compared with
	// lines.json.
	KindAggregate Kind = "aggregate"
)

// Kinds returns every kind, in the order a case's checks run.
func Kinds() []Kind { return []Kind{KindValidate, KindEncode, KindAggregate} }

// IsValid reports whether k is one of the three kinds.
func (k Kind) IsValid() bool {
	return k == KindValidate || k == KindEncode || k == KindAggregate
}

// ParseKind reads "validate", "encode" or "aggregate".
func ParseKind(s string) (Kind, error) {
	k := Kind(s)
	if !k.IsValid() {
		if len(s) > 16 {
			return "", fmt.Errorf("conformance: unknown kind (%d characters): want validate, encode or aggregate", len(s))
		}
		return "", fmt.Errorf("conformance: unknown kind %s: want validate, encode or aggregate", cpr.Redact(strconv.QuoteToGraphic(s)))
	}
	return k, nil
}
