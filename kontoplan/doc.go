// Package kontoplan models SIU's account string (KONTOSTRENG) and the
// authorised municipal chart of accounts (den autoriserede kontoplan) of
// each budget year.
//
// # Sources
//
//   - Indenrigs- og Sundhedsministeriet, "Budget- og regnskabssystem for
//     kommuner", chapter 2 "Kontoplanens opbygning og generelle regler for
//     kontering":
//     https://budregn.im.dk/budget-og-regnskabssystem-for-kommuner/2-kontoplanens-opbygning-og-generelle-regler-for-kontering
//     Section 2.0 describes the account number as a "kontostreng (ciffer
//     1-16)" made of hovedkonto, hovedfunktion, funktion, dranst,
//     ejerforhold, omkostningssted, gruppering, hovedart and art, in that
//     order; 2.2 the dranst values, 2.3 ejerforhold and omkostningssted,
//     2.4 gruppering, 2.5 the arts.
//   - Rigsarkivet, "Kommunernes budgetter og regnskaber" (DST's archived
//     dataset), https://digidata.rigsarkivet.dk/aflevering/19047: dranst
//     1 drift, 2 statsrefusion, 3 anlæg, 4 renter, 5 finansforskydninger,
//     6 afdrag på lån, 7 finansiering; ejerforhold 1 egne, 2
//     selvejende/private, 3 andre offentlige myndigheder.
//   - Danmarks Statistik, "Kommuners og regioners årsregnskab",
//     https://www.dst.dk/da/Indberet/oplysningssider/kommuners-og-regioners-aarsregnskab:
//     municipal accounts are reported by funktion, dranst, ejerkode,
//     gruppering and art; art 4.6-4.8 are payments to and 7.6-7.8 payments
//     from staten, kommuner and regioner.
//   - Budget- og regnskabssystem for kommuner, 3.5.4 and 4.5.3 (Budget 2018
//     edition, copies at spotidoc.com and abcdocz.com, cited in the data
//     files): groupings are three digits ("001", "092"); expenses in
//     boformer under SEL §§ 107-110 and ABL § 105 are booked on 5.38.42,
//     5.38.45, 5.38.50, 5.38.51 and 5.38.52.
//
// # The account number and the KONTOSTRENG
//
// The canonical KONTOSTRENG is what String, AppendTo, MarshalText and Value
// write and what goes in the XML element KONTOSTRENG: exactly 16 ASCII
// digits, no separators, at fixed positions (1-based):
//
//	pos    part             width  when not given
//	1      hovedkonto       1      always given (0-9)
//	2-3    hovedfunktion    2      always given
//	4-5    funktion         2      always given
//	6      dranst           1      always given (1-7)
//	7      ejerforhold      1      0
//	8-11   omkostningssted  4      0000
//	12-14  gruppering       3      000
//	15     hovedart         1      always given
//	16     art              1      always given
//
// The order of the parts and the total of 16 digits are chapter 2.0's. The
// widths of the function (5.38.50), dranst, ejerforhold, gruppering (001)
// and art (7.2) are confirmed by the sources above. The width of
// omkostningssted (4) is derived: it is what remains of the 16 digits.
// Modeled: the exact position table, and the zero fill of the optional
// parts; a vendor whose finance system prints the parts elsewhere
// describes them with a Layout.
//
// Examples: 5.38.50 (botilbud til længerevarende ophold, SEL § 108), dranst
// 1 drift, art 4.0 (an expense) is
//
//	5385010000000040
//
// and the citizen's own payment (egenbetaling) on the same function, art
// 7.2 salg af produkter og ydelser, is
//
//	5385010000000072
//
// # Reading what finance systems print
//
// Parse reads the canonical form and these printed forms; spaces around
// the string are ignored:
//
//	5385010000000072        canonical, 16 digits
//	53850172                function, dranst and art run together (8 digits)
//	538501-72, 538501 7.2   function and dranst (6 digits), then the art
//	53850 1 72              function (5 digits), dranst, art
//	5.38.50.1 7.2           dotted; '.', '-', '/' and spaces separate parts
//	5.38.50.1.092 7.2       a three-digit gruppering before the art
//	5.38.50.1 7.2 PSP-1234  local dimensions after the art are ignored
//
// The art is two digits ("72") or hovedart and art apart ("7.2", "7 2").
// What follows the art must start with a space or one of . - / ; , | and
// is ignored. Parse does not read ejerforhold or omkostningssted from a
// printed form; use the canonical form or a Layout for them. Any other
// fixed-position form is described with NewLayout, e.g.
// NewLayout("xxxx KHHFF-D-GGG A.a*"), where letters stand for the digits
// of a part, 'x' skips a character and '*' ignores the rest.
//
// Errors are *ParseError values naming the part and the position; they
// never repeat the input, so a CPR number put in the account column by
// mistake does not reach a log. Parse allocates nothing on success.
//
// # The chart of accounts
//
// ChartFor returns the embedded chart of a budget year (data/*.csv; 2022
// to 2026), and a *NoChartError for any other year. ParseChart reads a
// user's own file in the same format (data/README.md). A Chart answers
// whether an account's function, dranst and art exist that year (Check),
// what a function is named, which law paragraphs it serves and its SIU
// scope (Function, Scope), and whether a line on an account is an
// expense or income (Kind).
//
// Modeled decisions, each in one place:
//   - Kind by hovedart for an art the chart does not list: 0-6 expense,
//     7 and 8 income, 9 internal (kindByHovedart in kind.go); a chart
//     file's art rows state the kind of each art they list.
//   - Only dranst 1 drift belongs in SIU (the siu flag of the dranst rows
//     in the data files; Chart.AccountScope).
//   - SIU scope per function and year, and the names marked "modeled", in
//     the data files.
package kontoplan
