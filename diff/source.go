package diff

import (
	"fmt"
	"iter"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

// Lines returns an iterator over the lines of src, for Compare: each
// record parsed by siu.ParseRecord. A record that cannot be read or parsed
// is not compared: it goes to skip, as an *source.Error naming its position
// (skip may be nil), and the iteration goes on.
func Lines(src *source.Source, skip func(*source.Error)) iter.Seq2[siu.Line, error] {
	return func(yield func(siu.Line, error) bool) {
		for rec, err := range src.Records() {
			if err != nil {
				if skip != nil {
					e, ok := err.(*source.Error)
					if !ok {
						e = &source.Error{Line: rec.Pos, Message: cpr.Redact(err.Error()), Err: err}
					}
					skip(e)
				}
				continue
			}
			l, fs := siu.ParseRecord(rec.Record)
			if len(fs) > 0 {
				if skip != nil {
					f := fs[0]
					skip(&source.Error{Line: rec.Pos, Message: cpr.Redact(fmt.Sprintf("%s %d: %s: %s", src.Unit(), rec.Pos, f.Field, f.MessageEN))})
				}
				continue
			}
			if !yield(l, nil) {
				return
			}
		}
	}
}
