package csvformat

import (
	"errors"
	"io"
	"iter"

	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// ReadLine reads the next record, as Read does, and parses it with the
// record grammar of package siu (siu.ParsePsrID and its siblings) into a
// line. A field that does not parse is a *ParseError naming the line and
// the column; its message never holds the CPR number. Every field is
// required. To check the fields as DST will, with every problem reported
// as a finding, give the records to siu.Validator.AddRecord instead.
func (r *Reader) ReadLine() (siu.Line, error) {
	rec, err := r.Read()
	if err != nil {
		return siu.Line{}, err
	}
	var l siu.Line
	if l.PsrID, err = siu.ParsePsrID(rec.PsrID); err != nil {
		pe := r.postingError(fieldPsrID, err)
		if lostZero(rec.PsrID) {
			pe.Hint = HintLostZero
		}
		return siu.Line{}, pe
	}
	if l.Account, err = siu.ParseAccount(rec.Account); err != nil {
		if !allDigits(rec.Account) {
			// A printed form that kontoplan.Parse does not read: its
			// error says which part is wrong.
			if _, kerr := kontoplan.Parse(rec.Account); kerr != nil {
				err = accountError{shown: kerr, cause: err}
			}
		}
		return siu.Line{}, r.postingError(fieldAccount, err)
	}
	if l.Amount, err = siu.ParseAmount(rec.Amount); err != nil {
		return siu.Line{}, r.postingError(fieldAmount, err)
	}
	if l.Start, err = siu.ParseDate(rec.Start); err != nil {
		return siu.Line{}, r.postingError(fieldStart, err)
	}
	if l.End, err = siu.ParseDate(rec.End); err != nil {
		return siu.Line{}, r.postingError(fieldEnd, err)
	}
	return l, nil
}

// Lines returns an iterator over the lines and errors ReadLine returns,
// ending at io.EOF (which it does not yield).
func (r *Reader) Lines() iter.Seq2[siu.Line, error] {
	return untilEOF(r.ReadLine)
}

// ReadPosting reads the next record as ReadLine does, as an invoice
// posting for siu.Aggregate.
func (r *Reader) ReadPosting() (siu.Posting, error) {
	l, err := r.ReadLine()
	if err != nil {
		return siu.Posting{}, err
	}
	return siu.Posting{PsrID: l.PsrID, Account: l.Account, Amount: l.Amount, Start: l.Start, End: l.End}, nil
}

// Postings returns an iterator over the postings and errors ReadPosting
// returns, ending at io.EOF (which it does not yield).
func (r *Reader) Postings() iter.Seq2[siu.Posting, error] {
	return untilEOF(r.ReadPosting)
}

// untilEOF turns a read function into an iterator that ends at io.EOF.
func untilEOF[T any](read func() (T, error)) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		for {
			v, err := read()
			if err == io.EOF {
				return
			}
			if !yield(v, err) {
				return
			}
		}
	}
}

// postingError reports a field of the record just read that does not
// parse. The cause is named, but a CPR number's own error is reduced to its
// sentinel kind, and no other field's text is repeated.
func (r *Reader) postingError(f field, err error) *ParseError {
	col := r.cols[f]
	var cause error
	switch {
	case errors.Is(err, siu.ErrMissing):
		cause = detail(ErrEmptyField, "a posting needs its %s", columnNames[f])
	case f == fieldPsrID:
		cause = phrase("invalid CPR number: %v", maskedError{err})
	case f == fieldAccount:
		cause = phrase("invalid account: %v", maskedError{err})
	case f == fieldAmount:
		cause = detail(ErrAmount, "%v", maskedError{err})
	default:
		cause = detail(ErrDate, "%v", maskedError{err})
	}
	row := rawRow{line: r.line}
	return &ParseError{Line: r.line, Column: col + 1, Name: r.columnName(col),
		Sheet: r.src.sheetName(), Cell: r.src.cell(row, col), Err: cause}
}

// accountError shows kontoplan's error for an account in a printed form,
// and matches the grammar's error too.
type accountError struct{ shown, cause error }

func (e accountError) Error() string   { return e.shown.Error() }
func (e accountError) Unwrap() []error { return []error{e.shown, e.cause} }

// maskedError shows another package's error through cpr.Redact, so that
// it never repeats a CPR number; errors.Is and errors.As see the error
// itself.
type maskedError struct{ err error }

func (e maskedError) Error() string { return cpr.Redact(e.err.Error()) }
func (e maskedError) Unwrap() error { return e.err }

// Danish returns the Danish text of the error, through cpr.Redact: the
// detail of another package stays English after the Danish lead of its
// cause.
func (e maskedError) Danish() string { return cpr.Redact(danish.Danish(e.err)) }
