package errtext

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Audit checks the Danish wording of the package in dir (its non-test Go
// files) against t and returns each problem found, nil when there is none:
//
//   - an exported variable or constant named Err* or Hint* that is not a
//     key of the composite literal of the package-level variable named
//     table (for Hint* constants: of its Words) — a new sentinel without
//     Danish;
//   - a call of one of the functions named in formats, such as "detail"
//     or "s.errAt" (the value is the index of the format argument), whose format is a string literal that
//     t.Formats lacks, or a Danish format whose verbs differ from the
//     English one's;
//   - a key of t.Formats that no such call uses (a stale translation).
//
// Sentinels named in skip are not required (errors a program makes by
// misusing the API, never shown to the person who made the file).
func Audit(fsys fs.FS, table string, t *Table, formats map[string]int, skip ...string) []string {
	var problems []string
	fset := token.NewFileSet()
	names, err := fs.Glob(fsys, "*.go")
	if err != nil {
		return []string{err.Error()}
	}
	var exported []string
	keys := map[string]bool{}
	used := map[string]bool{}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			return []string{err.Error()}
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			return []string{err.Error()}
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || (gd.Tok != token.VAR && gd.Tok != token.CONST) {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, id := range vs.Names {
					if id.IsExported() && (strings.HasPrefix(id.Name, "Err") || strings.HasPrefix(id.Name, "Hint")) {
						exported = append(exported, id.Name)
					}
					if id.Name == table && i < len(vs.Values) {
						ast.Inspect(vs.Values[i], func(n ast.Node) bool {
							if kv, ok := n.(*ast.KeyValueExpr); ok {
								if k, ok := kv.Key.(*ast.Ident); ok {
									keys[k.Name] = true
								}
							}
							return true
						})
					}
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var fn string
			switch x := call.Fun.(type) {
			case *ast.Ident:
				fn = x.Name
			case *ast.SelectorExpr:
				fn = x.Sel.Name
				if id, ok := x.X.(*ast.Ident); ok {
					fn = id.Name + "." + fn
				}
			}
			i, ok := formats[fn]
			if !ok || i >= len(call.Args) {
				return true
			}
			lit, ok := call.Args[i].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			en, err := strconv.Unquote(lit.Value)
			if err != nil {
				return true
			}
			used[en] = true
			da, ok := t.Formats[en]
			switch {
			case !ok:
				problems = append(problems, fmt.Sprintf("%s: %s(%q): no Danish format", fset.Position(lit.Pos()), fn, en))
			case !slices.Equal(Verbs(en), Verbs(da)):
				problems = append(problems, fmt.Sprintf("%s: %q: the Danish format %q has the verbs %q, want %q", fset.Position(lit.Pos()), en, da, Verbs(da), Verbs(en)))
			}
			return true
		})
	}
	for _, name := range exported {
		if !keys[name] && !slices.Contains(skip, name) {
			problems = append(problems, fmt.Sprintf("%s has no Danish text in %s", name, table))
		}
	}
	for en := range t.Formats {
		if !used[en] {
			problems = append(problems, fmt.Sprintf("the Danish format of %q is not used", en))
		}
	}
	for c, da := range t.Causes {
		if strings.TrimSpace(da) == "" || da == c.Error() {
			problems = append(problems, fmt.Sprintf("the cause %q has no Danish text", c))
		}
	}
	slices.Sort(problems)
	return problems
}

var verb = regexp.MustCompile(`%[-+# 0]*(\[\d+\])?[0-9*]*(\.[0-9*]*)?[a-zA-Z%]`)

// Verbs returns the formatting verbs of format in order, without flags and
// widths ("%d", "%s", "%q"), and without "%%".
func Verbs(format string) []string {
	var vs []string
	for _, m := range verb.FindAllString(format, -1) {
		if m == "%%" {
			continue
		}
		vs = append(vs, "%"+m[len(m)-1:])
	}
	return vs
}
