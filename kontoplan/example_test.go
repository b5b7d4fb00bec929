package kontoplan_test

import (
	"fmt"
	"strings"

	"github.com/siukit/siukit/kontoplan"
)

func ExampleParse() {
	for _, s := range []string{
		"5385010000000040",      // canonical KONTOSTRENG
		"5.38.50.1 4.0",         // dotted
		"538501-72",             // function and dranst, then the art
		"5.38.50.1.092 7.2 PSP", // with gruppering and a local dimension
	} {
		a, err := kontoplan.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(a, a.Function(), a.Dranst(), a.Art())
	}
	_, err := kontoplan.Parse("5.38.50.8 4.0")
	fmt.Println(err)
	// Output:
	// 5385010000000040 5.38.50 drift 4.0
	// 5385010000000040 5.38.50 drift 4.0
	// 5385010000000072 5.38.50 drift 7.2
	// 5385010000009272 5.38.50 drift 7.2
	// kontoplan: dranst at position 9: not an authorised dranst (1-7)
}

// A finance system prints its accounts with a cost centre first and the
// art last; a Layout describes that string.
func ExampleLayout_Parse() {
	layout, err := kontoplan.NewLayout("xxxx KHHFF-D-GGG A.a*")
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := layout.Parse("4711 53852-1-001 7.2 Botilbud Vest")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Function(), a.Dranst(), a.Gruppering(), a.Art())
	fmt.Println(a) // the KONTOSTRENG for the XML
	// Output:
	// 5.38.52 drift 1 7.2
	// 5385210000000172
}

// The art tells an expense from the citizen's own payment (egenbetaling).
func ExampleChart_Kind() {
	chart, err := kontoplan.ChartFor(2025)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range []string{"5.38.50.1 4.0", "5.38.50.1 7.2"} {
		a := kontoplan.MustParse(s)
		info, _ := chart.Art(a.Art())
		fmt.Printf("%s %s: %s (%s), scope %s\n", a.Function(), a.Art(), chart.Kind(a), info.Name, chart.AccountScope(a))
	}
	// Output:
	// 5.38.50 4.0: expense (Tjenesteydelser uden moms), scope mandatory
	// 5.38.50 7.2: income (Salg af produkter og ydelser), scope mandatory
}

// A municipality loads its own chart for a year the package does not hold.
func ExampleParseChart() {
	const file = `# Eksempel Kommune, budget 2027
year,2027
note,Own extract of the authorised chart 2027
dranst,1,Drift,siu
art,4.0,Tjenesteydelser uden moms,expense
art,7.2,Salg af produkter og ydelser,income
function,5.38.42,Botilbud for personer med særlige sociale problemer,mandatory,SEL § 109;SEL § 110
`
	chart, err := kontoplan.ParseChart(strings.NewReader(file), "kontoplan-2027.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	f, _ := chart.Function(kontoplan.MustParseFunction("5.38.42"))
	fmt.Println(chart.Year(), f.Function, f.Scope, f.Serves("SEL § 109"))
	fmt.Println(chart.Check(kontoplan.MustParse("5.38.50.1 4.0")))

	_, err = kontoplan.ParseChart(strings.NewReader("year,2027\nfunction,5.38.42,Krisecentre,manditory\n"), "kontoplan-2027.csv")
	fmt.Println(err)
	// Output:
	// 2027 5.38.42 mandatory true
	// kontoplan 2027: funktion 5.38.50: function not in the chart of accounts
	// kontoplan: kontoplan-2027.csv:2: function 5.38.42: scope "manditory": want mandatory, voluntary or out
}

func ExampleChartFor() {
	_, err := kontoplan.ChartFor(2019)
	fmt.Println(err)
	// Output:
	// kontoplan: no chart of accounts for budget year 2019 (embedded: [2022 2023 2024 2025 2026]); load one with ParseChart
}
