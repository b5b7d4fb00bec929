package report

import (
	"html/template"
	"io"

	"github.com/shopspring/decimal"

	"github.com/siukit/siukit/diff"
	"github.com/siukit/siukit/siu"
	"github.com/siukit/siukit/source"
)

// view is what the template sees: the page and its language's helpers.
type view struct {
	*Page
	C            charts
	Municipality string
}

// WriteHTML writes the page as one self-contained HTML file: inline CSS and
// SVG, no script, no request to the network or to another file. Every text
// from the input is escaped (html/template).
func (p *Page) WriteHTML(w io.Writer) error {
	lang := p.Lang
	t, err := pageTemplate.Clone()
	if err != nil {
		return err
	}
	t.Funcs(template.FuncMap{
		"t":   func(key string, args ...any) string { return tr(lang, key, args...) },
		"num": func(n int) string { return formatInt(n, lang) },
		"kr":  func(d decimal.Decimal) string { return formatKroner(d, lang) },
		"sev": func(s siu.Severity) string { return tr(lang, "sev."+s.String()) },
		"fn":  functionText,
		"art": artText,
		"fnname": func(r siu.ReconcileRow) string {
			return functionName(p.chart(), r.Function, 60)
		},
		"more": func(total, shown int) string {
			return tr(lang, "more", formatInt(total-shown, lang), formatInt(shown, lang))
		},
		"kind":    func(k diff.Kind) string { return tr(lang, "kind."+k.String()) },
		"readerr": func(e *source.Error) string { return e.Text(lang) },
	})
	v := view{Page: p, C: p.charts}
	if m, ok := siu.LookupMunicipality(p.Header.Municipality); ok {
		v.Municipality = m.Name
	}
	return t.Execute(w, v)
}

// The functions are replaced, per page, in WriteHTML.
var pageTemplate = template.Must(template.New("page").Funcs(template.FuncMap{
	"t": func(string, ...any) string { return "" }, "num": func(int) string { return "" },
	"kr": func(decimal.Decimal) string { return "" }, "sev": func(siu.Severity) string { return "" },
	"fn": functionText, "art": artText, "fnname": func(siu.ReconcileRow) string { return "" },
	"more": func(int, int) string { return "" }, "kind": func(diff.Kind) string { return "" },
	"readerr": func(*source.Error) string { return "" },
}).Parse(pageHTML))

const pageHTML = `<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{{t "title"}}{{if .File}} – {{.File}}{{end}}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",Arial,sans-serif;margin:0;color:#1d1d1d;background:#f6f6f4;line-height:1.4}
main{max-width:1100px;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.25rem;margin:2rem 0 .6rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
.lead{color:#555;max-width:60rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:1rem 0}dl.meta dt{font-weight:600}dl.meta dd{margin:0}
.verdict{padding:1rem 1.2rem;border-radius:6px;font-size:1.1rem;font-weight:600;margin:1rem 0}
.verdict.red{background:#fde2e1;border-left:8px solid #c62828}.verdict.yellow{background:#fff5d6;border-left:8px solid #e0a800}.verdict.green{background:#e3f4e1;border-left:8px solid #2e7d32}
.cards{display:flex;flex-wrap:wrap;gap:.8rem}.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;min-width:9rem}.card .n{font-size:1.6rem;font-weight:700;display:block}
.card.red{border-top:6px solid #c62828}.card.yellow{border-top:6px solid #e0a800}.card.grey{border-top:6px solid #999}
table{border-collapse:collapse;background:#fff;margin:.4rem 0;font-size:.9rem}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#eee}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.error td:first-child{border-left:6px solid #c62828}tr.warning td:first-child{border-left:6px solid #e0a800}tr.info td:first-child{border-left:6px solid #999}
.badge{display:inline-block;padding:0 .4rem;border-radius:3px;font-size:.8rem;font-weight:600}.badge.error{background:#c62828;color:#fff}.badge.warning{background:#e0a800;color:#000}.badge.info{background:#999;color:#fff}
.open{color:#b00;font-weight:600}.answered{color:#2e7d32}
details{background:#fff;border:1px solid #ddd;border-radius:6px;margin:.5rem 0;padding:.3rem .8rem}summary{cursor:pointer;font-weight:600}
svg.chart{width:100%;max-width:760px;height:auto;display:block;background:#fff;border:1px solid #ddd;border-radius:6px}
td.nw{white-space:nowrap}.note{color:#555;font-size:.9rem}.differs{color:#b00;font-weight:600}
footer{margin-top:3rem;color:#666;font-size:.85rem}
</style>
</head>
<body>
<main>
<header>
<h1>{{t "title"}}</h1>
<p class="lead">{{t "lead"}}</p>
<dl class="meta">
{{if .File}}<dt>{{t "file"}}</dt><dd id="file">{{.File}}{{if .Format}} ({{.Format}}){{end}}</dd>{{end}}
{{if .Header.Municipality}}<dt>{{t "municipality"}}</dt><dd>{{.Header.Municipality}}{{if .Municipality}} {{.Municipality}}{{end}}</dd>{{end}}
{{if .Header.Year}}<dt>{{t "year"}}</dt><dd>{{.Header.Year}}</dd>{{end}}
{{if .Header.Area.IsValid}}<dt>{{t "area"}}</dt><dd>{{.Header.Area}}</dd>{{end}}
<dt>{{t "test"}}</dt><dd>{{if .Header.Test}}{{t "yes"}}{{else}}{{t "no"}}{{end}}</dd>
{{if not .Opts.Generated.IsZero}}<dt>{{t "generated"}}</dt><dd>{{.Opts.Generated.Format "2006-01-02 15:04"}}</dd>{{end}}
</dl>
</header>

<section id="verdict" aria-label="{{t "verdict"}}">
{{if not .Deliverable}}<div class="verdict red" data-verdict="reject">{{t "verdict.reject"}}</div>
{{else if .Tally.Warnings}}{{if .Answers}}<div class="verdict yellow" data-verdict="warnings">{{t "verdict.warnans" (num .Tally.Warnings) (num .Answered) (num .Open)}}</div>
{{else}}<div class="verdict yellow" data-verdict="warnings">{{t "verdict.warn" (num .Tally.Warnings)}}</div>{{end}}
{{else}}<div class="verdict green" data-verdict="ok">{{t "verdict.ok"}}</div>{{end}}
</section>

<section id="counts">
<h2>{{t "counts"}}</h2>
<div class="cards">
<div class="card"><span class="n" data-count="lines" data-n="{{.Lines}}">{{num .Lines}}</span>{{t "lines"}}</div>
<div class="card red"><span class="n" data-count="errors" data-n="{{.Tally.Errors}}">{{num .Tally.Errors}}</span>{{t "errors"}}</div>
<div class="card yellow"><span class="n" data-count="warnings" data-n="{{.Tally.Warnings}}">{{num .Tally.Warnings}}</span>{{t "warnings"}}</div>
<div class="card grey"><span class="n" data-count="info" data-n="{{.Tally.Infos}}">{{num .Tally.Infos}}</span>{{t "infos"}}</div>
{{if .ReadErrors}}<div class="card red"><span class="n" data-count="read-errors" data-n="{{.ReadErrors}}">{{num .ReadErrors}}</span>{{t "readerrors"}}</div>{{end}}
{{if .Answers}}<div class="card"><span class="n" data-count="answered" data-n="{{.Answered}}">{{num .Answered}}</span>{{t "answered"}}</div>
<div class="card yellow"><span class="n" data-count="open" data-n="{{.Open}}">{{num .Open}}</span>{{t "open"}}</div>{{end}}
<div class="card"><span class="n" data-count="extreme" data-n="{{.Extreme}}">{{num .Extreme}}</span>{{t "extreme"}} ({{kr .Threshold}} kr.)</div>
</div>
{{if .Schema}}<p>{{t "schema"}}: <span class="differs">{{t "schema.invalid"}}</span></p>{{else if ne .Schema nil}}<p>{{t "schema"}}: {{t "schema.valid"}}</p>{{end}}
{{if .Ignored}}<p class="note">{{t "ignored"}}:{{range $code, $n := .Ignored}} {{$code}} × {{num $n}}{{end}}</p>{{end}}
</section>

{{if .ReadErrors}}<section id="readerrors">
<h2>{{t "h.readerrors"}}</h2>
<ul>{{range .FirstReadErrors}}<li>{{readerr .}}</li>{{end}}</ul>
{{if gt .ReadErrors (len .FirstReadErrors)}}<p class="note">{{more .ReadErrors (len .FirstReadErrors)}}</p>{{end}}
</section>{{end}}

<section id="rules">
<h2>{{t "h.rules"}}</h2>
{{if not .Rules}}<p>{{t "none"}}</p>{{else}}
<table id="rule-table">
<thead><tr><th>{{t "col.code"}}</th><th>{{t "col.severity"}}</th><th class="n">{{t "col.count"}}</th><th>{{t "col.title"}}</th></tr></thead>
<tbody>{{range .Rules}}<tr class="{{.Severity}}" data-rule="{{.Code}}"><td><a href="#rule-{{.Code}}">{{.Code}}</a></td><td><span class="badge {{.Severity}}">{{sev .Severity}}</span></td><td class="n" data-n="{{.Count}}">{{num .Count}}</td><td>{{.Title}}</td></tr>
{{end}}</tbody>
</table>
{{$answers := .Answers}}
{{range .Rules}}<details id="rule-{{.Code}}" class="rule {{.Severity}}"{{if ne .Severity.String "info"}} open="open"{{end}}>
<summary><span class="badge {{.Severity}}">{{sev .Severity}}</span> {{.Code}} – {{.Title}} ({{num .Count}})</summary>
{{if .Items}}<table>
<thead><tr><th class="n">{{t "col.line"}}</th><th>{{t "col.cpr"}}</th><th>{{t "col.account"}}</th><th class="n">{{t "col.amount"}}</th><th>{{t "col.start"}}</th><th>{{t "col.end"}}</th><th>{{t "col.field"}}</th><th>{{t "col.message"}}</th>{{if and $answers (eq .Severity.String "warning")}}<th>{{t "col.answer"}}</th>{{end}}</tr></thead>
<tbody>{{$sev := .Severity.String}}{{range .Items}}<tr class="{{$sev}}"><td class="n">{{if .Line}}{{.Pos}}{{else}}{{t "header"}}{{end}}</td>{{if .HasLine}}<td class="nw">{{.Citizen}}</td><td>{{.Account}}</td><td class="n">{{.Amount}}</td><td class="nw">{{.Start}}</td><td class="nw">{{.End}}</td>{{else}}<td></td><td></td><td></td><td></td><td></td>{{end}}<td>{{.Field}}</td><td>{{.Message}}</td>{{if and $answers (eq $sev "warning")}}<td>{{if .Answer}}<span class="answered">{{.Answer.Comment}}</span>{{else}}<span class="open">{{t "open.mark"}}</span>{{end}}</td>{{end}}</tr>
{{end}}</tbody>
</table>{{end}}
{{if gt .Count (len .Items)}}<p class="note">{{more .Count (len .Items)}}</p>{{end}}
</details>
{{end}}{{end}}
</section>

{{if .Answers}}<section id="answers">
<h2>{{t "h.unused"}} ({{num (len .Unused)}})</h2>
{{if .Unused}}<p class="note">{{t "unused.lead"}}</p>
<table><thead><tr><th class="n">{{t "answers.line"}}</th><th>{{t "col.code"}}</th><th>{{t "col.cpr"}}</th><th>{{t "col.account"}}</th><th>{{t "col.period"}}</th><th>{{t "col.comment"}}</th></tr></thead>
<tbody>{{range .Unused}}<tr><td class="n">{{.Line}}</td><td>{{.Code}}</td><td>{{.PsrID}}</td><td>{{if .Account.IsValid}}{{.Account}}{{end}}</td><td>{{if .Start.IsValid}}{{.Start}} – {{.End}}{{end}}</td><td>{{.Comment}}</td></tr>
{{end}}</tbody></table>{{else}}<p>{{t "none"}}</p>{{end}}
</section>{{end}}

<section id="totals">
<h2>{{if .Reconciled}}{{t "h.reconcile"}}{{else}}{{t "h.totals"}}{{end}}</h2>
{{if .Reconciled}}<p>{{t "reconcile.lead" .Opts.AccountsName (kr .Opts.Tolerance)}}</p>{{end}}
{{if .Opts.InYear}}<p class="note">{{t "totals.share"}}</p>{{end}}
<table id="totals-table">
<thead><tr><th>{{t "col.function"}}</th><th>{{t "col.name"}}</th><th>{{t "col.art"}}</th><th class="n">{{t "col.lines"}}</th><th class="n">{{t "col.ours"}}</th>{{if .Reconciled}}<th class="n">{{t "col.theirs"}}</th><th class="n">{{t "col.diff"}}</th><th>{{t "col.status"}}</th>{{end}}</tr></thead>
<tbody>{{$rec := .Reconciled}}{{range .Totals.Rows}}<tr><td>{{fn .Function}}</td><td>{{fnname .}}</td><td>{{art .Art}}</td><td class="n">{{num .Lines}}</td><td class="n">{{kr .Ours}}</td>{{if $rec}}<td class="n">{{kr .Theirs}}</td><td class="n">{{kr .Difference}}</td><td>{{if .Within}}{{t "ok"}}{{else}}<span class="differs">{{t "differs"}}</span>{{end}}</td>{{end}}</tr>
{{end}}<tr><th>{{t "total"}}</th><th></th><th></th><th class="n">{{num .TotalLines}}</th><th class="n" data-total="ours">{{kr .Totals.Ours}}</th>{{if $rec}}<th class="n">{{kr .Totals.Theirs}}</th><th class="n">{{kr .Totals.Difference}}</th><th></th>{{end}}</tr></tbody>
</table>
{{if .Reconciled}}{{with .Totals.Differences}}<p class="differs">{{t "reconcile.bad" (num (len .))}}</p>{{else}}<p>{{t "reconcile.ok"}}</p>{{end}}{{end}}
</section>

<section id="charts">
<h2>{{t "h.charts"}}</h2>
<h3 id="chart-histogram">{{t "h.histogram"}}</h3>
<p class="note">{{t "histogram.lead"}}</p>
{{.C.Histogram}}
<p class="note">{{t "histogram.below" (num .C.HistogramBelow) (num .C.HistogramNone)}}</p>
<h3 id="chart-months">{{t "h.months"}}</h3>
{{if .C.Months}}<p class="note">{{t "months.lead" (kr .C.MonthsOutside)}}</p>
{{.C.Months}}{{else}}<p>{{t "months.none"}}</p>{{end}}
<h3 id="chart-functions">{{t "h.functions"}}</h3>
{{if .C.Functions}}{{.C.Functions}}
<table><thead><tr><th>{{t "col.function"}}</th><th>{{t "col.name"}}</th><th class="n">{{t "chart.findings"}}</th></tr></thead>
<tbody>{{range .C.TopFunctions}}<tr><td>{{fn .Function}}</td><td>{{.Name}}</td><td class="n">{{num .N}}</td></tr>
{{end}}</tbody></table>{{else}}<p>{{t "functions.none"}}</p>{{end}}
</section>

{{with .Previous}}<section id="previous">
<h2>{{t "h.previous"}}</h2>
<p>{{t "previous.lead" $.Opts.PreviousName}}</p>
{{if .Identical}}<p>{{t "previous.same"}}</p>{{end}}
<div class="cards">
<div class="card"><span class="n" data-diff="unchanged" data-n="{{.Unchanged}}">{{num .Unchanged}}</span>{{t "diff.unchanged"}}</div>
<div class="card"><span class="n" data-diff="added" data-n="{{.Added}}">{{num .Added}}</span>{{t "diff.added"}}</div>
<div class="card"><span class="n" data-diff="removed" data-n="{{.Removed}}">{{num .Removed}}</span>{{t "diff.removed"}}</div>
<div class="card"><span class="n" data-diff="changed" data-n="{{.Changed}}">{{num .Changed}}</span>{{t "diff.changed"}}<br/><span class="note">{{t "diff.amount"}}: {{num .AmountChanged}}; {{t "diff.period"}}: {{num .PeriodChanged}}</span></div>
<div class="card"><span class="n" data-diff="citizens-added" data-n="{{.CitizensAdded}}">{{num .CitizensAdded}}</span>{{t "diff.citizensnew"}}</div>
<div class="card"><span class="n" data-diff="citizens-removed" data-n="{{.CitizensRemoved}}">{{num .CitizensRemoved}}</span>{{t "diff.citizensgone"}}</div>
</div>
<p>{{t "diff.lines"}}: {{num .Old.Lines}} → {{num .New.Lines}}. {{t "diff.total"}}: {{kr .Old.Total}} → {{kr .New.Total}} kr.</p>
{{if .NewCitizens}}<p>{{t "diff.citizensnew"}}: {{range $i, $c := .NewCitizens}}{{if $i}}, {{end}}{{$c}}{{end}}{{if gt .CitizensAdded (len .NewCitizens)}} …{{end}}</p>{{end}}
{{if .GoneCitizens}}<p>{{t "diff.citizensgone"}}: {{range $i, $c := .GoneCitizens}}{{if $i}}, {{end}}{{$c}}{{end}}{{if gt .CitizensRemoved (len .GoneCitizens)}} …{{end}}</p>{{end}}
<h3>{{t "h.difftotals"}}</h3>
<table><thead><tr><th>{{t "col.function"}}</th><th>{{t "col.art"}}</th><th class="n">{{t "col.oldlines"}}</th><th class="n">{{t "col.newlines"}}</th><th class="n">{{t "col.old"}}</th><th class="n">{{t "col.new"}}</th><th class="n">{{t "col.diff"}}</th></tr></thead>
<tbody>{{range .Totals}}<tr><td>{{fn .Function}}</td><td>{{art .Art}}</td><td class="n">{{num .OldLines}}</td><td class="n">{{num .NewLines}}</td><td class="n">{{kr .Old}}</td><td class="n">{{kr .New}}</td><td class="n">{{kr .Difference}}</td></tr>
{{end}}</tbody></table>
{{if .Changes}}<h3>{{t "h.changes"}}</h3>
<table><thead><tr><th>{{t "col.kind"}}</th><th>{{t "col.cpr"}}</th><th>{{t "col.account"}}</th><th>{{t "col.old"}}</th><th>{{t "col.new"}}</th></tr></thead>
<tbody>{{range .Changes}}{{$l := .Line}}<tr><td>{{kind .Kind}}</td><td>{{$l.PsrID}}</td><td>{{$l.Account}}</td><td>{{if ne .Kind.String "added"}}{{kr .Old.Amount}} ({{.Old.Start}} – {{.Old.End}}){{end}}</td><td>{{if ne .Kind.String "removed"}}{{kr .New.Amount}} ({{.New.Start}} – {{.New.End}}){{end}}</td></tr>
{{end}}</tbody></table>{{end}}
</section>{{end}}

<footer><p>{{t "footer"}}</p></footer>
</main>
</body>
</html>
`
