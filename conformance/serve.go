package conformance

import (
	"encoding/json"
	"fmt"
	"io"
)

// maxReadInput is the largest file Serve reads for a read case; the
// suite's files are a few kilobytes.
const maxReadInput = 16 << 20

// Serve is the program's side of the stdin/stdout contract (README.md)
// for impl: it reads the input of one case of kind from r (input.json for
// validate and encode, postings.json for aggregate, input.xml for read)
// and writes impl's output to w: a JSON array of findings, the XML file, a
// JSON array of lines, or a verdict. 'siu conformance reference KIND' is Serve(Reference(), KIND, ...);
// a vendor with a Go implementation makes it a program the same way, and
// RunCommand then drives it like a program in any other language.
//
// The error is for input that does not parse, a kind impl does not
// support (ErrUnsupported: aggregate without an Aggregator, read without an
// XMLReader), or impl's
// error; nothing is written then.
func Serve(impl Implementation, kind Kind, r io.Reader, w io.Writer) error {
	dec := json.NewDecoder(r)
	var out any
	var err error
	switch kind {
	case KindValidate, KindEncode:
		var in Input
		if err := dec.Decode(&in); err != nil {
			return fmt.Errorf("conformance: reading the input: %w", err)
		}
		if kind == KindEncode {
			xml, err := impl.Encode(in)
			if err != nil {
				return err
			}
			_, err = w.Write(xml)
			return err
		}
		out, err = impl.Validate(in)
	case KindAggregate:
		agg, ok := impl.(Aggregator)
		if !ok {
			return fmt.Errorf("%w: aggregate", ErrUnsupported)
		}
		var in AggregateInput
		if err := dec.Decode(&in); err != nil {
			return fmt.Errorf("conformance: reading the input: %w", err)
		}
		out, err = agg.Aggregate(in)
	case KindRead:
		rd, ok := impl.(XMLReader)
		if !ok {
			return fmt.Errorf("%w: read", ErrUnsupported)
		}
		file, err := io.ReadAll(io.LimitReader(r, maxReadInput+1))
		if err != nil {
			return fmt.Errorf("conformance: reading the input: %w", err)
		}
		if len(file) > maxReadInput {
			return fmt.Errorf("conformance: reading the input: more than %d bytes", maxReadInput)
		}
		out, err = rd.ReadXML(file)
	default:
		return fmt.Errorf("%w: %q", ErrUnsupported, kind)
	}
	if err != nil {
		return err
	}
	return json.NewEncoder(w).Encode(out)
}
