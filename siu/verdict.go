package siu

// Tally counts findings by severity: the verdict on a delivery. Add every
// finding a validation reports to it; HasErrors then says whether DST
// would reject the delivery.
//
// A Tally is the one place that decides what "has errors" means, so the
// command, the delivery writer and a vendor's own program agree.
type Tally struct {
	Errors, Warnings, Infos int
}

// Add counts f under its severity. A finding with a severity that is not
// valid counts as an error, so that a damaged finding can never make a
// delivery pass.
func (t *Tally) Add(f Finding) {
	switch f.Severity {
	case Info:
		t.Infos++
	case Warning:
		t.Warnings++
	default:
		t.Errors++
	}
}

// HasErrors reports whether any error finding was counted: a delivery
// with one is not deliverable.
func (t Tally) HasErrors() bool { return t.Errors > 0 }

// Total returns the number of findings counted.
func (t Tally) Total() int { return t.Errors + t.Warnings + t.Infos }

// TallyOf counts fs.
func TallyOf(fs []Finding) Tally {
	var t Tally
	for _, f := range fs {
		t.Add(f)
	}
	return t
}
