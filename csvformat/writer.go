package csvformat

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/kontoplan"
	"github.com/siukit/siukit/siu"
)

// Writer writes SIU lines as a Danish spreadsheet's CSV: UTF-8 with a byte
// order mark (so that Excel reads "Beløb" right), the header line
// CPR;Konto;Beløb;Startdato;Slutdato, ';' between fields, decimal comma
// without thousands separators, dates as dd-mm-yyyy, and CRLF line ends.
// By default it writes CPR numbers and accounts in a form Excel keeps as
// text (see Plain). A Reader reads back exactly what a Writer wrote.
//
// Like encoding/csv, a Writer buffers: call Flush at the end and check
// Error.
type Writer struct {
	// Plain writes CPR numbers and accounts as the records hold them (ten
	// and sixteen digits), for programs. When it is false (the default,
	// for files that people open in Excel) a CPR number of ten digits is
	// written DDMMYY-SSSS, an account in the dotted form people write
	// ("5.38.42.1 4.7") when that form holds all of it, and any other
	// value of only digits as an Excel text formula ="..."; Excel opening
	// the file keeps all of them as text, where it would drop a CPR
	// number's leading zero and round a sixteen-digit account to fifteen
	// digits (turning art 4.7 into 4.0). A Reader reads both forms back
	// to the same records.
	Plain bool

	bw      *bufio.Writer
	cw      *csv.Writer
	started bool
	err     error
	buf     []byte
	fields  [numFields]string
}

// NewWriter returns a Writer that writes to w.
func NewWriter(w io.Writer) *Writer {
	bw := bufio.NewWriter(w)
	cw := csv.NewWriter(bw)
	cw.Comma = ';'
	cw.UseCRLF = true
	return &Writer{bw: bw, cw: cw}
}

// Write writes one record in the normal form a Reader returns: the amount a
// plain decimal such as "-1250.50" and the dates YYYY-MM-DD (or empty). The
// CPR and account fields are written as they are, or in the forms Excel
// keeps (Plain). A field in another form is an error (matching ErrAmount or
// ErrDate), and nothing is written.
func (w *Writer) Write(rec siu.Record) error {
	if w.err != nil {
		return w.err
	}
	w.buf = w.buf[:0]
	var at [3]int
	var err error
	at[0] = len(w.buf)
	if w.buf, err = appendDanishAmount(w.buf, rec.Amount); err != nil {
		return err
	}
	at[1] = len(w.buf)
	if w.buf, err = appendDanishDate(w.buf, rec.Start); err != nil {
		return err
	}
	at[2] = len(w.buf)
	if w.buf, err = appendDanishDate(w.buf, rec.End); err != nil {
		return err
	}
	all := string(w.buf)
	psr, account := rec.PsrID, rec.Account
	if !w.Plain {
		psr, account = excelPsrID(psr), excelAccount(account)
	}
	w.fields = [numFields]string{
		fieldPsrID:   psr,
		fieldAccount: account,
		fieldAmount:  all[at[0]:at[1]],
		fieldStart:   all[at[1]:at[2]],
		fieldEnd:     all[at[2]:],
	}
	return w.writeFields()
}

// WriteLine writes one line: the CPR number's ten digits, the account's
// KONTOSTRENG, the amount with at least two decimals (more when it has
// more), and the dates.
func (w *Writer) WriteLine(l siu.Line) error {
	return w.Write(siu.Record{
		PsrID:   l.PsrID.Digits(),
		Account: l.Account.String(),
		Amount:  plainAmount(l.Amount),
		Start:   l.Start.String(),
		End:     l.End.String(),
	})
}

// Flush writes any buffered data to the underlying io.Writer. It writes
// the header line even when no line was written, so that an empty export is
// still a file the Reader accepts.
func (w *Writer) Flush() {
	if w.err == nil && !w.started {
		w.err = w.writeHeader()
	}
	w.cw.Flush()
	if err := w.cw.Error(); err != nil && w.err == nil {
		w.err = err
	}
	if err := w.bw.Flush(); err != nil && w.err == nil {
		w.err = err
	}
}

// Error reports any error of a previous Write, WriteLine or Flush.
func (w *Writer) Error() error {
	if w.err != nil {
		return w.err
	}
	return w.cw.Error()
}

func (w *Writer) writeHeader() error {
	w.started = true
	if _, err := w.bw.Write(bomUTF8); err != nil {
		return err
	}
	return w.cw.Write(columnNames[:])
}

func (w *Writer) writeFields() error {
	if !w.started {
		if w.err = w.writeHeader(); w.err != nil {
			return w.err
		}
	}
	if err := w.cw.Write(w.fields[:]); err != nil {
		w.err = err
	}
	return w.err
}

// plainAmount returns d with at least two decimals, all of them kept.
func plainAmount(d decimal.Decimal) string {
	if d.Exponent() < -2 {
		return d.String()
	}
	return d.StringFixed(2)
}

// appendDanishAmount appends the plain decimal s ("-1250.50") with a decimal
// comma ("-1250,50"). An amount that would read either way ("1,500") gets a
// leading zero ("01,500"), which reads back without doubt.
func appendDanishAmount(dst []byte, s string) ([]byte, error) {
	if s == "" {
		return dst, nil
	}
	body := strings.TrimPrefix(s, "-")
	intPart, frac, hasFrac := strings.Cut(body, ".")
	if !allDigits(intPart) || intPart == "" || (hasFrac && (frac == "" || !allDigits(frac))) {
		return dst, detail(ErrAmount, "%s is not a plain decimal such as -1250.50", quoteValue(s))
	}
	if len(body) < len(s) {
		dst = append(dst, '-')
	}
	if hasFrac && len(frac) == 3 && len(intPart) <= 3 && intPart[0] != '0' {
		dst = append(dst, '0')
	}
	dst = append(dst, intPart...)
	if hasFrac {
		dst = append(dst, ',')
		dst = append(dst, frac...)
	}
	return dst, nil
}

// appendDanishDate appends the date s (YYYY-MM-DD) as dd-mm-yyyy.
func appendDanishDate(dst []byte, s string) ([]byte, error) {
	if s == "" {
		return dst, nil
	}
	d, err := civil.Parse(s)
	if err != nil {
		return dst, detail(ErrDate, "%s is not a date YYYY-MM-DD", quoteValue(s))
	}
	return fmt.Appendf(dst, "%02d-%02d-%04d", d.Day(), int(d.Month()), d.Year()), nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// excelPsrID returns a CPR field in a form Excel keeps as text: ten digits
// as DDMMYY-SSSS (which the Reader reads back as the ten digits), other
// digits as a text formula.
func excelPsrID(s string) string {
	if len(s) == 10 && allDigits(s) {
		return s[:6] + "-" + s[6:]
	}
	return excelText(s)
}

// excelAccount returns an account field in a form Excel keeps as text: a
// KONTOSTRENG in the dotted form when that form holds all of it (the
// ejerforhold and omkostningssted are zero), other digits as a text
// formula. The Reader reads either back as the same field.
func excelAccount(s string) string {
	if len(s) == kontoplan.CanonicalLen && allDigits(s) {
		if a, err := kontoplan.Parse(s); err == nil {
			if d := a.Dotted(); normalAccount(d) == s {
				return d
			}
		}
	}
	return excelText(s)
}

// excelText returns s, or when it holds only digits (which Excel would turn
// into a number), the text formula ="s".
func excelText(s string) string {
	if s != "" && allDigits(s) {
		return `="` + s + `"`
	}
	return s
}
