package sample

import (
	"github.com/siukit/siukit/siu"
)

// This file is the generator's profile: every number that makes the data
// look like a municipality's year lives here, in one table.
//
// Modeled: no public source gives the distribution of SIU's lines. The
// shares, rates and stay lengths below are this project's estimates of a
// plausible year (monthly prices of botilbud from about 15,000 to 120,000
// kr, per-day rates at shelters, egenbetaling for board and lodging); they
// make realistic test data, not statistics.

// rateUnit says what a service's rate is per.
type rateUnit uint8

const (
	perMonth rateUnit = iota + 1 // a monthly price, prorated by days for part months
	perDay                       // a price per day of stay
)

// service is one kind of stay the generator can draw.
type service struct {
	area     siu.Area
	function string // the function, e.g. "5.38.50"
	what     string // what the stay is, for the documentation of the table
	weight   int    // relative share of citizens within the area

	femalePct int // share of women, in percent

	unit             rateUnit
	minRate, maxRate int64 // kroner per unit

	minDays, maxDays int // length of a stay, days

	egenPct          int   // share of stays with egenbetaling (art 7.2)
	minEgen, maxEgen int64 // egenbetaling, kroner per unit (same unit as the rate)

	datelessPct int // share of citizens whose fictive number has no birth date (123456)

	quarterlyPct int // share of stays invoiced quarterly in advance (gives periods across the year end)
	insurancePct int // share of stays with a yearly 1 July to 30 June expense (DST's insurance case)

	arts []artWeight // the expense arts, by weight
}

// artWeight is an expense art and its share of a service's stays.
type artWeight struct {
	art    string // e.g. "4.0"
	weight int
}

// Expense and income arts (hovedart 4: køb af tjenesteydelser; 7.2: salg af
// produkter og ydelser, which carries egenbetaling; SOURCES.md: budregn-ch2).
const (
	artServices      = "4.0" // tjenesteydelser uden moms (private providers)
	artMunicipal     = "4.7" // betalinger til kommuner
	artRegional      = "4.8" // betalinger til regioner
	artEgenbetaling  = "7.2" // salg af produkter og ydelser: egenbetaling
	creditPerMille   = 15    // share of invoices followed by a credit note, per mille
	transferPct      = 8     // share of adults whose stay ends in the year who move on to another service
	areaAdultsWeight = 75    // share of citizens in the adult area of a SAMLET delivery, in percent
)

// services is the table of stays. Adults first (5.38), then children (5.28).
var services = []service{
	{
		area: siu.AreaVoksen, function: "5.38.42", what: "kvindekrisecenter (SEL § 109), anonymous stays",
		weight: 12, femalePct: 100,
		unit: perDay, minRate: 1400, maxRate: 2600,
		minDays: 3, maxDays: 150,
		egenPct: 20, minEgen: 40, maxEgen: 120,
		datelessPct: 15,
		arts:        []artWeight{{artServices, 3}, {artMunicipal, 2}},
	},
	{
		area: siu.AreaVoksen, function: "5.38.42", what: "herberg or forsorgshjem (SEL § 110)",
		weight: 16, femalePct: 20,
		unit: perDay, minRate: 900, maxRate: 1800,
		minDays: 2, maxDays: 300,
		egenPct: 45, minEgen: 60, maxEgen: 150,
		arts: []artWeight{{artServices, 1}, {artMunicipal, 3}},
	},
	{
		area: siu.AreaVoksen, function: "5.38.45", what: "residential treatment under SEL §§ 107-110",
		weight: 6, femalePct: 35,
		unit: perMonth, minRate: 20000, maxRate: 65000,
		minDays: 30, maxDays: 400,
		egenPct: 25, minEgen: 2000, maxEgen: 5000,
		arts: []artWeight{{artServices, 2}, {artMunicipal, 1}},
	},
	{
		area: siu.AreaVoksen, function: "5.38.50", what: "botilbud til længerevarende ophold (SEL § 108)",
		weight: 26, femalePct: 45,
		unit: perMonth, minRate: 25000, maxRate: 120000,
		minDays: 180, maxDays: 5000,
		egenPct: 70, minEgen: 4000, maxEgen: 9500,
		quarterlyPct: 10, insurancePct: 4,
		arts: []artWeight{{artServices, 2}, {artMunicipal, 4}, {artRegional, 1}},
	},
	{
		area: siu.AreaVoksen, function: "5.38.51", what: "botilbudslignende tilbud (ABL § 105 with SEL § 85)",
		weight: 24, femalePct: 45,
		unit: perMonth, minRate: 15000, maxRate: 60000,
		minDays: 120, maxDays: 4000,
		egenPct: 10, minEgen: 1500, maxEgen: 4000,
		quarterlyPct: 10, insurancePct: 3,
		arts: []artWeight{{artServices, 3}, {artMunicipal, 2}},
	},
	{
		area: siu.AreaVoksen, function: "5.38.52", what: "botilbud til midlertidigt ophold (SEL § 107)",
		weight: 16, femalePct: 40,
		unit: perMonth, minRate: 20000, maxRate: 95000,
		minDays: 30, maxDays: 900,
		egenPct: 50, minEgen: 3000, maxEgen: 7500,
		quarterlyPct: 5,
		arts:         []artWeight{{artServices, 2}, {artMunicipal, 3}, {artRegional, 1}},
	},
	{
		area: siu.AreaBoern, function: "5.28.22", what: "anbringelse i plejefamilie",
		weight: 45, femalePct: 50,
		unit: perMonth, minRate: 15000, maxRate: 45000,
		minDays: 90, maxDays: 5000,
		egenPct: 15, minEgen: 800, maxEgen: 2500,
		quarterlyPct: 5,
		arts:         []artWeight{{artServices, 1}, {artMunicipal, 1}},
	},
	{
		area: siu.AreaBoern, function: "5.28.20", what: "opholdssted for children and young people",
		weight: 25, femalePct: 45,
		unit: perMonth, minRate: 35000, maxRate: 95000,
		minDays: 60, maxDays: 3000,
		egenPct: 15, minEgen: 800, maxEgen: 2500,
		quarterlyPct: 5, insurancePct: 2,
		arts: []artWeight{{artServices, 3}, {artMunicipal, 1}},
	},
	{
		area: siu.AreaBoern, function: "5.28.23", what: "døgninstitution for children and young people",
		weight: 22, femalePct: 45,
		unit: perMonth, minRate: 45000, maxRate: 120000,
		minDays: 60, maxDays: 3000,
		egenPct: 10, minEgen: 800, maxEgen: 2500,
		quarterlyPct: 5,
		arts:         []artWeight{{artMunicipal, 3}, {artRegional, 2}},
	},
	{
		area: siu.AreaBoern, function: "5.28.24", what: "sikret døgninstitution",
		weight: 8, femalePct: 25,
		unit: perDay, minRate: 3000, maxRate: 6500,
		minDays: 14, maxDays: 240,
		arts: []artWeight{{artRegional, 3}, {artMunicipal, 1}},
	},
}
