// Package cpr models Danish CPR numbers (personnumre) as SIU uses them:
// parsing with precise errors, birth date, sex, SIU's fictive numbers for
// anonymous citizens, and printing that never shows the whole number.
//
// # CPR numbers
//
// A CPR number is ten digits, DDMMYY-SSSS: the birth date (day, month,
// two-digit year) and a serial number. The first digit of the serial number
// (the 7th digit) and YY give the century of the birth year (cpr.dk):
//
//	7th digit   YY 00–36   YY 37–57   YY 58–99
//	0–3         19xx       19xx       19xx
//	4, 9        20xx       19xx       19xx
//	5–8         20xx       20xx       18xx
//
// so a number can encode a birth year in 1858–2057. The last digit is odd
// for a man and even for a woman. Do not read YY with time.Parse("060102"):
// its pivot is 69, not this table.
//
// # Modulus 11
//
// Until 1 October 2007 every CPR number passed a modulus 11 check. Numbers
// issued since then may fail it, and they are valid. Parse therefore does
// not check it; PassesModulus11 reports it for information only.
//
// # Fictive numbers
//
// SIU reports an anonymous citizen (e.g. at a women's shelter, SEL § 109)
// with a fictive number: the birth date DDMMYY followed by 9998 for a woman
// or 9999 for a man, or 1234569998 / 1234569999 without a birth date. Fictive
// makes them, IsFictive recognises them, and Parse accepts them, even
// 123456, which is not a date. BirthDate of 123456999x is the zero Date.
//
// # Replacement numbers
//
// Replacement numbers (erstatningspersonnumre) are issued outside CPR: the
// day plus 60 (DD 61–91), or letters in positions 8–9 (eCPR, in the health
// sector). They are not CPR numbers: Parse rejects them with an error that
// matches ErrReplacement, and IsReplacement recognises them.
//
// # Privacy
//
// A CPR number is personal data. A Number prints masked everywhere it can
// be printed: String, every fmt verb (%v, %s, %q, %+v, %#v), and log/slog
// show "170580-****". The ten digits come only from Digits and AppendDigits,
// and from the methods serialisers call: MarshalText and AppendText
// (encoding/json, encoding/xml), MarshalBinary (encoding/gob) and Value
// (database/sql). Errors never
// contain the number: an *Error names the part and position that are wrong.
// Even a Number in an unexported struct field, which fmt prints by
// reflection without calling String, does not print its digits.
//
// The zero Number means "no number": it prints as "", marshals as empty
// text, and is NULL in SQL.
//
// # Redacting text
//
// Text that comes from outside (a field, a file name, another library's
// error) may hold a CPR number that never was a Number. Redact masks every
// form a number takes in text: ten digits in a row, DDMMYY-SSSS with a
// hyphen, a dash or a space, full-width digits, digits joined to letters
// (CPR1705801234, 1705801234.csv). It masks a run of digits only when it
// can be a number (its first six digits are a date, a replacement date or
// 123456), so line numbers, amounts, dates, accounts and byte counts stay
// as they are; see Redact for the exact rule. Every message of this module
// that repeats text from its input goes through Redact.
package cpr
