package siu

import (
	"time"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/cpr"
	"github.com/siukit/siukit/kontoplan"
)

// Delivery is one SIU file: a header and its lines. It is a full load: it
// replaces everything the municipality delivered before for the same budget
// year and area.
type Delivery struct {
	Header Header
	Lines  []Line
}

// Header is what a delivery says about itself.
type Header struct {
	// Municipality is the three-digit municipality code, e.g. 101 for
	// København (see LookupMunicipality).
	Municipality int
	// Year is the budget year the expenses belong to, e.g. 2025.
	Year int
	// Area is the part of the social services the full load covers.
	Area Area
	// Test marks a test delivery; DST receives it but does not publish it.
	Test bool
	// Created is when the file was made. Encoders write it in RFC 3339
	// with its offset and whole seconds.
	Created time.Time
	// Description is a short free text about the delivery, at most
	// MaxDescriptionLen characters (CommunicationDescription in DST's
	// envelope).
	Description string
	// System names the program that made the file.
	System System
	// Contact is who receives DST's receipt (kvitteringsmodtager).
	Contact Contact
}

// System names the program that made a delivery.
type System struct {
	Name    string // at most MaxSystemNameLen characters
	Version string // at most MaxSystemVersionLen characters
}

// Contact is the person or mailbox that receives DST's receipt.
type Contact struct {
	Identifier string // a name or an id, at most MaxContactIdentifierLen characters
	Email      string
}

// Line is one expense or income for one citizen on one account over one
// period: SIU's five data elements.
type Line struct {
	// PsrID is the citizen's CPR number, or SIU's fictive number for an
	// anonymous citizen.
	PsrID cpr.Number
	// Account is the account the amount is booked on (KONTOSTRENG).
	Account kontoplan.Account
	// Amount is in kroner with at most two decimals: positive for an
	// expense, negative for income such as egenbetaling.
	Amount decimal.Decimal
	// Start and End are the first and last day of the period the amount
	// covers (the expense period, not the activity period), both inclusive.
	Start civil.Date
	End   civil.Date
}
