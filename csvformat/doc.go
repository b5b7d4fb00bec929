// Package csvformat reads and writes SIU lines, and the invoice postings
// they are made from, in the form Danish spreadsheets and finance systems
// export them: CSV text or an XLSX sheet with Danish column names, decimal
// commas and Danish dates.
//
// A Reader (NewReader for CSV, OpenXLSX for XLSX) streams the input like
// encoding/csv: Read returns one siu.Record at a time, with its text in
// normal form, and io.EOF at the end; Records is the same as an iterator;
// ReadLine and Lines parse each record into a siu.Line, and
// ReadPosting and Postings into a siu.Posting for
// siu.Aggregate. A Writer writes lines back in the same Danish form. The
// validator in package siu checks the content; this package only reads the
// form, and reports a field it cannot read as a *ParseError.
//
// # Text and encoding (CSV)
//
// The input is UTF-8, with or without a byte order mark. A field that is
// not valid UTF-8 is read as Windows-1252, the encoding Danish Excel uses
// for "CSV (semikolonsepareret)", so that a header "Beløb" reads right in
// both; in a file that starts with a UTF-8 byte order mark such a field is
// an ErrEncoding instead. UTF-16 with a byte order mark (Excel's "Unicode
// text") is read too. A ZIP (XLSX) or OLE (.xls) file, or input with
// control characters (other than tab, CR, LF and form feed) in its first
// 512 bytes or its first line, is an ErrNotText.
//
// # Separator, quotes and lines (CSV)
//
// The first line that is not blank is the header. The field separator is
// found in it: ';' when the header holds one (outside quotes), else a tab,
// else ','; Reader.Comma sets it instead. Quoting follows RFC 4180 as
// encoding/csv reads it, strictly: a bare or unbalanced quote is an error
// (csv.ErrQuote or csv.ErrBareQuote) for the line where its record starts.
// Every record must have as many fields as the header (else ErrFieldCount).
// Blank lines, and lines with nothing but separators and spaces (";;;;",
// which spreadsheets write for an empty row), are skipped. A field may hold
// an Excel text formula, ="0101901234", which reads as 0101901234; in CSV it
// must be quoted like any field with quotes in it: "=""0101901234""". Line
// numbers count physical lines from 1, the header and blank lines included.
//
// # Columns
//
// Header names are matched after folding: lower case, æ ø å as ae oe aa,
// and every character that is not a letter or a digit dropped ("CPR-nummer",
// "cpr nummer" and "CPRNUMMER" are one name). The accepted names:
//
//	CPR number   CPR, CPR-nr, CPR-nummer, Personnummer, PsrID
//	account      Konto, Kontonr, Kontonummer, Kontostreng, Account
//	amount       Beløb, Beloeb, Belob, Amount
//	start date   Startdato, Start, Fra, Fra dato, Periodestart, StartDate
//	end date     Slutdato, Slut, Til, Til dato, Periodeslut, End, EndDate
//
// All five columns are required, in any order; a missing one is an
// ErrMissingColumn, two names for one column an ErrDuplicateColumn (both
// name the columns). Other columns are ignored and listed in
// Header().Ignored. These errors are fatal: without its columns the file
// cannot be read.
//
// # Normal form
//
// Read returns each field in the form of the record grammar of package siu
// (siu.ParseRecord), which is the XML file's, wherever the spreadsheet's
// form means one thing: every field is trimmed of spaces; a CPR number
// written DDMMYY-SSSS or DDMMYY SSSS becomes its ten digits; an account in
// a printed form that kontoplan.Parse reads ("5.38.50.1 4.0", "538501-40")
// becomes its sixteen-digit KONTOSTRENG; the amount becomes an optional
// '-', digits without leading zeros, '.' and two decimals ("16300" reads
// as "16300.00", "1.250,5" as "1250.50"), keeping any further decimal that
// is not zero (nothing is rounded: "1.250,505" reads as "1250.505", which
// the grammar then refuses); a zero has no sign; dates are YYYY-MM-DD.
// Anything else stays as the file writes it, and an empty field stays
// empty, for the validator to report. ReadLine and ReadPosting then parse
// the record with that grammar, so a CSV file, an XLSX sheet and the XML
// file accept exactly the same values.
//
// # Amounts
//
// An amount is digits with an optional sign (a leading '-', '+' or U+2212,
// or a trailing '-' as some finance systems write it), an optional decimal
// mark (',' or '.') and optional thousands separators ('.' or ',', the mark
// that is not decimal; or spaces, also no-break spaces), in groups of three.
// Each file has one decimal mark. Reader.Decimal sets it; by default the
// first amount that shows it sets it for the rest of the file:
//
//	24.850,00   both marks: the last one is decimal (',')
//	1.250.000   a mark used twice groups thousands: decimal ','
//	-1250,50    one mark, not followed by exactly three digits: decimal
//	24850.00    the same, with '.' as decimal mark
//	24850.000   one mark after more than three digits: decimal (3 decimals)
//	1 250,00    spaces group thousands, so ',' is decimal
//	24850       no mark: tells nothing
//
// An amount of the form "1.250" or "1,250" (one to three digits, not
// starting with 0, one mark, three digits) means 1250 in a file whose
// decimal mark is the other one, and 1.250 in a file whose decimal mark is
// that one; before any amount has shown the file's mark it is an
// ErrAmbiguousAmount: the Reader never guesses. An amount that uses the
// other decimal mark than the file's, misplaced separators, letters,
// currency signs or exponents are an ErrAmount.
//
// # Dates
//
// A date is dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd; day and month may have
// one digit. The year must have four digits. Slashes are refused, since
// 01/07/2025 means 1 July in Denmark and 7 January in the United States. A
// time of day may follow a space or a 'T' only when it is midnight
// ("01-07-2025 00:00:00", "2025-07-01T00:00:00Z"), as database exports
// write it. A day that does not exist (30-02-2025) is an ErrDate.
//
// # XLSX
//
// OpenXLSX reads the first sheet of a workbook, or a named one, through
// excelize's streaming row iterator, with the same header and column rules.
// A number cell's stored value is used, not its display: a number cell in
// the amount column is the number, with more than 15 significant digits
// rounded to 15 as Excel shows it (so 1250.0999999999999 reads as 1250.1);
// a number cell in a date column is an
// Excel day number and becomes its date (1900 or 1904 date system as the
// workbook says; it must be a whole day), and a text cell holding only a
// number there is read the same way. Other text cells follow the CSV rules.
// CPR numbers and accounts are taken as stored: keep those columns as text
// in Excel, since a number cell drops a CPR number's leading zero (the
// validator reports the nine digits left) and keeps only 15 digits of a
// 16-digit account. A CPR or account in exponent form (5.38501E+15, in CSV
// or XLSX) is an ErrNumberCell.
// Rows may be shorter than the header (Excel omits empty cells at the end);
// cells right of the header are ignored. Errors give the row and the cell
// ("C7"). The workbook is read whole before the first row (a ZIP archive
// must be), up to MaxXLSXSize bytes, and MaxXLSXUnzipped unpacked.
//
// # Errors and limits
//
// Every error for bad input is a *ParseError naming the line (row) and,
// when one field is at fault, the column: its index, its header name and
// for XLSX its cell. Its message never repeats a value from the CPR column,
// and never any value with ten or more digits; other values are quoted to
// help, at most 40 bytes of them. Read never panics. An error that concerns
// one record leaves the Reader ready for the next; a fatal one (Fatal set:
// no header, a missing column, a record over MaxRecordSize, an I/O error)
// ends the input, and the next Read returns io.EOF.
//
// A field over Reader.MaxFieldSize (DefaultMaxFieldSize, 64 KiB) is an
// ErrFieldTooLong for its line. A CSV record over Reader.MaxRecordSize
// (DefaultMaxRecordSize, 1 MiB; usually a quote that is never closed) is a
// fatal ErrRecordTooLong: memory stays bounded whatever the input.
//
// An empty file, or one with only blank lines, is an ErrEmpty. A file with
// a header and no lines is not an error: Read returns io.EOF at once (the
// validator warns about an empty full load).
//
// # Writing
//
// A Writer writes UTF-8 with a byte order mark, the header
// "CPR;Konto;Beløb;Startdato;Slutdato", ';' separators, amounts with a
// decimal comma and no thousands separators ("-1250,50"; the rare amount
// that would read either way, 1,500 for 1.500, gets a leading zero:
// "01,500"), dates dd-mm-yyyy, and CRLF line ends. Reading a Writer's output
// gives back exactly the records written when they are in Read's normal
// form (as every record Read returns is), and the same lines always.
//
// Excel, opening a CSV file by double-click, turns a CPR number into a
// number (losing a leading zero) and a 16-digit account string into a
// rounded number. Import such files with Data > From Text/CSV and set the
// CPR and account columns to Text.
package csvformat
