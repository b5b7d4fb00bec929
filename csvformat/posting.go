package csvformat

import (
	"errors"
	"fmt"
	"io"
	"iter"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// ReadPosting reads the next record, as Read does, and parses it into an
// invoice posting for siu.Aggregate. A field that does not parse is a
// *ParseError naming the line and the column; its message never holds the
// CPR number. Every field is required.
func (r *Reader) ReadPosting() (siu.Posting, error) {
	rec, err := r.Read()
	if err != nil {
		return siu.Posting{}, err
	}
	var p siu.Posting
	if p.PsrID, err = parseField(rec.PsrID, cpr.Parse); err != nil {
		return siu.Posting{}, r.postingError(fieldPsrID, err)
	}
	if p.Account, err = parseField(rec.Account, kontoplan.Parse); err != nil {
		return siu.Posting{}, r.postingError(fieldAccount, err)
	}
	if p.Amount, err = parseField(rec.Amount, decimal.NewFromString); err != nil {
		return siu.Posting{}, r.postingError(fieldAmount, err)
	}
	if p.Start, err = parseField(rec.Start, civil.Parse); err != nil {
		return siu.Posting{}, r.postingError(fieldStart, err)
	}
	if p.End, err = parseField(rec.End, civil.Parse); err != nil {
		return siu.Posting{}, r.postingError(fieldEnd, err)
	}
	return p, nil
}

// Postings returns an iterator over the postings and errors ReadPosting
// returns, ending at io.EOF (which it does not yield).
func (r *Reader) Postings() iter.Seq2[siu.Posting, error] {
	return func(yield func(siu.Posting, error) bool) {
		for {
			p, err := r.ReadPosting()
			if err == io.EOF {
				return
			}
			if !yield(p, err) {
				return
			}
		}
	}
}

func parseField[T any](s string, parse func(string) (T, error)) (T, error) {
	if s == "" {
		var zero T
		return zero, ErrEmptyField
	}
	return parse(s)
}

// postingError reports a field of the record just read that does not
// parse. The cause is named, but a CPR number's own error is reduced to its
// sentinel kind, and no other field's text is repeated.
func (r *Reader) postingError(f field, err error) error {
	col := r.cols[f]
	var cause error
	switch {
	case errors.Is(err, ErrEmptyField):
		cause = fmt.Errorf("%w: a posting needs its %s", ErrEmptyField, columnNames[f])
	case f == fieldPsrID:
		cause = fmt.Errorf("invalid CPR number: %w", maskedError{err})
	case f == fieldAccount:
		cause = fmt.Errorf("invalid account: %w", maskedError{err})
	case f == fieldAmount:
		cause = fmt.Errorf("%w: %w", ErrAmount, maskedError{err})
	default:
		cause = fmt.Errorf("%w: %w", ErrDate, maskedError{err})
	}
	row := rawRow{line: r.line}
	return &ParseError{Line: r.line, Column: col + 1, Name: r.columnName(col),
		Sheet: r.src.sheetName(), Cell: r.src.cell(row, col), Err: cause}
}

// maskedError shows another package's error with its digits replaced by
// '#' when the message holds ten digits or more (it might repeat a CPR
// number); errors.Is and errors.As see the error itself.
type maskedError struct{ err error }

func (e maskedError) Error() string { return maskDigits(e.err.Error()) }
func (e maskedError) Unwrap() error { return e.err }

// maskDigits returns s with every digit replaced by '#' when s holds ten
// digits or more in all, else s.
func maskDigits(s string) string {
	digits := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			digits++
		}
	}
	if digits < 10 {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '#'
		}
	}
	return string(b)
}
