package conformance

import "errors"

// Implementation is what a vendor implements to run the suite in Go: a
// validator that returns findings and an encoder that writes the XML file.
// It must be deterministic. An implementation that does only one of the
// two also implements Supporter; Funcs is a ready-made one.
type Implementation interface {
	// Validate checks the delivery in. Every value of in is text, as it
	// came from a file; malformed values are findings, not errors. The
	// findings may come in any order. An error means the implementation
	// could not check the input at all; it fails the case.
	Validate(in Input) ([]Finding, error)
	// Encode writes the delivery in as a SIU XML file. The suite gives it
	// only deliveries without errors.
	Encode(in Input) ([]byte, error)
}

// Aggregator is implemented by an Implementation that also aggregates
// postings into lines (SOURCES.md: dst-qa-2025: several invoices summed on
// one line).
// The aggregate cases run only for implementations that have it.
type Aggregator interface {
	// Aggregate turns the postings of in into lines, in any order.
	Aggregate(in AggregateInput) ([]Line, error)
}

// XMLReader is implemented by an Implementation that also reads SIU files:
// it gives a verdict on a file, accepting it with the delivery read or
// refusing it with the line of its first problem (SPEC.md, "Reading a
// file"). The read cases run only for implementations that have it.
type XMLReader interface {
	// ReadXML reads file, the bytes of a SIU file of the default profile.
	// A file it refuses is a Refuse verdict, not an error; an error means
	// the implementation could not judge the file at all.
	ReadXML(file []byte) (Verdict, error)
}

// Supporter is implemented by an Implementation that supports only some
// kinds of check. The cases of other kinds are skipped, not failed.
type Supporter interface {
	Supports(k Kind) bool
}

// ErrUnsupported is what Funcs returns for a kind it has no function for.
var ErrUnsupported = errors.New("conformance: kind not supported")

// Funcs is an Implementation made of functions. A nil function means the
// kind is not supported: Supports reports false and the method returns
// ErrUnsupported.
type Funcs struct {
	ValidateFunc  func(Input) ([]Finding, error)
	EncodeFunc    func(Input) ([]byte, error)
	AggregateFunc func(AggregateInput) ([]Line, error)
	ReadXMLFunc   func([]byte) (Verdict, error)
}

// Validate calls ValidateFunc.
func (f Funcs) Validate(in Input) ([]Finding, error) {
	if f.ValidateFunc == nil {
		return nil, ErrUnsupported
	}
	return f.ValidateFunc(in)
}

// Encode calls EncodeFunc.
func (f Funcs) Encode(in Input) ([]byte, error) {
	if f.EncodeFunc == nil {
		return nil, ErrUnsupported
	}
	return f.EncodeFunc(in)
}

// Aggregate calls AggregateFunc.
func (f Funcs) Aggregate(in AggregateInput) ([]Line, error) {
	if f.AggregateFunc == nil {
		return nil, ErrUnsupported
	}
	return f.AggregateFunc(in)
}

// ReadXML calls ReadXMLFunc.
func (f Funcs) ReadXML(file []byte) (Verdict, error) {
	if f.ReadXMLFunc == nil {
		return Verdict{}, ErrUnsupported
	}
	return f.ReadXMLFunc(file)
}

// Supports reports whether f has a function for kind k.
func (f Funcs) Supports(k Kind) bool {
	switch k {
	case KindValidate:
		return f.ValidateFunc != nil
	case KindEncode:
		return f.EncodeFunc != nil
	case KindAggregate:
		return f.AggregateFunc != nil
	case KindRead:
		return f.ReadXMLFunc != nil
	}
	return false
}

// supports reports whether impl runs checks of kind k.
func supports(impl Implementation, k Kind) bool {
	if k == KindAggregate {
		if _, ok := impl.(Aggregator); !ok {
			return false
		}
	}
	if k == KindRead {
		if _, ok := impl.(XMLReader); !ok {
			return false
		}
	}
	if s, ok := impl.(Supporter); ok {
		return s.Supports(k)
	}
	return true
}
