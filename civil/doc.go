// Package civil provides Date, a calendar date without a time of day or a
// time zone.
//
// SIU speaks of dates only: a citizen's birth date, the first and last day of
// the period an expense covers. A time.Time carries a clock and a location
// that these values do not have, and comparing two time.Time values from
// different zones gives surprises. Date is the one date type used by every
// package of this module.
//
// Date follows the shape of net/netip.Addr: a small comparable value whose
// zero value means "no date" (IsValid reports false), parsed without
// allocation, and printed and marshalled in ISO 8601 form, YYYY-MM-DD.
package civil
