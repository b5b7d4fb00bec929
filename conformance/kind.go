package conformance

import (
	"fmt"
	"strconv"

	"github.com/siukit/siukit/cpr"
)

// Kind is what a case checks: a validator's findings, an encoder's XML, an
// aggregator's lines or a reader's verdict on a file. A case may be checked
// in more than one kind.
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
	// KindRead: input.xml in, a verdict out (accept, with the delivery
	// read, or refuse, with the line of the first problem), compared with
	// verdict.json.
	KindRead Kind = "read"
)

// Kinds returns every kind, in the order a case's checks run.
func Kinds() []Kind { return []Kind{KindValidate, KindEncode, KindAggregate, KindRead} }

// IsValid reports whether k is one of the kinds.
func (k Kind) IsValid() bool {
	return k == KindValidate || k == KindEncode || k == KindAggregate || k == KindRead
}

// ParseKind reads "validate", "encode", "aggregate" or "read".
func ParseKind(s string) (Kind, error) {
	k := Kind(s)
	if !k.IsValid() {
		if len(s) > 16 {
			return "", fmt.Errorf("conformance: unknown kind (%d characters): want validate, encode, aggregate or read", len(s))
		}
		return "", fmt.Errorf("conformance: unknown kind %s: want validate, encode, aggregate or read", cpr.Redact(strconv.QuoteToGraphic(s)))
	}
	return k, nil
}
