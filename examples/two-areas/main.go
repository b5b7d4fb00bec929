package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/siukit/siukit/civil"
	"github.com/siukit/siukit/sample"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/xmlformat"
	"github.com/siukit/siukit/xmlformat/xsd"
)

func main() {
	dir := os.TempDir()
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	if err := run(os.Stdout, dir); err != nil {
		fmt.Fprintln(os.Stderr, "two-areas:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, dir string) error {
	// A synthetic year over both areas (sample's generator: fictive
	// numbers only).
	g, err := sample.New(sample.Config{Seed: 42, Lines: 600, Year: 2025, Municipality: 461, Area: siu.AreaSamlet})
	if err != nil {
		return err
	}
	all := g.Delivery()
	fmt.Fprintf(w, "SAMLET: %d lines\n", len(all.Lines))

	// Split by area: 5.38.xx to VOKSEN, 5.28.xx to BOERN. Each load gets
	// the header with its own area.
	voksen, boern := siu.SplitByArea(all)
	schema, err := xsd.Default()
	if err != nil {
		return err
	}
	for _, d := range []siu.Delivery{voksen, boern} {
		var counts [4]int
		for _, f := range siu.Validate(d, siu.ValidateOptions{Today: civil.MustParse("2026-03-02")}) {
			counts[f.Severity]++
		}
		if counts[siu.Error] > 0 {
			return fmt.Errorf("%s: %d errors", d.Header.Area, counts[siu.Error])
		}
		name := filepath.Join(dir, fmt.Sprintf("siu-%d-%d-%s.xml", d.Header.Municipality, d.Header.Year, d.Header.Area))
		if err := writeFile(name, d); err != nil {
			return err
		}
		if err := schema.ValidateFile(name); err != nil {
			return err
		}
		// The sample's citizens all have fictive numbers, hence the
		// warnings (SIU-PSR-004); see the sample package.
		fmt.Fprintf(w, "%s: %d lines, %d errors, %d warnings, %d info: %s (schema: valid)\n",
			d.Header.Area, len(d.Lines), counts[siu.Error], counts[siu.Warning], counts[siu.Info], filepath.Base(name))
	}

	// The two loads join back into the one delivery.
	back, err := siu.MergeAreas(voksen, boern)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "merged back: %s, %d lines\n", back.Header.Area, len(back.Lines))
	return nil
}

func writeFile(name string, d siu.Delivery) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := xmlformat.Encode(f, xmlformat.DefaultProfile(), d); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
