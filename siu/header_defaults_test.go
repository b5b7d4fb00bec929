package siu_test

import (
	"testing"
	"time"

	"github.com/siukit/siukit/siu"
)

func TestHeaderWithDefaults(t *testing.T) {
	now := time.Date(2026, 3, 2, 9, 15, 0, 500, time.UTC)
	h := siu.Header{Municipality: 461, Year: 2025, Area: siu.AreaVoksen}.WithDefaults(now)
	if !h.Created.Equal(now.Truncate(time.Second)) || h.Description != "SIU 2025 VOKSEN" ||
		h.System.Name != siu.DefaultSystemName || h.System.Version == "" {
		t.Errorf("WithDefaults = %+v", h)
	}
	given := siu.Header{Year: 2025, Description: "Mine", System: siu.System{Name: "X", Version: "1"}, Created: now}
	if got := given.WithDefaults(time.Time{}); got != given {
		t.Errorf("WithDefaults changed given fields: %+v", got)
	}
}
