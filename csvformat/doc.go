// Package csvformat reads and writes SIU lines, and the invoice postings
// they are made from, in the form Danish spreadsheets and finance systems
// export them: CSV text or an XLSX sheet with Danish column names, decimal
// commas and Danish dates.
//
// A Reader (NewReader for CSV, OpenXLSX or OpenXLSXWith for XLSX) streams
// the input like encoding/csv: Read returns one siu.Record at a time, with
// its text in normal form, and io.EOF at the end; Records is the same as an
// iterator; ReadLine and Lines parse each record into a siu.Line, and
// ReadPosting and Postings into a siu.Posting for siu.Aggregate. A Writer writes lines back in the same Danish form. The
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
// Lines end in LF, CRLF or a lone CR (old Mac files and some exports), in
// any mix. The field separator is found in the header line (see Header):
// ';' when it holds one (outside quotes), else a tab, else ','; Reader.Comma
// sets it instead. Quoting follows RFC 4180 as
// encoding/csv reads it, strictly: a bare or unbalanced quote is an error
// (csv.ErrQuote or csv.ErrBareQuote) for the line where its record starts.
// Every record must have as many fields as the header (else ErrFieldCount).
// Blank lines, and lines with nothing but separators and spaces (";;;;",
// which spreadsheets write for an empty row), are skipped. A field may hold
// an Excel text formula, ="0101901234", which reads as 0101901234; in CSV it
// must be quoted like any field with quotes in it: "=""0101901234""". Line
// numbers count physical lines from 1, the header and blank lines included.
//
// # Header
//
// The header is the first line (XLSX: row) that names all five columns,
// among the first HeaderSearchRows (20) lines that are not blank; the lines
// above it, such as a report's title rows, are skipped and listed in
// Header().Skipped, and Header().Line is the header's line. Reader.HeaderRow
// names the header's line instead (the siu command's --header-row): the
// lines above it are skipped, and that line must name the columns. When no
// line names them all, the error is that of the line that names the most
// (the first such), and its hint says how to name the header's line. In
// CSV each candidate line is split at its own separator; a quoted name may
// hold a line break (up to four physical lines in all).
//
// # Columns
//
// Header names are matched after folding: lower case, æ ø å as ae oe aa,
// and every character that is not a letter or a digit dropped ("CPR-nummer",
// "cpr nummer", "CPR-nr." and "CPRNUMMER" are one name). The accepted names:
//
//	CPR number   CPR, CPR-nr, CPR-nummer, Personnummer, PsrID
//	account      Konto, Kontonr, Kontonummer, Kontostreng, Account
//	amount       Beløb, Beloeb, Belob, Amount
//	start date   Startdato, Start, Fra, Fra dato, Periodestart, StartDate
//	end date     Slutdato, Slut, Til, Til dato, Periodeslut, End, EndDate
//
// A name may be followed by a unit or an explanation, which is dropped
// before matching: any trailing parentheticals in ( ) or [ ], then one
// trailing unit word kr, kroner or DKK (with or without a final '.'),
// alone, after a comma, or after "i" or "in". So "Beløb (kr.)", "Beløb i
// kr", "Beløb, kr.", "Beløb DKK" and "Startdato (dd-mm-åååå)" are accepted.
// Only whole words are dropped: "Beløbstype" and "Beløb i alt" are other
// columns.
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
// ErrAmbiguousAmount: the Reader never guesses; the error's hint names the
// option that sets the mark (Flags.Decimal, the siu command's --decimal).
// An amount that uses the other decimal mark than the file's, misplaced
// separators, letters, currency signs or exponents are an ErrAmount.
//
// # Dates
//
// A date is dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd; day and month may have
// one digit. The year must have four digits. Slashes are refused, since
// 01/07/2025 means 1 July in Denmark and 7 January in the United States. A
// time of day may follow a space or a 'T' only when it is midnight
// ("01-07-2025 00:00:00", "2025-07-01T00:00:00Z"), as database exports
// write it. A day that does not exist (30-02-2025) is an ErrDate saying so
// ("no such day: February 2025 has 28 days"), and a value that is not a
// date at all ("1. marts 2025") one saying "not a date (want dd-mm-åååå,
// e.g. 01-03-2025)".
//
// # XLSX
//
// OpenXLSX reads the first sheet of a workbook, or a named one (the siu
// command's --sheet), with the same header and column rules. The Reader
// reads XLSX itself, in bounded memory: the archive whole (a ZIP archive
// must be), then only the parts it needs: the list of sheets, the shared
// strings (held in memory) and the sheet, whose rows it streams. It never
// parses styles and writes no temporary files.
//
// A number cell's stored value is used, not its display: a number cell in
// the amount column is the number, with more than 15 significant digits
// rounded to 15 as Excel shows it (so 1250.0999999999999 reads as 1250.1);
// a number cell in a date column is an
// Excel day number and becomes its date (1900 or 1904 date system as the
// workbook says; it must be a whole day), and a text cell holding only a
// number there is read the same way. Other text cells follow the CSV rules.
// CPR numbers and accounts are taken as stored: keep those columns as text
// in Excel, since a number cell drops a CPR number's leading zero and keeps
// only 15 digits of a 16-digit account. A CPR or account in exponent form
// (5.38501E+15, in CSV or XLSX) is an ErrNumberCell.
// Rows may be shorter than the header (Excel omits empty cells at the end);
// cells right of the header are ignored. Errors give the row and the cell
// ("C7").
//
// Merged cells are read as Excel shows them, where that is one value per
// row: a CPR number, account or date merged down over several rows of its
// column applies to each of them (Excel stores it only in the range's
// top-left cell). A cell of the amount column below the top of a merged
// range is an ErrMergedCell, since copying the amount would count it more
// than once; so is a cell of the five columns in a range that spans more
// than one column, or whose top-left value is longer than 256 bytes. The
// error names the range ("cells C5:C6 are merged"). Rows above the header
// and the header itself are read as stored.
//
// Before it parses a part the Reader checks the size the archive declares
// for it, then scans its XML in one pass, counting as it unpacks: the size
// it unpacks to, the nesting of its elements (at most MaxXLSXDepth), the
// length of each tag or text (at most MaxXLSXToken), the shared strings and
// the sheet's cells and merged ranges. The limits, MaxXLSXSize for the
// file, MaxXLSXUnzipped for all parts, MaxXLSXSheetSize,
// MaxXLSXSharedStringsSize and MaxXLSXPartSize per part,
// MaxXLSXSharedStrings, MaxXLSXCells and MaxXLSXMergedRanges, can be set
// per Reader with XLSXLimits. A workbook beyond one is a fatal *ParseError
// whose cause is a *LimitError naming the part and the limit (it matches
// ErrTooLarge and ErrXLSX), with the hint HintSaveCSV: save the sheet as
// CSV. So a workbook of a few hundred kilobytes whose shared strings unpack
// to gigabytes is refused at once.
//
// # Errors and limits
//
// Every error for bad input is a *ParseError naming the line (row) and,
// when one field is at fault, the column: its index, its header name and
// for XLSX its cell. Its message never repeats a value from the CPR
// column, and never any value with ten or more digits; other values are
// quoted to help, at most 40 bytes of them. Its Hint, when set, says what
// to do, naming the options by the Reader's Flags (by default the siu
// command's flags --decimal, --header-row and --sheet); Error shows it
// after the cause. Read never panics. An error that concerns
// one record leaves the Reader ready for the next; a fatal one (Fatal set:
// no header, a missing column, a record over MaxRecordSize, an I/O error)
// ends the input, and the next Read returns io.EOF.
//
// A field over Reader.MaxFieldSize (DefaultMaxFieldSize, 64 KiB) is an
// ErrFieldTooLong for its line. A CSV record over Reader.MaxRecordSize
// (DefaultMaxRecordSize, 1 MiB; usually a quote that is never closed) is a
// fatal ErrRecordTooLong: memory stays bounded whatever the input.
//
// A CPR field of nine digits is what is left of a CPR number stored as a
// number: the Reader keeps it as it is (the validator, or ReadLine, reports
// it), and Reader.Hints lists the Hint HintLostZero for it, once, which a
// ReadLine error also carries: store the column as text.
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
// The file is for people who open it in Excel, which turns a field of
// digits into a number: a CPR number loses its leading zero, and a
// sixteen-digit account is rounded to fifteen digits (5384210000000047
// becomes 5384210000000040: art 4.7 turns into 4.0). So by default the
// Writer writes a CPR number of ten digits as DDMMYY-SSSS, an account in
// the dotted form people write ("5.38.42.1 4.7", when that form holds the
// whole KONTOSTRENG: ejerforhold and omkostningssted zero), and any other
// CPR or account field of only digits as an Excel text formula
// ="5385017123400040"; Excel keeps all three as text, and the Reader reads
// them back as the ten and sixteen digits. Writer.Plain writes the digits
// as they are, for programs.
package csvformat
