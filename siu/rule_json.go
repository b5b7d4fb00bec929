package siu

import "encoding/json"

// ruleJSON is the JSON form of a Rule.
type ruleJSON struct {
	Code          string   `json:"code"`
	Severity      Severity `json:"severity"`
	Field         string   `json:"field,omitempty"`
	Title         string   `json:"title"`
	TitleDA       string   `json:"title_da"`
	Description   string   `json:"description"`
	DescriptionDA string   `json:"description_da,omitempty"`
	Source        string   `json:"source"`
	Modeled       bool     `json:"modeled"`
}

// MarshalJSON writes the rule as an object with the keys code, severity,
// field (omitted when empty), title, title_da, description,
// description_da, source and modeled (Modeled), the form of
// 'siu rules --format json'.
func (r Rule) MarshalJSON() ([]byte, error) {
	return json.Marshal(ruleJSON{Code: r.Code, Severity: r.Severity, Field: r.Field, Title: r.Title, TitleDA: r.TitleDA,
		Description: r.Description, DescriptionDA: r.DescriptionDA, Source: r.Source, Modeled: r.Modeled()})
}

// UnmarshalJSON reads the form MarshalJSON writes; modeled is implied by
// source and not read.
func (r *Rule) UnmarshalJSON(data []byte) error {
	var j ruleJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	*r = Rule{Code: j.Code, Severity: j.Severity, Field: j.Field, Title: j.Title, TitleDA: j.TitleDA,
		Description: j.Description, DescriptionDA: j.DescriptionDA, Source: j.Source}
	return nil
}
